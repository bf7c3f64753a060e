"""Bytes of a text source as text (models/importing/decode.py): every encoding an editor
writes, and every kind of line end, come out as the same text with ``\\n`` line ends."""

from __future__ import annotations

import codecs

from models.importing.decode import decode

REPORT = "Verslag — Dag van de Ruimte\r\nSpreker: Daniëlle Çelik\r\n"


def test_utf8_with_a_byte_order_mark_loses_the_mark() -> None:
    data = codecs.BOM_UTF8 + REPORT.encode("utf-8")
    assert decode(data) == "Verslag — Dag van de Ruimte\nSpreker: Daniëlle Çelik\n"


def test_utf8_without_a_mark_is_read_as_utf8() -> None:
    assert decode("café\nnaïef".encode()) == "café\nnaïef"


def test_utf16_little_endian_is_read_by_its_mark() -> None:
    data = codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le")
    assert decode(data) == "Verslag — Dag van de Ruimte\nSpreker: Daniëlle Çelik\n"


def test_utf16_big_endian_is_read_by_its_mark() -> None:
    data = codecs.BOM_UTF16_BE + "Key takeaways\r\n– één".encode("utf-16-be")
    assert decode(data) == "Key takeaways\n– één"


def test_a_damaged_utf16_text_is_read_with_replacement_characters() -> None:
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"
    assert decode(data) == "ok\ufffd"


def test_bytes_that_are_not_utf8_are_windows_1252() -> None:
    data = "Café “De Ruimte” – €5\r\nnaïef".encode("cp1252")
    assert decode(data) == "Café “De Ruimte” – €5\nnaïef"


def test_bytes_undefined_in_windows_1252_become_replacement_characters() -> None:
    assert decode(b"a\x81b\xe9") == "a\ufffdbé"


def test_old_mac_line_ends_become_newlines() -> None:
    assert decode(b"een\rtwee\r\rdrie") == "een\ntwee\n\ndrie"


def test_windows_line_ends_become_one_newline_each() -> None:
    assert decode(b"een\r\n\r\ntwee") == "een\n\ntwee"
