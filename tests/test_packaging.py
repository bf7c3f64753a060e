"""Packaging stays in step with the code: the app bundle's data files and the wheel's contents.

The PyInstaller bundle itself is built and run by ``make package-test`` (minutes); here we
check, quickly, that packaging/podium.spec takes its data files from packaging/bundle_data.py,
that those lists hold every resource and every font the code loads, and that a wheel built
from the sources carries the package data and the ``podium`` command.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import main
from exporters.fonts import FALLBACK_STEMS, all_font_files, fallback_file

REPO = Path(main.__file__).resolve().parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "podium.spec"
WHEEL_TIMEOUT = 120


def bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_data", PACKAGING / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def repo_files(folder: str) -> set[str]:
    """Files under ``folder`` that belong to the project: tracked or new, not ignored."""
    if shutil.which("git") and (REPO / ".git").exists():
        listed = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard", folder],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.splitlines()
        return {name for name in listed if (REPO / name).is_file()}
    return {
        path.relative_to(REPO).as_posix()
        for path in (REPO / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def bundled(datas: list[tuple[str, str]]) -> dict[Path, str]:
    """Source file → its path inside the bundle."""
    return {Path(src).resolve(): f"{dest}/{Path(src).name}" for src, dest in datas}


def test_every_resource_is_in_the_bundle() -> None:
    expected = {name for name in repo_files("resources") if not name.endswith(".py")}
    inside = set(bundled(bundle_data().resource_datas(REPO)).values())
    assert inside == expected
    # The things the issue names, so an emptied folder is noticed too.
    assert "resources/templates/publication.html.j2" in inside
    assert "resources/examples/ruimte-voor-professionals/publication.json" in inside
    assert "resources/desktop/podium.svg" in inside


def test_every_font_the_code_loads_is_in_the_bundle_where_the_code_looks() -> None:
    inside = bundled(bundle_data().font_datas())
    used = [font.path for font in all_font_files()] + [fallback_file(s) for s in FALLBACK_STEMS]
    for path in used:
        package = next(p for p in path.resolve().parents if (p / "__init__.py").is_file())
        assert inside.get(path.resolve()) == (
            path.resolve().relative_to(package.parent).as_posix()
        ), path


def test_the_spec_uses_the_shared_lists_and_hidden_imports() -> None:
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")  # at least it parses
    for needed in (
        "bundle_data.resource_datas(ROOT)",
        "bundle_data.font_datas()",
        "bundle_data.DATA_PACKAGES",
        "bundle_data.DYNAMIC_PACKAGES",
        "bundle_data.QT_EXCLUDES",
        "bundle_data.RESOURCE_PACKAGES",
        "hiddenimports += bundle_data.FONT_PACKAGES",
        "collect_submodules",
        "podium_entry.py",
        'name="podium"',
    ):
        assert needed in text, needed
    # main.py imports the editor by name (importlib), which PyInstaller cannot follow.
    assert 'importlib.import_module("editor.app")' in (REPO / "main.py").read_text()
    assert {"editor", "exporters", "models", "resources", "main"} <= set(bundle_data().OWN_PACKAGES)


def test_packages_read_through_importlib_resources_go_to_disk_in_the_bundle() -> None:
    """Every ``files("package")`` in the code names a package the spec collects as files."""
    read = set()
    for folder in ("models", "exporters", "editor", "resources"):
        for path in (REPO / folder).rglob("*.py"):
            read |= set(re.findall(r"\bfiles\(\"([\w.]+)\"\)", path.read_text(encoding="utf-8")))
    assert read and read <= set(bundle_data().RESOURCE_PACKAGES)


def test_the_editor_uses_no_qt_module_the_bundle_leaves_out() -> None:
    excluded = bundle_data().QT_EXCLUDES
    for path in [REPO / "main.py", *(REPO / "editor").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        used = [m for m in excluded if f"{m} " in text or f"{m}\n" in text or f"{m}." in text]
        assert not used, f"{path.name} imports {used}: remove it from QT_EXCLUDES"


def test_the_entry_script_lets_frozen_workers_start() -> None:
    tree = ast.parse((PACKAGING / "podium_entry.py").read_text(encoding="utf-8"))
    calls = [ast.unparse(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    assert calls.index("multiprocessing.freeze_support") < calls.index("main")


def test_make_has_the_package_targets() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "\npackage:" in makefile and "\npackage-test: package\n" in makefile
    assert "packaging/podium.spec" in makefile
    assert os.access(REPO / "scripts" / "package-test.sh", os.X_OK)


def test_the_wheel_has_the_package_data_and_the_command(tmp_path: Path) -> None:
    """Build a wheel from a copy of the sources (the tree gets no build/ folder) and look in."""
    source = tmp_path / "src"
    names = {"pyproject.toml", "main.py", "README.md"} | set().union(
        *(repo_files(folder) for folder in ("models", "exporters", "editor", "resources"))
    )
    for name in names:
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "w"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=WHEEL_TIMEOUT,
        check=False,
    )
    if result.returncode != 0 and "No matching distribution found for setuptools" in result.stderr:
        pytest.skip("pip cannot fetch setuptools to build the wheel (offline?)")
    assert result.returncode == 0, result.stderr
    (wheel,) = (tmp_path / "w").glob("podium-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
        info = next(n for n in inside if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(info).decode()
        entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode()
    missing = names - {"pyproject.toml", "README.md"} - inside
    assert not missing, sorted(missing)
    assert "podium = main:main" in entry_points
    # The fonts are not copied into the wheel; they come as dependencies.
    for package in ("font-source-sans-pro", "font-source-serif-pro", "manimgx-fonts"):
        assert f"Requires-Dist: {package}" in metadata
