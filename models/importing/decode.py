"""Bytes of a text source as text: UTF-8 (with or without BOM), UTF-16 by its BOM, else
Windows-1252, which is what an older Windows editor writes and never fails to decode."""

from __future__ import annotations

import codecs


def decode(data: bytes) -> str:
    """``data`` as text, newlines normalised to ``\\n``."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")  # pragma: no mutate (codec: any case)
    else:
        try:
            text = data.decode("utf-8-sig")  # pragma: no mutate (codec: any case)
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # pragma: no mutate (codec: any case)
    return text.replace("\r\n", "\n").replace("\r", "\n")
