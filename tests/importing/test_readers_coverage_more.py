"""Markdown and web pages on shapes the other import tests leave out (emphasis, code,
dates in ``<meta>``, ``<pre>``, local and broken images), and opening sources that cannot
be read: a missing file, a folder, a file that grows while it is read, a document too
complex or too large to be a publication."""

from __future__ import annotations

import base64
import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from import_builders import png

from models.importing import ImportFileError, import_data, import_file, markdown_reader, source
from models.importing.document import (
    Document,
    Heading,
    Item,
    ListBlock,
    Meta,
    Para,
    Picture,
    Span,
)
from models.importing.errors import SourceRefused
from models.importing.html_reader import data_uri, read_html
from models.importing.markdown_reader import read_markdown
from models.importing.notes import Note
from models.publication import Paragraph

# ------------------------------------------------------------------ Markdown


def test_markdown_emphasis_becomes_bold_and_italic_spans() -> None:
    document = read_markdown(
        "De **gemeente** werkt *samen* met ***inwoners*** en _buurten_.\n\n"
        "- **Vooraf**: aanmelden\n- *Achteraf* een enquête\n"
    )
    assert document.blocks == (
        Para(
            (
                Span("De "),
                Span("gemeente", bold=True),
                Span(" werkt "),
                Span("samen", italic=True),
                Span(" met "),
                Span("inwoners", bold=True, italic=True),
                Span(" en "),
                Span("buurten", italic=True),
                Span("."),
            )
        ),
        ListBlock(
            False,
            (
                Item((Span("Vooraf", bold=True), Span(": aanmelden"))),
                Item((Span("Achteraf", italic=True), Span(" een enquête"))),
            ),
        ),
    )


def test_markdown_emphasis_reaches_the_publication_as_rich_text() -> None:
    imported = import_data(b"# Verslag\n\nDe **gemeente** werkt *samen* met inwoners.\n", ".md")
    (paragraph,) = imported.project.publication.intro
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "De **gemeente** werkt *samen* met inwoners."


def test_a_code_block_is_a_paragraph_of_its_lines() -> None:
    document = read_markdown("Voorbeeld:\n\n```\nregel 1\nregel 2\n```\n\n    ingesprongen\n")
    assert document.blocks == (
        Para((Span("Voorbeeld:"),)),
        Para((Span("regel 1\nregel 2"),)),
        Para((Span("ingesprongen"),)),
    )


def test_a_front_matter_date_podium_cannot_read_is_reported() -> None:
    document = read_markdown("---\ntitle: Verslag\ndate: volgende week\n---\n\nTekst.\n")
    assert document.meta == Meta(title="Verslag")
    assert document.notes == (Note("front_matter_date", {"value": "volgende week"}),)


# ------------------------------------------------------------------ web pages


def test_the_date_of_a_page_comes_from_its_first_readable_meta_date() -> None:
    page = (
        "<html lang='en'><head><title>Annual meeting</title>"
        "<meta name='description' content='2019-01-01 is not a date field'>"
        "<meta name='date' content='soon'>"
        "<meta property='article:published_time' content='2021-03-09T10:00:00+01:00'>"
        "<meta name='dcterms.date' content='2022-01-01'>"
        "</head><body><p>Text.</p></body></html>"
    )
    assert read_html(page).meta == Meta(
        title="Annual meeting", date=dt.date(2021, 3, 9), language="en"
    )


def test_preformatted_text_keeps_its_spaces_and_line_breaks() -> None:
    page = "<body><p>Rooster:</p><pre>ma   9:00\ndi  10:00<br>wo  11:00</pre><p>Einde.</p></body>"
    assert read_html(page).blocks == (
        Para((Span("Rooster:"),)),
        Para((Span("ma   9:00\ndi  10:00\nwo  11:00"),)),
        Para((Span("Einde."),)),
    )


