"""Podium's command line: open the editor, or work on a project without a window.

``podium [--review] [FILE]`` opens the editor; ``podium COMMAND ...`` runs a headless command
(export, validate, schema, pack, unpack, diff, import). Arguments are parsed before anything
heavy is imported, and headless commands never import Qt or the editor.

Messages follow the language of the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``): Dutch or English, with the editor's translations read without Qt
(:mod:`models.catalogue`).

Exit codes: 0 success; 1 the publication is not valid; 2 a usage, file or I/O error;
3 an internal error, i.e. a bug (one line; ``PODIUM_DEBUG=1`` shows the traceback).
``diff`` exits 0 when the versions have the same content and 1 when they differ;
``import`` exits 1 when the source is refused or cannot be read.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models import Project
    from models.importing.notes import Note
    from models.preflight import Finding
    from models.types import Loc
    from models.validation import Problem

EXIT_OK, EXIT_INVALID, EXIT_ERROR, EXIT_BUG = 0, 1, 2, 3


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context``; translated where it is shown (:func:`_tr`)."""
    del context
    return text


COMMANDS = {
    "export": QT_TRANSLATE_NOOP("CLI", "write a project as PDF and/or HTML"),
    "validate": QT_TRANSLATE_NOOP("CLI", "check a project and list every problem in it"),
    "schema": QT_TRANSLATE_NOOP("CLI", "print the JSON Schema of publication.json"),
    "pack": QT_TRANSLATE_NOOP("CLI", "turn a project folder into a .podium file"),
    "unpack": QT_TRANSLATE_NOOP("CLI", "turn a .podium file into a project folder"),
    "diff": QT_TRANSLATE_NOOP("CLI", "show what changed between two versions of a project"),
    "import": QT_TRANSLATE_NOOP(
        "CLI", "make a new project from a Word, OpenDocument, web page, Markdown or text file"
    ),
    "install-desktop": QT_TRANSLATE_NOOP(
        "CLI", "register Podium and the .podium file type with the Linux desktop"
    ),
    "uninstall-desktop": QT_TRANSLATE_NOOP("CLI", "remove what install-desktop registered"),
}
_PROJECT = QT_TRANSLATE_NOOP("CLI", "a .podium file or a project folder")
#: The languages Podium speaks (as editor/i18n.py's, which needs Qt); the code's are English.
LANGUAGES = ("nl", "en")
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
#: A review status as the export warning names it (:data:`models.review.Status`).
_STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("CLI", "draft"),
    "in_review": QT_TRANSLATE_NOOP("CLI", "in review"),
    "changes_requested": QT_TRANSLATE_NOOP("CLI", "changes requested"),
    "approved": QT_TRANSLATE_NOOP("CLI", "approved"),
    "changed_since_approval": QT_TRANSLATE_NOOP("CLI", "changed since approval"),
}
#: argparse's own words (it asks gettext for them, here :func:`_argparse_words`).
_ARGPARSE = (
    QT_TRANSLATE_NOOP("ArgParse", "usage: "),
    QT_TRANSLATE_NOOP("ArgParse", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgParse", "options"),
    QT_TRANSLATE_NOOP("ArgParse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgParse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("ArgParse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgParse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgParse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgParse", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgParse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgParse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgParse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgParse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgParse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgParse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgParse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgParse", "ambiguous option: %(option)s could match %(matches)s"),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _language() != "en":
        argparse._ = _argparse_words  # type: ignore[attr-defined]  # its gettext hook
    try:
        args = _parse(argv)
        return int(args.run(args))
    except SystemExit as stop:  # argparse (--help, --version, usage errors) or the editor
        if stop.code is None:
            return EXIT_OK
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    except KeyboardInterrupt:
        _say(_tr("interrupted"))
        return 130
    except Exception as error:
        return _report(error)


def _parse(argv: list[str]) -> argparse.Namespace:
    # A subcommand is recognised only as the first argument; anything else is a file to
    # open, so `podium notes/export.podium` works (and `podium -- export` opens 'export').
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
        if args.command == "export":
            _check_export_args(args)
        return args
    parser = _open_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        parser.error(
            _words(
                message(
                    "unrecognized arguments: {arguments} (commands are: {commands})",
                    arguments=" ".join(extra),
                    commands=", ".join(COMMANDS),
                )
            )
        )
    return args


def _open_parser() -> argparse.ArgumentParser:
    width = max(map(len, COMMANDS)) + 2
    commands = "\n".join(f"  {name:<{width}}{_tr(text)}" for name, text in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="podium",
        usage=_words(
            message(
                "{prog} [-h] [--version] [--review] [--example] [{file}]\n"
                "       {prog} {command} [-h] ...",
                prog="%(prog)s",
                file=_tr("FILE"),
                command=_tr("COMMAND"),
            )
        ),
        description=_words(
            message("Open FILE ({project}) in the editor, or run a COMMAND.", project=_tr(_PROJECT))
        ),
        epilog=_words(
            message(
                "commands:\n{commands}\n\n'podium COMMAND --help' shows a command's options.",
                commands=commands,
            )
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", type=Path, metavar=_tr("FILE"), help=_tr(_PROJECT))
    parser.add_argument("--review", action="store_true", help=_tr("open in review mode"))
    parser.add_argument(
        "--example",
        action="store_true",
        help=_tr("open a copy of the built-in sample publication (saving asks for a new name)"),
    )
    parser.add_argument(
        "--version", action=_ShowVersion, help=_tr("show program's version number and exit")
    )
    parser.set_defaults(run=_open)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="podium")
    sub = parser.add_subparsers(dest="command", required=True, metavar=_tr("COMMAND"))

    def add(name: str, run: object, *positionals: tuple[str, str, str]) -> argparse.ArgumentParser:
        command = sub.add_parser(
            name, help=_tr(COMMANDS[name]), description=_tr(COMMANDS[name]) + "."
        )
        for dest, metavar, text in positionals:
            command.add_argument(dest, type=Path, metavar=metavar, help=text)
        command.set_defaults(run=run, parser=command)
        return command

    export = add("export", _export)
    export.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=_tr("FILE"),
        help=_words(message("{project}; several with --out-dir", project=_tr(_PROJECT))),
    )
    # With --out-dir, --pdf and --html are switches (the outputs are named after the
    # projects); nargs="?" lets one option serve both forms, _check_export_args tells them apart.
    export.add_argument(
        "--pdf",
        nargs="?",
        const=True,
        type=Path,
        metavar=_tr("OUT"),
        help=_tr("write a PDF file here"),
    )
    export.add_argument(
        "--html",
        nargs="?",
        const=True,
        type=Path,
        metavar=_tr("OUT"),
        help=_tr("write an HTML file here"),
    )
    export.add_argument(
        "--out-dir",
        type=Path,
        metavar=_tr("DIR"),
        help=_tr(
            "export every FILE into DIR as NAME.pdf and/or NAME.html (both if neither "
            "--pdf nor --html is given); the folder is created if needed"
        ),
    )
    export.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help=_tr("with --out-dir: export N projects at a time (default: one per CPU)"),
    )
    export.add_argument(
        "--draft",
        action="store_true",
        help=_tr(
            "mark the output as a draft: a watermark on every PDF page, a banner on the web page"
        ),
    )
    export.add_argument(
        "--force",
        action="store_true",
        help=_tr("export even if the preflight check finds errors ('podium validate' lists them)"),
    )
    validate = add("validate", _validate, ("file", _tr("FILE"), _tr(_PROJECT)))
    validate.add_argument(
        "--spelling",
        action="store_true",
        help=_tr(
            "also list the words the Dutch or English dictionary does not know, one line each "
            "with where they are (advice: it never changes the exit code)"
        ),
    )
    add("schema", _schema)
    add(
        "pack",
        _pack,
        ("folder", _tr("FOLDER"), _tr("the project folder")),
        ("out", _tr("OUT"), _tr("the .podium file to write")),
    )
    unpack = add(
        "unpack",
        _unpack,
        ("file", _tr("FILE"), _tr("the .podium file")),
        ("folder", _tr("FOLDER"), _tr("the folder to write")),
    )
    unpack.add_argument(
        "--force",
        action="store_true",
        help=_tr("unpack into a folder that is not empty, replacing the project in it"),
    )
    older = _words(message("the older version: {project}", project=_tr(_PROJECT)))
    newer = ("new", _tr("NEW"), _tr("the newer version"))
    add("diff", _diff, ("old", _tr("OLD"), older), newer)
    imported = add(
        "import",
        _import,
        ("source", _tr("SOURCE"), _tr("a .docx, .odt, .html/.htm, .md or .txt file")),
        ("out", _tr("OUT"), _tr("the .podium file to write")),
    )
    imported.add_argument("--force", action="store_true", help=_tr("replace OUT if it exists"))
    for name, run in (
        ("install-desktop", _install_desktop),
        ("uninstall-desktop", _uninstall_desktop),
    ):
        desktop = add(name, run)
        where = desktop.add_mutually_exclusive_group()
        where.add_argument(
            "--user",
            action="store_true",
            help=_tr("for you alone, in ~/.local/share (the default)"),
        )
        where.add_argument(
            "--system",
            action="store_true",
            help=_tr("for every user, in /usr/local/share (as root)"),
        )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            _words(message("expected a whole number of at least 1, got {text}", text=repr(text)))
        )
    return value


