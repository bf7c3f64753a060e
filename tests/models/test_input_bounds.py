"""What a received file may hold is bounded on input, so nothing later can choke on it.

Three families: control characters in text are dropped (never written into an export), review
dates are kept to years every time zone can show, and garbage in a lock file is a lock held by
someone unknown (asked about, never a crash, never silently taken over).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from exporters.html import render_html
from exporters.ir import build
from exporters.pdf import render_pdf
from models import Publication, load
from models.lock import LockedError, LockInfo, acquire, is_stale, lock_path, read_lock, release
from models.project_file import InvalidProjectError
from models.review import FIRST_YEAR, LAST_YEAR, Comment, Review
from models.types import drop_control_characters

SAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "ruimte-voor-professionals"
)
V3_FIXTURE = Path(__file__).parent / "fixtures" / "v3"

# ---------------------------------------------------------------------------- control characters

#: One of each kind that must never reach an export: NUL, other C0 controls (CR, VT, FF, ESC
#: as in terminal sequences), DEL, C1 controls (NEL among them), lone surrogates and
#: noncharacters. Tab and newline are white space, and stay.
CONTROLS = (
    "\x00\x01\x08\x0b\x0c\r\x1b\x1f\x7f\x80\x85\x9b\x9f"
    "\ud800\udbff\udc00\udfff\ufdd0\ufffe\uffff\U0001fffe\U0010ffff"
)
UNWANTED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0010ffff]"
)

Loc = tuple[str | int, ...]


def _string_locs(node: Any, loc: Loc = ()) -> Iterator[Loc]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _string_locs(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _string_locs(value, (*loc, index))
    elif isinstance(node, str):
        yield loc


def _get(node: Any, loc: Loc) -> Any:
    for key in loc:
        node = node[key]
    return node


def _set(node: Any, loc: Loc, value: str) -> None:
    _get(node, loc[:-1])[loc[-1]] = value


def _with_controls(source: Path = SAMPLE) -> tuple[Publication, dict[Loc, str]]:
    """The sample with control characters woven into every field that holds text.

    Ids, choices, colours and asset names refuse them (their patterns allow no such thing);
    every other field must take them and keep only the clean text. Returns the expected
    clean value of each field filled.
    """
    data = load(source).publication.model_dump(mode="json")
    data["review"] = _review_data()
    expected: dict[Loc, str] = {}
    for loc in list(_string_locs(data)):
        clean = _get(data, loc)
        if not clean or loc[-1] in ("url", "website", "email"):
            continue
        dirty = f"{CONTROLS}{clean[:1]}\x00{CONTROLS}{clean[1:]}\x1b"
        trial = copy.deepcopy(data)
        _set(trial, loc, dirty)
        try:
            Publication.model_validate(trial)
        except ValidationError:
            continue
        _set(data, loc, dirty)
        expected[loc] = clean
    # Links and addresses are text too: cleaned, then checked.
    data["colophon"]["website"] = "https://exam\x00ple.org/\x1b"
    data["colophon"]["email"] = "\x7finfo@example.org\x9b"
    expected[("colophon", "website")] = "https://example.org/"
    expected[("colophon", "email")] = "info@example.org"
    return Publication.model_validate(data), expected


def _review_data(when: str = "2018-11-28T09:00:00+01:00", where: str = "") -> dict[str, Any]:
    """An approved review with a resolved comment that has a reply; ``when`` at ``where``."""

    def at(name: str) -> str:
        return when if name == where else "2018-11-28T09:00:00+01:00"

    return {
        "status": "approved",
        "approved": {"who": "Eva", "when": at("approved")},
        "history": [
            {"status": "in_review", "who": "Jan", "when": at("history"), "note": "Graag lezen"},
            {"status": "approved", "who": "Eva", "when": at("approved")},
        ],
        "comments": [
            {
                "id": "cmt-1",
                "anchor": {"kind": "details", "field": "title"},
                "target_label": "Titel",
                "author": "Jan",
                "time": at("comment"),
                "text": "Korter?",
                "replies": [{"author": "Eva", "time": at("reply"), "text": "Ja"}],
                "resolved": True,
                "resolved_by": "Eva",
                "resolved_at": at("resolved"),
            }
        ],
    }


def test_every_kind_of_text_field_is_cleaned() -> None:
    publication, expected = _with_controls()
    data = publication.model_dump(mode="json")
    kinds = {tuple(key for key in loc if isinstance(key, str)) for loc in expected}
    for kind in [
        ("title",),
        ("intro", "text"),
        ("blocks", "title"),
        ("blocks", "body", "text"),
        ("blocks", "text"),
        ("speakers", "name"),
        ("colophon", "organisation"),
        ("review", "comments", "text"),
        ("review", "comments", "replies", "text"),
        ("review", "history", "note"),
        ("review", "approved", "who"),
    ]:
        assert kind in kinds
    assert {loc: _get(data, loc) for loc in expected} == expected
    assert [loc for loc in _string_locs(data) if UNWANTED.search(_get(data, loc))] == []


def test_every_kind_of_v3_text_field_is_cleaned() -> None:
    """Lists, sub-items, headings, captions, parts, bylines, connectors and the note too."""
    publication, expected = _with_controls(V3_FIXTURE)
    data = publication.model_dump(mode="json")
    kinds = {tuple(key for key in loc if isinstance(key, str)) for loc in expected}
    for kind in [
        ("intro", "items", "text"),
        ("intro", "items", "items"),
        ("intro", "images", "caption"),
        ("blocks", "title"),  # a part's
        ("blocks", "intro", "text"),
        ("blocks", "blocks", "title"),
        ("blocks", "blocks", "body", "text"),
        ("blocks", "blocks", "body", "images", "alt"),
        ("blocks", "blocks", "byline_text"),
        ("speakers", "connector"),
        ("colophon", "note", "text"),
    ]:
        assert kind in kinds
    assert {loc: _get(data, loc) for loc in expected} == expected
    assert [loc for loc in _string_locs(data) if UNWANTED.search(_get(data, loc))] == []


def test_tab_and_newline_are_kept() -> None:
    publication = Publication.model_validate(
        {"title": "a\tb", "publication_date": "2024-05-01", "intro": ["een\ntwee\x00"]}
    )
    assert publication.title == "a\tb"
    assert [block.model_dump() for block in publication.intro] == [
        {"kind": "paragraph", "id": publication.intro[0].id, "text": "een\ntwee", "language": None}
    ]


def test_text_of_only_control_characters_counts_as_empty() -> None:
    with pytest.raises(ValidationError) as caught:
        Publication.model_validate({"title": "\x00\x1b\x7f", "publication_date": "2024-05-01"})
    [error] = caught.value.errors()
    assert error["loc"] == ("title",) and error["type"] in ("too_short", "string_too_short")


def test_a_file_with_control_characters_still_opens(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    file = folder / "publication.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["title"] = "\u0000Ruimte\u001b\ud800 \u0085voor\ufffe"
    file.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: escapes, valid UTF-8
    assert load(folder).publication.title == "Ruimte voor"


def test_exports_hold_no_control_characters() -> None:
    publication, expected = _with_controls()
    project = load(SAMPLE).with_publication(publication)
    document = build(project)
    html = render_html(document)
    assert UNWANTED.findall(html) == []
    assert expected[("title",)] in html
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    text = "".join(page.extract_text() for page in reader.pages)
    properties = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert UNWANTED.findall(text) == [] and UNWANTED.findall(properties) == []
    assert re.sub(r"\s", "", expected[("title",)]) in re.sub(r"\s", "", text)


# ---------------------------------------------------------------------------- review dates

WHERE = ["comment", "reply", "resolved", "approved", "history"]
#: The largest UTC offset a time zone (and ``datetime``) can have.
EXTREME_OFFSET = dt.timedelta(hours=23, minutes=59)


def _write_review(tmp_path: Path, review: dict[str, Any]) -> Path:
    folder = Path(shutil.copytree(SAMPLE, tmp_path / "project"))
    file = folder / "publication.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["review"] = review
    file.write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(
    "when",
    [
        "9999-12-31T23:59:59-23:59",  # the date that crashed the review panel
        "0001-01-01T00:00:00+23:59",
        f"{LAST_YEAR + 1}-01-01T00:00:00+00:00",
        f"{FIRST_YEAR - 1}-12-31T23:59:59+00:00",
    ],
)
def test_a_review_date_out_of_range_is_refused_with_a_message(
    tmp_path: Path, where: str, when: str
) -> None:
    folder = _write_review(tmp_path, _review_data(when, where))
    with pytest.raises(InvalidProjectError) as caught:
        load(folder)
    message = str(caught.value)
    assert f"between the years {FIRST_YEAR} and {LAST_YEAR}" in message
    # The place is named in plain words ("Review, comment 1, time: …"), not as a path.
    assert "the publication is not valid: Review, " in message and "Traceback" not in message


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(
    "when",
    [
        f"{LAST_YEAR}-12-31T23:59:59-23:59",
        f"{LAST_YEAR}-12-31T23:59:59+23:59",
        f"{FIRST_YEAR}-01-01T00:00:00+23:59",
        f"{FIRST_YEAR}-01-01T00:00:00-23:59",
    ],
)
def test_the_edges_are_accepted_and_show_in_every_time_zone(
    tmp_path: Path, where: str, when: str
) -> None:
    folder = _write_review(tmp_path, _review_data(when, where))
    review = load(folder).publication.review
    moments = [
        review.comments[0].time,
        review.comments[0].replies[0].time,
        review.comments[0].resolved_at,
        review.approved.when if review.approved else None,
        *(change.when for change in review.history),
    ]
    assert dt.datetime.fromisoformat(when) in moments
    for moment in moments:
        assert moment is not None
        for offset in (-EXTREME_OFFSET, dt.timedelta(0), EXTREME_OFFSET):
            moment.astimezone(dt.timezone(offset)).strftime("%Y-%m-%d %H:%M")
        moment.astimezone().strftime("%Y-%m-%d %H:%M")  # this machine's zone
        assert moment.timestamp() > 0


def test_a_comment_made_in_python_is_bounded_too() -> None:
    with pytest.raises(ValidationError, match="between the years"):
        Comment(
            id="cmt-1",
            anchor={"kind": "publication"},  # type: ignore[arg-type]
            author="Jan",
            time=dt.datetime(9999, 12, 31, tzinfo=dt.UTC),
            text="x",
        )
    assert Review().comments == ()


# ---------------------------------------------------------------------------- lock garbage

HOST = socket.gethostname()
SINCE = "2026-11-28T09:00:00+01:00"


def _lock(**fields: Any) -> str:
    return json.dumps(
        {"host": HOST, "user": "alice", "pid": os.getppid(), "since": SINCE, **fields}
    )


#: Lock files another program, a damaged disk or an attacker could leave: none is a lock.
GARBAGE: dict[str, bytes] = {
    "since-is-a-word": _lock(since="gisteren").encode(),
    "since-empty": _lock(since="").encode(),
    "pid-1e400": _lock().replace(str(os.getppid()), "1e400").encode(),
    "pid-huge": _lock(pid=10**30).encode(),
    "pid-beyond-pid_t": _lock(pid=2**31).encode(),
    "pid-negative": _lock(pid=-5).encode(),
    "pid-zero": _lock(pid=0).encode(),
    "pid-text": _lock(pid="123").encode(),
    "pid-true": _lock(pid=True).encode(),
    "pid-float": _lock(pid=12.0).encode(),
    "pid-nan": _lock().replace(str(os.getppid()), "NaN").encode(),
    "pid-5000-digits": _lock().replace(str(os.getppid()), "7" * 5000).encode(),
    "pid-missing": json.dumps({"host": HOST, "user": "alice", "since": SINCE}).encode(),
    "host-number": _lock(host=5).encode(),
    "host-empty": _lock(host="").encode(),
    "user-null": _lock(user=None).encode(),
    "user-huge": _lock(user="a" * 100_000).encode(),
    "a-list": b"[1, 2, 3]",
    "a-string": b'"alice"',
    "deeply-nested": b"[" * 4000,
    "not-json": b"garbage",
    "empty": b"",
    "binary": bytes(range(256)),
    "utf-16": _lock().encode("utf-16"),
}


@pytest.fixture(params=sorted(GARBAGE))
def garbage_lock(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    project = tmp_path / "a.podium"
    lock_path(project).write_bytes(GARBAGE[request.param])
    return project


def test_garbage_in_a_lock_is_a_lock_held_by_someone_unknown(garbage_lock: Path) -> None:
    holder = read_lock(garbage_lock)
    assert holder == LockInfo.unknown() and not holder.readable
    assert holder.describe() == "someone unknown (the lock file cannot be read)"
    assert not is_stale(holder)


def test_garbage_in_a_lock_is_reported_not_taken_over(garbage_lock: Path) -> None:
    before = lock_path(garbage_lock).read_bytes()
    with pytest.raises(LockedError, match=r"open by someone unknown \(the lock file cannot be"):
        acquire(garbage_lock)
    release(garbage_lock)  # not ours: left alone
    assert lock_path(garbage_lock).read_bytes() == before
    assert acquire(garbage_lock, force=True).pid == os.getpid()  # "open anyway"
    holder = read_lock(garbage_lock)
    assert holder is not None and holder.readable and holder.pid == os.getpid()
    release(garbage_lock)
    assert not lock_path(garbage_lock).exists()


def test_a_lock_that_is_a_folder_is_reported_and_never_removed(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    lock_path(project).mkdir()
    assert read_lock(project) == LockInfo.unknown()
    for force in (False, True):
        with pytest.raises(LockedError, match="someone unknown"):
            acquire(project, force=force)
    assert lock_path(project).is_dir()


@pytest.mark.parametrize(
    ("pid", "since"),
    [(10**30, "gisteren"), (-1, ""), (0, "9999-12-31T23:59:59-23:59"), (2**31, "x" * 10_000)],
)
def test_describing_any_lock_never_fails(pid: int, since: str) -> None:
    text = LockInfo("host\x1b[2J", "user\x00", pid, since).describe()
    assert "user? on host?[2J" in text and str(pid) in text


def test_a_long_lock_file_is_not_read_whole(tmp_path: Path) -> None:
    project = tmp_path / "a.podium"
    lock_path(project).write_bytes(_lock().encode() + b" " * 10_000_000)
    assert read_lock(project) == LockInfo.unknown()


def test_every_planes_noncharacters_are_dropped_and_its_other_characters_kept() -> None:
    noncharacters = "".join(
        chr(plane << 16 | last) for plane in range(17) for last in (0xFFFE, 0xFFFF)
    )
    kept = "Zoë 🙂 𝄞 \U0010fffd"  # letters, an emoji, a musical symbol, a private-use character
    assert drop_control_characters(noncharacters + kept + noncharacters) == kept
    assert drop_control_characters(kept) == kept
