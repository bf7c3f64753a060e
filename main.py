"""Podium's command line: open the editor, or work on a project without a window.

``podium [--review] [FILE]`` opens the editor; ``podium COMMAND ...`` runs a headless command
(export, validate, schema, pack, unpack, diff, import). Arguments are parsed before anything
heavy is imported, and headless commands never import Qt or the editor.

Exit codes: 0 success; 1 the publication is not valid; 2 a usage, file or I/O error;
3 an internal error, i.e. a bug (one line; ``PODIUM_DEBUG=1`` shows the traceback).
``diff`` exits 0 when the versions have the same content and 1 when they differ;
``import`` exits 1 when the source is refused or cannot be read.
"""

from __future__ import annotations

import argparse
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

EXIT_OK, EXIT_INVALID, EXIT_ERROR, EXIT_BUG = 0, 1, 2, 3

COMMANDS = {
    "export": "write a project as PDF and/or HTML",
    "validate": "check a project and list every problem in it",
    "schema": "print the JSON Schema of publication.json",
    "pack": "turn a project folder into a .podium file",
    "unpack": "turn a .podium file into a project folder",
    "diff": "show what changed between two versions of a project",
    "import": "make a new project from a Word, OpenDocument, web page, Markdown or text file",
    "install-desktop": "register Podium and the .podium file type with the Linux desktop",
    "uninstall-desktop": "remove what install-desktop registered",
}
_PROJECT = "a .podium file or a project folder"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parse(argv)
        return int(args.run(args))
    except SystemExit as stop:  # argparse (--help, --version, usage errors) or the editor
        if stop.code is None:
            return EXIT_OK
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    except KeyboardInterrupt:
        _say("interrupted")
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
            f"unrecognized arguments: {' '.join(extra)} (commands are: {', '.join(COMMANDS)})"
        )
    return args


def _open_parser() -> argparse.ArgumentParser:
    width = max(map(len, COMMANDS)) + 2
    commands = "\n".join(f"  {name:<{width}}{text}" for name, text in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="podium",
        usage=(
            "%(prog)s [-h] [--version] [--review] [--example] [FILE]\n"
            "       %(prog)s COMMAND [-h] ..."
        ),
        description="Open FILE (" + _PROJECT + ") in the editor, or run a COMMAND.",
        epilog=f"commands:\n{commands}\n\n'podium COMMAND --help' shows a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help=_PROJECT)
    parser.add_argument("--review", action="store_true", help="open in review mode")
    parser.add_argument(
        "--example",
        action="store_true",
        help="open a copy of the built-in sample publication (saving asks for a new name)",
    )
    parser.add_argument("--version", action="version", version=f"podium {_version()}")
    parser.set_defaults(run=_open)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="podium")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, run: object, *positionals: tuple[str, str]) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=COMMANDS[name], description=COMMANDS[name] + ".")
        for metavar, text in positionals:
            command.add_argument(metavar.lower(), type=Path, metavar=metavar, help=text)
        command.set_defaults(run=run, parser=command)
        return command

    export = add("export", _export)
    export.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=_PROJECT + "; several with --out-dir"
    )
    # With --out-dir, --pdf and --html are switches (the outputs are named after the
    # projects); nargs="?" lets one option serve both forms, _check_export_args tells them apart.
    export.add_argument(
        "--pdf", nargs="?", const=True, type=Path, metavar="OUT", help="write a PDF file here"
    )
    export.add_argument(
        "--html", nargs="?", const=True, type=Path, metavar="OUT", help="write an HTML file here"
    )
    export.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="export every FILE into DIR as NAME.pdf and/or NAME.html (both if neither "
        "--pdf nor --html is given); the folder is created if needed",
    )
    export.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="with --out-dir: export N projects at a time (default: one per CPU)",
    )
    export.add_argument(
        "--draft",
        action="store_true",
        help="mark the output as a draft: a watermark on every PDF page, a banner on the web page",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="export even if the preflight check finds errors ('podium validate' lists them)",
    )
    validate = add("validate", _validate, ("FILE", _PROJECT))
    validate.add_argument(
        "--spelling",
        action="store_true",
        help="also list the words the Dutch or English dictionary does not know, one line each "
        "with where they are (advice: it never changes the exit code)",
    )
    add("schema", _schema)
    add("pack", _pack, ("FOLDER", "the project folder"), ("OUT", "the .podium file to write"))
    unpack = add("unpack", _unpack, ("FILE", "the .podium file"), ("FOLDER", "the folder to write"))
    unpack.add_argument(
        "--force",
        action="store_true",
        help="unpack into a folder that is not empty, replacing the project in it",
    )
    add("diff", _diff, ("OLD", "the older version: " + _PROJECT), ("NEW", "the newer version"))
    imported = add(
        "import",
        _import,
        ("SOURCE", "a .docx, .odt, .html/.htm, .md or .txt file"),
        ("OUT", "the .podium file to write"),
    )
    imported.add_argument("--force", action="store_true", help="replace OUT if it exists")
    for name, run in (
        ("install-desktop", _install_desktop),
        ("uninstall-desktop", _uninstall_desktop),
    ):
        desktop = add(name, run)
        where = desktop.add_mutually_exclusive_group()
        where.add_argument(
            "--user", action="store_true", help="for you alone, in ~/.local/share (the default)"
        )
        where.add_argument(
            "--system", action="store_true", help="for every user, in /usr/local/share (as root)"
        )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
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
            args.parser.error(f"argument --{option}: expected one argument (or use --out-dir DIR)")
    if args.pdf is None and args.html is None:
        args.parser.error("give --pdf OUT, --html OUT or both")
    if len(args.files) > 1:
        args.parser.error("several projects need --out-dir DIR (they are named after the projects)")
    args.file = args.files[0]