def _check_export_args(args: argparse.Namespace) -> None:
    """Tell the single-project form (``--pdf OUT``) from the batch form (``--out-dir DIR``)."""
    if args.out_dir is not None:
        # `export --out-dir D --pdf A.podium B.podium`: argparse gave A.podium to --pdf, but
        # with --out-dir the switch names no file, so A.podium can only be a project.
        for option in ("pdf", "html"):
            value = getattr(args, option)
            if isinstance(value, Path):
                args.files.insert(0, value)
                setattr(args, option, True)
        return
    for option in ("pdf", "html"):
        if getattr(args, option) is True:
            args.parser.error(
                _words(
                    message(
                        "argument --{option}: expected one argument (or use --out-dir DIR)",
                        option=option,
                    )
                )
            )
    if args.pdf is None and args.html is None:
        args.parser.error(_tr("give --pdf OUT, --html OUT or both"))
    if len(args.files) > 1:
        args.parser.error(
            _tr("several projects need --out-dir DIR (they are named after the projects)")
        )
    args.file = args.files[0]


def _open(args: argparse.Namespace) -> int:
    if not _display_available():
        _say(
            _tr(
                "the editor needs a display; 'podium export' and 'podium validate' work without one"
            )
        )
        return EXIT_ERROR
    # The start-up makes objects that live as long as the window (modules, models, widgets),
    # hardly any garbage; the cyclic collector's passes over them cost ~50 ms of the start.
    # It stays off until the window is up: editor.app.run() freezes what was made and
    # switches it back on (and `finally` does, should the start fail).
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The models (and pydantic, Pillow, markdown-it) before Qt: once imported, PySide6
        # reads the source of every module imported after it, looking for `from __feature__
        # import`; for these ~180 modules that was ~20 ms of each start.
        importlib.import_module("models")
        # The project is read on a second core while Qt and the editor are imported.
        preload = (
            importlib.import_module("models.preload").Preload(args.file) if args.file else None
        )
        # Then Qt, with Podium's own modules entered in its table: no source scan (~20 ms).
        importlib.import_module("editor.pyside_features").skip_source_scan()
        app = importlib.import_module("editor.app")  # late: headless commands never load Qt
        return int(app.run(args.file, args.review, example=args.example, preload=preload))
    finally:
        if collecting:
            gc.enable()


