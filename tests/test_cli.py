"""The command line: subcommands, exit codes, one-line errors, and no Qt for headless work.

Most tests call ``main.main([...])`` in this process (fast); one runs ``main.py`` in a fresh
interpreter to prove that a headless export never imports PySide6 or the editor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import main
from models import SCHEMA_VERSION, load
from models.project_file import MIMETYPE, PUBLICATION_JSON

#: The ``headless_podium`` fixture (tests/conftest.py).
HeadlessPodium = Callable[..., "subprocess.CompletedProcess[str]"]

SAMPLE = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
COMMANDS = ["export", "validate", "schema", "pack", "unpack", "diff"]


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """These tests read the English messages, whatever the machine's language
    (tests/test_cli_language.py has the Dutch ones)."""
    monkeypatch.setenv("LANGUAGE", "en")
    main._language.cache_clear()
    yield
    main._language.cache_clear()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    """The single ``podium: ...`` line on stderr; fails on tracebacks and extra lines."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("podium: ") and "Traceback" not in err
    return lines[0]


def write_project(folder: Path, **overrides: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"schema_version": 1, "title": "Titel", "publication_date": "2024-05-01", **overrides}
    (folder / PUBLICATION_JSON).write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.fixture
def fake_renderers(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Replace both renderers with instant fakes; records each ``pdf_href`` the HTML got."""
    hrefs: list[str | None] = []

    def render_html(document: Any, *, pdf_href: str | None = None) -> str:
        hrefs.append(pdf_href)
        return f"<title>{document.info.title}</title><a href='{pdf_href}'>PDF</a>"

    pdf = types.ModuleType("exporters.pdf")
    pdf.render_pdf = lambda document: b"%PDF-fake " + document.info.title.encode()  # type: ignore[attr-defined]
    html = types.ModuleType("exporters.html")
    html.render_html = render_html  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "exporters.pdf", pdf)
    monkeypatch.setitem(sys.modules, "exporters.html", html)
    return hrefs


@pytest.fixture
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool, bool]]:
    """A stand-in for ``editor.app`` so these tests never open a window."""
    calls: list[tuple[Path | None, bool, bool]] = []
    app = types.ModuleType("editor.app")

    def run_editor(
        path: Path | None, review: bool, *, example: bool = False, preload: object = None
    ) -> int:
        calls.append((path, review, example))
        return 0

    app.run = run_editor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "editor.app", app)
    return calls


# ---------------------------------------------------------------- help and usage


@pytest.mark.parametrize("argv", [["--help"], ["-h"], *([c, "--help"] for c in COMMANDS)])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    assert out.startswith("usage: podium")


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--help")
    for command in COMMANDS:
        assert f"\n  {command} " in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("podium ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", str(SAMPLE)], "give --pdf OUT, --html OUT or both"),
        (["export"], "the following arguments are required: FILE"),
        (["validate"], "the following arguments are required: FILE"),
        (["pack", "folder"], "the following arguments are required: OUT"),
        (["export", str(SAMPLE), "--pdf"], "argument --pdf: expected one argument"),
        (["schema", "extra"], "unrecognized arguments: extra"),
        (
            ["exprt", "a.podium", "b.pdf"],
            "unrecognized arguments: a.podium b.pdf (commands are: export",
        ),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and err.startswith("usage: podium")


# ---------------------------------------------------------------- opening the editor


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False, False)),
        (["--review"], (None, True, False)),
        (["--example"], (None, False, True)),
        (["verslag.podium"], (Path("verslag.podium"), False, False)),
        (["verslag.podium", "--review"], (Path("verslag.podium"), True, False)),
        (["notes/export"], (Path("notes/export"), False, False)),  # a file named like a command
        (["--", "export"], (Path("export"), False, False)),
        (["validate.podium"], (Path("validate.podium"), False, False)),
    ],
)
def test_open_passes_file_and_review_to_the_editor(
    argv: list[str],
    expected: tuple[Path | None, bool, bool],
    fake_editor: list[tuple[Path | None, bool, bool]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (0, "", "")
    assert fake_editor == [expected]


# ---------------------------------------------------------------- validate and schema


def test_validate_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", SAMPLE) == (0, f"{SAMPLE}: valid\n", "")


def test_validate_invalid_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = write_project(
        tmp_path / "p",
        title=" ",
        language="de",
        blocks=[
            {"kind": "section", "id": "s1", "title": "Een"},
            {"kind": "quote", "id": "q2", "text": "", "speaker_id": "ghost"},
        ],
    )
    code, out, err = run(capsys, "validate", project)
    assert code == 1 and err == ""
    assert out.splitlines() == [
        "Title must not be empty",
        "Language: choose one of 'nl' or 'en'",
        "Quote 1: text must not be empty",
        f"{project}: not valid (3 problems)",
    ]


def test_validate_names_places_inside_parts_and_bodies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    section = {
        "kind": "section",
        "id": "s1",
        "people": [{"speaker_id": "a", "role": "host"}],
        "byline": "custom",
        "body": [
            "Goed.",
            {"kind": "list", "items": [{"text": "a"}, {"text": " ", "items": [{"text": "x"}]}]},
        ],
    }
    part = {
        "kind": "part",
        "id": "p1",
        "title": "Ochtend",
        "intro": [{"kind": "figure", "images": []}],
        "blocks": [section],
    }
    project = write_project(
        tmp_path / "p",
        schema_version=SCHEMA_VERSION,
        speakers=[{"id": "a", "name": "A"}],
        blocks=[part],
        colophon={"note": [{"kind": "video"}]},
    )
    code, out, _ = run(capsys, "validate", project)
    assert code == 1
    assert out.splitlines() == [
        "Part 1 ‘Ochtend’, introduction, figure 1, images: add at least one entry",
        "Part 1 ‘Ochtend’, section 1, person ‘A’, role: choose one of 'speaker', 'moderator', "
        "'panel', 'interviewer' or 'thanks'",
        "Part 1 ‘Ochtend’, section 1, list 1, item 2: the text must not be empty",
        "Part 1 ‘Ochtend’, section 1, list 1, item 2, sub-item 1: a sub-item is plain text: a "
        "list nests one level deep, not more",
        "Colophon, note, block 1: unknown block kind ‘video’: this version of Podium knows "
        "'paragraph', 'list', 'heading', 'figure'",
        f"{project}: not valid (5 problems)",
    ]


def test_validate_one_problem_and_a_dangling_reference(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = write_project(
        tmp_path / "p", blocks=[{"kind": "quote", "id": "q", "text": "Zo.", "speaker_id": "ghost"}]
    )
    code, out, _ = run(capsys, "validate", project)
    assert code == 1
    assert out.splitlines() == [
        "Quote 1 (‘Zo.’), speaker: there is no speaker with the id ‘ghost’",
        f"{project}: not valid (1 problem)",
    ]


def test_problem_text_from_the_file_cannot_drive_the_terminal(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = write_project(tmp_path / "p", **{"\x1b[2J\x1b[31mevil\nline": 1})
    code, out, _ = run(capsys, "validate", project)
    assert code == 1
    assert "\x1b" not in out
    assert (
        out.splitlines()[0]
        == "\\x1b[2J\\x1b[31mevil\\nline: unknown field (Podium does not know it)"
    )


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schema")
    assert code == 0 and err == ""
    schema = json.loads(out)
    assert (
        schema["$id"] == f"urn:podium:publication:v{SCHEMA_VERSION}" == "urn:podium:publication:v3"
    )
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "publication.json" in schema["title"]
    assert {"title", "publication_date", "blocks", "speakers"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False
    assert out.startswith('{\n  "$schema"')


def test_schema_documents_the_v3_blocks(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(run(capsys, "schema")[1])
    defs = schema["$defs"]
    # The body blocks, the part, people and list items, each with what it is for.
    for name in ("Paragraph", "ListBlock", "ListItem", "Subheading", "Figure", "Part", "Person"):
        assert defs[name]["description"], name
    body = defs["Section"]["properties"]["body"]
    assert body["items"]["discriminator"] == {
        "propertyName": "kind",
        "mapping": {
            "paragraph": "#/$defs/Paragraph",
            "list": "#/$defs/ListBlock",
            "heading": "#/$defs/Subheading",
            "figure": "#/$defs/Figure",
        },
    }
    for where in (schema["properties"]["intro"], body, defs["Part"]["properties"]["intro"],
                  defs["Colophon"]["properties"]["note"]):  # fmt: skip
        assert "paragraphs, lists, sub-headings and figures" in where["description"]
    blocks = schema["properties"]["blocks"]
    assert set(blocks["items"]["discriminator"]["mapping"]) == {"section", "quote", "part"}
    assert set(defs["Part"]["properties"]["blocks"]["items"]["discriminator"]["mapping"]) == {
        "section",
        "quote",
    }
    section = defs["Section"]["properties"]
    assert section["byline"]["enum"] == ["auto", "custom", "hidden"]
    assert "composed from the people" in section["byline"]["description"]
    assert "custom" in section["byline_text"]["description"]
    assert "role" in section["people"]["description"]
    assert defs["Person"]["properties"]["role"]["enum"] == [
        "speaker", "moderator", "panel", "interviewer", "thanks"
    ]  # fmt: skip
    connector = defs["Speaker"]["properties"]["connector"]
    assert "'aan'" in connector["description"] and "comma" in connector["description"]
    assert {"type": "null"} in connector["anyOf"]
    figure = defs["Figure"]["properties"]
    assert (figure["images"]["minItems"], figure["images"]["maxItems"]) == (1, 6)
    assert figure["size"]["enum"] == ["full", "half", "thumbnail"] and figure["size"]["description"]
    assert defs["ListBlock"]["properties"]["items"]["minItems"] == 1
    assert defs["ListItem"]["properties"]["items"]["items"]["type"] == "string"  # one level
    assert "language" in defs["Image"]["properties"]
    assert defs["Paragraph"]["properties"]["language"]["description"]


# ---------------------------------------------------------------- export


def test_export_both_links_the_pdf_relatively(
    fake_renderers: list[str | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, html = tmp_path / "pdf files" / "verslag één.pdf", tmp_path / "site" / "index.html"
    pdf.parent.mkdir()
    html.parent.mkdir()
    code, out, err = run(capsys, "export", SAMPLE, "--pdf", pdf, "--html", html, "--draft")
    assert (code, err) == (0, "")  # a draft is not approved, and marked: no warning
    assert out.splitlines() == [f"wrote {pdf}", f"wrote {html}"]
    assert fake_renderers == ["../pdf%20files/verslag%20%C3%A9%C3%A9n.pdf"]
    assert pdf.read_bytes().startswith(b"%PDF-fake Ruimte voor professionals")
    assert "../pdf%20files/" in html.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.rglob("*")) == [
        "index.html",
        "pdf files",
        "site",
        "verslag één.pdf",
    ]  # no temporary files left


@pytest.mark.parametrize("which", ["--pdf", "--html"])
def test_export_one_format(
    which: str, fake_renderers: list[str | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out"
    code, _, _ = run(capsys, "export", SAMPLE, which, out_file)
    assert code == 0 and out_file.exists()
    assert fake_renderers == ([None] if which == "--html" else [])


def test_export_a_podium_file(
    fake_renderers: list[str | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "pack", SAMPLE, tmp_path / "s.podium")[0] == 0
    code, _, _ = run(capsys, "export", tmp_path / "s.podium", "--pdf", tmp_path / "s.pdf")
    assert code == 0 and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF-fake")


def test_export_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", tmp_path / "nergens.podium", "--pdf", tmp_path / "x.pdf")
    assert code == 2 and out == ""
    assert one_error_line(err) == "podium: nergens.podium: no such file or folder"
    assert list(tmp_path.iterdir()) == []


def test_export_invalid_project_exits_1(
    fake_renderers: list[str | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = write_project(tmp_path / "p", title="", language="de", publication_date="")
    code, out, err = run(capsys, "export", project, "--pdf", tmp_path / "x.pdf")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "podium: p: the publication is not valid: Title must not be empty (and 2 more problems)",
        "podium: 'podium validate FILE' lists every problem",
    ]
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/out.pdf", "missing/out.pdf: the folder '{tmp}/missing' does not exist"),
        ("folder", "folder: is a folder; give a file name"),
    ],
)
def test_export_to_an_unwritable_place(
    target: str,
    message: str,
    fake_renderers: list[str | None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "folder").mkdir()
    before = sorted(tmp_path.rglob("*"))
    code, out, err = run(capsys, "export", SAMPLE, "--pdf", tmp_path / target)
    assert code == 2 and out == ""
    assert one_error_line(err) == f"podium: {tmp_path}/" + message.format(tmp=tmp_path)
    assert sorted(tmp_path.rglob("*")) == before


def test_export_without_permission(
    fake_renderers: list[str | None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from models import atomic_file

    def refuse(path: Path, *, backup: bool) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(atomic_file, "atomic_write", refuse)
    code, _, err = run(capsys, "export", SAMPLE, "--html", tmp_path / "x.html")
    assert code == 2
    assert (
        one_error_line(err) == f"podium: {tmp_path}/x.html: cannot be written (Permission denied)"
    )


def test_export_refuses_one_file_for_both(
    fake_renderers: list[str | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "x"
    code, _, err = run(capsys, "export", SAMPLE, "--pdf", out_file, "--html", out_file)
    assert code == 2
    assert "the PDF and the HTML cannot be written to the same file" in one_error_line(err)
    assert not out_file.exists()


def test_export_never_overwrites_the_project(
    fake_renderers: list[str | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "pack", SAMPLE, tmp_path / "s.podium")[0] == 0
    before = (tmp_path / "s.podium").read_bytes()
    code, _, err = run(capsys, "export", tmp_path / "s.podium", "--pdf", tmp_path / "s.podium")
    assert code == 2 and "is the project itself" in one_error_line(err)
    assert (tmp_path / "s.podium").read_bytes() == before


# ---------------------------------------------------------------- pack and unpack


def test_pack_unpack_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packed, unpacked = tmp_path / "s.podium", tmp_path / "out" / "s"
    assert run(capsys, "pack", SAMPLE, packed) == (0, f"wrote {packed}\n", "")
    assert packed.read_bytes()[30 : 38 + len(MIMETYPE)] == b"mimetype" + MIMETYPE
    assert run(capsys, "unpack", packed, unpacked) == (0, f"wrote {unpacked}\n", "")
    assert load(unpacked).publication == load(SAMPLE).publication
    assert dict(load(unpacked).assets) == dict(load(SAMPLE).assets)


def test_pack_into_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    code, _, err = run(capsys, "pack", SAMPLE, tmp_path / "out")
    assert code == 2
    assert one_error_line(err) == "podium: out: is a folder; give a file name such as NAME.podium"
    assert list((tmp_path / "out").iterdir()) == []


# ---------------------------------------------------------------- review and diff


def _reviewed(tmp_path: Path, status: str) -> Path:
    """A copy of the sample whose review status is ``status`` (set by a named reviewer)."""
    import datetime as dt

    from models import save
    from models.edit import replace_at
    from models.review import set_status

    project = load(SAMPLE)
    when = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)
    review = set_status(project.publication.review, "in_review", "Anna", when)
    review = set_status(review, status, "Anna", when)  # type: ignore[arg-type]
    folder = tmp_path / status
    folder.mkdir()
    save(project.with_publication(replace_at(project.publication, ("review",), review)), folder)
    return folder


@pytest.mark.parametrize(
    ("status", "warning"),
    [
        ("in_review", "podium: warning: in_review is not approved (status: in review); "
         "exported anyway (--draft marks the output as a draft)\n"),
        ("approved", ""),
    ],
)  # fmt: skip
def test_export_warns_when_not_approved(
    status: str,
    warning: str,
    fake_renderers: list[str | None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project = _reviewed(tmp_path, status)
    code, out, err = run(capsys, "export", project, "--html", tmp_path / "x.html")
    assert (code, out, err) == (0, f"wrote {tmp_path / 'x.html'}\n", warning)


def test_diff_of_equal_versions_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "diff", SAMPLE, SAMPLE) == (0, "no differences\n", "")


def test_diff_prints_changes_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from models import operations as ops
    from models import save
    from models.edit import replace_at

    project = load(SAMPLE)
    pub = ops.move_to(project.publication, "blocks", "den-helder", 0)
    pub = replace_at(pub, ("speakers", 0, "role"), "wethouder")
    save(project.with_publication(pub), tmp_path / "nieuw.podium")
    code, out, err = run(capsys, "diff", SAMPLE, tmp_path / "nieuw.podium")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "changed  Speaker “Joost Kampen”: role",
        "    {+wethouder+}",
        "moved    Section “Uit de praktijk gegrepen: de lerende organisatie Den Helder” "
        "(den-helder) from position 4 to 1",
    ]


def test_diff_ignores_review_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "diff", SAMPLE, _reviewed(tmp_path, "approved"))[:2] == (
        0,
        "no differences\n",
    )


@pytest.mark.parametrize("broken", ["missing", "invalid"])
def test_diff_io_and_invalid_files_exit_2(
    broken: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "nergens.podium"
    if broken == "invalid":
        other = write_project(tmp_path / "p", title="")
    code, out, err = run(capsys, "diff", SAMPLE, other)
    assert code == 2 and out == ""
    assert one_error_line(err).startswith(f"podium: {other.name}: ")


def test_diff_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "diff", SAMPLE)
    assert code == 2 and "the following arguments are required: NEW" in err


# ---------------------------------------------------------------- hostile input, bugs


@pytest.mark.parametrize("command", ["validate", "export", "unpack"])
def test_hostile_file_gives_one_line_and_writes_nothing(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import zipfile

    evil = tmp_path / "evil.podium"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("mimetype", MIMETYPE)
        archive.writestr("../../etc/cron.d/evil", b"* * * * * root rm -rf /")
    extra = {"validate": [], "export": ["--pdf", tmp_path / "x.pdf"], "unpack": [tmp_path / "out"]}[
        command
    ]
    code, out, err = run(capsys, command, evil, *extra)
    assert code == 2 and out == ""
    assert one_error_line(err) == (
        "podium: evil.podium: entry '../../etc/cron.d/evil' points outside the project ('..')"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["evil.podium"]


def test_newer_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = write_project(tmp_path / "p", schema_version=SCHEMA_VERSION + 1)
    code, _, err = run(capsys, "validate", project)
    assert code == 2 and "made by a newer Podium" in one_error_line(err)


def test_a_name_with_control_characters_is_printed_safely(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "validate", tmp_path / "a\x1b]0;pwned\x07\n.podium")
    assert code == 2
    assert one_error_line(err) == "podium: a\\x1b]0;pwned\\x07\\n.podium: no such file or folder"


@pytest.mark.parametrize("debug", [False, True])
def test_internal_error_is_one_line_unless_debugging(
    debug: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from models import project_file

    def broken(path: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(project_file, "load", broken)
    monkeypatch.delenv("PODIUM_DEBUG", raising=False)
    if debug:
        monkeypatch.setenv("PODIUM_DEBUG", "1")
    code, _, err = run(capsys, "validate", SAMPLE)
    assert code == 3
    last = "podium: internal error (a bug in Podium): ZeroDivisionError: division by zero"
    if debug:
        assert err.startswith("Traceback") and err.splitlines()[-1] == last
    else:
        assert err.splitlines() == [last, "podium: run with PODIUM_DEBUG=1 for details"]


def test_interrupt_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from models import project_file

    def interrupted(path: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(project_file, "load", interrupted)
    code, _, err = run(capsys, "validate", SAMPLE)
    assert (code, err) == (130, "podium: interrupted\n")


# ---------------------------------------------------------------- a real process


def test_headless_export_in_a_fresh_process_never_imports_qt(tmp_path: Path) -> None:
    """``main.py export`` with the real renderers; afterwards no Qt and no editor is loaded."""
    pdf, html = tmp_path / "verslag.pdf", tmp_path / "web" / "index.html"
    html.parent.mkdir()
    script = (
        "import runpy, sys\n"
        "sys.argv = ['main.py', 'export', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit as stop:\n"
        "    code = stop.code\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m.split('.')[0] in ('PySide6', 'shiboken6', 'editor'))\n"
        "assert not loaded, f'a headless export imported {loaded}'\n"
        "sys.exit(code)\n"
    )
    root = Path(main.__file__).parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(SAMPLE), "--pdf", str(pdf), "--html", str(html)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {pdf}", f"wrote {html}"]
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert 'href="../verslag.pdf"' in html.read_text(encoding="utf-8")


@pytest.mark.skipif(
    not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")),
    reason="X11 and Wayland are what a display means only on Linux and the BSDs",
)
@pytest.mark.parametrize("argv", [[str(SAMPLE)], [], ["--review", str(SAMPLE)], ["--example"]])
def test_opening_the_editor_without_a_display_says_so_in_one_line(
    argv: list[str], headless_podium: HeadlessPodium
) -> None:
    """Without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM Qt would abort (exit 134, six
    lines): one line instead, exit 2, and Qt is never even imported."""
    root = Path(main.__file__).parent
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env["PYTHONPATH"] = str(root)
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), *argv],
        cwd=root,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    line = one_error_line(result.stderr)
    assert "needs a display" in line and "'podium export'" in line and "'podium validate'" in line
    # set but empty is no display either; and Qt is never imported
    result = headless_podium(*argv, env={**dict.fromkeys(hidden), "DISPLAY": ""})
    assert result.returncode == 2, result.stderr
    one_error_line(result.stderr)
