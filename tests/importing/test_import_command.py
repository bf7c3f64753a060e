"""``podium import SOURCE OUT.podium``: exit 0 with the report, 1 with one line when the
source is refused, 2 for usage; headless, like every command but the editor."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from import_builders import seed_docx, seed_odt

import main
from models.project_file import load

#: The ``headless_podium`` fixture (tests/conftest.py).
HeadlessPodium = Callable[..., "subprocess.CompletedProcess[str]"]


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_writes_a_project_and_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "seed.docx"
    source.write_bytes(seed_docx())
    out_path = tmp_path / "seed.podium"
    code, out, err = run(capsys, "import", source, out_path)
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {out_path}: 4 sections, 5 speakers;")
    assert "  - ‘Door Joost Kampen" in out and "became speaker Joost Kampen" in out
    assert load(out_path).publication.title.startswith("Ruimte voor professionals")


def test_an_opendocument_text_imports_like_a_word_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "seed.odt"
    source.write_bytes(seed_odt())
    out_path = tmp_path / "seed.podium"
    code, out, err = run(capsys, "import", source, out_path)
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {out_path}: 4 sections, 5 speakers;")
    code, out, _ = run(capsys, "import", "--help")
    assert code == 0 and ".odt" in out


def test_a_refused_source_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.docx"
    source.write_text("not a zip")
    code, out, err = run(capsys, "import", source, tmp_path / "out.podium")
    assert code == 1 and out == ""
    assert err == "podium: bad.docx: this is not a Word document (not a zip container)\n"
    assert not (tmp_path / "out.podium").exists()


def test_an_existing_output_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.md"
    source.write_text("# Titel\n\nTekst.\n")
    target = tmp_path / "a.podium"
    target.write_bytes(b"keep me")
    code, _, err = run(capsys, "import", source, target)
    assert code == 2 and "exists already" in err and target.read_bytes() == b"keep me"
    code, _, _ = run(capsys, "import", source, target, "--force")
    assert code == 0 and load(target).publication.title == "Titel"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "import")[0] == 2
    assert run(capsys, "import", "only-one.txt")[0] == 2


def test_import_never_loads_qt(tmp_path: Path, headless_podium: HeadlessPodium) -> None:
    source = tmp_path / "a.html"
    source.write_text("<h1>Titel</h1><p>Tekst.</p>")
    result = headless_podium("import", source, tmp_path / "a.podium")
    assert result.returncode == 0, result.stderr
