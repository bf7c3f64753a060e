"""Word-processor containers (models/importing/containers.py): the import's zip limits at
N and N+1, the exact refusals a user reads, and XML parsed with no DTD allowed.

Every archive is built here; where a size or count is too large to write for real, the
central directory's declared figure is patched (nothing is unpacked before it is judged).
"""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from models.importing import containers
from models.importing.containers import Container, open_container, parse_xml
from models.importing.errors import SourceRefused

MIB = 1024 * 1024
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_DOCUMENT = "word/document.xml"
_XML_PARTS = frozenset({_DOCUMENT})


def _zip(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """``data`` with entry ``name``'s unpacked size in the central directory set to ``size``."""
    out = bytearray(data)
    position = out.find(_CENTRAL_SIGNATURE)
    while position != -1:
        name_length = struct.unpack_from("<H", out, position + 28)[0]
        if out[position + 46 : position + 46 + name_length] == name.encode():
            struct.pack_into("<L", out, position + 24, size)
            return bytes(out)
        position = out.find(_CENTRAL_SIGNATURE, position + 4)
    raise AssertionError(f"no entry {name}")


def _open(data: bytes, parts: frozenset[str] = _XML_PARTS) -> Container:
    return Container(open_container(io.BytesIO(data), parts))


def _refusal(data: bytes, parts: frozenset[str] = _XML_PARTS) -> str:
    with pytest.raises(SourceRefused) as caught:
        open_container(io.BytesIO(data), parts)
    return caught.value.reason


# ---------------------------------------------------------------------------- the limits


def test_the_import_limits_are_those_the_documentation_names() -> None:
    assert containers.MAX_ENTRIES == 2_000
    assert containers.MAX_TOTAL_BYTES == 256 * MIB
    assert containers.MAX_RATIO == 100


def test_a_document_of_two_thousand_entries_opens_and_one_more_is_refused() -> None:
    names = {f"media/{index}.txt": b"" for index in range(2_000)}
    assert len(_open(_zip(names, zipfile.ZIP_STORED))._infos) == 2_000
    names["media/extra.txt"] = b""
    assert _refusal(_zip(names, zipfile.ZIP_STORED)) == (
        "the file has 2001 entries; at most 2000 are allowed"
    )


def test_a_document_that_unpacks_to_256_mib_opens_and_one_byte_more_is_refused() -> None:
    data = _zip({_DOCUMENT: b"<w/>"})
    assert _open(_declare_size(data, _DOCUMENT, 256 * MIB)).has(_DOCUMENT)
    assert (
        _refusal(_declare_size(data, _DOCUMENT, 256 * MIB + 1))
        == "the file unpacks to more than 256 MiB"
    )


def test_an_entry_expanding_a_hundredfold_opens_and_further_is_a_zip_bomb() -> None:
    stored = 11_000  # a hundredfold of this is past the ratio's one-mebibyte floor
    data = _zip({"word/media/blob.bin": b"x" * stored}, zipfile.ZIP_STORED)
    hundredfold = _declare_size(data, "word/media/blob.bin", 100 * stored)
    assert _open(hundredfold).has("word/media/blob.bin")
    further = _declare_size(data, "word/media/blob.bin", 100 * stored + 1)
    assert _refusal(further) == (
        "entry 'word/media/blob.bin' expands suspiciously far (a zip bomb?)"
    )


def test_an_xml_part_is_judged_by_its_size_alone_however_far_it_expands() -> None:
    data = _zip({_DOCUMENT: b"x" * 11_000}, zipfile.ZIP_STORED)
    expands = _declare_size(data, _DOCUMENT, 100 * 11_000 + 1)
    assert _open(expands).has(_DOCUMENT)
    assert _refusal(expands, frozenset()) == (
        f"entry '{_DOCUMENT}' expands suspiciously far (a zip bomb?)"
    )


def test_an_entry_pointing_outside_is_refused_in_the_words_of_a_document() -> None:
    assert _refusal(_zip({"../evil.xml": b"<x/>"})) == (
        "entry '../evil.xml' points outside the document ('..')"
    )


def test_a_stream_that_is_no_zip_is_refused_with_the_zip_readers_reason() -> None:
    assert _refusal(b"PK\x03\x04 not really a zip") == (
        "the file is damaged or incomplete (truncated zip)"
    )


# ---------------------------------------------------------------------------- the entries


def test_has_tells_the_entries_present_from_the_absent() -> None:
    container = _open(_zip({_DOCUMENT: b"<w/>", "word/media/a.png": b"png"}))
    assert container.has(_DOCUMENT)
    assert container.has("word/media/a.png")
    assert not container.has("word/styles.xml")


def test_an_xml_part_is_parsed_and_a_missing_one_is_none() -> None:
    container = _open(_zip({_DOCUMENT: b"<doc><p>Hallo</p><p>wereld</p></doc>"}))
    root = container.xml(_DOCUMENT)
    assert root is not None
    assert root.tag == "doc"
    assert [p.text for p in root] == ["Hallo", "wereld"]
    assert container.xml("word/footnotes.xml") is None


def test_a_damaged_xml_part_is_refused_by_its_name() -> None:
    container = _open(_zip({"content.xml": b"<doc><p></doc>"}))
    with pytest.raises(SourceRefused) as caught:
        container.xml("content.xml")
    assert caught.value.reason == "'content.xml' is damaged (not well-formed XML)"


def test_an_xml_part_of_32_mib_is_read_and_one_byte_more_is_refused() -> None:
    data = _zip({_DOCUMENT: b"<w/>"}, zipfile.ZIP_STORED)
    at_limit = _open(_declare_size(data, _DOCUMENT, 32 * MIB))
    assert at_limit.xml(_DOCUMENT) is not None
    over = _open(_declare_size(data, _DOCUMENT, 32 * MIB + 1))
    with pytest.raises(SourceRefused) as caught:
        over.xml(_DOCUMENT)
    assert caught.value.reason == (
        f"entry '{_DOCUMENT}' is too large (33554433 bytes); at most 33554432 bytes is allowed"
    )


def test_an_image_is_its_bytes_and_a_missing_one_is_none() -> None:
    container = _open(_zip({"word/media/a.png": b"\x89PNG pixels"}))
    assert container.image("word/media/a.png") == b"\x89PNG pixels"
    assert container.image("word/media/b.png") is None


def test_an_image_of_64_mib_is_read_and_one_byte_more_is_refused() -> None:
    data = _zip({"word/media/a.png": b"png"}, zipfile.ZIP_STORED)
    exempt = frozenset({"word/media/a.png"})  # judged here by the image limit alone
    at_limit = _open(_declare_size(data, "word/media/a.png", 64 * MIB), exempt)
    assert at_limit.image("word/media/a.png") == b"png"
    over = _open(_declare_size(data, "word/media/a.png", 64 * MIB + 1), exempt)
    with pytest.raises(SourceRefused) as caught:
        over.image("word/media/a.png")
    assert caught.value.reason == (
        "entry 'word/media/a.png' is too large (67108865 bytes); at most 67108864 bytes is allowed"
    )


def test_five_hundred_images_are_read_and_the_five_hundred_and_first_is_refused() -> None:
    container = _open(_zip({"word/media/a.png": b"png"}))
    for _ in range(1_000):  # missing images are not counted
        assert container.image("word/media/gone.png") is None
    for _ in range(500):
        assert container.image("word/media/a.png") == b"png"
    with pytest.raises(SourceRefused) as caught:
        container.image("word/media/a.png")
    assert caught.value.reason == "the file embeds more than 500 images"


def test_each_container_counts_its_own_images() -> None:
    data = _zip({"word/media/a.png": b"png"})
    first = _open(data)
    for _ in range(500):
        first.image("word/media/a.png")
    assert _open(data).image("word/media/a.png") == b"png"


# ---------------------------------------------------------------------------- parse_xml


def test_well_formed_xml_is_parsed_with_its_namespaces() -> None:
    root = parse_xml(b'<a xmlns="urn:x"><b c="1">t</b></a>', "content.xml")
    assert root.tag == "{urn:x}a"
    assert root[0].get("c") == "1"
    assert root[0].text == "t"


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE a [<!ELEMENT a ANY>]><a/>',
        b'<!DOCTYPE a SYSTEM "http://example.org/a.dtd"><a/>',
        b'<!DOCTYPE a [<!ENTITY e "lol">]><a>&e;</a>',
    ],
    ids=["internal subset", "external DTD", "entity"],
)
def test_any_dtd_is_refused_with_its_reason(data: bytes) -> None:
    with pytest.raises(SourceRefused) as caught:
        parse_xml(data, "word/document.xml")
    assert caught.value.reason == (
        "'word/document.xml' declares a DTD or entities, which are refused "
        "(they can expand without end or read other files)"
    )


@pytest.mark.parametrize(
    "data",
    [b"<a><b></a>", b"", b'<?xml version="1.0" encoding="TTF-8"?><a/>', b"<a>\x00</a>"],
    ids=["unclosed", "empty", "unknown encoding", "NUL"],
)
def test_xml_that_is_not_well_formed_is_damaged(data: bytes) -> None:
    with pytest.raises(SourceRefused) as caught:
        parse_xml(data, "content.xml")
    assert caught.value.reason == "'content.xml' is damaged (not well-formed XML)"


def test_a_part_name_is_shown_escaped_in_the_refusal() -> None:
    with pytest.raises(SourceRefused) as caught:
        parse_xml(b"<a>", "odd\nname.xml")
    assert caught.value.reason == "'odd\\nname.xml' is damaged (not well-formed XML)"
    with pytest.raises(SourceRefused) as caught:
        parse_xml(b"<!DOCTYPE a><a/>", "odd\tname.xml")
    assert caught.value.reason.startswith("'odd\\tname.xml' declares a DTD")