def _open(args: argparse.Namespace) -> int:
    if not _display_available():
        _say("the editor needs a display; 'podium export' and 'podium validate' work without one")
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
        app = importlib.import_module("editor.app")  # late: headless commands never load Qt
        return int(app.run(args.file, args.review, example=args.example))
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
            raise ExportError(path, "is the project itself; choose another name")
    project = load(args.file)
    findings = preflight(project)
    blocking = errors(findings)
    for finding in blocking:
        _say(str(finding))
    if blocking and not args.force:
        _say(f"{summary(blocking)} found: fix them, or export anyway with --force")
        return EXIT_INVALID
    if len(findings) > len(blocking):
        rest = [f for f in findings if f not in blocking]
        _say(f"preflight: {summary(rest)} ('podium validate FILE' lists them)")
    export(project, pdf=args.pdf, html=args.html, draft=args.draft)
    for path in outputs:
        print(f"wrote {path}")
    if not args.draft:
        _warn_if_not_approved(args.file, project)
    return EXIT_OK


def _export_batch(args: argparse.Namespace) -> int:
    """Export every FILE into --out-dir, in parallel; exit 1 if any of them failed."""
    import time

    from exporters import batch
    from exporters.export import ExportError

    if args.out_dir.exists() and not args.out_dir.is_dir():
        raise ExportError(args.out_dir, "is not a folder")
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
        _say(str(error))
        return EXIT_ERROR
    args.out_dir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(args.jobs or batch.default_workers(), len(jobs)))
    progress = batch.Progress(len(jobs))
    started = time.perf_counter()
    try:
        outcomes = batch.run(jobs, workers=workers, on_done=progress)
    finally:
        progress.close()
    print(batch.summary(outcomes, time.perf_counter() - started, workers))
    return EXIT_OK if all(outcome.ok for outcome in outcomes) else EXIT_INVALID


def _validate(args: argparse.Namespace) -> int:
    """Check the file, then run the preflight; exit 1 only for an invalid file or errors."""
    from models.preflight import errors, preflight, summary
    from models.project_file import InvalidProjectError, load

    try:
        project = load(args.file)
    except InvalidProjectError as error:
        for problem in error.problems:
            print(_clean(str(problem)))
        count = len(error.problems)
        print(f"{args.file}: not valid ({count} problem{'s' if count != 1 else ''})")
        return EXIT_INVALID
    findings = preflight(project)
    for finding in findings:
        print(_clean(str(finding)))
    if args.spelling:
        _spelling(project)
    if errors(findings):
        print(f"{args.file}: valid, but not ready to publish ({summary(findings)})")
        return EXIT_INVALID
    print(f"{args.file}: valid" + (f" ({summary(findings)})" if findings else ""))
    return EXIT_OK


def _spelling(project: Project) -> None:
    """One line per unknown word, with where it is and what it may have been."""
    from models.spelling import check_publication

    findings = check_publication(project.publication)
    for finding in findings:
        hint = f"; did you mean {', '.join(finding.suggestions)}?" if finding.suggestions else ""
        language = {"nl": "Dutch", "en": "English"}[finding.language]
        where, word = finding.where, finding.word
        print(_clean(f"{where}: ‘{word}’ is not in the {language} dictionary{hint}"))
    count = len(findings)
    print(f"spelling: {count} unknown word{'s' if count != 1 else ''}")


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
        raise ProjectFileError(args.out, "is a folder; give a file name such as NAME.podium")
    pack(args.folder, args.out)
    print(f"wrote {args.out}")
    return EXIT_OK


