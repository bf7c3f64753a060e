"""Problems in any language: validation problems and preflight findings, worded.

The models say what is wrong as a message key with parameters and where as a
:class:`~models.labels.Place`. Here every key, every kind of place and every field gets a
source string lupdate can extract (context ``Problems``), with the same English as
:mod:`models.labels` composes; the functions take the translator to word them with: Qt's in
the editor (``editor/problem_text.py``), the catalogue without Qt on the command line
(:mod:`models.catalogue`). :func:`models.labels.compose` puts the pieces together the same
way in both. A key these tables do not know (a check added without a text here) shows the
models' English rather than nothing; a test keeps the tables complete.
"""

from __future__ import annotations

from collections.abc import Mapping

from models import field_wording
from models.field_wording import QT_TRANSLATE_NOOP, Translate, english
from models.labels import Place, Step, compose, decorate, locate
from models.preflight import Finding, Fix
from models.validation import Problem

CONTEXT = "Problems"


#: Every message key of validation (:data:`models.validation.MESSAGES`) and preflight
#: (:data:`models.preflight.MESSAGES`), with the same placeholders.
MESSAGES: Mapping[str, str] = {
    # validation: what a form can cause
    "empty": QT_TRANSLATE_NOOP("Problems", "{field} must not be empty"),
    "empty_text": QT_TRANSLATE_NOOP("Problems", "the text must not be empty"),
    "too_long_text": QT_TRANSLATE_NOOP(
        "Problems", "{field} is too long (at most {max} characters)"
    ),
    "too_long_here": QT_TRANSLATE_NOOP(
        "Problems", "the text is too long (at most {max} characters)"
    ),
    "too_few": QT_TRANSLATE_NOOP("Problems", "add at least one entry"),
    "too_many": QT_TRANSLATE_NOOP("Problems", "at most {max} entries are allowed here"),
    "figure_too_many": QT_TRANSLATE_NOOP(
        "Problems", "a figure holds at most {max} images: start another figure"
    ),
    "invalid_email": QT_TRANSLATE_NOOP(
        "Problems", "{field} ‘{value}’ is not valid: enter an address such as name@example.org"
    ),
    "invalid_url": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} ‘{value}’ is not valid: enter a web address starting with http:// or https://",
    ),
    "invalid_colour": QT_TRANSLATE_NOOP(
        "Problems", "{field} ‘{value}’ is not a colour: enter it as #RRGGBB, for example #00557F"
    ),
    "invalid_id": QT_TRANSLATE_NOOP(
        "Problems",
        "the id ‘{value}’ is not valid: an id starts with a lowercase letter and holds only "
        "a-z, 0-9 and '-' (at most 64 characters)",
    ),
    "invalid_date": QT_TRANSLATE_NOOP(
        "Problems", "{field} is not a valid date: enter it as YYYY-MM-DD"
    ),
    "date_with_time": QT_TRANSLATE_NOOP(
        "Problems", "{field} is not a valid date: enter it as YYYY-MM-DD, without a time"
    ),
    "too_small": QT_TRANSLATE_NOOP("Problems", "{field} must be at least {limit}"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "{field} must be at most {limit}"),
    "bad_link": QT_TRANSLATE_NOOP(
        "Problems",
        "link target ‘{target}’ is not allowed: use an http://, https:// or mailto: address",
    ),
    "missing_alt": QT_TRANSLATE_NOOP(
        "Problems",
        "describe the image for readers who cannot see it, or mark it as decorative",
    ),
    "missing_byline": QT_TRANSLATE_NOOP(
        "Problems", "type the byline, or let Podium compose it from the people"
    ),
    "duplicate_id": QT_TRANSLATE_NOOP("Problems", "the id ‘{value}’ is used more than once"),
    "unknown_speaker": QT_TRANSLATE_NOOP("Problems", "there is no speaker with the id ‘{value}’"),
    "choose_one": QT_TRANSLATE_NOOP("Problems", "choose one of {expected}"),
    # validation: what only a damaged or hand-written file holds
    "missing": QT_TRANSLATE_NOOP("Problems", "{field} is required"),
    "missing_text": QT_TRANSLATE_NOOP("Problems", "the text is required"),
    "unknown_field": QT_TRANSLATE_NOOP("Problems", "unknown field (Podium does not know it)"),
    "not_text": QT_TRANSLATE_NOOP("Problems", "this must be text"),
    "not_unicode": QT_TRANSLATE_NOOP(
        "Problems", "this text holds characters that are not valid Unicode"
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("Problems", "this must be a whole number"),
    "not_true_false": QT_TRANSLATE_NOOP("Problems", "this must be true or false"),
    "not_list": QT_TRANSLATE_NOOP("Problems", "this must be a list"),
    "not_object": QT_TRANSLATE_NOOP("Problems", "this must be an object with fields"),
    "wrong_form": QT_TRANSLATE_NOOP("Problems", "this value has the wrong form"),
    "unknown_block_kind": QT_TRANSLATE_NOOP(
        "Problems", "unknown block kind ‘{value}’: this version of Podium knows {expected}"
    ),
    "no_block_kind": QT_TRANSLATE_NOOP("Problems", "this block has no 'kind' ({expected})"),
    "body_block_type": QT_TRANSLATE_NOOP(
        "Problems", "a block of text is a string, or an object with a 'kind'"
    ),
    "sub_item_type": QT_TRANSLATE_NOOP(
        "Problems", "a sub-item is plain text: a list nests one level deep, not more"
    ),
    "asset_name": QT_TRANSLATE_NOOP(
        "Problems",
        "an image is stored as assets/<SHA-256 of its bytes>.<png|jpg|jpeg|gif|webp>",
    ),
    # preflight
    "title_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} has {count} characters; more than {limit} do not fit the cover in three "
        "lines: shorten it or move part to the subtitle",
    ),
    "contrast": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} {foreground} on {background} has a contrast ratio of {ratio}; text needs at "
        "least {required}:1 (used for {use})",
    ),
    "contrast_large": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} {foreground} on {background} has a contrast ratio of {ratio}; large text "
        "needs at least {required}:1 (used for {use})",
    ),
    "no_alt": QT_TRANSLATE_NOOP(
        "Problems", "{place} has no alternative text: describe it, or mark it as decorative"
    ),
    "alt_file_name": QT_TRANSLATE_NOOP(
        "Problems", "{field} ‘{value}’ looks like a file name: describe what the image shows"
    ),
    "decorative_figure": QT_TRANSLATE_NOOP(
        "Problems",
        "{place} is marked as decorative, so readers who cannot see it skip it: describe "
        "what it shows",
    ),
    "image_missing": QT_TRANSLATE_NOOP(
        "Problems", "the image file is missing from the project; add it again"
    ),
    "image_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "the image file cannot be read as a picture; add it again"
    ),
    "low_resolution": QT_TRANSLATE_NOOP(
        "Problems",
        "this image is {width} pixels wide and printed {mm} mm wide, which is {dpi} dpi; it "
        "looks soft on paper below {min} dpi: use one at least {needed} pixels wide",
    ),
    "low_resolution_fix": QT_TRANSLATE_NOOP(
        "Problems",
        "this image is {width} pixels wide and printed {mm} mm wide, which is {dpi} dpi; it "
        "looks soft on paper below {min} dpi: {fix}, or use one at least {needed} pixels wide",
    ),
    "empty_part": QT_TRANSLATE_NOOP(
        "Problems", "{place} has no sections: add one, or remove the part"
    ),
    "empty_section": QT_TRANSLATE_NOOP("Problems", "{place} has no text"),
    "no_speakers": QT_TRANSLATE_NOOP("Problems", "{place} names no speakers"),
    "no_attribution": QT_TRANSLATE_NOOP(
        "Problems", "{place} has no attribution: readers do not see who said it"
    ),
    "empty_list_item": QT_TRANSLATE_NOOP(
        "Problems", "{place} has nothing to read: write its text, or remove it"
    ),
    "link_left_out": QT_TRANSLATE_NOOP(
        "Problems",
        "link target ‘{target}’ is not allowed (use an http://, https:// or mailto: address); "
        "the link would be left out",
    ),
    "colophon_organisation": QT_TRANSLATE_NOOP(
        "Problems", "{place} names no organisation: say who publishes this"
    ),
    "colophon_contact": QT_TRANSLATE_NOOP(
        "Problems", "{place} has no contact details: add an e-mail address, phone or website"
    ),
    "placeholder": QT_TRANSLATE_NOOP(
        "Problems",
        "still holds the template's placeholder text {text}; write the real text here",
    ),
}

