"""The seed report imported from .txt, .md, .html, .docx and .odt gives the built-in
sample's structure, and every sentence of the seed lands in the publication."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_builders import (
    SAMPLE,
    missing_sentences,
    missing_words,
    seed_docx,
    seed_html,
    seed_markdown,
    seed_odt,
    seed_text,
    structure,
)

from models.importing import Imported, import_file
from models.project_file import load, save


def _write(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"seed{suffix}"
    match suffix:
        case ".txt":
            path.write_text(seed_text(), encoding="utf-8")
        case ".md":
            path.write_text(seed_markdown(), encoding="utf-8")
        case ".html":
            path.write_text(seed_html(), encoding="utf-8")
        case ".docx":
            path.write_bytes(seed_docx())
        case ".odt":
            path.write_bytes(seed_odt())
    return path


FORMATS = (".txt", ".md", ".html", ".docx", ".odt")


@pytest.fixture(scope="module")
def sample() -> dict[str, object]:
    return structure(load(SAMPLE).publication)


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_seed_gives_the_samples_structure(
    tmp_path: Path, suffix: str, sample: dict[str, object]
) -> None:
    imported = import_file(_write(tmp_path, suffix))
    got = structure(imported.project.publication)
    for key in sample:
        assert got[key] == sample[key], key


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_sentence_of_the_seed_lands(tmp_path: Path, suffix: str) -> None:
    publication = import_file(_write(tmp_path, suffix)).project.publication
    assert missing_sentences(seed_text(), publication) == []
    assert missing_words(seed_text(), publication) == []


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_report_names_every_guess(tmp_path: Path, suffix: str) -> None:
    report = import_file(_write(tmp_path, suffix)).report
    text = "\n".join(report)
    assert "became speaker Joost Kampen" in text
    assert "became speaker Marco Webeling" in text
    assert "became the video's access note" in text
    assert "the colophon was read" in text


def test_the_import_saves_and_opens_again(tmp_path: Path) -> None:
    imported: Imported = import_file(_write(tmp_path, ".docx"))
    save(imported.project, tmp_path / "out.podium")
    again = load(tmp_path / "out.podium")
    assert again.publication == imported.project.publication
