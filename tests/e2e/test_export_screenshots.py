"""The built-in examples' exports as pictures: every PDF page, and the web page in Chromium.

Every run renders them to a temporary folder and checks that they are real pictures (the
right size, not blank). With ``PODIUM_SCREENSHOTS=1`` they are also written to
``docs/screenshots/`` (``sample-page-N.png``, ``sample-web.png``, and ``network-…`` for the
second example) for the README:

    PODIUM_SCREENSHOTS=1 .venv/bin/python -m pytest -q tests/e2e/test_export_screenshots.py

The tools come from ``scripts/install-system-deps.sh`` (pdftoppm) and
``scripts/install-test-tools.sh`` (Chromium, node packages); without them these tests skip,
except on CI (``CI`` set), where they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageStat

from exporters.export import export
from models import load

ROOT = Path(__file__).resolve().parents[2]
#: Each built-in example and the prefix of its pictures.
EXAMPLES = {
    "sample": ROOT / "resources/examples/ruimte-voor-professionals",
    "network": ROOT / "resources/examples/iedereen-digitaal-mee",
}
DOCS = ROOT / "docs/screenshots"
A11Y = ROOT / "tests/a11y"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
WRITE = os.environ.get("PODIUM_SCREENSHOTS") == "1"
#: The web page's viewport: a laptop screen, tall enough for the title, intro and takeaways.
WEB_SIZE = (1280, 1400)


def _require(missing: list[str]) -> None:
    if not missing:
        return
    message = f"missing {', '.join(missing)}: run `make install-test`"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so this is a failure, not a skip)")
    pytest.skip(message)


def _assert_picture(path: Path, size: tuple[int, int] | None = None) -> None:
    with PILImage.open(path) as image:
        if size is not None:
            assert image.size == size
        spread = ImageStat.Stat(image.convert("L")).stddev[0]
    assert spread > 10, f"{path.name} looks blank"


@pytest.fixture(scope="module", params=sorted(EXAMPLES))
def exported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, str]:
    prefix = str(request.param)
    folder = tmp_path_factory.mktemp("export")
    pdf, html = folder / f"{prefix}.pdf", folder / f"{prefix}.html"
    export(load(EXAMPLES[prefix]), pdf=pdf, html=html)
    return pdf, html, prefix


def test_pdf_pages(exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    _require([] if shutil.which("pdftoppm") else ["pdftoppm (poppler-utils)"])
    pdf, _, prefix = exported
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert len(pages) >= 2
    for page in pages:
        _assert_picture(page)
        with PILImage.open(page) as image:
            assert 480 < image.width < image.height < 720  # A4 or Letter at 60 dpi
    if WRITE:
        for old in DOCS.glob(f"{prefix}-page-*.png"):
            old.unlink()
        for number, page in enumerate(pages, start=1):
            shutil.copyfile(page, DOCS / f"{prefix}-page-{number}.png")


def test_web_page(exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    missing = [] if shutil.which("node") else ["node"]
    missing += [] if CHROMIUM.exists() else [str(CHROMIUM)]
    if not (A11Y / "node_modules/playwright-core/package.json").exists():
        missing.append("tests/a11y/node_modules")
    _require(missing)
    _, html, prefix = exported
    shot = tmp_path / "web.png"
    width, height = WEB_SIZE
    subprocess.run(
        [
            "node",
            "axe_runner.mjs",
            "--screenshot",
            str(shot),
            "--width",
            str(width),
            "--height",
            str(height),
            str(html),
        ],
        cwd=A11Y,
        check=True,
        capture_output=True,
        timeout=300,
    )
    _assert_picture(shot, WEB_SIZE)
    if WRITE:
        shutil.copyfile(shot, DOCS / f"{prefix}-web.png")