def test_a_local_image_is_named_not_read() -> None:
    page = "<body><h1>Kop</h1><img src=' img/plattegrond.png ' alt=' Plattegrond  zaal '></body>"
    assert read_html(page).blocks == (
        Heading(1, (Span("Kop"),)),
        Picture("Plattegrond zaal", url="img/plattegrond.png", name="img/plattegrond.png"),
    )


def test_a_local_image_is_reported_as_not_in_the_file(tmp_path: Path) -> None:
    page = "<html><head><title>Verslag</title></head><body><p>Tekst.</p>"
    page += "<img src='plattegrond.png' alt='Plattegrond'></body></html>"
    imported = import_data(page.encode(), ".html")
    assert imported.report[-1] == (
        "image ‘Plattegrond’ was not imported (‘plattegrond.png’ is not in the file)"
    )
    assert imported.project.assets == {}


@pytest.mark.parametrize(
    ("uri", "data"),
    [
        ("data:image/png;base64," + base64.b64encode(b"\x89PNG").decode(), b"\x89PNG"),
        ("data:text/plain,caf%C3%A9%20bar", "café bar".encode()),
        ("data:image/png;base64,abc", b""),  # incomplete base64
        ("data:image/png;BASE64,", b""),
    ],
)
def test_data_uris(uri: str, data: bytes) -> None:
    assert data_uri(uri) == data


def test_a_data_uri_over_the_image_limit_is_refused_undecoded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from models.importing import html_reader

    monkeypatch.setattr(html_reader, "MAX_IMAGE_BYTES", 3)
    with pytest.raises(SourceRefused, match="larger than 64 MiB"):
        data_uri("data:image/png;base64," + base64.b64encode(png()).decode())


# ------------------------------------------------------------------ opening sources


def test_a_missing_file_and_a_folder_are_one_line_each(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"^weg\.md: no such file$"):
        import_file(tmp_path / "weg.md")
    folder = tmp_path / "map.html"
    folder.mkdir()
    with pytest.raises(ImportFileError, match=r"^map\.html: is a folder, not a file to import$"):
        import_file(folder)


def test_a_path_through_a_file_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "tekst.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^verslag\.md: cannot be read \(Not a directory\)$"):
        import_file(tmp_path / "tekst.txt" / "verslag.md")


def test_a_file_that_grows_after_it_was_measured_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groeit.txt"
    path.write_text("Titel\n\n" + "woord " * 10, encoding="utf-8")
    real_fstat = os.fstat
    monkeypatch.setattr(source, "MAX_TEXT_BYTES", 40)
    monkeypatch.setattr(
        os,
        "fstat",
        lambda fd: SimpleNamespace(st_size=10, st_mode=real_fstat(fd).st_mode),
    )
    with pytest.raises(ImportFileError, match=r"^groeit\.txt: the file is too large to import"):
        import_file(path)


def test_a_source_too_complex_to_read_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def too_deep(text: str, base: str = "") -> Document:
        raise RecursionError

    monkeypatch.setattr(markdown_reader, "read_markdown", too_deep)
    path = tmp_path / "diep.md"
    path.write_text("# Diep\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^diep\.md: is too complex to import$"):
        import_file(path)
    with pytest.raises(ImportFileError, match=r"^plakken: is too complex to import$"):
        import_data(b"# Diep\n", ".md", name="plakken")


def test_a_title_longer_than_a_field_may_be_refuses_the_import(tmp_path: Path) -> None:
    page = "<html><head><title>" + "a" * 1_000_001 + "</title></head><body><p>x</p></body></html>"
    path = tmp_path / "lang.html"
    path.write_text(page, encoding="utf-8")
    message = (
        r"^lang\.html: the document cannot become a publication \(title: String should have "
        r"at most 1000000 characters\)$"
    )
    with pytest.raises(ImportFileError, match=message):
        import_file(path)
    with pytest.raises(ImportFileError, match=message.replace("lang\\.html", "plak")):
        import_data(page.encode(), ".html", name="plak")
