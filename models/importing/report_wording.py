"""The import report in any language: every kind of line, worded.

The import core says what it guessed as a kind with parameters
(:class:`~models.importing.notes.Note`). Here every kind gets a source string lupdate can
extract (context ``ImportReport``), with the same English as the notes'
(:data:`models.importing.notes.TEMPLATES`); a test keeps the two tables equal. The
functions take the translator to word them with: Qt's in the editor
(``editor/importing/report_text.py``), the catalogue without Qt on the command line. A kind
this table does not know (a line added without a text here) shows the models' English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from models.field_wording import QT_TRANSLATE_NOOP, Translate, english
from models.importing.notes import Note, fill

CONTEXT = "ImportReport"


#: Every kind of report line (:data:`models.importing.notes.TEMPLATES`), with the same
#: English and placeholders.
TEMPLATES: Mapping[str, str] = {
    # the title and the date
    "title_heading": QT_TRANSLATE_NOOP(
        "ImportReport", "the first heading ‘{text}’ became the title"
    ),
    "title_line": QT_TRANSLATE_NOOP("ImportReport", "the first line ‘{text}’ became the title"),
    "no_title": QT_TRANSLATE_NOOP(
        "ImportReport", "no title found: the publication is called ‘{title}’ for now"
    ),
    "date_line": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became the publication date"),
    "no_date": QT_TRANSLATE_NOOP(
        "ImportReport", "no date found: the publication date is today ({date})"
    ),
    "title_repeat": QT_TRANSLATE_NOOP(
        "ImportReport",
        "‘{text}’ repeated the title {count} time (a page header?); kept once, as the title",
    ),
    "title_repeats": QT_TRANSLATE_NOOP(
        "ImportReport",
        "‘{text}’ repeated the title {count} times (a page header?); kept once, as the title",
    ),
    "front_matter_unread": QT_TRANSLATE_NOOP(
        "ImportReport", "front matter line ‘{line}’ was not read"
    ),
    "front_matter_unused": QT_TRANSLATE_NOOP(
        "ImportReport", "front matter ‘{key}: {value}’ has no place in a publication"
    ),
    "front_matter_date": QT_TRANSLATE_NOOP(
        "ImportReport", "front matter date ‘{value}’ is not a date Podium reads"
    ),
    # people, by their role in the byline
    "speaker": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became speaker {name}"),
    "moderator": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became moderator {name}"),
    "panel_member": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became panel member {name}"),
    "interviewer": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became interviewer {name}"),
    "thanks": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became with thanks to {name}"),
    # quotes and takeaways
    "quote": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became a pull quote by ‘{attribution}’"),
    "takeaways_after_intro": QT_TRANSLATE_NOOP(
        "ImportReport",
        "the list after the intro's ‘…:’ paragraph became the key takeaways ({count} points)",
    ),
    "key_takeaways_under_heading": QT_TRANSLATE_NOOP(
        "ImportReport", "the list under ‘{heading}’ became the key takeaways ({count} points)"
    ),
    "takeaways_under_heading": QT_TRANSLATE_NOOP(
        "ImportReport",
        "the list under ‘{heading}’ became the takeaways of ‘{section}’ ({count} points)",
    ),
    "takeaways_under_heading_untitled": QT_TRANSLATE_NOOP(
        "ImportReport",
        "the list under ‘{heading}’ became the takeaways of an untitled section ({count} points)",
    ),
    "takeaways_under_byline": QT_TRANSLATE_NOOP(
        "ImportReport",
        "the list under the byline became the takeaways of ‘{section}’ ({count} points)",
    ),
    "takeaways_under_byline_untitled": QT_TRANSLATE_NOOP(
        "ImportReport",
        "the list under the byline became the takeaways of an untitled section ({count} points)",
    ),
    # the colophon
    "colophon_organisation": QT_TRANSLATE_NOOP(
        "ImportReport", "‘{text}’ became the colophon's organisation"
    ),
    "colophon_read": QT_TRANSLATE_NOOP("ImportReport", "the colophon was read: {fields}"),
    "colophon_read_credits": QT_TRANSLATE_NOOP(
        "ImportReport", "the colophon was read: {fields}; credit lines: {credits}"
    ),
    "colophon_empty": QT_TRANSLATE_NOOP("ImportReport", "the colophon was read: no field"),
    "colophon_empty_credits": QT_TRANSLATE_NOOP(
        "ImportReport", "the colophon was read: no field; credit lines: {credits}"
    ),
    # links and images
    "relative_link": QT_TRANSLATE_NOOP(
        "ImportReport", "link to ‘{target}’ is relative: its text was kept, not the link"
    ),
    "remote_image": QT_TRANSLATE_NOOP(
        "ImportReport", "image ‘{image}’ was not fetched (remote: {url}); add it by hand"
    ),
    "remote_image_unnamed": QT_TRANSLATE_NOOP(
        "ImportReport", "an image was not fetched (remote: {url}); add it by hand"
    ),
    "image_not_in_file": QT_TRANSLATE_NOOP(
        "ImportReport", "image ‘{image}’ was not imported (‘{url}’ is not in the file)"
    ),
    "image_not_in_file_unnamed": QT_TRANSLATE_NOOP(
        "ImportReport", "an image was not imported (‘{url}’ is not in the file)"
    ),
    "image_refused": QT_TRANSLATE_NOOP("ImportReport", "image ‘{image}’ was refused: it {reason}"),
    "image_refused_unnamed": QT_TRANSLATE_NOOP("ImportReport", "an image was refused: it {reason}"),
    "image_decorative": QT_TRANSLATE_NOOP(
        "ImportReport",
        "image ‘{image}’ has no description: marked decorative; describe it if it is not",
    ),
    "image_decorative_unnamed": QT_TRANSLATE_NOOP(
        "ImportReport",
        "an image has no description: marked decorative; describe it if it is not",
    ),
    "image_missing": QT_TRANSLATE_NOOP(
        "ImportReport", "image ‘{name}’ is missing from the document"
    ),
    "embedded_object": QT_TRANSLATE_NOOP(
        "ImportReport", "an embedded object (a chart or formula) was not imported"
    ),
    "embedded_image_too_large": QT_TRANSLATE_NOOP(
        "ImportReport", "an embedded image is too large to import"
    ),
    "embedded_image_damaged": QT_TRANSLATE_NOOP(
        "ImportReport", "an embedded image is damaged and was not imported"
    ),
    # text placed by guess
    "section_title": QT_TRANSLATE_NOOP(
        "ImportReport", "‘{text}’ became a section title (a byline follows)"
    ),
    "video": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became a video link of ‘{section}’"),
    "video_untitled": QT_TRANSLATE_NOOP(
        "ImportReport", "‘{text}’ became a video link of an untitled section"
    ),
    "access_note": QT_TRANSLATE_NOOP("ImportReport", "‘{text}’ became the video's access note"),
    "page_chrome": QT_TRANSLATE_NOOP(
        "ImportReport", "‘{text}’ looks like a web page's buttons; kept in the intro"
    ),
    "split_paragraph": QT_TRANSLATE_NOOP(
        "ImportReport",
        "a paragraph of {length} characters was split into {count} (its bold, italic and "
        "links were dropped)",
    ),
    "flattened": QT_TRANSLATE_NOOP(
        "ImportReport", "lists nested deeper than two levels were flattened to two"
    ),
}

#: The colophon's fields as a line names them (:data:`models.importing.notes.WORDS`).
WORDS: Mapping[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("ImportReport", "organisation"),
    "visiting_address": QT_TRANSLATE_NOOP("ImportReport", "visiting address"),
    "postal_address": QT_TRANSLATE_NOOP("ImportReport", "postal address"),
    "phone": QT_TRANSLATE_NOOP("ImportReport", "phone"),
    "email": QT_TRANSLATE_NOOP("ImportReport", "email"),
    "website": QT_TRANSLATE_NOOP("ImportReport", "website"),
    "version": QT_TRANSLATE_NOOP("ImportReport", "version"),
}


def note_text(
    note: Note, translate: Translate = english, number: Callable[[int], str] = str
) -> str:
    """One line of the report in the language of ``translate``, numbers through ``number``."""
    source = TEMPLATES.get(note.kind)
    if source is None:  # a kind without a text here: the models' English
        return note.text
    words = {key: translate(CONTEXT, word) for key, word in WORDS.items()}
    try:
        return fill(translate(CONTEXT, source), note.params, words, number)
    except (KeyError, ValueError, IndexError):  # a translation with a broken placeholder
        return fill(source, note.params, words, number)
