"""Imported documents are hostile (issue 19): every file here is imported as a draft or
refused with one plain message, never fetches anything, and never lets markup through."""

from __future__ import annotations

import io
import json
import os
import random
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from import_builders import (
    ODF_NAMESPACES,
    W_NS,
    docx,
    image_para,
    odt,
    odt_image,
    odt_p,
    para,
    png,
    seed_docx,
    seed_odt,
    zip_helpers,
)
from PIL import Image as PILImage

from models.importing import Imported, ImportFileError, import_file
from models.project_file import to_json

ZIP = zip_helpers()


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(ImportFileError) as caught:
        import_file(path)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300
    assert not ZIP.JARGON.search(message), message
    for word in words:
        assert word in message, message
    return message


def _json(imported: Imported) -> str:
    return to_json(imported.project).decode()


@pytest.fixture
def listener() -> Iterator[str]:
    """An address on this machine; the test fails if anything connects to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.05)
    connected: list[object] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connected.append(connection)
            connection.close()  # type: ignore[attr-defined]

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    server.close()
    assert connected == [], "the import connected to the network"


# ---------------------------------------------------------------------------- containers

#: The formats that are zips of XML: (main XML part, image folder, what a non-zip is not).
CONTAINERS = {
    ".docx": ("word/document.xml", "word/media", "not a Word document"),
    ".odt": ("content.xml", "Pictures", "not an OpenDocument text"),
}


def _seed(suffix: str) -> bytes:
    return seed_docx() if suffix == ".docx" else seed_odt()


def _with_main(suffix: str, xml: str) -> bytes:
    """A file of the format whose main XML part is ``xml`` whole."""
    return docx("", document=xml) if suffix == ".docx" else odt("", content=xml)


def _with_image(suffix: str, name: str, data: bytes, alt: str) -> bytes:
    """A title, a paragraph and one embedded image ``name`` described as ``alt``."""
    if suffix == ".docx":
        body = para("Titel", style="Title") + para("Tekst.") + image_para("rImg", alt)
        return docx(body, rels=(("rImg", f"media/{name}", False),), media={name: data})
    body = odt_p("Titel", style="Title") + odt_p("Tekst.") + odt_image(name, alt)
    return odt(body, pictures={name: data})


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_a_zip_bomb_is_refused(tmp_path: Path, suffix: str) -> None:
    main, media, _ = CONTAINERS[suffix]
    bomb = b"\0" * (50 * 1024 * 1024)
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(
        ZIP.zip_bytes(
            [
                (main, b"<w:document xmlns:w='x'/>", ZIP.DEFLATED),
                (f"{media}/image1.png", bomb, ZIP.DEFLATED),
            ]
        )
    )
    _refused(path, "zip bomb")


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_an_entry_that_lies_about_its_size_is_refused(tmp_path: Path, suffix: str) -> None:
    data = _seed(suffix)
    main = CONTAINERS[suffix][0]
    record = ZIP.record_of(data, main)
    local = ZIP.local_of(data, main)
    lying = ZIP.patched(data, (record + 24, "<L", 10), (local + 22, "<L", 10))
    path = tmp_path / f"lying{suffix}"
    path.write_bytes(lying)
    _refused(path, "damaged")


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_too_many_entries_are_refused_before_parsing(tmp_path: Path, suffix: str) -> None:
    members = [(f"{CONTAINERS[suffix][1]}/{n}.png", b"x", ZIP.STORED) for n in range(2_001)]
    path = tmp_path / f"many{suffix}"
    path.write_bytes(ZIP.zip_bytes(members))
    _refused(path, "entries")


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_traversal_names_are_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"evil{suffix}"
    path.write_bytes(ZIP.zip_bytes([("../../etc/cron.d/x", b"x", ZIP.STORED)]))
    _refused(path, "..")


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_a_container_that_is_no_zip_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"plain{suffix}"
    path.write_text("hello")
    _refused(path, CONTAINERS[suffix][2])


def test_an_odt_without_a_text_document_is_refused(tmp_path: Path) -> None:
    spreadsheet = (
        f'<?xml version="1.0"?><office:document-content {ODF_NAMESPACES}><office:body>'
        "<office:spreadsheet/></office:body></office:document-content>"
    )
    path = tmp_path / "sheet.odt"
    path.write_bytes(odt("", content=spreadsheet))
    _refused(path, "not an OpenDocument text")
    path.write_bytes(ZIP.zip_bytes([("mimetype", b"application/zip", ZIP.STORED)]))
    _refused(path, "no content.xml")


# ---------------------------------------------------------------------------- XML


def _document(prolog: str, text: str, suffix: str = ".docx") -> str:
    if suffix == ".odt":
        return (
            f'<?xml version="1.0"?>{prolog}<office:document-content {ODF_NAMESPACES}>'
            f"<office:body><office:text><text:p>{text}</text:p></office:text></office:body>"
            "</office:document-content>"
        )
    return (
        f'<?xml version="1.0"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


@pytest.mark.parametrize("suffix", CONTAINERS)
@pytest.mark.parametrize(
    ("name", "prolog", "text"),
    [
        ("billion-laughs", LAUGHS, "&lol9;"),
        ("xxe", '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        ("parameter", '<!DOCTYPE d [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', "x"),
    ],
)
def test_dtds_and_entities_are_refused(
    tmp_path: Path, name: str, prolog: str, text: str, suffix: str
) -> None:
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(_with_main(suffix, _document(prolog, text, suffix)))
    message = _refused(path, "DTD")
    assert "root:" not in message


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_a_system_entity_over_http_is_refused_without_a_fetch(
    tmp_path: Path, listener: str, suffix: str
) -> None:
    prolog = f'<!DOCTYPE d [<!ENTITY x SYSTEM "{listener}/entity">]>'
    path = tmp_path / f"remote{suffix}"
    path.write_bytes(_with_main(suffix, _document(prolog, "&x;", suffix)))
    _refused(path, "DTD")


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_a_damaged_xml_part_is_one_message(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(_with_main(suffix, _document("", "<open>", suffix)))
    _refused(path, "damaged")
    unknown = _document("", "x", suffix).replace(
        'version="1.0"?', 'version="1.0" encoding="TTF-8"?'
    )
    path.write_bytes(_with_main(suffix, unknown))  # found by the fuzz test (test_fuzz.py)
    _refused(path, "damaged")


# ---------------------------------------------------------------------------- network, markup


def test_remote_images_stylesheets_and_fonts_are_never_fetched(
    tmp_path: Path, listener: str
) -> None:
    page = f"""<html><head><link rel="stylesheet" href="{listener}/a.css">
