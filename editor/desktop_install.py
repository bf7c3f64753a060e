"""Register Podium with a freedesktop (Linux) desktop: menu entry, icon and the .podium type.

``podium install-desktop`` copies the desktop entries, the shared-mime-info definition of
``application/vnd.podium+zip`` and the icons from ``resources/desktop`` into the XDG data
folder (``$XDG_DATA_HOME``, i.e. ``~/.local/share``; with ``--system`` ``/usr/local/share``),
then refreshes the caches the desktop reads, so double-clicking a ``.podium`` file opens
Podium and "Open for review" is offered. ``uninstall-desktop`` removes exactly those files.

No Qt here: ``main.py`` runs this headless. The cache tools (``update-mime-database``,
``update-desktop-database``, ``gtk-update-icon-cache``, ``xdg-mime``) are run only when
present; without them the files still take effect once the desktop rebuilds its caches.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

MIME_TYPE = "application/vnd.podium+zip"
DESKTOP_FILES = ("podium.desktop", "podium-review.desktop")
MIME_FILE = "podium-mime.xml"
#: shared-mime-info wants ``<package>.xml`` in ``mime/packages``; the name is ours alone.
MIME_PACKAGE = "podium.xml"
ICON_NAME = "podium"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SYSTEM_DATA_HOME = Path("/usr/local/share")

#: Characters that make the spec require an argument in double quotes.
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")
#: Cache tools are quick; a hung one must not hang the installer.
_TOOL_TIMEOUT = 60


class DesktopInstallError(Exception):
    """The integration cannot be installed or removed; ``str()`` is the message for the user."""


@dataclass
class Report:
    """What an install or uninstall did: files written or removed, and tools run or missing."""

    data_home: Path
    files: list[Path] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def data_home(system: bool = False) -> Path:
    """The XDG data folder the integration goes to: the user's, or the system-wide one."""
    if system:
        return SYSTEM_DATA_HOME
    configured = os.environ.get("XDG_DATA_HOME", "")
    # The spec says a relative value is invalid and must be ignored.
    if configured and os.path.isabs(configured):
        return Path(configured)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this Podium, for the ``Exec`` lines of the desktop entries.

    A bundle runs its own executable; an installed ``podium`` is used by its full path (the
    desktop's PATH is often not the shell's); a clone runs ``main.py`` with this Python.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("podium")
    if script:
        return [str(Path(script).resolve())]
    main = Path(__file__).resolve().parent.parent / "main.py"
    return [sys.executable, str(main)]


def exec_value(command: Sequence[str], *args: str) -> str:
    """Quote ``command`` for an ``Exec`` key, following the Desktop Entry Specification.

    Arguments with reserved characters are put in double quotes with ``"`` `` ` `` ``$``
    and ``\\`` escaped; then, as for any string value, each backslash is doubled again.
    Field codes such as ``%f`` in ``args`` are passed through.
    """
    words = []
    for word in command:
        word = word.replace("%", "%%")  # a literal percent sign, not a field code
        if _RESERVED.search(word):
            word = '"' + re.sub(r'(["`$\\])', r"\\\1", word) + '"'
        words.append(word)
    return " ".join([*words, *args]).replace("\\", "\\\\")


