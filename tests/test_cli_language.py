"""The command line speaks the user's language: Dutch where the environment asks for it,
with the editor's translations read without Qt (models/catalogue.py)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path

import pytest

import main
from models import catalogue
from models.project_file import PUBLICATION_JSON

SAMPLE = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
#: The ``headless_podium`` fixture (tests/conftest.py).
HeadlessPodium = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def dutch(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "nl")
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    main._language.cache_clear()
    yield
    main._language.cache_clear()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def write_project(folder: Path, **fields: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"schema_version": 1, "title": "Titel", "publication_date": "2024-05-01", **fields}
    (folder / PUBLICATION_JSON).write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language Podium does not speak
        ({"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, "en"),  # LC_ALL wins, as for gettext
        ({"LC_MESSAGES": "nl_NL", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LANGUAGE": "fy:nl:en", "LANG": "fy_NL.UTF-8"}, "nl"),  # the first it speaks
        ({"LANGUAGE": "en", "LANG": "nl_NL.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    main._language.cache_clear()
    try:
        assert main._language() == language
    finally:
        main._language.cache_clear()


def test_the_command_line_speaks_the_languages_the_editor_speaks() -> None:
    from editor import i18n  # the editor's list (it needs Qt, so the command line has its own)

    assert set(main.LANGUAGES) == set(i18n.LANGUAGES)


@pytest.mark.usefixtures("dutch")
def test_validate_lists_problems_and_its_verdict_in_dutch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = write_project(tmp_path / "p", colophon={"email": "x@"})
    code, out, _ = run(capsys, "validate", project)
    assert code == main.EXIT_INVALID
    assert out.splitlines() == [
        "Colofon: e-mail ‘x@’ is niet geldig: vul een adres in zoals naam@voorbeeld.nl",
        f"{project}: niet geldig (1 probleem)",
    ]


@pytest.mark.usefixtures("dutch")
def test_validate_counts_findings_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", SAMPLE)
    assert code == main.EXIT_OK
    assert out.splitlines()[-1].startswith(f"{SAMPLE}: geldig")


@pytest.mark.usefixtures("dutch")
def test_help_is_dutch_including_argparse_s_own_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == main.EXIT_OK
    assert out.startswith("gebruik: podium")
    assert "opties:" in out and "deze hulptekst tonen en stoppen" in out
    assert "een project als PDF en/of HTML schrijven" in out
    code, out, _ = run(capsys, "export", "--help")
    assert "hier een PDF-bestand schrijven" in out


@pytest.mark.usefixtures("dutch")
def test_usage_errors_are_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", tmp_path / "p.podium")
    assert code == main.EXIT_ERROR
    assert "fout: geef --pdf UIT, --html UIT of allebei" in err


@pytest.mark.usefixtures("dutch")
def test_errors_from_the_core_are_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "validate", tmp_path / "missing.podium")
    assert code == main.EXIT_ERROR and out == ""
    assert err.startswith("podium: missing.podium: ") and "no such file" not in err


@pytest.mark.usefixtures("dutch")
def test_the_export_summary_is_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    html = tmp_path / "verslag.html"
    code, out, _ = run(capsys, "export", SAMPLE, "--html", html, "--draft")
    assert code == main.EXIT_OK
    assert out == f"{html} geschreven\n"


def test_every_catalogue_entry_is_finished_and_keeps_its_placeholders() -> None:
    """What the command line reads is what the editor's .qm holds: the finished entries."""
    entries = catalogue.catalogue("nl")
    assert len(entries) > 900
    assert entries.translate("CLI", "no differences") == "geen verschillen"
    assert entries.translate("Messages", "1 error") == "1 fout"  # a core message, global
    assert entries.translate("Problems", "not in the catalogue") == "not in the catalogue"


def test_a_dutch_command_line_never_imports_qt(headless_podium: HeadlessPodium) -> None:
    """The catalogue is read without Qt: servers have no display and no Qt libraries."""
    result = headless_podium("validate", SAMPLE, env={"LANGUAGE": "nl", "LANG": "nl_NL.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith(f"{SAMPLE}: geldig")