def _display_available() -> bool:
    """Whether Qt can open a window, judged before Qt is imported.

    Without a display Qt prints six lines and aborts the process (exit 134), which tells
    nobody what to do. On Linux and the BSDs a window needs X11 (``DISPLAY``) or Wayland
    (``WAYLAND_DISPLAY``); an explicit ``QT_QPA_PLATFORM`` (offscreen, vnc, eglfs...) is the
    user's own choice and is trusted. macOS and Windows always have their native platform.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _export(args: argparse.Namespace) -> int:
    if args.out_dir is not None:
        return _export_batch(args)
    from exporters.export import ExportError, export
    from models.preflight import errors, preflight, summary
    from models.project_file import load

    outputs = [path for path in (args.pdf, args.html) if path is not None]
    for path in outputs:
        if path.exists() and path.resolve() == args.file.resolve():
            raise ExportError(path, message("is the project itself; choose another name"))
    project = load(args.file)
    findings = preflight(project)
    blocking = errors(findings)
    for finding in blocking:
        _say(_issue(finding))
    if blocking and not args.force:
        found = message(
            "{summary} found: fix them, or export anyway with --force", summary=summary(blocking)
        )
        _say(_words(found))
        return EXIT_INVALID
    if len(findings) > len(blocking):
        rest = summary([f for f in findings if f not in blocking])
        _say(
            _words(
                message("preflight: {summary} ('podium validate FILE' lists them)", summary=rest)
            )
        )
    export(project, pdf=args.pdf, html=args.html, draft=args.draft)
    for path in outputs:
        print(_words(message("wrote {path}", path=path)))
    if not args.draft:
        _warn_if_not_approved(args.file, project)
    return EXIT_OK


def _export_batch(args: argparse.Namespace) -> int:
    """Export every FILE into --out-dir, in parallel; exit 1 if any of them failed."""
    import time

    from exporters import batch
    from exporters.export import ExportError

    if args.out_dir.exists() and not args.out_dir.is_dir():
        raise ExportError(args.out_dir, message("is not a folder"))
    try:
        jobs = batch.plan(
            args.files,
            args.out_dir,
            pdf=bool(args.pdf),
            html=bool(args.html),
            draft=args.draft,
            force=args.force,
        )
    except batch.BatchError as error:
        _say(_words(message_of(error)))
        return EXIT_ERROR
    args.out_dir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(args.jobs or batch.default_workers(), len(jobs)))
    progress = batch.Progress(len(jobs), words=_words)
    started = time.perf_counter()
    try:
        outcomes = batch.run(jobs, workers=workers, on_done=progress)
    finally:
        progress.close()
    print(_words(batch.summary(outcomes, time.perf_counter() - started, workers)))
    return EXIT_OK if all(outcome.ok for outcome in outcomes) else EXIT_INVALID


def _validate(args: argparse.Namespace) -> int:
    """Check the file, then run the preflight; exit 1 only for an invalid file or errors."""
    from models.preflight import errors, preflight, summary
    from models.project_file import InvalidProjectError, load

    try:
        project = load(args.file)
    except InvalidProjectError as error:
        for problem in error.problems:
            print(_issue(problem))
        count = len(error.problems)
        if count == 1:
            invalid = message("{file}: not valid (1 problem)", file=args.file)
        else:
            invalid = message("{file}: not valid ({count} problems)", file=args.file, count=count)
        print(_words(invalid))
        return EXIT_INVALID
    findings = preflight(project)
    for finding in findings:
        print(_issue(finding))
    if args.spelling:
        _spelling(project)
    found = summary(findings)
    if errors(findings):
        print(
            _words(
                message(
                    "{file}: valid, but not ready to publish ({summary})",
                    file=args.file,
                    summary=found,
                )
            )
        )
        return EXIT_INVALID
    if findings:
        print(_words(message("{file}: valid ({summary})", file=args.file, summary=found)))
    else:
        print(_words(message("{file}: valid", file=args.file)))
    return EXIT_OK


def _spelling(project: Project) -> None:
    """One line per unknown word, with where it is and what it may have been."""
    from models.spelling import check_publication

    findings = check_publication(project.publication)
    for finding in findings:
        where, word = _where(project, finding.loc), finding.word
        if finding.language == "nl":
            line = message(
                "{where}: ‘{word}’ is not in the Dutch dictionary", where=where, word=word
            )
        else:
            line = message(
                "{where}: ‘{word}’ is not in the English dictionary", where=where, word=word
            )
        if finding.suggestions:
            hint = ", ".join(finding.suggestions)
            line = message("{line}; did you mean {suggestions}?", line=line, suggestions=hint)
        print(_clean(_words(line)))
    count = len(findings)
    if count == 1:
        print(_words(message("spelling: 1 unknown word")))
    else:
        print(_words(message("spelling: {count} unknown words", count=count)))


def _schema(args: argparse.Namespace) -> int:
    from models.publication import SCHEMA_VERSION, Publication

    schema = Publication.model_json_schema()
    schema.pop("title", None)
    print(
        json.dumps(
            {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": f"urn:podium:publication:v{SCHEMA_VERSION}",
                "title": f"Podium publication.json, format version {SCHEMA_VERSION}",
                **schema,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    return EXIT_OK


def _pack(args: argparse.Namespace) -> int:
    from models.project_file import ProjectFileError, pack

    if args.out.is_dir():  # save() would write a folder project into it
        raise ProjectFileError(
            args.out, message("is a folder; give a file name such as NAME.podium")
        )
    pack(args.folder, args.out)
    print(_words(message("wrote {path}", path=args.out)))
    return EXIT_OK


def _unpack(args: argparse.Namespace) -> int:
    from models.project_file import unpack

    unpack(args.file, args.folder, force=args.force)
    print(_words(message("wrote {path}", path=args.folder)))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    """Make OUT from SOURCE and print the import report; exit 1 if SOURCE is refused."""
    from models.importing import ImportFileError, import_file
    from models.project_file import ProjectFileError, save

    if args.out.is_dir():
        raise ProjectFileError(
            args.out, message("is a folder; give a file name such as NAME.podium")
        )
    if args.out.exists() and not args.force:
        raise ProjectFileError(
            args.out, message("exists already; choose another name or add --force")
        )
    try:
        imported = import_file(args.source)
    except ImportFileError as error:
        _say(_words(message_of(error)))
        return EXIT_INVALID
    save(imported.project, args.out, backup=False)
    publication = imported.project.publication
    sections = sum(1 for _, block in publication.iter_blocks() if block.kind == "section")
    speakers, notes = len(publication.speakers), len(imported.notes)
    made = [
        message("1 section") if sections == 1 else message("{count} sections", count=sections),
        message("1 speaker") if speakers == 1 else message("{count} speakers", count=speakers),
    ]
    if notes == 1:
        to_check = message("1 thing to check")
    else:
        to_check = message("{count} things to check", count=notes)
    print(
        _words(
            message(
                "wrote {path}: {sections}, {speakers}; {to_check}:",
                path=args.out,
                sections=made[0],
                speakers=made[1],
                to_check=to_check,
            )
        )
    )
    for note in imported.notes:
        print(f"  - {_clean(_note(note))}")
    return EXIT_OK


def _install_desktop(args: argparse.Namespace) -> int:
    return _desktop(args, install=True)


def _uninstall_desktop(args: argparse.Namespace) -> int:
    return _desktop(args, install=False)


def _desktop(args: argparse.Namespace, *, install: bool) -> int:
    """Register (or remove) the desktop entry, icons and the .podium type; Linux only."""
    from editor import desktop_install  # Qt-free, unlike the rest of the editor

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        _say(
            _tr("install-desktop is for Linux desktops; on Windows and macOS the installer does it")
        )
        return EXIT_ERROR
    action = desktop_install.install if install else desktop_install.uninstall
    try:
        report = action(system=args.system)
    except desktop_install.DesktopInstallError as error:
        _say(_words(message_of(error)))
        return EXIT_ERROR
    for line in desktop_install.describe(report, installed=install):
        print(_words(line))
    return EXIT_OK


def _warn_if_not_approved(path: Path, project: Project) -> None:
    """Any publication that is not approved is exported, with a warning (after the export,
    so a failed one says only why it failed); ``--draft`` marks it and needs no warning.
    """
    from models.review import export_warning

    status = project.publication.review.status
    if export_warning(project.publication.review):
        warning = message(
            "warning: {name} is not approved (status: {status}); exported anyway (--draft "
            "marks the output as a draft)",
            name=path.name,
            status=_tr(_STATUS_WORDS.get(status, status.replace("_", " "))),
        )
        _say(_words(warning))


def _diff(args: argparse.Namespace) -> int:
    """Print the changes from OLD to NEW; exit 1 when there are any (like ``diff``)."""
    from models.diff import diff, format_text
    from models.project_file import InvalidProjectError, load

    try:
        old, new = load(args.old), load(args.new)
    except InvalidProjectError as error:  # 1 would mean "different" here
        _say(_words(message_of(error)))
        return EXIT_ERROR
    changes = diff(old.publication, new.publication)
    if changes:
        print(format_text(changes, words=_words), end="")
    else:
        print(_tr("no differences"))
    return EXIT_INVALID if changes else EXIT_OK


def _report(error: Exception) -> int:
    """One line for an error the user can act on; a bug gets a line and, on request, more."""
    from exporters.export import ExportError
    from models.project_file import InvalidProjectError, ProjectFileError

    if isinstance(error, (ProjectFileError, ExportError)):
        _say(_words(message_of(error)))
        if isinstance(error, InvalidProjectError):
            if len(error.problems) > 1:
                _say(_tr("'podium validate FILE' lists every problem"))
            return EXIT_INVALID
        return EXIT_ERROR
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}")
        return EXIT_ERROR
    if os.environ.get("PODIUM_DEBUG"):
        traceback.print_exception(error)
    _say(
        _words(
            message(
                "internal error (a bug in Podium): {kind}: {error}",
                kind=type(error).__name__,
                error=error,
            )
        )
    )
    if not os.environ.get("PODIUM_DEBUG"):
        _say(_tr("run with PODIUM_DEBUG=1 for details"))
    return EXIT_BUG


def _say(text: str) -> None:
    print(f"podium: {_clean(text)}", file=sys.stderr)


# ---------------------------------------------------------------- the user's language


@functools.cache
def _language() -> str:
    """The language the environment asks for (``LANGUAGE``, then the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set, as gettext reads them), if Podium speaks it,
    else English. ``LANGUAGE`` may list several (``fy:nl``); "C" and "POSIX" are English."""
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable, "")
        if not value:
            continue
        for name in value.split(":") if variable == "LANGUAGE" else [value]:
            code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if variable != "LANGUAGE":  # the first locale variable that is set decides
            break
    return "en"


def _translate(context: str, text: str) -> str:
    """``text`` in the user's language; English needs no catalogue (nor the models)."""
    if _language() == "en":
        return text
    from models.catalogue import translator

    return translator(_language())(context, text)


