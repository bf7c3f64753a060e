"""Pages for the accessibility and conformance checks, and the tools that check them.

The pages are rendered once per test session into a temporary folder: the sample, and a
publication that uses every feature the HTML export has, in Dutch and in English. The tools
(headless Chromium with axe-core, and the Nu HTML Checker on Java) come from
``scripts/install-test-tools.sh``, which ``make install-test`` runs. A missing tool skips these
tests with the command that installs it, except on CI (``CI`` set), where it fails them: CI
must really run the checks.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from exporters.html import render_html
from exporters.ir import build
from models import Project, Publication, load
from models.project import asset_name

ROOT = Path(__file__).resolve().parents[2]
A11Y = Path(__file__).resolve().parent
SAMPLE = ROOT / "resources/examples/ruimte-voor-professionals"
NODE_MODULES = A11Y / "node_modules"
AXE_RUNNER = A11Y / "axe_runner.mjs"
VNU_JAR = NODE_MODULES / "vnu-jar/build/dist/vnu.jar"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
INSTALL = "scripts/install-test-tools.sh (or `make install-test`)"


def require(*, browser: bool = False, java: bool = False) -> None:
    """Skip (fail on CI) unless the tools a check needs are installed."""
    missing: list[str] = []
    if browser:
        if shutil.which("node") is None:
            missing.append("node")
        if not CHROMIUM.exists():
            missing.append(str(CHROMIUM))
        for package in ("axe-core", "playwright-core"):
            if not (NODE_MODULES / package / "package.json").exists():
                missing.append(f"tests/a11y/node_modules/{package}")
    if java:
        if shutil.which("java") is None:
            missing.append("java")
        if not VNU_JAR.exists():
            missing.append("tests/a11y/node_modules/vnu-jar")
    if not missing:
        return
    message = f"missing {', '.join(missing)}: run {INSTALL}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so this is a failure, not a skip)")
    pytest.skip(message)


def picture(size: tuple[int, int], colour: str, fmt: str) -> bytes:
    """A small made-up photo with some detail, so encoders produce a real image."""
    image = PILImage.new("RGB", size, colour)
    for x in range(0, size[0], 8):
        for y in range(0, size[1], 8):
            if (x + y) % 24 == 0:
                image.putpixel((x, y), (255, 255, 255))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def every_feature(language: str) -> Project:
    """A publication that uses every block kind and every optional field the export shows."""
    photo = picture((480, 300), "#3C6E91", "PNG")
    banner = picture((640, 160), "#C8326E", "JPEG")
    photo_name, banner_name = asset_name(photo, "png"), asset_name(banner, "jpg")
    other = "en" if language == "nl" else "nl"
    data = {
        "title": "Every feature: a *test* publication",
        "subtitle": "Subtitle with an ampersand & quotes \u2018like this\u2019",
        "publication_date": "2018-02-14",
        "language": language,
        "publisher": "Divosa",
        "event": {"name": "Divosa-symposium", "date": "2018-02-09", "place": "Utrecht"},
        "intro": [
            "Intro with **bold**, *italic*, ***both*** and a [link](https://www.divosa.nl/).",
            "A second intro paragraph with a [mail link](mailto:info@divosa.nl).",
            {
                "kind": "list",
                "items": [{"text": "An intro list item"}, {"text": "And *another* one"}],
            },
        ],
        "key_takeaways": {
            "lead": "A lead sentence before the key takeaways:",
            "items": ["First **key** takeaway.", "Second takeaway with a [link](https://a.nl)."],
        },
        "speakers": [
            {
                "id": "ann",
                "name": "Ann Smith",
                "honorific": "dr.",
                "role": "director",
                "organisation": "Divosa",
                "note": "text by the editors",
            },
            {"id": "bob", "name": "Bob Jones", "role": "alderman", "organisation": "Utrecht"},
            {"id": "cas", "name": "Cas Vos", "role": "alderman", "organisation": "Utrecht"},
            {
                "id": "dee",
                "name": "Dee Long-Named-Person",
                "role": "professor",
                "organisation": "the Free University",
                "connector": "of",
            },
        ],
        "blocks": [
            {
                "kind": "quote",
                "id": "quote-one",
                "text": "A quote with *emphasis* and **strength**.",
                "attribution": "a participant",
            },
            {
                "kind": "section",
                "id": "section-all",
                "title": "A section with everything",
                "people": ["ann"],
                "takeaways": ["A section takeaway.", "Another with *italic*."],
                "body": [
                    "Body text with a [link](https://example.org/a?b=c&d=e) and **bold**.",
                    {
                        "kind": "figure",
                        "size": "thumbnail",
                        "images": [{"asset": photo_name, "alt": "A speaker", "caption": "Ann"}],
                    },
                    "A second paragraph.",
                    {
                        "kind": "list",
                        "ordered": True,
                        "items": [
                            {"text": "First step", "items": ["a detail", "another"]},
                            {"text": "Second step"},
                        ],
                    },
                    {"kind": "heading", "text": "A sub-heading"},
                    {
                        "kind": "paragraph",
                        "text": "A paragraph in the other language.",
                        "language": other,
                    },
                    {
                        "kind": "figure",
                        "size": "half",
                        "images": [
                            {
                                "asset": photo_name,
                                "alt": "Three people on a stage",
                                "caption": "The panel",
                                "credit": "Jan Fotograaf",
                                "language": other,
                            }
                        ],
                    },
                    {
                        "kind": "figure",
                        "images": [
                            {"asset": banner_name, "decorative": True},
                            {"asset": photo_name, "alt": "The same stage from the back"},
                            {"asset": photo_name, "alt": "And from the side", "caption": "Side"},
                        ],
                    },
                ],
                "videos": [
                    {
                        "label": "Watch the recording",
                        "url": "https://example.org/video",
                        "access_note": "Ask info@divosa.nl for the password.",
                    },
                    {"label": "Recording without address"},
                    {"label": "Recording with only a note", "access_note": "Not online yet."},
                ],
            },
            {
                "kind": "section",
                "id": "section-colleagues",
                "title": "Two colleagues",
                "people": ["bob", "cas"],
                "body": ["Plain text."],
            },
            {"kind": "section", "id": "section-untitled", "body": ["Text without a heading."]},
            {
                "kind": "part",
                "id": "part-one",
                "title": "A part of the day",
                "intro": ["The part's own introduction."],
                "blocks": [
                    {
                        "kind": "section",
                        "id": "section-panel",
                        "title": "A panel",
                        "people": [
                            {"speaker_id": "dee", "role": "moderator"},
                            {"speaker_id": "bob", "role": "panel"},
                            {"speaker_id": "cas", "role": "panel"},
                            {"speaker_id": "ann", "role": "thanks"},
                        ],
                        "body": [
                            "The panel talked.",
                            {"kind": "list", "items": [{"text": "One"}, {"text": "Two"}]},
                        ],
                    },
                    {"kind": "quote", "id": "quote-in-part", "text": "Said in the part."},
                    {
                        "kind": "section",
                        "id": "section-custom",
                        "title": "A custom byline",
                        "people": ["dee"],
                        "byline": "custom",
                        "byline_text": "Dee, in her own words",
                    },
                ],
            },
            {
                "kind": "section",
                "id": "section-other-language",
                "title": "A section in the other language",
                "language": other,
                "people": ["bob"],
                "takeaways": ["Takeaway in the other language."],
                "body": ["Text in the other language."],
            },
            {
                "kind": "quote",
                "id": "quote-other-language",
                "text": "A quote in the other language.",
                "language": other,
            },
            {"kind": "quote", "id": "quote-bare", "text": "A quote without attribution."},
            {"kind": "section", "id": "section-bare", "title": "A section with a title only"},
        ],
        "colophon": {
            "organisation": "Divosa",
            "visiting_address": "Hertogswetering 159, Utrecht",
            "postal_address": "Postbus 2050, 3500 GB Utrecht",
            "phone": "030 233 23 37",
            "email": "info@divosa.nl",
            "website": "https://www.divosa.nl/",
            "credits": [
                {"role": "Text", "names": ["Ann", "Bob", "Cas"]},
                {"role": "Photos", "names": ["Jan Fotograaf"]},
            ],
            "version": "1.0",
            "note": ["This report appeared before on [divosa.nl](https://www.divosa.nl/)."],
        },
    }
    if language == "en":
        # The English variant also dresses up: logo, cover image on a band, other colours,
        # Letter paper, a speaker portrait, and videos the web page shortens or leaves out.
        data["theme"] = {
            "primary_colour": "#1B5E20",
            "accent_colour": "#8E24AA",
            "page_size": "Letter",
            "margins": "wide",
            "cover_style": "band",
            "logo": {"asset": banner_name, "alt": "Divosa"},
            "cover_image": {"asset": photo_name, "alt": "The audience", "credit": "Jan"},
        }
        data["speakers"][0]["portrait"] = {"asset": photo_name, "alt": "Portrait of Ann Smith"}
        data["blocks"][1]["videos"] += [
            {
                "label": "Members only",
                "url": "https://a.nl/v",
                "access_note": "Password: ask us",
                "public_web": "hide_access",
            },
            {"label": "Not on the web", "url": "https://a.nl/w", "public_web": "omit"},
        ]
    publication = Publication.model_validate(data)
    return Project(publication, {photo_name: photo, banner_name: banner})


def minimal() -> Project:
    """A publication with a title and nothing else: no intro, no blocks, no colophon."""
    return Project(Publication(title="Only a title", publication_date=dt.date(2024, 5, 1)))


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every page the checkers look at, by name, written to one temporary folder."""
    folder = tmp_path_factory.mktemp("pages")
    projects: dict[str, tuple[Project, str | None]] = {
        "sample": (load(SAMPLE), "sample.pdf"),
        "every-feature-nl": (every_feature("nl"), "every-feature-nl.pdf"),
        "every-feature-en": (every_feature("en"), None),
        "minimal": (minimal(), None),
    }
    out: dict[str, Path] = {}
    for name, (project, pdf_href) in projects.items():
        path = folder / f"{name}.html"
        path.write_text(render_html(build(project), pdf_href=pdf_href), encoding="utf-8")
        out[name] = path
    return out