def _unpack(args: argparse.Namespace) -> int:
    from models.project_file import unpack

    unpack(args.file, args.folder, force=args.force)
    print(f"wrote {args.folder}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    """Make OUT from SOURCE and print the import report; exit 1 if SOURCE is refused."""
    from models.importing import ImportFileError, import_file
    from models.project_file import ProjectFileError, save

    if args.out.is_dir():
        raise ProjectFileError(args.out, "is a folder; give a file name such as NAME.podium")
    if args.out.exists() and not args.force:
        raise ProjectFileError(args.out, "exists already; choose another name or add --force")
    try:
        imported = import_file(args.source)
    except ImportFileError as error:
        _say(str(error))
        return EXIT_INVALID
    save(imported.project, args.out, backup=False)
    publication = imported.project.publication
    sections = sum(1 for _, block in publication.iter_blocks() if block.kind == "section")
    print(
        f"wrote {args.out}: {sections} section{'s' if sections != 1 else ''}, "
        f"{len(publication.speakers)} speaker{'s' if len(publication.speakers) != 1 else ''}; "
        f"{len(imported.report)} thing{'s' if len(imported.report) != 1 else ''} to check:"
    )
    for line in imported.report:
        print(f"  - {_clean(line)}")
    return EXIT_OK


def _install_desktop(args: argparse.Namespace) -> int:
    return _desktop(args, install=True)


def _uninstall_desktop(args: argparse.Namespace) -> int:
    return _desktop(args, install=False)


def _desktop(args: argparse.Namespace, *, install: bool) -> int:
    """Register (or remove) the desktop entry, icons and the .podium type; Linux only."""
    from editor import desktop_install  # Qt-free, unlike the rest of the editor

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        _say("install-desktop is for Linux desktops; on Windows and macOS the installer does it")
        return EXIT_ERROR
    action = desktop_install.install if install else desktop_install.uninstall
    try:
        report = action(system=args.system)
    except desktop_install.DesktopInstallError as error:
        _say(str(error))
        return EXIT_ERROR
    for line in desktop_install.describe(report, installed=install):
        print(line)
    return EXIT_OK


def _warn_if_not_approved(path: Path, project: Project) -> None:
    """Any publication that is not approved is exported, with a warning (after the export,
    so a failed one says only why it failed); ``--draft`` marks it and needs no warning.
    """
    from models.review import export_warning

    status = project.publication.review.status
    if export_warning(project.publication.review):
        _say(
            f"warning: {path.name} is not approved (status: {status.replace('_', ' ')}); "
            "exported anyway (--draft marks the output as a draft)"
        )


def _diff(args: argparse.Namespace) -> int:
    """Print the changes from OLD to NEW; exit 1 when there are any (like ``diff``)."""
    from models.diff import diff, format_text
    from models.project_file import InvalidProjectError, load

    try:
        old, new = load(args.old), load(args.new)
    except InvalidProjectError as error:  # 1 would mean "different" here
        _say(str(error))
        return EXIT_ERROR
    changes = diff(old.publication, new.publication)
    print(format_text(changes) or "no differences", end="" if changes else "\n")
    return EXIT_INVALID if changes else EXIT_OK


def _report(error: Exception) -> int:
    """One line for an error the user can act on; a bug gets a line and, on request, more."""
    from exporters.export import ExportError
    from models.project_file import InvalidProjectError, ProjectFileError

    if isinstance(error, (ProjectFileError, ExportError)):
        _say(str(error))
        if isinstance(error, InvalidProjectError):
            if len(error.problems) > 1:
                _say("'podium validate FILE' lists every problem")
            return EXIT_INVALID
        return EXIT_ERROR
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}")
        return EXIT_ERROR
    if os.environ.get("PODIUM_DEBUG"):
        traceback.print_exception(error)
    _say(f"internal error (a bug in Podium): {type(error).__name__}: {error}")
    if not os.environ.get("PODIUM_DEBUG"):
        _say("run with PODIUM_DEBUG=1 for details")
    return EXIT_BUG


def _say(message: str) -> None:
    print(f"podium: {_clean(message)}", file=sys.stderr)


def _clean(text: str, limit: int = 500) -> str:
    """One printable line: text from a file must not move the cursor or flood the screen."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("podium")
    except PackageNotFoundError:
        return "(not installed)"


if __name__ == "__main__":
    sys.exit(main())