#: What each kind of step is called (:data:`models.labels.STEP_WORDS`), lowercase.
STEPS: Mapping[str, str] = {
    "section": QT_TRANSLATE_NOOP("Problems", "section"),
    "quote": QT_TRANSLATE_NOOP("Problems", "quote"),
    "part": QT_TRANSLATE_NOOP("Problems", "part"),
    "block": QT_TRANSLATE_NOOP("Problems", "block"),
    "speaker": QT_TRANSLATE_NOOP("Problems", "speaker"),
    "person": QT_TRANSLATE_NOOP("Problems", "person"),
    "paragraph": QT_TRANSLATE_NOOP("Problems", "paragraph"),
    "list": QT_TRANSLATE_NOOP("Problems", "list"),
    "heading": QT_TRANSLATE_NOOP("Problems", "sub-heading"),
    "figure": QT_TRANSLATE_NOOP("Problems", "figure"),
    "image": QT_TRANSLATE_NOOP("Problems", "image"),
    "item": QT_TRANSLATE_NOOP("Problems", "item"),
    "sub_item": QT_TRANSLATE_NOOP("Problems", "sub-item"),
    "takeaway": QT_TRANSLATE_NOOP("Problems", "takeaway"),
    "video": QT_TRANSLATE_NOOP("Problems", "video link"),
    "credit": QT_TRANSLATE_NOOP("Problems", "credit"),
    "name": QT_TRANSLATE_NOOP("Problems", "name"),
    "comment": QT_TRANSLATE_NOOP("Problems", "comment"),
    "reply": QT_TRANSLATE_NOOP("Problems", "reply"),
    "status_change": QT_TRANSLATE_NOOP("Problems", "status change"),
    "intro": QT_TRANSLATE_NOOP("Problems", "introduction"),
    "key_takeaways": QT_TRANSLATE_NOOP("Problems", "key takeaways"),
    "colophon": QT_TRANSLATE_NOOP("Problems", "colophon"),
    "note": QT_TRANSLATE_NOOP("Problems", "note"),
    "theme": QT_TRANSLATE_NOOP("Problems", "theme"),
    "event": QT_TRANSLATE_NOOP("Problems", "event"),
    "portrait": QT_TRANSLATE_NOOP("Problems", "portrait"),
    "logo": QT_TRANSLATE_NOOP("Problems", "logo"),
    "cover_image": QT_TRANSLATE_NOOP("Problems", "cover image"),
    "review": QT_TRANSLATE_NOOP("Problems", "review"),
    "anchor": QT_TRANSLATE_NOOP("Problems", "anchor"),
    "approved": QT_TRANSLATE_NOOP("Problems", "approval"),  # the review field holding it
}