<style>@import url({listener}/b.css); @font-face {{ src: url({listener}/f.woff2) }}</style>
<script src="{listener}/s.js"></script><base href="{listener}/"></head><body>
<p style="background: url({listener}/bg.png)">Tekst met een plaatje.</p>
<img src="{listener}/foto.jpg" alt="Een foto op afstand" srcset="{listener}/2x.jpg 2x">
<img src="relatief.png" alt="Relatief">
<video src="{listener}/v.mp4" poster="{listener}/p.jpg"></video></body></html>"""
    source = tmp_path / "remote.html"
    source.write_text(page)
    imported = import_file(source)
    report = "\n".join(imported.report)
    assert f"{listener}/foto.jpg" in report and "not fetched" in report
    assert f"{listener}/relatief.png" in report  # resolved against <base>, listed, not fetched
    markdown = tmp_path / "remote.md"
    markdown.write_text(f"# T\n\n![Een foto]({listener}/m.png)\n\n<img src='{listener}/h.png'>\n")
    report = "\n".join(import_file(markdown).report)
    assert f"{listener}/m.png" in report and f"{listener}/h.png" in report


def test_linked_images_of_an_odt_are_neither_fetched_nor_read(
    tmp_path: Path, listener: str
) -> None:
    frames = "".join(
        f'<draw:frame><draw:image xlink:href="{href}"/><svg:title>{alt}</svg:title></draw:frame>'
        for href, alt in ((f"{listener}/o.png", "Op afstand"), ("../../etc/passwd", "Buiten"))
    )
    source = tmp_path / "linked.odt"
    source.write_bytes(odt(odt_p("Titel", style="Title") + odt_p(inline="Tekst." + frames)))
    imported = import_file(source)
    report = "\n".join(imported.report)
    assert f"{listener}/o.png" in report and "not fetched" in report
    assert "‘Buiten’ was not imported" in report and imported.project.assets == {}


def test_scripts_handlers_frames_and_javascript_links_never_reach_the_publication(
    tmp_path: Path,
) -> None:
    page = """<html><body onload="steal()"><h1>Titel</h1>
