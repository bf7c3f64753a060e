"""``podium validate --spelling``: one line per unknown word with where it is; advice only."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

import main
from models.project_file import PUBLICATION_JSON

SAMPLE = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, list[str]]:
    code = main.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


def test_unknown_words_are_listed_one_a_line_and_the_exit_stays_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    data = {
        "schema_version": 3,
        "title": "Verslag",
        "publication_date": "2024-05-01",
        "blocks": [{"kind": "section", "id": "s", "title": "Opening", "body": ["Een fuot."]}],
        "speakers": [{"id": "x", "name": "Xyloquant"}],
        "intro": ["Xyloquant opende de dag.", {"text": "A mistaek.", "language": "en"}],
        "dictionary": ["opende"],
    }
    (folder / PUBLICATION_JSON).write_text(json.dumps(data), encoding="utf-8")
    code, lines = run(capsys, "validate", "--spelling", folder)
    assert code == 0
    at = lines.index("spelling: 2 unknown words")
    words = lines[at - 2 : at]
    assert words[0].startswith(
        "Introduction, paragraph 2: ‘mistaek’ is not in the English dictionary; did you mean "
    )
    assert words[1].startswith(
        "Section 1 ‘Opening’, paragraph 1: ‘fuot’ is not in the Dutch dictionary; did you mean "
    )
    assert "fout" in words[1]
    assert not any("dictionary" in line for line in lines[: at - 2])  # the preflight's
    assert lines[-1].startswith(f"{folder}: valid")


def test_without_the_option_spelling_is_not_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", SAMPLE) == (0, [f"{SAMPLE}: valid"])
    code, lines = run(capsys, "validate", "--spelling", SAMPLE)
    assert code == 0 and lines[-1] == f"{SAMPLE}: valid"
    assert lines[-2].startswith("spelling: ") and len(lines) - 2 <= 5


def test_an_invalid_file_is_reported_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    data = {"schema_version": 3, "title": " "}
    (folder / PUBLICATION_JSON).write_text(json.dumps(data), encoding="utf-8")
    code, lines = run(capsys, "validate", "--spelling", folder)
    assert code == 1 and lines[-1].endswith("not valid (2 problems)")
    assert not any("spelling" in line for line in lines)
