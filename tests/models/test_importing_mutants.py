"""The import's entry points (models/importing/__init__.py): a file or pasted data becomes a
project, with the base address and today's date the caller gives, and a document that cannot
become a publication is refused with the source's name in front of the reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models.importing import ImportFileError, import_data, import_file

SOURCE = "# Verslag\n\nZie [het programma](programma.html).\n"
TODAY = dt.date(2021, 6, 30)


def test_a_file_is_imported_with_the_base_and_date_given(tmp_path: Path) -> None:
    path = tmp_path / "verslag.md"
    path.write_text(SOURCE, encoding="utf-8")
    imported = import_file(path, base=" https://site.nl/2021/ ", today=TODAY)
    publication = imported.project.publication
    assert publication.title == "Verslag"
    assert publication.publication_date == TODAY
    assert imported.report == (
        "the first heading ‘Verslag’ became the title",
        "no date found: the publication date is today (2021-06-30)",
    )
    assert "https://site.nl/2021/programma.html" in imported.project.publication.model_dump_json()


def test_pasted_data_is_imported_with_the_base_and_date_given() -> None:
    imported = import_data(SOURCE.encode(), ".md", base="https://site.nl/2021/", today=TODAY)
    assert imported.project.publication.publication_date == TODAY
    assert "https://site.nl/2021/programma.html" in imported.project.publication.model_dump_json()
    assert "the publication date is today (2021-06-30)" in imported.report[-1]


def test_without_a_usable_base_a_relative_link_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "verslag.md"
    path.write_text(SOURCE, encoding="utf-8")
    for imported in (
        import_file(path, base="ftp://site.nl/", today=TODAY),
        import_data(SOURCE.encode(), ".md", today=TODAY),
    ):
        assert "link to ‘programma.html’ is relative: its text was kept, not the link" in (
            imported.report
        )
        assert "programma.html" not in imported.project.publication.model_dump_json()


def test_without_a_date_today_is_the_day_of_the_import() -> None:
    before = dt.date.today()
    imported = import_data(b"# T\n", ".md")
    assert before <= imported.project.publication.publication_date <= dt.date.today()


TOO_LONG = "<html><head><title>" + "a" * 1_000_001 + "</title></head><body><p>x</p></body></html>"
REFUSAL = (
    "the document cannot become a publication (title: String should have at most 1000000 "
    "characters)"
)


def test_a_file_that_cannot_become_a_publication_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "lang.html"
    path.write_text(TOO_LONG, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_file(path)
    assert str(caught.value) == f"lang.html: {REFUSAL}"
    assert caught.value.path == path
    assert caught.value.reason == REFUSAL


def test_pasted_data_that_cannot_become_a_publication_is_refused_by_its_name() -> None:
    with pytest.raises(ImportFileError) as caught:
        import_data(TOO_LONG.encode(), ".html", name="klembord")
    assert str(caught.value) == f"klembord: {REFUSAL}"
    with pytest.raises(ImportFileError) as caught:
        import_data(TOO_LONG.encode(), ".html")
    assert str(caught.value) == f"pasted text: {REFUSAL}"
