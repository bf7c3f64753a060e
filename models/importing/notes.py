"""The import report's lines as kinds with parameters, and their English.

A reader or the mapping says what it guessed as a :class:`Note`: a kind and the parameters
that fill its sentence (an excerpt of the source, a name, an address, a count). The command
line prints the English of :data:`TEMPLATES`; the editor words the same kind through its
translator (``editor/importing/report_text.py``, whose table has this English as its source),
so the report reads in the interface's language and no one parses the English back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: A parameter: text from the source (already cut to an excerpt), a number, or a list of
#: :data:`WORDS` keys (the colophon's fields), which a sentence names joined by commas.
Value = str | int | tuple[str, ...]
Params = Mapping[str, Value]

#: Every kind of report line, in English. ``{text}`` is an excerpt of the source line the
#: guess was made from; a kind's variants (a named or unnamed image, a titled or untitled
#: section) are kinds of their own, so every sentence is whole for a translator.
TEMPLATES: Mapping[str, str] = {
    # the title and the date
    "title_heading": "the first heading ‘{text}’ became the title",
    "title_line": "the first line ‘{text}’ became the title",
    "no_title": "no title found: the publication is called ‘{title}’ for now",
    "date_line": "‘{text}’ became the publication date",
    "no_date": "no date found: the publication date is today ({date})",
    "title_repeat": "‘{text}’ repeated the title {count} time (a page header?); kept once, "
    "as the title",
    "title_repeats": "‘{text}’ repeated the title {count} times (a page header?); kept once, "
    "as the title",
    "front_matter_unread": "front matter line ‘{line}’ was not read",
    "front_matter_unused": "front matter ‘{key}: {value}’ has no place in a publication",
    "front_matter_date": "front matter date ‘{value}’ is not a date Podium reads",
    # people, by their role in the byline
    "speaker": "‘{text}’ became speaker {name}",
    "moderator": "‘{text}’ became moderator {name}",
    "panel_member": "‘{text}’ became panel member {name}",
    "interviewer": "‘{text}’ became interviewer {name}",
    "thanks": "‘{text}’ became with thanks to {name}",
    # quotes and takeaways
    "quote": "‘{text}’ became a pull quote by ‘{attribution}’",
    "takeaways_after_intro": "the list after the intro's ‘…:’ paragraph became the key "
    "takeaways ({count} points)",
    "key_takeaways_under_heading": "the list under ‘{heading}’ became the key takeaways "
    "({count} points)",
    "takeaways_under_heading": "the list under ‘{heading}’ became the takeaways of "
    "‘{section}’ ({count} points)",
    "takeaways_under_heading_untitled": "the list under ‘{heading}’ became the takeaways of "
    "an untitled section ({count} points)",
    "takeaways_under_byline": "the list under the byline became the takeaways of ‘{section}’ "
    "({count} points)",
    "takeaways_under_byline_untitled": "the list under the byline became the takeaways of an "
    "untitled section ({count} points)",
    # the colophon
    "colophon_organisation": "‘{text}’ became the colophon's organisation",
    "colophon_read": "the colophon was read: {fields}",
    "colophon_read_credits": "the colophon was read: {fields}; credit lines: {credits}",
    "colophon_empty": "the colophon was read: no field",
    "colophon_empty_credits": "the colophon was read: no field; credit lines: {credits}",
    # links and images
    "relative_link": "link to ‘{target}’ is relative: its text was kept, not the link",
    "remote_image": "image ‘{image}’ was not fetched (remote: {url}); add it by hand",
    "remote_image_unnamed": "an image was not fetched (remote: {url}); add it by hand",
    "image_not_in_file": "image ‘{image}’ was not imported (‘{url}’ is not in the file)",
    "image_not_in_file_unnamed": "an image was not imported (‘{url}’ is not in the file)",
    "image_refused": "image ‘{image}’ was refused: it {reason}",
    "image_refused_unnamed": "an image was refused: it {reason}",
    "image_decorative": "image ‘{image}’ has no description: marked decorative; describe it "
    "if it is not",
    "image_decorative_unnamed": "an image has no description: marked decorative; describe it "
    "if it is not",
    "image_missing": "image ‘{name}’ is missing from the document",
    "embedded_object": "an embedded object (a chart or formula) was not imported",
    "embedded_image_too_large": "an embedded image is too large to import",
    "embedded_image_damaged": "an embedded image is damaged and was not imported",
    # text placed by guess
    "section_title": "‘{text}’ became a section title (a byline follows)",
    "video": "‘{text}’ became a video link of ‘{section}’",
    "video_untitled": "‘{text}’ became a video link of an untitled section",
    "access_note": "‘{text}’ became the video's access note",
    "page_chrome": "‘{text}’ looks like a web page's buttons; kept in the intro",
    "split_paragraph": "a paragraph of {length} characters was split into {count} (its bold, "
    "italic and links were dropped)",
    "flattened": "lists nested deeper than two levels were flattened to two",
}

#: The colophon's fields as a report line names them (the keys of a ``tuple`` parameter).
WORDS: Mapping[str, str] = {
    "organisation": "organisation",
    "visiting_address": "visiting address",
    "postal_address": "postal address",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "version": "version",
}


@dataclass(frozen=True, slots=True)
class Note:
    """One guess of the import: its kind (a key of :data:`TEMPLATES`) and what fills it."""

    kind: str
    params: Params = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The line in English, as the command line prints it."""
        return fill(TEMPLATES[self.kind], self.params, WORDS, english_number)


def english_number(value: int) -> str:
    """A count as the English report writes it: 1,099,999."""
    return f"{value:,}"


def fill(
    template: str,
    params: Params,
    words: Mapping[str, str],
    number: Callable[[int], str],
) -> str:
    """``template`` with ``params`` in it: numbers through ``number``, word lists through
    ``words`` (both in the reader's language), text as it is."""
    values: dict[str, str] = {}
    for name, value in params.items():
        if isinstance(value, tuple):
            values[name] = ", ".join(words.get(word, word) for word in value)
        elif isinstance(value, int):
            values[name] = number(value)
        else:
            values[name] = value
    return template.format_map(values)