def _tr(text: str) -> str:
    """One of the command line's own texts, in the user's language."""
    return _translate("CLI", text)


def message(template: str, /, **fields: object) -> str:
    """:func:`models.message.message`, imported only when a translation needs it: English
    is the template filled in (the models are heavy to import before parsing arguments)."""
    if _language() == "en":
        return template.format_map(fields)
    from models.message import message as make

    return make(template, **fields)


def message_of(error: BaseException) -> str:
    """The message ``error`` was raised with (see :func:`models.message.message_of`)."""
    from models.message import message_of as of

    return of(error)


def _words(text: str) -> str:
    """A message of the core or of this module, in the user's language."""
    if _language() == "en":
        return str(text)
    from models.message import translated

    return translated(text, _translate)


def _issue(issue: Problem | Finding) -> str:
    """A validation problem or preflight finding on one line, in the user's language; a
    finding says how serious it is first ("error: ...")."""
    return _clean(issue.worded(_translate))


def _where(project: Project, loc: Loc) -> str:
    """Where ``loc`` is, in the user's language: "Section 3 ‘Welcome’, paragraph 2"."""
    from models.labels import place_of
    from models.problem_wording import where_text

    where = where_text(place_of(project.publication, loc), _translate)
    return where[:1].upper() + where[1:]


def _note(note: Note) -> str:
    """A line of the import report, in the user's language."""
    from models.importing.report_wording import note_text

    return note_text(note, _translate)


def _argparse_words(text: str) -> str:
    """argparse's own words (its gettext hook), in the user's language."""
    return _translate("ArgParse", text)


def _clean(text: str, limit: int = 500) -> str:
    """One printable line: text from a file must not move the cursor or flood the screen."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ShowVersion(argparse.Action):
    """``--version``, looked up only when asked: reading the installed package's metadata
    (``importlib.metadata``) costs every start of the editor ~20 ms."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"podium {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("podium")
    except PackageNotFoundError:
        return "(not installed)"


if __name__ == "__main__":
    sys.exit(main())