#: A page with known faults, checked in the same run: proof that the checkers really look.
CONTROL = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Control</title></head>
<body>
<main>
<p style="color:#bbb;background:#fff">Too little contrast.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" role="presentation">
</main>
</body>
</html>
"""


@pytest.fixture(scope="session")
def control_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The control page (see :data:`CONTROL`)."""
    path = tmp_path_factory.mktemp("control") / "control.html"
    path.write_text(CONTROL, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def axe_report(pages: dict[str, Path], control_page: Path) -> dict[str, Any]:
    """axe-core's findings for every page, from one Chromium (see ``axe_runner.mjs``)."""
    require(browser=True)
    files = [str(path) for path in (*pages.values(), control_page)]
    result = subprocess.run(
        ["node", str(AXE_RUNNER), *files],
        cwd=A11Y,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"axe_runner failed:\n{result.stderr}"
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.fixture(scope="session")
def vnu_report(pages: dict[str, Path], control_page: Path) -> dict[str, Any]:
    """The Nu HTML Checker's messages for every page, from one Java process."""
    require(java=True)
    files = [str(path) for path in (*pages.values(), control_page)]
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # vnu exits 1 when it reports errors and writes its JSON to stderr either way.
    assert result.returncode in (0, 1), f"vnu failed:\n{result.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(result.stderr)
    return report
