"""Desktop integration: the bundled entries and MIME type, and install-desktop/uninstall-desktop.

Everything is installed into a throwaway ``$XDG_DATA_HOME``/``$XDG_CONFIG_HOME``, never the
user's own. The checks with freedesktop tools (``desktop-file-validate``, ``xdg-mime``,
``update-mime-database``, ``gio``) are skipped with a reason where a tool is missing (and
fail on CI); ``scripts/install-test-tools.sh`` installs them.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PIL import Image

import main
from editor import desktop_install
from models.project_file import MIMETYPE

REPO = Path(main.__file__).resolve().parent
DESKTOP = Path(str(files("resources").joinpath("desktop")))
SAMPLE = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
TIMEOUT = 120

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="freedesktop integration is for Linux"
)


def need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        message = f"{', '.join(missing)} not installed (scripts/install-test-tools.sh)"
        if os.environ.get("CI"):  # as tests/a11y: on CI a missing tool is a failure
            pytest.fail(f"{message} (CI is set, so this is a failure, not a skip)")
        pytest.skip(message)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A private XDG environment; returns it for subprocesses too."""
    env = {
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        # Makes xdg-mime ask GLib (gio), which reads shared-mime-info; in its generic mode
        # it asks file(1), which knows only the zip container.
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield {**os.environ, **env}


def saved_project(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    assert main.main(["pack", str(SAMPLE), str(path)]) == 0
    return path


def run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False, cwd=REPO
    )


# ------------------------------------------------------------------ the bundled files


def test_mime_magic_matches_a_saved_file(tmp_path: Path) -> None:
    """The magic in podium-mime.xml is where a real saved file has the type."""
    data = saved_project(tmp_path, "s.podium").read_bytes()
    assert data[30:38] == b"mimetype"
    assert data[38 : 38 + len(MIMETYPE)] == MIMETYPE
    xml = (DESKTOP / "podium-mime.xml").read_text(encoding="utf-8")
    assert f'offset="30" value="mimetype{MIMETYPE.decode()}"' in xml
    assert '<glob pattern="*.podium"/>' in xml


def test_icons_have_every_size() -> None:
    for size in desktop_install.ICON_SIZES:
        with Image.open(DESKTOP / f"podium-{size}.png") as image:
            assert image.format == "PNG" and image.size == (size, size)
    assert (DESKTOP / "podium.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@linux_only
def test_bundled_desktop_files_validate() -> None:
    need("desktop-file-validate")
    for name in desktop_install.DESKTOP_FILES:
        result = run(["desktop-file-validate", str(DESKTOP / name)], dict(os.environ))
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_review_action_and_entry_open_in_review_mode() -> None:
    main_entry = (DESKTOP / "podium.desktop").read_text(encoding="utf-8")
    assert "[Desktop Action review]\nName=Open for review\n" in main_entry
    assert "Exec=podium --review %f" in main_entry
    review = (DESKTOP / "podium-review.desktop").read_text(encoding="utf-8")
    assert "Exec=podium --review %f" in review and "NoDisplay=true" in review


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/usr/bin/podium"], "/usr/bin/podium --review %f"),
        (["/opt/My Apps/podium"], '"/opt/My Apps/podium" --review %f'),
        (['/a$b/"c"`d`/50%'], r'"/a\\$b/\\"c\\"\\`d\\`/50%%" --review %f'),
    ],
)
def test_exec_values_are_quoted_by_the_spec(command: list[str], expected: str) -> None:
    assert desktop_install.exec_value(command, "--review", "%f") == expected


# ------------------------------------------------------------------ install and uninstall


@linux_only
def test_install_and_uninstall_through_the_command_line(
    tmp_path: Path, xdg: dict[str, str]
) -> None:
    data = Path(xdg["XDG_DATA_HOME"])
    result = run([sys.executable, "main.py", "install-desktop"], xdg)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"installed 11 files in {data}")
    owned = desktop_install.targets(data)
    assert all(path.is_file() for path in owned)
    entry = (data / "applications/podium.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    # The entry starts this very Podium, whatever the desktop's PATH is.
    assert shlex.split(exec_line[5:])[-2:] == [str(REPO / "main.py"), "%f"]

    result = run([sys.executable, "main.py", "uninstall-desktop"], xdg)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in owned)
    mimeapps = Path(xdg["XDG_CONFIG_HOME"]) / "mimeapps.list"
    assert "podium" not in (mimeapps.read_text() if mimeapps.exists() else "")


@linux_only
def test_installed_entries_validate(
    tmp_path: Path, xdg: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    need("desktop-file-validate")
    monkeypatch.setattr(desktop_install, "launch_command", lambda: ["/opt/My Apps/po$dium"])
    report = desktop_install.install(run=lambda argv: None)
    for path in report.files:
        if path.suffix == ".desktop":
            result = run(["desktop-file-validate", str(path)], xdg)
            assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@linux_only
def test_xdg_mime_knows_the_file_type_and_the_default(tmp_path: Path, xdg: dict[str, str]) -> None:
    need("xdg-mime", "update-mime-database", "gio")
    report = desktop_install.install()
    assert "update-mime-database" in report.ran and not report.failed
    saved = saved_project(tmp_path, "verslag.podium")
    unnamed = tmp_path / "bijlage"  # no extension: found by the magic alone
    unnamed.write_bytes(saved.read_bytes())
    for path in (saved, unnamed):
        result = run(["xdg-mime", "query", "filetype", str(path)], xdg)
        assert result.stdout.strip() == "application/vnd.podium+zip", (path, result)
    result = run(["xdg-mime", "query", "default", "application/vnd.podium+zip"], xdg)
    assert result.stdout.strip() == "podium.desktop"
    plain_zip = tmp_path / "other.zip"
    plain_zip.write_bytes(b"PK\x03\x04" + saved.read_bytes()[4:30] + b"content.xml" + b"\0" * 64)
    result = run(["xdg-mime", "query", "filetype", str(plain_zip)], xdg)
    assert result.stdout.strip() != "application/vnd.podium+zip"


@linux_only
def test_missing_tools_are_reported_not_fatal(
    tmp_path: Path, xdg: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop_install.shutil, "which", lambda name: None)
    report = desktop_install.install()
    assert report.ran == [] and "update-mime-database" in report.missing
    assert len(report.files) == 11
    assert any("not found" in line for line in desktop_install.describe(report, installed=True))


def test_an_unwritable_place_is_a_plain_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(desktop_install.DesktopInstallError, match="file"):
        desktop_install.install(home=blocked, run=lambda argv: None)


@linux_only
def test_uninstall_keeps_other_defaults(tmp_path: Path, xdg: dict[str, str]) -> None:
    mimeapps = Path(xdg["XDG_CONFIG_HOME"]) / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text(
        "[Default Applications]\n"
        "application/vnd.podium+zip=podium.desktop\n"
        "text/plain=org.gnome.TextEditor.desktop\n",
        encoding="utf-8",
    )
    desktop_install.uninstall(run=lambda argv: None)
    assert mimeapps.read_text(encoding="utf-8") == (
        "[Default Applications]\ntext/plain=org.gnome.TextEditor.desktop\n"
    )
