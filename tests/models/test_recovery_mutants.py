"""The autosave journal, exactly: where it lives, what its note says, what is offered back
after a crash and in which order, and what is skipped without stopping the search."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

import models.recovery as recovery
from models import Project, Publication
from models.lock import LockInfo
from models.project_file import ProjectFileError, to_json, to_zip_bytes
from models.recovery import Journal, Recoverable, find_recoverable, recovery_dir

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def project(title: str = "Verslag") -> Project:
    pub = Publication.model_validate(
        {"title": title, "publication_date": "2024-05-01", "intro": ["Eén alinea, met ‘tekst’."]}
    )
    return Project(pub, {})


def note_of(journal: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(journal.with_suffix(".json").read_text(encoding="utf-8"))
    return data


@functools.cache
def dead_pid() -> int:
    """The process id of a process that has ended (one for the whole module: it is slow)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def orphan(
    folder: Path,
    title: str = "Verslag",
    *,
    autosaved_at: str = "2026-11-28T09:00:00+01:00",
    source: str | None = "/werk/verslag.podium",
    **extra: object,
) -> Path:
    """A journal left by a process that is gone, with its note."""
    journal = Journal(folder)
    journal.write(project(title), None, None)
    owner = {"host": LockInfo.mine().host, "user": "eva", "pid": dead_pid(), "since": autosaved_at}
    note = {"source": source, "autosaved_at": autosaved_at, "owner": owner, **extra}
    journal.path.with_suffix(".json").write_text(json.dumps(note), encoding="utf-8")
    return journal.path


def test_the_folder_comes_from_the_environment_when_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(tmp_path / "elders"))
    assert recovery_dir() == tmp_path / "elders"


def test_the_folder_is_podium_recovery_in_the_users_data_without_an_author_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[tuple[tuple[object, ...], dict[str, object]]] = []

    def user_data_path(*args: object, **kwargs: object) -> Path:
        asked.append((args, kwargs))
        return tmp_path / "data"

    monkeypatch.setattr(recovery, "user_data_path", user_data_path)
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", "")  # empty: as if not set
    assert recovery_dir() == tmp_path / "data" / "recovery"
    monkeypatch.delenv("PODIUM_RECOVERY_DIR")
    assert recovery_dir() == tmp_path / "data" / "recovery"
    assert asked == [(("Podium",), {"appauthor": False})] * 2


def test_a_journal_without_a_folder_goes_to_the_recovery_folder_under_a_fresh_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(tmp_path / "nieuw" / "diep"))
    first, second = Journal(), Journal()
    assert first.folder == tmp_path / "nieuw" / "diep"
    assert first.path.parent == first.folder
    assert re.fullmatch(r"[0-9a-f]{32}\.podium", first.path.name)
    assert first.path != second.path
    first.write(project(), None, None)  # makes the missing folders
    assert sorted(p.name for p in first.folder.iterdir()) == sorted(
        [first.path.name, first.path.with_suffix(".json").name]
    )


