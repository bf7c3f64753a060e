"""Importing data without a file (what the editor pastes), a base address for relative
links, and the report as entries with their groups, places and addresses."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_builders import docx, link, odt, odt_link, odt_p, para, run

from models.importing import ImportFileError, import_data, import_file
from models.importing.errors import MAX_TEXT_BYTES
from models.importing.notes import TEMPLATES, Note
from models.importing.report import GROUPS, KIND_GROUPS, entries, entry, needs_base

PAGE = (
    "<html><body><h1>Netwerkdag</h1><p>Het verslag.</p><h2>Opening</h2>"
    "<p>Door Joost Kampen, taaladviseur</p><p>Zie <a href='programma.html'>het programma</a>.</p>"
    "<img src='https://example.org/zaal.jpg' alt='De zaal'>"
    "<blockquote><p>Schrijf zoals je praat, maar dan net iets beter.</p></blockquote>"
    "</body></html>"
)


def test_data_imports_like_a_file_of_its_format(tmp_path: Path) -> None:
    path = tmp_path / "dag.html"
    path.write_text(PAGE, encoding="utf-8")
    from_file = import_file(path)
    from_data = import_data(PAGE.encode(), ".HTML", name="pasted text")
    assert from_data.project.publication.title == from_file.project.publication.title
    assert from_data.report == from_file.report
    text = import_data(b"Titel\n\nEen alinea.\n", ".txt").project.publication
    assert text.title == "Titel"


def test_data_is_refused_like_a_file() -> None:
    with pytest.raises(ImportFileError, match=r"^pasted text: cannot import '\.pdf'"):
        import_data(b"%PDF", ".pdf", name="pasted text")
    with pytest.raises(ImportFileError, match="too large"):
        import_data(b"x" * (MAX_TEXT_BYTES + 1), ".txt")
    with pytest.raises(ImportFileError, match="not a Word document"):
        import_data(b"no zip", ".docx", name="clip")


def test_a_base_address_resolves_relative_links_in_every_format(tmp_path: Path) -> None:
    base = "https://example.org/dag/"
    markdown = "# Dag\n\nZie [het programma](programma.html).\n"
    word = docx(
        para("Dag", style="Title") + para(runs=run("Zie ") + link("het programma", "rL")),
        rels=(("rL", "programma.html", True),),
    )
    opendoc = odt(odt_p(inline="Zie " + odt_link("het programma", "programma.html")), title="Dag")
    for data, suffix in (
        (PAGE.encode(), ".html"),
        (markdown.encode(), ".md"),
        (word, ".docx"),
        (opendoc, ".odt"),
    ):
        without = import_data(data, suffix)
        assert needs_base(without), suffix
        withbase = import_data(data, suffix, base=base)
        assert not needs_base(withbase), suffix
        texts = "\n".join(
            b.text for _loc, body in withbase.project.publication.iter_bodies() for b in body
        )
        assert f"({base}programma.html)" in texts, suffix


def test_a_base_address_that_is_not_http_is_ignored() -> None:
    imported = import_data(PAGE.encode(), ".html", base="javascript:alert(1)")
    assert needs_base(imported)


def test_the_source_base_wins_over_the_given_one() -> None:
    page = PAGE.replace("<html>", "<html><head><base href='https://bron.example/'></head>")
    imported = import_data(page.encode(), ".html", base="https://anders.example/")
    pub = imported.project.publication
    texts = "\n".join(b.text for _loc, body in pub.iter_bodies() for b in body)
    assert "(https://bron.example/programma.html)" in texts


def test_entries_group_every_line_and_know_their_places() -> None:
    imported = import_data(PAGE.encode(), ".html")
    found = entries(imported)
    assert len(found) == len(imported.report) == len(imported.places)
    assert {e.group for e in found} <= set(GROUPS)
    publication = imported.project.publication
    speaker = next(e for e in found if e.group == "speakers")
    assert speaker.text == "‘Door Joost Kampen, taaladviseur’ became speaker Joost Kampen"
    assert speaker.place == ("speaker", publication.speakers[0].id)
    image = next(e for e in found if e.group == "images")
    assert image.address == "https://example.org/zaal.jpg"
    relative = next(e for e in found if e.group == "links")
    assert relative.address == "programma.html" and relative.needs_base
    title = next(e for e in found if e.group == "document")
    assert title.place == ("details", None)


@pytest.mark.parametrize(
    ("kind", "params", "line", "group"),
    [
        ("title_heading", {"text": "Dag"}, "the first heading ‘Dag’ became the title", "document"),
        (
            "no_date",
            {"date": "2025-01-01"},
            "no date found: the publication date is today (2025-01-01)",
            "document",
        ),
        (
            "front_matter_unused",
            {"key": "tags", "value": "x"},
            "front matter ‘tags: x’ has no place in a publication",
            "document",
        ),
        (
            "moderator",
            {"text": "Moderator: Anna", "name": "Anna de Vries"},
            "‘Moderator: Anna’ became moderator Anna de Vries",
            "speakers",
        ),
        (
            "thanks",
            {"text": "Met dank aan Piet", "name": "Piet"},
            "‘Met dank aan Piet’ became with thanks to Piet",
            "speakers",
        ),
        (
            "quote",
            {"text": "Dit is een mooi citaat", "attribution": "Piet"},
            "‘Dit is een mooi citaat’ became a pull quote by ‘Piet’",
            "quotes",
        ),
        (
            "takeaways_under_heading",
            {"heading": "Tips", "section": "Opening", "count": 3},
            "the list under ‘Tips’ became the takeaways of ‘Opening’ (3 points)",
            "takeaways",
        ),
        (
            "takeaways_after_intro",
            {"count": 2},
            "the list after the intro's ‘…:’ paragraph became the key takeaways (2 points)",
            "takeaways",
        ),
        ("colophon_read", {"fields": ("phone",)}, "the colophon was read: phone", "colophon"),
        (
            "relative_link",
            {"target": "a.html"},
            "link to ‘a.html’ is relative: its text was kept, not the link",
            "links",
        ),
        (
            "remote_image_unnamed",
            {"url": "https://x.example/a.png"},
            "an image was not fetched (remote: https://x.example/a.png); add it by hand",
            "images",
        ),
        (
            "image_missing",
            {"name": "p.png"},
            "image ‘p.png’ is missing from the document",
            "images",
        ),
        (
            "embedded_object",
            {},
            "an embedded object (a chart or formula) was not imported",
            "images",
        ),
        (
            "section_title",
            {"text": "Opening"},
            "‘Opening’ became a section title (a byline follows)",
            "placed",
        ),
        ("flattened", {}, "lists nested deeper than two levels were flattened to two", "placed"),
    ],
)
def test_each_kind_of_report_line_has_its_group(
    kind: str, params: dict[str, str | int | tuple[str, ...]], line: str, group: str
) -> None:
    note = Note(kind, params)
    assert note.text == line
    assert entry(note).group == group


def test_every_kind_of_line_has_a_group() -> None:
    assert set(KIND_GROUPS) == set(TEMPLATES)


@pytest.mark.parametrize(
    ("kind", "params", "address"),
    [
        ("remote_image", {"image": "De zaal", "url": "https://x.example/a.png"}, "x.example"),
        ("relative_link", {"target": "a.html"}, "a.html"),
        ("image_not_in_file", {"image": "Zaal", "url": "zaal.png"}, ""),
    ],
)
def test_an_entry_lists_the_address_its_line_names(
    kind: str, params: dict[str, str], address: str
) -> None:
    found = entry(Note(kind, params))
    assert address in found.address and (address or not found.address)
    assert found.needs_base == (kind == "relative_link")