<script>alert('script')</script><style>p { color: red }</style>
<p onclick="alert('handler')">Klik <a href="javascript:alert('link')">hier</a> of
<a href="JaVaScRiPt&#58;alert(1)">daar</a> of <a href="data:text/html,x">dat</a>.</p>
<iframe src="https://example.org/frame">iframe-tekst</iframe>
<object data="x.swf">object-tekst</object><embed src="x.swf">
<template><p>sjabloon-tekst</p></template><svg><text>svg-tekst</text></svg>
<p>Een <a href="https://example.org/ok">goede</a> en <a href="mailto:a@example.org">mail</a>.</p>
</body></html>"""
    source = tmp_path / "scripts.html"
    source.write_text(page)
    stored = _json(import_file(source))
    for word in (
        "alert",
        "script",
        "handler",
        "iframe-tekst",
        "object-tekst",
        "sjabloon",
        "svg-tekst",
        "color",
        "javascript",
        "data:",
    ):
        assert word not in stored.lower(), word
    assert "Klik hier of daar of dat." in stored
    assert "[goede](https://example.org/ok)" in stored and "(mailto:a@example.org)" in stored


# ---------------------------------------------------------------------------- images


def _tiff() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4)).save(buffer, format="TIFF")
    return buffer.getvalue()


EMF = b"\x01\x00\x00\x00" + b"\0" * 36 + b" EMF" + b"\0" * 60
WMF = b"\xd7\xcd\xc6\x9a" + b"\0" * 60
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("a.emf", EMF, "EMF"),
        ("a.wmf", WMF, "WMF"),
        ("a.tiff", _tiff(), "TIFF"),
        ("a.svg", SVG, "SVG"),
    ],
)
@pytest.mark.parametrize("suffix", CONTAINERS)
def test_refused_image_formats_in_containers_are_reported(
    tmp_path: Path, name: str, data: bytes, what: str, suffix: str
) -> None:
    path = tmp_path / f"images{suffix}"
    path.write_bytes(_with_image(suffix, name, data, "Tekening"))
    imported = import_file(path)
    assert imported.project.assets == {}
    assert any("refused" in line and what in line for line in imported.report), imported.report


def test_an_odt_frame_takes_its_allowed_fallback_over_svg(tmp_path: Path) -> None:
    frame = (
        '<draw:frame><draw:image xlink:href="Pictures/a.svg"/>'
        '<draw:image xlink:href="Pictures/a.png"/><svg:title>Logo</svg:title></draw:frame>'
    )
    source = tmp_path / "fallback.odt"
    source.write_bytes(
        odt(
            odt_p("Titel", style="Title") + odt_p(inline=frame),
            pictures={"a.svg": SVG, "a.png": png()},
        )
    )
    imported = import_file(source)
    assert len(imported.project.assets) == 1
    assert "alert" not in _json(imported)


def test_data_uri_images_go_through_the_allow_list(tmp_path: Path) -> None:
    import base64

    good = base64.b64encode(png()).decode()
    svg = base64.b64encode(SVG).decode()
    page = (
        f'<h1>T</h1><p>Tekst.</p><img src="data:image/png;base64,{good}" alt="Goed">'
        f'<img src="data:image/svg+xml;base64,{svg}" alt="Slecht">'
        '<img src="data:image/png;base64,!!!" alt="Kapot">'
    )
    source = tmp_path / "data.html"
    source.write_text(page)
    imported = import_file(source)
    assert len(imported.project.assets) == 1
    report = "\n".join(imported.report)
    assert "‘Slecht’ was refused" in report and "SVG" in report
    assert "‘Kapot’ was refused" in report


def test_an_image_with_too_many_pixels_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    PILImage.new("1", (10_000, 7_000)).save(buffer, format="PNG")
    body = para("Titel", style="Title") + image_para("rImg", "Groot")
    path = tmp_path / "big.docx"
    path.write_bytes(
        docx(body, rels=(("rImg", "media/a.png", False),), media={"a.png": buffer.getvalue()})
    )
    imported = import_file(path)
    assert any("too many pixels" in line for line in imported.report)


# ---------------------------------------------------------------------------- size and depth


def test_ten_thousand_nested_divs_import(tmp_path: Path) -> None:
    source = tmp_path / "divs.html"
    source.write_text("<h1>T</h1>" + "<div>" * 10_000 + "Diep" + "</div>" * 10_000)
    assert "Diep" in _json(import_file(source))


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".html", "<h1>T</h1>" + "<ul><li>x" * 10_000 + "</li></ul>" * 10_000),
        (".md", "# T\n\n" + "- " * 10_000 + "x\n"),
        (".md", "# T\n\n" + "> " * 10_000 + "x\n"),
        (".md", "# T\n\n" + "".join("  " * min(i, 40) + "- x\n" for i in range(10_000))),
        (".txt", "T\n\n" + "".join(" " * i + "• x\n" for i in range(0, 10_000, 7))),
    ],
)
def test_ten_thousand_nested_lists_import(tmp_path: Path, suffix: str, text: str) -> None:
    source = tmp_path / f"lists{suffix}"
    source.write_text(text)
    import_file(source)  # a draft: the depth is flattened, nothing raised


def test_ten_thousand_nested_tables_in_word_import(tmp_path: Path) -> None:
    nested = "<w:tbl><w:tr><w:tc>" * 10_000 + para("Diep") + "</w:tc></w:tr></w:tbl>" * 10_000
    path = tmp_path / "tables.docx"
    path.write_bytes(docx(para("Titel", style="Title") + nested))
    assert "Diep" in _json(import_file(path))


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<text:list><text:list-item>", "</text:list-item></text:list>"),
        (
            "<table:table><table:table-row><table:table-cell>",
            "</table:table-cell></table:table-row></table:table>",
        ),
        ("<text:section>", "</text:section>"),
    ],
)
def test_ten_thousand_nested_lists_tables_and_sections_in_an_odt_import(
    tmp_path: Path, opening: str, closing: str
) -> None:
    nested = opening * 10_000 + odt_p("Diep") + closing * 10_000
    path = tmp_path / "nested.odt"
    path.write_bytes(odt(odt_p("Titel", style="Title") + nested))
    assert "Diep" in _json(import_file(path))


MEGABYTE_PARAGRAPH = " ".join(["woord*_[x]"] * 100_000)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".odt"])
def test_a_one_megabyte_paragraph_imports_whole(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"long{suffix}"
    match suffix:
        case ".docx":
            source.write_bytes(docx(para("Titel", style="Title") + para(MEGABYTE_PARAGRAPH)))
        case ".odt":
            source.write_bytes(odt(odt_p("Titel", style="Title") + odt_p(MEGABYTE_PARAGRAPH)))
        case ".html":
            source.write_text(f"<h1>Titel</h1><p>{MEGABYTE_PARAGRAPH}</p>")
        case ".md":
            source.write_text(
                "# Titel\n\n"
                + MEGABYTE_PARAGRAPH.replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]")
            )
        case _:
            source.write_text("Titel\n\n" + MEGABYTE_PARAGRAPH)
    from models import richtext

    imported = import_file(source)
    intro = imported.project.publication.intro
    texts = [richtext.plain_text(b.text) for b in intro if b.kind == "paragraph"]
    assert " ".join(texts) == MEGABYTE_PARAGRAPH  # split (a field holds 1M characters), all kept
    assert any("was split into" in line for line in imported.report)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".odt"])
def test_a_hundred_megabyte_source_is_refused_unread(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"huge{suffix}"
    with source.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)  # sparse: no disk used, and never read
    _refused(source, "too large", "100 MiB")


def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _refused(fifo, "is a named pipe, not a file to import")


def test_unknown_formats_are_refused_by_name(tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(b"%PDF-1.7")
    _refused(source, "cannot import '.pdf'")


# ---------------------------------------------------------------------------- mutated bytes


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_mutated_containers_are_drafts_or_plain_refusals(tmp_path: Path, suffix: str) -> None:
    original = _seed(suffix)
    chance = random.Random(19)
    path = tmp_path / f"mutated{suffix}"
    for _ in range(150):
        data = bytearray(original)
        for _ in range(chance.randint(1, 8)):
            data[chance.randrange(len(data))] = chance.randrange(256)
        path.write_bytes(bytes(data))
        try:
            imported = import_file(path)
        except ImportFileError as error:
            assert "\n" not in str(error) and not ZIP.JARGON.search(str(error)), str(error)
        else:
            json.loads(to_json(imported.project))