def test_the_journal_is_compact_json_and_its_note_says_whose_work_it_is(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    work = project()
    journal.write(work, tmp_path / "verslag.podium", "2026-11-28T08:00:00+01:00")
    with zipfile.ZipFile(journal.path) as archive:
        assert archive.read("publication.json") == to_json(work, pretty=False)
    text = journal.path.with_suffix(".json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "source": ')  # indented by two, for a person reading it
    note = json.loads(text)
    mine = LockInfo.mine()
    assert list(note) == ["source", "saved_at", "autosaved_at", "owner"]
    assert note["source"] == str(tmp_path / "verslag.podium")
    assert note["saved_at"] == "2026-11-28T08:00:00+01:00"
    assert STAMP.fullmatch(note["autosaved_at"])
    assert list(note["owner"]) == ["host", "user", "pid", "since"]
    assert note["owner"]["host"] == mine.host and note["owner"]["user"] == mine.user
    assert note["owner"]["pid"] == mine.pid
    assert STAMP.fullmatch(note["owner"]["since"])


def test_an_untitled_document_has_no_source_in_its_note(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.write(project(), None, None)
    note = note_of(journal.path)
    assert note["source"] is None and note["saved_at"] is None


def test_writing_again_replaces_the_journal_without_a_backup(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.write(project("Eerst"), None, None)
    journal.write(project("Daarna"), None, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [journal.path.name, journal.path.with_suffix(".json").name]
    )
    assert Recoverable(journal.path, None, None, "").load().publication.title == "Daarna"


def test_a_journal_that_would_not_open_is_refused_and_the_previous_one_stays(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path)
    good = to_zip_bytes(project("Goed"), pretty=False)
    journal.write_bytes(good, None, None)
    note = journal.path.with_suffix(".json").read_bytes()
    with pytest.raises(ProjectFileError) as caught:
        journal.write_bytes(b"geen zip", tmp_path / "x.podium", None)
    error = caught.value
    assert error.path == journal.path
    assert isinstance(error.__cause__, ProjectFileError)
    reason = error.__cause__.reason
    assert str(error) == (
        f"{journal.path.name}: the autosave would not open again ({reason}); "
        "the previous autosave is unchanged"
    )
    assert journal.path.read_bytes() == good
    assert journal.path.with_suffix(".json").read_bytes() == note
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [journal.path.name, journal.path.with_suffix(".json").name]
    )


def test_discarding_removes_the_journal_and_its_note_and_may_be_repeated(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.write(project(), None, None)
    journal.discard()
    assert list(tmp_path.iterdir()) == []
    journal.discard()  # already gone: fine
    found = Recoverable(orphan(tmp_path), None, None, "")
    found.journal.with_suffix(".json").unlink()
    found.discard()  # the note was gone already; the journal still goes
    assert list(tmp_path.iterdir()) == []
    Recoverable(tmp_path / "nooit.podium", None, None, "").discard()


def test_a_missing_recovery_folder_offers_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert find_recoverable(tmp_path / "er-niet") == []
    (tmp_path / "een-bestand").write_text("x")
    assert find_recoverable(tmp_path / "een-bestand") == []
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(tmp_path / "er-niet"))
    assert find_recoverable() == []


def test_without_a_folder_the_recovery_folder_is_searched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PODIUM_RECOVERY_DIR", str(tmp_path))
    journal = orphan(tmp_path)
    assert [found.journal for found in find_recoverable()] == [journal]


def test_an_orphan_is_offered_with_its_source_times_and_work(tmp_path: Path) -> None:
    journal = orphan(
        tmp_path, "Herstel", autosaved_at="2026-11-28T09:30:00+01:00", saved_at="2026-11-28T08:00"
    )
    [found] = find_recoverable(tmp_path)
    assert found == Recoverable(
        journal, Path("/werk/verslag.podium"), "2026-11-28T08:00", "2026-11-28T09:30:00+01:00"
    )
    assert found.load().publication.title == "Herstel"


def test_an_orphan_without_a_source_or_saved_time_is_untitled(tmp_path: Path) -> None:
    orphan(tmp_path / "a", source=None)
    orphan(tmp_path / "b", source="")
    for folder in ("a", "b"):
        [found] = find_recoverable(tmp_path / folder)
        assert found.source is None and found.saved_at is None


def test_orphans_are_offered_newest_first(tmp_path: Path) -> None:
    times = ["2026-11-27T10:00:00+01:00", "2026-11-29T10:00:00+01:00", "2026-11-28T10:00:00+01:00"]
    for index, when in enumerate(times):
        orphan(tmp_path, f"Werk {index}", autosaved_at=when)
    found = find_recoverable(tmp_path)
    assert [f.autosaved_at for f in found] == sorted(times, reverse=True)
    assert [f.load().publication.title for f in found] == ["Werk 1", "Werk 2", "Werk 0"]


def test_a_journal_still_being_written_by_a_running_podium_is_not_offered(tmp_path: Path) -> None:
    live = Journal(tmp_path)
    live.write(project(), None, None)
    assert find_recoverable(tmp_path) == []
    dead = orphan(tmp_path)
    assert [found.journal for found in find_recoverable(tmp_path)] == [dead]


def _damage(folder: Path, how: str) -> None:
    journal = orphan(folder, "Kapot")
    note = journal.with_suffix(".json")
    data = note_of(journal)
    if how == "no note":
        note.unlink()
    elif how == "not utf-8":
        note.write_bytes(b'{"source": "\xff"}')
    elif how == "not json":
        note.write_text("{niet af", encoding="utf-8")
    elif how == "no owner":
        del data["owner"]
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "odd owner":
        data["owner"]["pid"] = str(data["owner"]["pid"])
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "no autosave time":
        del data["autosaved_at"]
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "source not text":
        data["source"] = 5
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "saved time not text":
        data["saved_at"] = ["gisteren"]
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "note not an object":
        note.write_text(json.dumps([data]), encoding="utf-8")
    elif how == "nested too deeply":
        note.write_text("[" * 100_000, encoding="utf-8")
    elif how == "owner not an object":
        data["owner"] = None
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "live owner":
        data["owner"]["pid"] = LockInfo.mine().pid
        note.write_text(json.dumps(data), encoding="utf-8")
    elif how == "broken zip":
        journal.write_bytes(b"PK\x03\x04kapot")


DAMAGE = [
    "no note",
    "not utf-8",
    "not json",
    "no owner",
    "odd owner",
    "no autosave time",
    "source not text",
    "saved time not text",
    "note not an object",
    "nested too deeply",
    "owner not an object",
    "live owner",
    "broken zip",
]


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_or_live_journal_is_skipped_and_the_search_goes_on(
    tmp_path: Path, how: str
) -> None:
    """The others are still offered, whatever order the folder lists them in."""
    for _ in range(3):
        _damage(tmp_path, how)
    good = {
        orphan(tmp_path, f"Goed {n}", autosaved_at=f"2026-11-2{n}T10:00:00+01:00") for n in range(8)
    }
    assert {found.journal for found in find_recoverable(tmp_path)} == good


def test_only_podium_files_are_looked_at(tmp_path: Path) -> None:
    journal = orphan(tmp_path)
    (tmp_path / "iets.txt").write_text("x")
    journal.with_suffix(".json").rename(tmp_path / "los.json")
    assert find_recoverable(tmp_path) == []


def test_a_source_with_accents_survives_the_note(tmp_path: Path) -> None:
    source = tmp_path / "vérslag ‘één’.podium"
    journal = Journal(tmp_path)
    journal.write(project(), source, None)
    assert journal.path.with_suffix(".json").read_bytes().isascii()
    data = note_of(journal.path)
    data["owner"]["pid"] = dead_pid()
    journal.path.with_suffix(".json").write_text(json.dumps(data), encoding="utf-8")
    [found] = find_recoverable(tmp_path)
    assert found.source == source