#: Fields the forms do not label (or label for one use only: a quote's "text" is "Quote").
FIELDS: Mapping[str, str] = {
    "text": QT_TRANSLATE_NOOP("Problems", "text"),
    "blocks": QT_TRANSLATE_NOOP("Problems", "sections and quotes"),
    "list_items": QT_TRANSLATE_NOOP("Problems", "items"),
    "sub_items": QT_TRANSLATE_NOOP("Problems", "sub-items"),
    "id": QT_TRANSLATE_NOOP("Problems", "id"),
    "kind": QT_TRANSLATE_NOOP("Problems", "kind"),
    "ordered": QT_TRANSLATE_NOOP("Problems", "numbered"),
    "asset": QT_TRANSLATE_NOOP("Problems", "image file"),
    "schema_version": QT_TRANSLATE_NOOP("Problems", "format version"),
    "review": QT_TRANSLATE_NOOP("Problems", "review"),
}

#: The figure sizes a fix offers (:data:`models.preflight.SIZE_WORDS`), by size.
SIZES: Mapping[str, str] = {
    "full": QT_TRANSLATE_NOOP("Problems", "the full text width"),
    "half": QT_TRANSLATE_NOOP("Problems", "half width"),
    "thumbnail": QT_TRANSLATE_NOOP("Problems", "thumbnail size"),
}
FIX = QT_TRANSLATE_NOOP("Problems", "print it at {size} ({dpi} dpi)")


