"""Export and in-memory rendering (:mod:`exporters.export`) on small publications, Qt-free.

Each render here is of a page or a few, so the whole file stays fast; the PDF tests in
tests/exporters are too slow for the mutation run, so these guard the entry point itself:
what gets written where, what a failure says, when a render stops.
"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader

import exporters.export as export_module
from exporters.export import (
    ALL_FORMATS,
    Destination,
    ExportError,
    Focus,
    RenderCancelled,
    Rendering,
    export,
    message_for,
    pdf_href,
    render_project,
    unit_anchors,
)
from exporters.html import UnsafeLinkError
from exporters.pdf import PdfLayoutError
from models import SCHEMA_VERSION, Project, Publication
from models.message import Message, message, message_of

WORDS = " ".join(["samenwerking"] * 400)  # a section of about a page and a half
DEVICE_REFUSAL = "is a device, not a regular file; Podium writes only to regular files"
PIPE_REFUSAL = "is a named pipe, not a regular file; Podium writes only to regular files"


def publication(**more: Any) -> Publication:
    return Publication.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "title": "Werkboek",
            "publication_date": "2024-05-01",
            **more,
        }
    )


@pytest.fixture(scope="module")
def one_page() -> Project:
    """One short section: a one-page PDF."""
    return Project(
        publication(blocks=[{"kind": "section", "id": "kort", "title": "Kort", "body": ["Een."]}])
    )


@pytest.fixture(scope="module")
def three_sections() -> Project:
    """Three long sections over some six pages."""
    return Project(
        publication(
            blocks=[
                {"kind": "section", "id": name, "title": name.upper(), "body": [WORDS]}
                for name in ("a", "b", "c")
            ]
        )
    )


class Clock:
    """A stand-in for ``time``: ``perf_counter`` reads 100, 103.5, 107, ... (3.5 s a read)."""

    def __init__(self) -> None:
        self.reads = 0

    def perf_counter(self) -> float:
        self.reads += 1
        return 100.0 + 3.5 * (self.reads - 1)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(export_module, "time", made)
    return made


def counter(true_from: int) -> Callable[[], bool]:
    """A ``cancelled`` that says no until its ``true_from``-th question (1-based)."""
    asked = iter(range(1, 10_000))
    return lambda: next(asked) >= true_from


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# --- the error type -----------------------------------------------------------------------


def test_an_export_error_names_the_file_and_the_reason() -> None:
    error = ExportError("out/verslag.pdf", "is read-only")
    assert str(error) == "out/verslag.pdf: is read-only"
    assert error.path == Path("out/verslag.pdf") and isinstance(error.path, Path)
    assert error.reason == "is read-only"
    said = as_message(message_of(error))
    assert said.template == "{path}: {reason}"
    assert said.fields == {"path": "out/verslag.pdf", "reason": "is read-only"}


# --- unit anchors ---------------------------------------------------------------------------


def test_unit_anchors_list_blocks_and_each_parts_sections_and_quotes_in_reading_order() -> None:
    pub = publication(
        blocks=[
            {"kind": "section", "id": "eerst", "body": ["x"]},
            {
                "kind": "part",
                "id": "deel",
                "title": "Deel",
                "blocks": [
                    {"kind": "section", "id": "binnen", "body": ["x"]},
                    {"kind": "quote", "id": "citaat", "text": "Zo."},
                ],
            },
            {"kind": "quote", "id": "los", "text": "Ook."},
        ]
    )
    assert unit_anchors(pub) == ["eerst", "deel", "binnen", "citaat", "los"]
    assert unit_anchors(publication()) == []


# --- the Rendering record ---------------------------------------------------------------------


def test_an_empty_rendering_holds_nothing_and_asked_for_every_format() -> None:
    empty = Rendering()
    assert empty.pdf is None and empty.html is None
    assert empty.destinations == {} and empty.errors == ()
    assert empty.seconds == 0.0 and empty.pages == 0
    assert empty.formats == ALL_FORMATS == frozenset({"pdf", "html"})
    assert empty.focus is None and empty.cancelled is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        empty.pages = 3  # type: ignore[misc]


# --- render_project -----------------------------------------------------------------------


def test_a_render_gives_both_formats_the_pages_and_where_each_part_starts(
    one_page: Project, clock: Clock
) -> None:
    rendering = render_project(one_page)
    assert rendering.errors == () and rendering.cancelled is False and rendering.focus is None
    assert rendering.formats == {"pdf", "html"}
    assert rendering.pdf is not None and rendering.pdf.startswith(b"%PDF-")
    assert pages_of(rendering.pdf) == rendering.pages == 1
    assert "Kort" in text_of(rendering.pdf)
    assert rendering.html is not None
    html = rendering.html.decode("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Kort" in html
    assert list(rendering.destinations) == ["_intro", "kort"]
    assert rendering.destinations["kort"].page == 0
    assert rendering.seconds == 3.5  # the clock read once before and once after


def test_a_render_of_several_pages_counts_them_and_places_each_part(
    three_sections: Project,
) -> None:
    rendering = render_project(three_sections, frozenset({"pdf"}))
    assert rendering.pdf is not None and rendering.html is None
    assert rendering.formats == {"pdf"} and rendering.errors == ()
    assert rendering.pages == pages_of(rendering.pdf) > 3
    places = [rendering.destinations[anchor] for anchor in ("a", "b", "c")]
    assert places == sorted(places) and places[-1].page >= 3
    assert all(isinstance(place, Destination) for place in places)


def test_html_alone_renders_no_pdf(one_page: Project) -> None:
    rendering = render_project(one_page, frozenset({"html"}))
    assert rendering.pdf is None and rendering.html is not None
    assert rendering.destinations == {} and rendering.pages == 0
    assert rendering.formats == {"html"} and rendering.errors == ()


def test_no_format_renders_nothing(one_page: Project) -> None:
    rendering = render_project(one_page, frozenset())
    assert rendering == Rendering(seconds=rendering.seconds, formats=frozenset())


def test_a_project_the_ir_cannot_be_built_from_gives_only_the_message(clock: Clock) -> None:
    missing = "assets/" + "0" * 64 + ".png"
    figure = {"kind": "figure", "images": [{"asset": missing, "alt": "Leeg"}]}
    broken = Project(publication(blocks=[{"kind": "section", "id": "s", "body": [figure]}]))
    rendering = render_project(broken, frozenset({"html"}))
    assert rendering.errors == (f"internal error (a bug in Podium): KeyError: '{missing}'",)
    assert rendering.pdf is None and rendering.html is None and rendering.pages == 0
    assert rendering.formats == {"html"} and rendering.cancelled is False
    assert rendering.seconds == 3.5


def test_a_failing_pdf_says_so_and_the_html_is_still_made(
    one_page: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def too_big(_document: object) -> object:
        raise PdfLayoutError(message("part of the publication does not fit on a page: a table"))

    monkeypatch.setattr("exporters.pdf.render_pdf_with_destinations", too_big)
    rendering = render_project(one_page)
    assert rendering.errors == ("PDF: part of the publication does not fit on a page: a table",)
    assert message_of_first(rendering).template == "PDF: {reason}"
    assert rendering.pdf is None and rendering.destinations == {} and rendering.pages == 0
    assert rendering.html is not None and rendering.cancelled is False


def message_of_first(rendering: Rendering) -> Message:
    return as_message(rendering.errors[0])


def as_message(text: object) -> Message:
    """``text``, which must be a message that remembers its template (translatable)."""
    assert isinstance(text, Message)
    return text


def test_a_failing_html_says_so_and_the_pdf_is_still_made(
    one_page: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsafe(_document: object) -> str:
        raise UnsafeLinkError(message("not a relative or http(s) address: javascript:x"))

    monkeypatch.setattr("exporters.html.render_html", unsafe)
    rendering = render_project(one_page)
    assert rendering.errors == ("HTML: not a relative or http(s) address: javascript:x",)
    assert message_of_first(rendering).template == "HTML: {reason}"
    assert rendering.html is None and rendering.pdf is not None and rendering.pages == 1


def test_both_failures_are_reported_pdf_first(
    one_page: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_document: object) -> Any:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("exporters.pdf.render_pdf_with_destinations", broken)
    monkeypatch.setattr("exporters.html.render_html", broken)
    rendering = render_project(one_page)
    bug = "internal error (a bug in Podium): ZeroDivisionError: division by zero"
    assert rendering.errors == (f"PDF: {bug}", f"HTML: {bug}")
    assert rendering.pdf is None and rendering.html is None


def test_a_render_cancelled_once_the_ir_is_built_renders_nothing(
    one_page: Project, clock: Clock
) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    rendering = render_project(one_page, frozenset({"html"}), cancelled=cancelled)
    assert asked == [True]
    assert rendering == Rendering(seconds=3.5, formats=frozenset({"html"}), cancelled=True)


def test_a_render_cancelled_at_a_new_page_stops_without_the_html(
    three_sections: Project, clock: Clock
) -> None:
    # Asked once after the IR is built, then at each new page: yes at the third page.
    rendering = render_project(three_sections, cancelled=counter(true_from=4))
    assert rendering == Rendering(seconds=3.5, formats=ALL_FORMATS, cancelled=True)
    pdf_only = render_project(three_sections, frozenset({"pdf"}), cancelled=counter(true_from=4))
    assert pdf_only.cancelled is True and pdf_only.formats == {"pdf"} and pdf_only.pdf is None


def test_a_render_not_cancelled_asks_at_every_page_and_finishes(three_sections: Project) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(False)
        return False

    rendering = render_project(three_sections, frozenset({"pdf"}), cancelled=cancelled)
    assert rendering.cancelled is False and rendering.pdf is not None
    assert len(asked) == 1 + rendering.pages  # after the IR, then at each page


# --- focus renders ------------------------------------------------------------------------------


def test_a_focus_render_lays_out_only_its_window_at_its_place(
    three_sections: Project, clock: Clock
) -> None:
    whole = render_project(three_sections, frozenset({"pdf"}))
    start = whole.destinations["b"]
    focus = Focus("b", "c", start.page, start.top, whole.pages)
    rendering = render_project(three_sections, frozenset({"html"}), focus=focus)
    assert rendering.errors == () and rendering.cancelled is False
    assert rendering.focus == focus and rendering.formats == {"pdf"}
    assert rendering.html is None and rendering.pdf is not None
    assert rendering.pages == whole.pages
    assert list(rendering.destinations) == ["b", "c"]
    assert rendering.destinations["b"] == Destination(start.page, start.top)
    assert rendering.destinations["c"] == whole.destinations["c"]
    text = text_of(rendering.pdf)
    assert "B" in text and "A\n" not in text
    assert rendering.seconds == 3.5


def test_a_cancelled_focus_render_stops_at_its_first_page(
    three_sections: Project, clock: Clock
) -> None:
    focus = Focus("a", "a", 0, 120.0, 6)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    rendering = render_project(three_sections, focus=focus, cancelled=cancelled)
    assert asked == [True]
    assert rendering == Rendering(
        seconds=3.5, formats=frozenset({"pdf"}), focus=focus, cancelled=True
    )


def test_a_focus_render_not_cancelled_asks_at_each_of_its_pages(three_sections: Project) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(False)
        return False

    rendering = render_project(
        three_sections, focus=Focus("c", "c", 3, 300.0, 6), cancelled=cancelled
    )
    assert rendering.pdf is not None and rendering.cancelled is False
    assert len(asked) == pages_of(rendering.pdf) >= 1


@pytest.mark.parametrize(
    ("start", "end", "why"),
    [
        ("weg", "c", "no part 'weg' is not in list to lay out alone"),
        ("c", "a", "the window's parts are out of order"),
    ],
)
def test_a_focus_on_parts_that_are_not_there_is_reported_as_a_bug(
    three_sections: Project, clock: Clock, start: str, end: str, why: str
) -> None:
    focus = Focus(start, end, 0, 100.0, 6)
    rendering = render_project(three_sections, focus=focus)
    assert rendering.errors == (f"PDF: internal error (a bug in Podium): FocusError: {why}",)
    assert message_of_first(rendering).template == "PDF: {reason}"
    assert rendering.pdf is None and rendering.destinations == {} and rendering.pages == 0
    assert rendering.focus == focus and rendering.formats == {"pdf"}
    assert rendering.cancelled is False and rendering.seconds == 3.5


# --- message_for ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        ExportError("a.pdf", message("is a folder; give a file name")),
        PdfLayoutError(message("part of the publication does not fit on a page: {what}", what="x")),
        UnsafeLinkError(message("not a relative or http(s) address: {href}", href="ftp://x")),
    ],
)
def test_an_expected_failure_keeps_its_own_translatable_message(error: Exception) -> None:
    said = message_for(error)
    assert said == str(error)
    assert isinstance(said, Message) and said is message_of(error)


def test_an_unexpected_failure_is_called_a_bug_with_its_kind_and_detail() -> None:
    said = message_for(KeyError("kort"))
    assert said == "internal error (a bug in Podium): KeyError: 'kort'"
    assert isinstance(said, Message)
    assert said.template == "internal error (a bug in Podium): {kind}: {detail}"
    assert message_for(OSError("schijf vol")) == (
        "internal error (a bug in Podium): OSError: schijf vol"
    )


# --- pdf_href -----------------------------------------------------------------------------------


def test_the_pdf_link_is_relative_posix_and_quoted(tmp_path: Path) -> None:
    assert pdf_href(tmp_path / "a.pdf", tmp_path / "a.html") == "a.pdf"
    assert pdf_href(tmp_path / "pdf" / "mijn verslag.pdf", tmp_path / "web" / "index.html") == (
        "../pdf/mijn%20verslag.pdf"
    )
    assert pdf_href(tmp_path / "sub" / "r&d.pdf", tmp_path / "i.html") == "sub/r%26d.pdf"


def test_the_pdf_link_is_relative_to_the_working_folder_for_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert pdf_href(Path("uit.pdf"), tmp_path / "web" / "uit.html") == "../uit.pdf"
    assert pdf_href(tmp_path / "uit.pdf", Path("web/uit.html")) == "../uit.pdf"


def test_no_pdf_link_when_no_relative_path_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    def other_drive(path: str, start: str) -> str:
        raise ValueError(f"path is on mount 'D:', start on mount 'C:': {path}, {start}")

    monkeypatch.setattr(os.path, "relpath", other_drive)
    assert pdf_href(Path("D:/uit.pdf"), Path("C:/web/uit.html")) is None


# --- export: writing files ----------------------------------------------------------------------


def test_export_writes_the_pdf_and_html_the_preview_shows(
    one_page: Project, tmp_path: Path
) -> None:
    export(one_page, pdf=tmp_path / "uit.pdf", html=tmp_path / "uit.html")
    rendered = render_project(one_page)
    assert (tmp_path / "uit.pdf").read_bytes() == rendered.pdf
    html = (tmp_path / "uit.html").read_text(encoding="utf-8")
    assert 'href="uit.pdf" download' in html
    assert sorted(os.listdir(tmp_path)) == ["uit.html", "uit.pdf"]  # no leftovers, no backups


def test_export_of_one_format_writes_only_that_file(one_page: Project, tmp_path: Path) -> None:
    export(one_page, pdf=tmp_path / "alleen.pdf")
    assert os.listdir(tmp_path) == ["alleen.pdf"]
    assert pages_of((tmp_path / "alleen.pdf").read_bytes()) == 1
    export(one_page, html=tmp_path / "alleen.html")
    html = (tmp_path / "alleen.html").read_bytes()
    assert html == render_project(one_page, frozenset({"html"})).html
    assert b'" download>' not in html  # no PDF to link


def test_export_of_nothing_writes_nothing(one_page: Project, tmp_path: Path) -> None:
    export(one_page)
    assert os.listdir(tmp_path) == []


def test_the_html_links_the_pdf_in_another_folder(one_page: Project, tmp_path: Path) -> None:
    (tmp_path / "pdf").mkdir()
    (tmp_path / "web").mkdir()
    export(one_page, pdf=tmp_path / "pdf" / "het verslag.pdf", html=tmp_path / "web" / "i.html")
    html = (tmp_path / "web" / "i.html").read_text(encoding="utf-8")
    assert 'href="../pdf/het%20verslag.pdf" download' in html


def test_a_draft_export_is_marked_and_a_final_one_is_not(one_page: Project, tmp_path: Path) -> None:
    export(one_page, html=tmp_path / "concept.html", draft=True)
    export(one_page, html=tmp_path / "final.html")
    assert 'class="draft-banner"' in (tmp_path / "concept.html").read_text(encoding="utf-8")
    assert 'class="draft-banner"' not in (tmp_path / "final.html").read_text(encoding="utf-8")


def test_export_replaces_an_existing_file_without_keeping_a_backup(
    one_page: Project, tmp_path: Path
) -> None:
    target = tmp_path / "uit.html"
    target.write_text("oud", encoding="utf-8")
    export(one_page, html=target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(tmp_path) == ["uit.html"]


def test_export_writes_through_a_link_to_the_real_file(one_page: Project, tmp_path: Path) -> None:
    real = tmp_path / "echt.html"
    real.write_text("oud", encoding="utf-8")
    (tmp_path / "link.html").symlink_to(real)
    export(one_page, html=tmp_path / "link.html")
    assert (tmp_path / "link.html").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- export: refusing destinations --------------------------------------------------------------


def test_a_folder_as_destination_is_refused(one_page: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        export(one_page, html=tmp_path)
    assert str(raised.value) == f"{tmp_path}: is a folder; give a file name"
    assert raised.value.path == tmp_path


def test_a_missing_folder_is_refused_before_anything_is_written(
    one_page: Project, tmp_path: Path
) -> None:
    missing = tmp_path / "weg" / "uit.html"
    with pytest.raises(ExportError) as raised:
        export(one_page, pdf=tmp_path / "uit.pdf", html=missing)
    assert str(raised.value) == f"{missing}: the folder '{tmp_path / 'weg'}' does not exist"
    reason = as_message(as_message(message_of(raised.value)).fields["reason"])
    assert reason.template == "the folder '{folder}' does not exist"
    assert os.listdir(tmp_path) == []


def test_a_device_is_refused_before_anything_is_rendered(
    one_page: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("exporters.ir.build", pytest.fail)
    with pytest.raises(ExportError) as raised:
        export(one_page, pdf=Path("/dev/null"))
    assert str(raised.value) == f"/dev/null: {DEVICE_REFUSAL}"
    reason = raised.value.reason
    assert isinstance(reason, Message) and reason.template == DEVICE_REFUSAL
    assert isinstance(raised.value.__cause__, OSError)


def test_a_named_pipe_is_refused(one_page: Project, tmp_path: Path) -> None:
    pipe = tmp_path / "pijp.html"
    os.mkfifo(pipe)
    with pytest.raises(ExportError) as raised:
        export(one_page, html=pipe)
    assert str(raised.value) == f"{pipe}: {PIPE_REFUSAL}"


def test_a_pipe_that_appears_after_the_check_is_still_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp.pdf"
    os.mkfifo(pipe)
    with pytest.raises(ExportError) as raised:
        export_module._write(pipe, b"%PDF-")
    assert str(raised.value) == f"{pipe}: {PIPE_REFUSAL}"
    assert isinstance(raised.value.reason, Message)


def test_the_same_file_for_pdf_and_html_is_refused(one_page: Project, tmp_path: Path) -> None:
    (tmp_path / "ook.html").symlink_to(tmp_path / "uit.pdf")
    with pytest.raises(ExportError) as raised:
        export(one_page, pdf=tmp_path / "uit.pdf", html=tmp_path / "ook.html")
    assert str(raised.value) == (
        f"{tmp_path / 'ook.html'}: the PDF and the HTML cannot be written to the same file"
    )
    assert raised.value.path == tmp_path / "ook.html"
    assert not (tmp_path / "uit.pdf").exists()


def test_a_file_that_cannot_be_written_says_why_after_rendering(
    one_page: Project, tmp_path: Path
) -> None:
    loop = tmp_path / "rond.html"
    loop.symlink_to(loop)  # passes the checks; the write itself fails
    with pytest.raises(ExportError) as raised:
        export(one_page, html=loop)
    assert str(raised.value) == f"{loop}: cannot be written (Too many levels of symbolic links)"
    assert isinstance(raised.value.__cause__, OSError)


@pytest.fixture
def failing_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[OSError], None]:
    """Make every atomic write fail with the given error once its data is written."""

    def fail_with(error: OSError) -> None:
        import contextlib

        @contextlib.contextmanager
        def atomic_write(path: Path, *, backup: bool) -> Iterator[Any]:
            assert not backup
            yield SimpleNamespace(write=lambda data: (_ for _ in ()).throw(error))

        monkeypatch.setattr("models.atomic_file.atomic_write", atomic_write)

    return fail_with


def test_a_full_disk_is_reported_with_the_systems_words(
    one_page: Project, tmp_path: Path, failing_disk: Callable[[OSError], None]
) -> None:
    failing_disk(OSError(28, "No space left on device"))
    with pytest.raises(ExportError) as raised:
        export(one_page, html=tmp_path / "uit.html")
    target = tmp_path / "uit.html"
    assert str(raised.value) == f"{target}: cannot be written (No space left on device)"
    assert as_message(raised.value.reason).template == "cannot be written ({detail})"


def test_an_error_without_the_systems_words_is_reported_as_it_is(
    one_page: Project, tmp_path: Path, failing_disk: Callable[[OSError], None]
) -> None:
    failing_disk(OSError("the share went away"))
    with pytest.raises(ExportError) as raised:
        export(one_page, pdf=tmp_path / "uit.pdf")
    assert str(raised.value) == f"{tmp_path / 'uit.pdf'}: cannot be written (the share went away)"


def test_a_refusal_without_words_is_still_a_string() -> None:
    assert export_module._refusal(OSError(13, "Permission denied")) == "Permission denied"
    assert export_module._refusal(OSError(13, 404)) == "404"


def test_render_cancelled_is_its_own_exception() -> None:
    assert issubclass(RenderCancelled, Exception)
    assert not issubclass(RenderCancelled, (ExportError, PdfLayoutError))