def desktop_entry(name: str, command: Sequence[str]) -> str:
    """The bundled desktop entry ``name`` with ``Exec``/``TryExec`` pointing at ``command``."""
    lines = []
    for line in _resource(name).read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key == "Exec":
            field_codes = shlex.split(value)[1:]  # e.g. ["--review", "%f"]
            line = "Exec=" + exec_value(command, *field_codes)
        elif key == "TryExec":
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def targets(home: Path) -> dict[Path, str]:
    """Every file the integration owns below ``home``, mapped to its bundled source."""
    owned = {home / "applications" / name: name for name in DESKTOP_FILES}
    owned[home / "mime" / "packages" / MIME_PACKAGE] = MIME_FILE
    hicolor = home / "icons" / "hicolor"
    owned[hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"] = f"{ICON_NAME}.svg"
    for size in ICON_SIZES:
        owned[hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = f"{ICON_NAME}-{size}.png"
    return owned


Runner = Callable[[Sequence[str]], None]


def install(*, system: bool = False, home: Path | None = None, run: Runner | None = None) -> Report:
    """Copy the desktop files into ``home`` (default: :func:`data_home`) and refresh caches.

    Raises:
        DesktopInstallError: a folder cannot be created or a file written (e.g. ``--system``
            without root).
    """
    home = home or data_home(system)
    report = Report(home)
    command = launch_command()
    try:
        for target, source in targets(home).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.endswith(".desktop"):
                data = desktop_entry(source, command).encode("utf-8")
            else:
                data = _resource(source).read_bytes()
            _replace(target, data)
            report.files.append(target)
    except OSError as error:
        raise DesktopInstallError(_os_message(error, system)) from error
    _refresh(home, report, run or _run)
    if not system:  # the per-user default; a system-wide default is the administrator's call
        _tool(report, run or _run, "xdg-mime", "default", DESKTOP_FILES[0], MIME_TYPE)
    return report


def uninstall(
    *, system: bool = False, home: Path | None = None, run: Runner | None = None
) -> Report:
    """Remove the files :func:`install` wrote (nothing else) and refresh the caches."""
    home = home or data_home(system)
    report = Report(home)
    try:
        for target in targets(home):
            if target.is_file() or target.is_symlink():
                target.unlink()
                report.files.append(target)
        if not system:
            _forget_default(report)
    except OSError as error:
        raise DesktopInstallError(_os_message(error, system)) from error
    _refresh(home, report, run or _run)
    return report


def _refresh(home: Path, report: Report, run: Runner) -> None:
    if (home / "mime" / "packages").is_dir():
        _tool(report, run, "update-mime-database", str(home / "mime"))
    if (home / "applications").is_dir():
        _tool(report, run, "update-desktop-database", "-q", str(home / "applications"))
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        # --ignore-theme-index: a user's hicolor folder usually has no index.theme.
        _tool(report, run, "gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor))


def _tool(report: Report, run: Runner, name: str, *args: str) -> None:
    if shutil.which(name) is None:
        report.missing.append(name)
        return
    try:
        run([name, *args])
    except (OSError, subprocess.SubprocessError) as error:
        report.failed.append(f"{name}: {error}")
    else:
        report.ran.append(name)


def _run(argv: Sequence[str]) -> None:
    subprocess.run(
        list(argv), check=True, timeout=_TOOL_TIMEOUT, capture_output=True, stdin=subprocess.DEVNULL
    )


def _forget_default(report: Report) -> None:
    """Drop Podium as the default for its type from the user's ``mimeapps.list``.

    ``xdg-mime`` can set a default but not unset one; a stale line would point file managers
    at an entry that no longer exists.
    """
    config = os.environ.get("XDG_CONFIG_HOME", "")
    folder = Path(config) if config and os.path.isabs(config) else Path.home() / ".config"
    path = folder / "mimeapps.list"
    if not path.is_file():
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [
        line
        for line in lines
        if not (
            line.startswith(MIME_TYPE + "=")
            and {v for v in line.split("=", 1)[1].strip().split(";") if v} <= set(DESKTOP_FILES)
        )
    ]
    if kept != lines:
        _replace(path, "".join(kept).encode("utf-8"))
        report.files.append(path)


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step, so a desktop never reads half a file."""
    temporary = path.with_name(f".{path.name}.podium-tmp")
    try:
        temporary.write_bytes(data)
        temporary.chmod(0o644)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _resource(name: str) -> Traversable:
    # Through importlib.resources, so a wheel or a frozen bundle works as well as a clone;
    # one name per joinpath: Python 3.11's MultiplexedPath takes no more.
    return files("resources").joinpath("desktop").joinpath(name)


def _os_message(error: OSError, system: bool) -> str:
    where = f"{error.filename}: " if error.filename else ""
    hint = " (a system-wide install needs root: try sudo, or leave out --system)" if system else ""
    return f"{where}{error.strerror or error}{hint}"


def describe(report: Report, installed: bool) -> list[str]:
    """Lines for the user: what changed, and what could not be refreshed."""
    verb = "installed" if installed else "removed"
    lines = [f"{verb} {len(report.files)} files in {report.data_home}"]
    if report.ran:
        lines.append("refreshed with " + ", ".join(dict.fromkeys(report.ran)))
    if report.missing:
        lines.append(
            "not found (the desktop picks the files up when it next rebuilds its caches): "
            + ", ".join(report.missing)
        )
    lines.extend(f"failed: {line}" for line in report.failed)
    return lines