def step_text(step: Step, translate: Translate = english) -> str:
    """One step, translated: "sectie 3 ‘De kracht van…’"."""
    if step.kind in STEPS:
        word = translate(CONTEXT, STEPS[step.kind])
    else:
        word = step.kind.replace("_", " ")
    return decorate(word if step.number is None else f"{word} {step.number}", step)


def place_text(place: Place, translate: Translate = english) -> str:
    """Where a problem is, translated, without its field: "sectie 3 ‘…’, alinea 2"."""
    return ", ".join(step_text(step, translate) for step in place.steps)


def where_text(place: Place, translate: Translate = english) -> str:
    """Where something is, translated, with its field, on its own (find and replace's
    "Where" column): "Sectie 3 ‘Welkom’, alinea 2", "Colofon, telefoon", "Titel"."""
    return locate(place_text(place, translate), field_text(place.field, translate))


def field_text(name: str, translate: Translate = english) -> str:
    """A field's name for a sentence: the form's label, lowercase ("e-mail")."""
    if not name:
        return ""
    if name in FIELDS:
        return translate(CONTEXT, FIELDS[name])
    if name not in field_wording.LABELS:  # a field no form has (a damaged file's): as it is
        return name.replace("_", " ")
    label = field_wording.field_label(name, translate)
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def fix_text(fix: Fix, translate: Translate = english) -> str:
    """What ``fix`` does, translated: "print it at half width (203 dpi)"."""
    if fix.value not in SIZES or "dpi" not in fix.params:
        return fix.label
    size = translate(CONTEXT, SIZES[fix.value])
    return _format(translate(CONTEXT, FIX), FIX, {"size": size, "dpi": fix.params["dpi"]})


def issue_text(issue: Problem | Finding, translate: Translate = english) -> str:
    """The whole problem, translated, with where it is: "Citaat 2 (‘…’) heeft geen …"."""
    return _compose(issue, translate, located=True)


def detail_text(problem: Problem | Finding, translate: Translate = english) -> str:
    """The problem without where it is, translated, for a message next to its own field."""
    return _compose(problem, translate, located=False)  # pragma: no mutate (None is False here)


def _compose(issue: Problem | Finding, translate: Translate, *, located: bool) -> str:
    source = MESSAGES.get(issue.kind)
    if source is None:  # a kind without a text here: the models' English
        if isinstance(issue, Problem):
            return issue.message if located else issue.detail
        return issue.message
    params = dict(issue.params)
    if isinstance(issue, Finding) and issue.fix is not None:
        params["fix"] = fix_text(issue.fix, translate)
    where = place_text(issue.place, translate)  # compose leaves it out unless it is {place}
    words = field_text(issue.place.field, translate)
    try:
        return compose(translate(CONTEXT, source), params, where, words, located=located)
    except (KeyError, ValueError, IndexError):  # a translation with a broken placeholder
        return compose(source, params, where, words, located=located)


def _format(translated: str, source: str, params: Mapping[str, str | int]) -> str:
    try:
        return translated.format_map(params)
    except (KeyError, ValueError, IndexError):
        return source.format_map(params)
