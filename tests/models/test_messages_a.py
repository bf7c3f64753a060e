"""The core's messages about files, locks and projects can be translated, English unchanged.

Each error below is raised for real (a missing file, a damaged zip, a held lock...). What it
was raised with is a :class:`~models.message.Message`: its English text is what it always
was, and with a translator (here a small dict with the Dutch of ``/work/notes/nl``) the whole
sentence comes out in Dutch, its fields (themselves messages) included.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import socket
import stat
import zipfile
from pathlib import Path

import pytest

from models import SCHEMA_VERSION, Project, Publication, atomic_file, project_file, safe_zip
from models.atomic_file import file_kind
from models.lock import LockedError, LockInfo, acquire, lock_path
from models.message import Message, message_of, translated
from models.operations import CannotNestPartError, move_block
from models.project import asset_name
from models.project_file import InvalidProjectError, ProjectFileError, load, unpack
from models.templates import UnknownTemplateError, template_path

DUTCH = {
    "{name}: {reason}": "{name}: {reason}",
    "no such file or folder": "bestand of map bestaat niet",
    "this is not a Podium project (not a zip container)": (
        "dit is geen Podium-project (geen zipbestand)"
    ),
    "entry '{name}' points outside the project ('..')": (
        "item ‘{name}’ wijst naar buiten het project (‘..’)"
    ),
    "publication.json is not valid JSON: {detail} at line {line}, column {column}": (
        "publication.json is geen geldige JSON: {detail} op regel {line}, kolom {column}"
    ),
    "the publication is not valid: {problem} (and {count} more problems)": (
        "de publicatie is niet geldig: {problem} (en nog {count} problemen)"
    ),
    "this file was made by a newer Podium (format version {version}; this Podium reads "
    "up to version {supported}). Update Podium to open it.": (
        "dit bestand is gemaakt met een nieuwere Podium (formaatversie {version}; deze "
        "Podium leest tot en met versie {supported}). Werk Podium bij om het te openen."
    ),
    "{name} is open by {holder}": "{name} is geopend door {holder}",
    "{user} on {host} (process {pid}) since {since}": (
        "{user} op {host} (proces {pid}) sinds {since}"
    ),
    "already holds a project; choose an empty folder, or unpack over it with --force": (
        "bevat al een project; kies een lege map, of pak erover uit met --force"
    ),
    "'.{ext}' images are not supported (use PNG, JPEG, GIF or WebP)": (
        "afbeeldingen met ‘.{ext}’ worden niet ondersteund (gebruik PNG, JPEG, GIF of WebP)"
    ),
    "there is no template '{name}'; choose one of: {choices}": (
        "er is geen sjabloon ‘{name}’; kies uit: {choices}"
    ),
    "is a named pipe, not a project file or folder": (
        "is een named pipe, geen projectbestand of projectmap"
    ),
    "the file unpacks to more than {size}": "het bestand pakt uit tot meer dan {size}",
    "{size} bytes": "{size} bytes",
    "a part cannot hold a part": "een onderdeel kan geen onderdeel bevatten",
}


def dutch(context: str, template: str) -> str:
    return DUTCH.get(template, template)


def raised(error: BaseException) -> Message:
    """What ``error`` was raised with, which must be a message."""
    text = message_of(error)
    assert isinstance(text, Message), repr(text)
    return text


def podium_zip(publication: bytes, *extra: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", project_file.MIMETYPE)
        archive.writestr("publication.json", publication)
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


def data(**overrides: object) -> bytes:
    fields = {"schema_version": SCHEMA_VERSION, "title": "Titel", "publication_date": "2024-05-01"}
    return json.dumps({**fields, **overrides}).encode()


def load_error(path: Path) -> ProjectFileError:
    with pytest.raises(ProjectFileError) as caught:
        load(path)
    return caught.value


# ---------------------------------------------------------------------------- reading


def test_a_missing_file_reads_the_same_in_english_and_whole_in_dutch(tmp_path: Path) -> None:
    error = load_error(tmp_path / "verslag.podium")
    text = raised(error)
    assert str(error) == text == "verslag.podium: no such file or folder"
    assert text.template == "{name}: {reason}"
    assert isinstance(error.reason, Message)
    assert translated(text, dutch) == "verslag.podium: bestand of map bestaat niet"


def test_a_file_that_is_no_zip_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "brief.podium"
    path.write_bytes(b"Dear reader, this is a letter.")
    text = raised(load_error(path))
    assert text == "brief.podium: this is not a Podium project (not a zip container)"
    assert translated(text, dutch) == "brief.podium: dit is geen Podium-project (geen zipbestand)"


def test_a_zip_refusal_stays_a_message_inside_the_project_error(tmp_path: Path) -> None:
    path = tmp_path / "kwaad.podium"
    path.write_bytes(podium_zip(data(), ("../buiten.txt", b"x")))
    error = load_error(path)
    assert raised(error) == "kwaad.podium: entry '../buiten.txt' points outside the project ('..')"
    assert isinstance(error.reason, Message)
    assert translated(raised(error), dutch) == (
        "kwaad.podium: item ‘../buiten.txt’ wijst naar buiten het project (‘..’)"
    )


def test_broken_json_keeps_its_place_as_fields(tmp_path: Path) -> None:
    path = tmp_path / "stuk.podium"
    path.write_bytes(podium_zip(b'{"title": "x",\n  oops}'))
    text = raised(load_error(path))
    assert text == (
        "stuk.podium: publication.json is not valid JSON: Expecting property name enclosed "
        "in double quotes at line 2, column 3"
    )
    assert translated(text, dutch) == (
        "stuk.podium: publication.json is geen geldige JSON: Expecting property name enclosed "
        "in double quotes op regel 2, kolom 3"
    )


def test_a_newer_file_says_so_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.podium"
    path.write_bytes(podium_zip(data(schema_version=SCHEMA_VERSION + 1)))
    text = raised(load_error(path))
    assert text == (
        f"nieuw.podium: this file was made by a newer Podium (format version "
        f"{SCHEMA_VERSION + 1}; this Podium reads up to version {SCHEMA_VERSION}). "
        "Update Podium to open it."
    )
    assert translated(text, dutch).startswith(
        f"nieuw.podium: dit bestand is gemaakt met een nieuwere Podium (formaatversie "
        f"{SCHEMA_VERSION + 1}; "
    )


def test_an_invalid_publication_counts_its_other_problems_in_a_sentence_of_its_own(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ongeldig.podium"
    path.write_bytes(podium_zip(data(title="", publication_date="gisteren", language="xx")))
    with pytest.raises(InvalidProjectError) as caught:
        load(path)
    problems = caught.value.problems
    assert len(problems) == 3
    text = raised(caught.value)
    first = problems[0].message
    assert text == f"ongeldig.podium: the publication is not valid: {first} (and 2 more problems)"
    assert translated(text, dutch) == (
        f"ongeldig.podium: de publicatie is niet geldig: {first} (en nog 2 problemen)"
    )


@pytest.mark.parametrize(
    ("count", "tail"),
    [(0, ""), (1, ": P0"), (2, ": P0 (and 1 more problem)"), (4, ": P0 (and 3 more problems)")],
)
def test_the_problem_count_wording_is_as_it_was(count: int, tail: str) -> None:
    from models.validation import Problem

    problems = [Problem(("title",), "", fallback=f"P{i}") for i in range(count)]
    error = InvalidProjectError("x.podium", problems)
    reason = error.reason
    assert isinstance(reason, Message)
    assert reason == f"the publication is not valid{tail}"
    assert ("{problem}" in reason.template) is bool(problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_named_in_a_sentence_of_its_own(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp.podium"
    os.mkfifo(pipe)
    text = raised(load_error(pipe))
    assert text == "pijp.podium: is a named pipe, not a project file or folder"
    reason = text.fields["reason"]
    assert isinstance(reason, Message) and "{kind}" not in reason.template
    assert translated(text, dutch) == (
        "pijp.podium: is een named pipe, geen projectbestand of projectmap"
    )


def test_a_zip_bomb_refusal_translates_its_size_too() -> None:
    limits = safe_zip.ZipLimits(max_entries=5, max_total_bytes=500, max_ratio=1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a", b"x" * 600)
    with pytest.raises(safe_zip.ArchiveError) as caught:
        safe_zip.open_zip(io.BytesIO(buffer.getvalue()), limits)
    assert caught.value.reason is message_of(caught.value)
    text = raised(caught.value)
    assert text == "the file unpacks to more than 500 bytes"
    assert isinstance(text.fields["size"], Message)
    assert translated(text, dutch) == "het bestand pakt uit tot meer dan 500 bytes"


def test_sizes_keep_their_english() -> None:
    assert safe_zip.readable_size(1) == "1 byte"
    assert safe_zip.readable_size(300) == "300 bytes"
    assert safe_zip.readable_size(1536) == "1.5 KiB"
    assert safe_zip.sizes(1025, 1024) == ("1025 bytes", "1024 bytes")
    assert isinstance(safe_zip.sizes(1025, 1024)[0], Message)


@pytest.mark.parametrize("noun", ["file", "project", "house style", "document", "archive"])
def test_each_noun_has_its_own_sentence(noun: str) -> None:
    text = safe_zip._outside("../x", noun)
    assert text == f"entry '../x' points outside the {noun} ('..')"
    assert ("{noun}" in text.template) is (noun == "archive")


# ---------------------------------------------------------------------------- kinds of file

MODES = [stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK, 0]


@pytest.mark.parametrize("mode", MODES)
def test_each_kind_of_file_has_whole_sentences_with_the_old_english(mode: int) -> None:
    kind = file_kind(mode)
    sentences = {
        project_file._not_a_project(mode): f"is {kind}, not a project file or folder",
        project_file._not_ordinary("a/b", mode): f"'a/b' is {kind}, not an ordinary file",
        atomic_file._not_writable(mode): (
            f"is {kind}, not a regular file; Podium writes only to regular files"
        ),
        atomic_file._backup_refused("x~", mode): (
            f"its backup 'x~' is {kind}, not a regular file; move it away to save here"
        ),
    }
    for text, english in sentences.items():
        assert isinstance(text, Message)
        assert text == english
        assert "{kind}" not in text.template
    assert isinstance(kind, Message)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_a_save_over_a_socket_keeps_the_refusal_translatable(tmp_path: Path) -> None:
    target = tmp_path / "s.podium"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(target))
        project = Project(
            Publication.model_validate({"title": "T", "publication_date": "2024-05-01"}), {}
        )
        with pytest.raises(ProjectFileError) as caught:
            project_file.save(project, target)
    finally:
        server.close()
    reason = caught.value.reason
    assert isinstance(reason, Message)
    assert reason == "is a socket, not a regular file; Podium writes only to regular files"


# ---------------------------------------------------------------------------- other errors


def test_a_held_lock_names_its_holder_in_dutch(tmp_path: Path) -> None:
    project = tmp_path / "verslag.podium"
    holder = {"host": "elders", "user": "anna", "pid": 4242, "since": "2024-05-01T09:30:00+02:00"}
    lock_path(project).write_text(json.dumps(holder), encoding="utf-8")
    with pytest.raises(LockedError) as caught:
        acquire(project)
    text = raised(caught.value)
    assert text == "verslag.podium is open by anna on elders (process 4242) since 2024-05-01 09:30"
    assert translated(text, dutch) == (
        "verslag.podium is geopend door anna op elders (proces 4242) sinds 2024-05-01 09:30"
    )


def test_a_lock_holder_without_a_time_or_unreadable_keeps_its_english() -> None:
    assert LockInfo("h", "u", 7, "?").describe() == "u on h (process 7)"
    assert LockInfo.unknown().describe() == "someone unknown (the lock file cannot be read)"
    assert isinstance(LockInfo.unknown().describe(), Message)


def test_unpacking_over_a_project_is_refused_in_dutch(tmp_path: Path) -> None:
    source = tmp_path / "bron.podium"
    source.write_bytes(podium_zip(data()))
    target = tmp_path / "doel"
    target.mkdir()
    (target / "publication.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        unpack(source, target)
    text = raised(caught.value)
    assert text == (
        "doel: already holds a project; choose an empty folder, or unpack over it with --force"
    )
    assert translated(text, dutch) == (
        "doel: bevat al een project; kies een lege map, of pak erover uit met --force"
    )


def test_an_image_of_an_unknown_extension_is_refused_in_dutch(png_bytes: bytes) -> None:
    with pytest.raises(ValueError) as caught:
        asset_name(png_bytes, ".bmp")
    text = raised(caught.value)
    assert text == "'.bmp' images are not supported (use PNG, JPEG, GIF or WebP)"
    assert translated(text, dutch) == (
        "afbeeldingen met ‘.bmp’ worden niet ondersteund (gebruik PNG, JPEG, GIF of WebP)"
    )


def test_an_unknown_template_lists_the_templates_in_dutch() -> None:
    with pytest.raises(UnknownTemplateError) as caught:
        template_path("bruiloft")
    text = raised(caught.value)
    assert text.startswith("there is no template 'bruiloft'; choose one of: symposiumverslag, ")
    assert translated(text, dutch).startswith("er is geen sjabloon ‘bruiloft’; kies uit: ")


def test_a_part_in_a_part_is_refused_as_a_message() -> None:
    parts = [
        {"kind": "part", "id": "p1", "title": "Een"},
        {"kind": "part", "id": "p2", "title": "Twee"},
    ]
    publication = Publication.model_validate(
        {"title": "T", "publication_date": "2024-05-01", "blocks": parts}
    )
    with pytest.raises(CannotNestPartError) as caught:
        move_block(publication, "p2", "p1", 0)
    assert translated(raised(caught.value), dutch) == "een onderdeel kan geen onderdeel bevatten"


def test_an_error_message_survives_a_trip_to_another_process(tmp_path: Path) -> None:
    text = raised(load_error(tmp_path / "weg.podium"))
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Message)
    assert translated(again, dutch) == "weg.podium: bestand of map bestaat niet"


def test_no_template_of_these_modules_is_an_f_string() -> None:
    """A template with a field filled in before message() saw it could not be translated."""
    root = Path(project_file.__file__).parent
    for name in ("project_file", "safe_zip", "atomic_file", "lock", "recovery", "project"):
        source = (root / f"{name}.py").read_text(encoding="utf-8")
        assert "message(f" not in source.replace(" ", "").replace("\n", ""), name


def test_a_save_that_would_not_reopen_nests_three_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_file, "MAX_JSON_BYTES", 10)
    project = Project(
        Publication.model_validate({"title": "T", "publication_date": "2024-05-01"}), {}
    )
    target = tmp_path / "nieuw.podium"
    with pytest.raises(ProjectFileError) as caught:
        project_file.save(project, target)
    assert not target.exists()
    text = raised(caught.value)
    assert text.startswith(
        "nieuw.podium: could not be saved: what was written would not open again ("
        "entry 'publication.json' is too large ("
    )
    assert text.endswith("); at most 10 bytes is allowed); nothing was saved")
    tables = {
        **DUTCH,
        "could not be saved: what was written would not open again ({reason}); "
        "nothing was saved": "kon niet worden opgeslagen: wat geschreven is, zou niet meer "
        "opengaan ({reason}); er is niets opgeslagen",
        "entry '{name}' is too large ({size}); at most {most} is allowed": (
            "item ‘{name}’ is te groot ({size}); hoogstens {most} is toegestaan"
        ),
    }
    dutch_text = translated(text, lambda context, template: tables.get(template, template))
    assert dutch_text.startswith(
        "nieuw.podium: kon niet worden opgeslagen: wat geschreven is, zou niet meer opengaan ("
        "item ‘publication.json’ is te groot ("
    )
    assert dutch_text.endswith("); hoogstens 10 bytes is toegestaan); er is niets opgeslagen")
