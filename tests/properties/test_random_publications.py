"""Property tests: random valid publications survive the file format and both exports.

``make test`` runs the default profile (a couple of hundred examples); ``make fuzz`` runs
the ``fuzz`` profile with thousands (see tests/conftest.py).
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Project, Publication
from models.body import Subheading, texts
from models.parts import Part, Section
from models.project_file import load, save
from models.richtext import plain_text

# Any printable text, including markup look-alikes, RTL, zero-width and combining marks.
_ANY = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029")
# Titles must also be findable in the PDF's text, so they stay within the fonts' Latin range.
_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x17F, blacklist_categories=("Cc",))
_MARKUP = st.sampled_from(["<script>alert(1)</script>", "</p>", "&amp;", "<b>", "<img src=x>"])


def _text(alphabet: st.SearchStrategy[str] = _ANY, max_size: int = 40) -> st.SearchStrategy[str]:
    plain = st.text(alphabet, min_size=1, max_size=max_size)
    return st.one_of(plain, st.builds("{} {}".format, _MARKUP, plain)).filter(
        lambda s: s.strip() == s and s != ""
    )


def _optional() -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), _text())


_ids = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)


_languages = st.sampled_from([None, "nl", "en"])


@st.composite
def bodies(draw: st.DrawFn, max_blocks: int = 3) -> list[object]:
    """A body of text: paragraphs (some as the bare-string shorthand), lists with sub-items
    and sub-headings, each maybe in a language of its own."""
    body: list[object] = []
    for _ in range(draw(st.integers(0, max_blocks))):
        kind = draw(st.sampled_from(["shorthand", "paragraph", "list", "heading"]))
        if kind == "shorthand":
            body.append(draw(_text(max_size=200)))
        elif kind == "paragraph":
            body.append({"text": draw(_text(max_size=200)), "language": draw(_languages)})
        elif kind == "heading":
            body.append(
                {"kind": "heading", "text": draw(_text(_LATIN)), "language": draw(_languages)}
            )
        else:
            items = [
                {"text": draw(_text()), "items": draw(st.lists(_text(), max_size=2))}
                for _ in range(draw(st.integers(1, 3)))
            ]
            body.append(
                {
                    "kind": "list",
                    "ordered": draw(st.booleans()),
                    "items": items,
                    "language": draw(_languages),
                }
            )
    return body


@st.composite
def sections(draw: st.DrawFn, bid: str, speaker_ids: list[str]) -> dict[str, object]:
    people = (
        [
            {"speaker_id": sid, "role": draw(st.sampled_from(ROLES))}
            for sid in draw(st.lists(st.sampled_from(speaker_ids), max_size=3, unique=True))
        ]
        if speaker_ids
        else []
    )
    byline = draw(st.sampled_from(["auto", "auto", "custom", "hidden"]))
    return {
        "kind": "section",
        "id": bid,
        "title": draw(st.one_of(st.just(""), _text(_LATIN))),
        "people": people,
        "byline": byline,
        "byline_text": draw(_text()) if byline == "custom" else "",
        "takeaways": draw(st.lists(_text(), max_size=3)),
        "body": draw(bodies()),
        "videos": [{"label": draw(_text()), "url": None, "access_note": draw(_optional())}]
        if draw(st.booleans())
        else [],
        "language": draw(_languages),
    }


@st.composite
def quotes(draw: st.DrawFn, bid: str, speaker_ids: list[str]) -> dict[str, object]:
    return {
        "kind": "quote",
        "id": bid,
        "text": draw(_text()),
        "attribution": draw(_optional()),
        "speaker_id": draw(st.sampled_from(speaker_ids)) if speaker_ids else None,
        "language": draw(_languages),
    }


ROLES = ["speaker", "moderator", "panel", "interviewer", "thanks"]


@st.composite
def publications(draw: st.DrawFn) -> Publication:
    speaker_ids = draw(st.lists(_ids, max_size=4, unique=True))
    block_ids = draw(
        st.lists(_ids.filter(lambda i: i not in speaker_ids), max_size=10, unique=True)
    )
    speakers = [
        {
            "id": sid,
            "name": draw(_text()),
            "honorific": draw(_optional()),
            "role": draw(_optional()),
            "organisation": draw(_optional()),
            "connector": draw(st.sampled_from([None, "", "aan", "van", "bij"])),
            "note": draw(_optional()),
        }
        for sid in speaker_ids
    ]
    blocks: list[dict[str, object]] = []
    part: dict[str, object] | None = None
    for bid in block_ids:
        kind = draw(st.sampled_from(["section", "section", "quote", "part"]))
        if kind == "part":
            part = {
                "kind": "part",
                "id": bid,
                "title": draw(_text(_LATIN)),
                "intro": draw(bodies(max_blocks=2)),
                "blocks": [],
                "language": draw(_languages),
            }
            blocks.append(part)
            continue
        item = draw(sections(bid, speaker_ids) if kind == "section" else quotes(bid, speaker_ids))
        if part is not None and draw(st.booleans()):  # into the last part, or after it
            part["blocks"].append(item)  # type: ignore[attr-defined]
        else:
            blocks.append(item)
            part = None if draw(st.booleans()) else part
    data = {
        "title": draw(_text(_LATIN)),
        "subtitle": draw(_optional()),
        "publication_date": draw(st.dates()).isoformat(),
        "language": draw(st.sampled_from(["nl", "en"])),
        "publisher": draw(_optional()),
        "intro": draw(bodies(max_blocks=2)),
        "key_takeaways": {"lead": draw(_optional()), "items": draw(st.lists(_text(), max_size=3))},
        "speakers": speakers,
        "blocks": blocks,
        "colophon": {
            "organisation": draw(_optional()),
            "visiting_address": draw(_optional()),
            "credits": [
                {"role": draw(_text()), "names": draw(st.lists(_text(), min_size=1, max_size=2))}
            ]
            if draw(st.booleans())
            else [],
            "version": draw(_optional()),
            "note": draw(bodies(max_blocks=2)),
        },
    }
    return Publication.model_validate(data)


def _texts(pub: Publication) -> list[str]:
    """Every visible user text of ``pub``, rich text reduced to what a reader sees."""
    out = [pub.title, pub.subtitle, pub.publisher, pub.key_takeaways.lead]
    out += [plain_text(t) for t in pub.key_takeaways.items]
    for _, body in pub.iter_bodies():
        for block in body:  # a sub-heading is plain text: "__x__" in it is what a reader sees
            plain = isinstance(block, Subheading)
            out += [t if plain else plain_text(t) for t in texts((block,))]
    for _, block in pub.iter_blocks(parts=True):
        if isinstance(block, Part):
            out.append(block.title)
        elif isinstance(block, Section):
            out += [block.title, *(plain_text(t) for t in block.takeaways)]
            out += [v.label for v in block.videos] + [v.access_note for v in block.videos]
            if block.byline == "auto":
                out += [pub.speaker(sid).name for sid in block.speaker_ids]
            elif block.byline == "custom":
                out.append(block.byline_text)
        else:
            out += [plain_text(block.text), block.attribution]
    c = pub.colophon
    out += [c.organisation, c.visiting_address, c.version]
    out += [credit.role for credit in c.credits]
    return [t for t in out if t.strip()]


def _titles(pub: Publication) -> list[str]:
    """The title, the parts' and sections' titles and the sub-headings: the outline."""
    out = [pub.title]
    for _, block in pub.iter_blocks(parts=True):
        if isinstance(block, Part | Section):
            out.append(block.title)
    for _, body in pub.iter_bodies():
        out += [block.text for block in body if isinstance(block, Subheading)]
    return [t for t in out if t]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.elements: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(tag)
        self._skip += tag in ("style", "script", "head")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script", "head")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


_SETTINGS = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_SETTINGS
@given(publications())
def test_the_file_format_round_trip_is_lossless(tmp_path_factory, pub: Publication) -> None:
    path = tmp_path_factory.mktemp("rt") / "p.podium"
    save(Project(pub), path)
    assert load(path).publication == pub


@_SETTINGS
@given(publications())
def test_html_export_holds_every_text_escaped(pub: Publication) -> None:
    parser = _Text()
    parser.feed(render_html(build(Project(pub))))
    visible = _squash(" ".join(parser.parts))
    for text in _texts(pub):
        assert _squash(text) in visible, text
    assert parser.elements.count("img") == 0


@settings(_SETTINGS, max_examples=settings.default.max_examples // 5)
@given(publications())
def test_pdf_export_succeeds_and_holds_every_title(pub: Publication) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(build(Project(pub)))))
    text = re.sub(r"[\s\-\u00ad]+", "", "".join(p.extract_text() for p in reader.pages))
    for title in _titles(pub):
        assert re.sub(r"[\s\-\u00ad]+", "", title) in text, title
