"""The import report as entries an editor can list: each line with its group, where its
guess stands, and the address it names (a remote image, a link that needs a base address).

The lines are notes (:class:`~models.importing.notes.Note`) written by the mapping and the
readers of this package; the group and the address follow from a note's kind, so nothing
here reads the English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from models.importing.mapping import Imported, Place
from models.importing.notes import Note

Group = Literal[
    "document", "speakers", "quotes", "takeaways", "colophon", "links", "images", "placed"
]
#: The groups in the order a report shows them.
GROUPS: tuple[Group, ...] = (
    "document",
    "speakers",
    "quotes",
    "takeaways",
    "colophon",
    "links",
    "images",
    "placed",
)

#: The group of every kind of line (:data:`models.importing.notes.TEMPLATES`).
KIND_GROUPS: Mapping[str, Group] = {
    **dict.fromkeys(
        (
            "title_heading",
            "title_line",
            "no_title",
            "date_line",
            "no_date",
            "title_repeat",
            "title_repeats",
            "front_matter_unread",
            "front_matter_unused",
            "front_matter_date",
        ),
        "document",
    ),
    **dict.fromkeys(("speaker", "moderator", "panel_member", "interviewer", "thanks"), "speakers"),
    "quote": "quotes",
    **dict.fromkeys(
        (
            "takeaways_after_intro",
            "key_takeaways_under_heading",
            "takeaways_under_heading",
            "takeaways_under_heading_untitled",
            "takeaways_under_byline",
            "takeaways_under_byline_untitled",
        ),
        "takeaways",
    ),
    **dict.fromkeys(
        (
            "colophon_organisation",
            "colophon_read",
            "colophon_read_credits",
            "colophon_empty",
            "colophon_empty_credits",
        ),
        "colophon",
    ),
    "relative_link": "links",
    **dict.fromkeys(
        (
            "remote_image",
            "remote_image_unnamed",
            "image_not_in_file",
            "image_not_in_file_unnamed",
            "image_refused",
            "image_refused_unnamed",
            "image_decorative",
            "image_decorative_unnamed",
            "image_missing",
            "embedded_object",
            "embedded_image_too_large",
            "embedded_image_damaged",
        ),
        "images",
    ),
    **dict.fromkeys(
        (
            "section_title",
            "video",
            "video_untitled",
            "access_note",
            "page_chrome",
            "split_paragraph",
            "flattened",
        ),
        "placed",
    ),
}
#: The kinds that name an address to list beside the line, and the parameter that holds it.
_ADDRESSES: Mapping[str, str] = {
    "remote_image": "url",
    "remote_image_unnamed": "url",
    "relative_link": "target",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the import report, ready to list."""

    note: Note
    """What the line says, as a kind with parameters (worded by the caller's language)."""
    group: Group
    place: Place | None = None
    """Where the guess stands in the publication (see :data:`models.importing.Place`)."""
    address: str = ""
    """The remote image's address, or the relative link's target, when the line names one."""

    @property
    def text(self) -> str:
        """The line in English, as the command line prints it."""
        return self.note.text

    @property
    def needs_base(self) -> bool:
        """A relative link whose text was kept: a base address would make it a link."""
        return self.note.kind == "relative_link"


def entries(imported: Imported) -> tuple[Entry, ...]:
    """The report of ``imported`` as entries, in the order the import wrote them."""
    places = imported.places
    return tuple(
        entry(note, places[index] if index < len(places) else None)
        for index, note in enumerate(imported.notes)
    )


def entry(note: Note, place: Place | None = None) -> Entry:
    """One report ``note`` as an entry; ``place`` is where its guess stands, if known."""
    group = KIND_GROUPS.get(note.kind, "placed")
    if note.kind not in _ADDRESSES:
        return Entry(note, group, place)
    address = note.params.get(_ADDRESSES[note.kind])
    return Entry(note, group, place, address if isinstance(address, str) else "")


def needs_base(imported: Imported) -> bool:
    """Whether the import kept a relative link as text (a base address would resolve it)."""
    return any(e.needs_base for e in entries(imported))
