"""The words the forms show for model fields, list entries and choices, in any language.

Kept in one table so a field is called the same in every form, in the problem list, in undo
step names and on the command line. The tables hold English source strings marked for
lupdate (context ``FieldLabels``); the functions take the translator to use: Qt's in the
editor (``editor/widgets/field_labels.py``), the catalogue without Qt on the command line
(:mod:`models.catalogue`).
"""

from __future__ import annotations

from models.message import Translate

__all__ = ["QT_TRANSLATE_NOOP", "Translate", "choice_label", "english", "field_label", "item_noun"]

CONTEXT = "FieldLabels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (lupdate finds
    the calls by name; Qt's own marker would need Qt, and types its result as ``object``)."""
    del context
    return text


def english(context: str, text: str) -> str:
    """The translator that keeps the source language."""
    del context
    return text


LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("FieldLabels", "Subtitle"),
    "publication_date": QT_TRANSLATE_NOOP("FieldLabels", "Publication date"),
    "language": QT_TRANSLATE_NOOP("FieldLabels", "Language"),
    "publisher": QT_TRANSLATE_NOOP("FieldLabels", "Publisher"),
    "event": QT_TRANSLATE_NOOP("FieldLabels", "Event"),
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "date": QT_TRANSLATE_NOOP("FieldLabels", "Date"),
    "place": QT_TRANSLATE_NOOP("FieldLabels", "Place"),
    "intro": QT_TRANSLATE_NOOP("FieldLabels", "Introduction"),
    "key_takeaways": QT_TRANSLATE_NOOP("FieldLabels", "Key takeaways"),
    "lead": QT_TRANSLATE_NOOP("FieldLabels", "Lead sentence"),
    "items": QT_TRANSLATE_NOOP("FieldLabels", "Takeaways"),
    "speakers": QT_TRANSLATE_NOOP("FieldLabels", "Speakers"),
    "honorific": QT_TRANSLATE_NOOP("FieldLabels", "Honorific"),
    "role": QT_TRANSLATE_NOOP("FieldLabels", "Role"),
    "organisation": QT_TRANSLATE_NOOP("FieldLabels", "Organisation"),
    "note": QT_TRANSLATE_NOOP("FieldLabels", "Note"),
    "speaker_ids": QT_TRANSLATE_NOOP("FieldLabels", "Speakers"),
    "takeaways": QT_TRANSLATE_NOOP("FieldLabels", "Takeaways"),
    "body": QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    "videos": QT_TRANSLATE_NOOP("FieldLabels", "Video links"),
    "images": QT_TRANSLATE_NOOP("FieldLabels", "Images"),
    "label": QT_TRANSLATE_NOOP("FieldLabels", "Label"),
    "url": QT_TRANSLATE_NOOP("FieldLabels", "Web address"),
    "access_note": QT_TRANSLATE_NOOP("FieldLabels", "Access note"),
    "alt": QT_TRANSLATE_NOOP("FieldLabels", "Alternative text"),
    "decorative": QT_TRANSLATE_NOOP("FieldLabels", "Decorative only"),
    "caption": QT_TRANSLATE_NOOP("FieldLabels", "Caption"),
    "credit": QT_TRANSLATE_NOOP("FieldLabels", "Credit"),
    "text": QT_TRANSLATE_NOOP("FieldLabels", "Quote"),
    "attribution": QT_TRANSLATE_NOOP("FieldLabels", "Attribution"),
    "speaker_id": QT_TRANSLATE_NOOP("FieldLabels", "Speaker"),
    "visiting_address": QT_TRANSLATE_NOOP("FieldLabels", "Visiting address"),
    "postal_address": QT_TRANSLATE_NOOP("FieldLabels", "Postal address"),
    "phone": QT_TRANSLATE_NOOP("FieldLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "E-mail"),
    "website": QT_TRANSLATE_NOOP("FieldLabels", "Website"),
    "credits": QT_TRANSLATE_NOOP("FieldLabels", "Credits"),
    "names": QT_TRANSLATE_NOOP("FieldLabels", "Names"),
    "version": QT_TRANSLATE_NOOP("FieldLabels", "Version"),
    "primary_colour": QT_TRANSLATE_NOOP("FieldLabels", "Primary colour"),
    "accent_colour": QT_TRANSLATE_NOOP("FieldLabels", "Accent colour"),
    "body_font": QT_TRANSLATE_NOOP("FieldLabels", "Body font"),
    "heading_font": QT_TRANSLATE_NOOP("FieldLabels", "Heading font"),
    "page_size": QT_TRANSLATE_NOOP("FieldLabels", "Page size"),
    "margins": QT_TRANSLATE_NOOP("FieldLabels", "Margins"),
    "cover_style": QT_TRANSLATE_NOOP("FieldLabels", "Cover"),
    "logo": QT_TRANSLATE_NOOP("FieldLabels", "Logo"),
    "cover_image": QT_TRANSLATE_NOOP("FieldLabels", "Cover image"),
    "public_web": QT_TRANSLATE_NOOP("FieldLabels", "On the public web page"),
    "people": QT_TRANSLATE_NOOP("FieldLabels", "People"),
    "byline": QT_TRANSLATE_NOOP("FieldLabels", "Byline"),
    "byline_text": QT_TRANSLATE_NOOP("FieldLabels", "Typed byline"),
    "connector": QT_TRANSLATE_NOOP("FieldLabels", "Word before the organisation"),
    "size": QT_TRANSLATE_NOOP("FieldLabels", "Size"),
}

#: What one entry of a list field is called ("Add takeaway").
NOUNS: dict[str, str] = {
    "intro": QT_TRANSLATE_NOOP("FieldLabels", "paragraph"),
    "body": QT_TRANSLATE_NOOP("FieldLabels", "paragraph"),
    "items": QT_TRANSLATE_NOOP("FieldLabels", "takeaway"),
    "takeaways": QT_TRANSLATE_NOOP("FieldLabels", "takeaway"),
    "videos": QT_TRANSLATE_NOOP("FieldLabels", "video link"),
    "images": QT_TRANSLATE_NOOP("FieldLabels", "image"),
    "credits": QT_TRANSLATE_NOOP("FieldLabels", "credit"),
    "names": QT_TRANSLATE_NOOP("FieldLabels", "name"),
    "speaker_ids": QT_TRANSLATE_NOOP("FieldLabels", "speaker"),
    "speakers": QT_TRANSLATE_NOOP("FieldLabels", "speaker"),
    "people": QT_TRANSLATE_NOOP("FieldLabels", "person"),
}

CHOICES: dict[object, str] = {
    "nl": QT_TRANSLATE_NOOP("FieldLabels", "Dutch (Nederlands)"),
    "en": QT_TRANSLATE_NOOP("FieldLabels", "English"),
    "narrow": QT_TRANSLATE_NOOP("FieldLabels", "Narrow"),
    "normal": QT_TRANSLATE_NOOP("FieldLabels", "Normal"),
    "wide": QT_TRANSLATE_NOOP("FieldLabels", "Wide"),
    "plain": QT_TRANSLATE_NOOP("FieldLabels", "Title on white"),
    "band": QT_TRANSLATE_NOOP("FieldLabels", "Title on a colour band"),
    "page": QT_TRANSLATE_NOOP("FieldLabels", "Cover page of its own"),
    "show": QT_TRANSLATE_NOOP("FieldLabels", "Show it with its access note"),
    "hide_access": QT_TRANSLATE_NOOP("FieldLabels", "Show it without the access note"),
    "omit": QT_TRANSLATE_NOOP("FieldLabels", "Leave it out (PDF only)"),
    # A person's role in a section (models.parts.PersonRole)
    "speaker": QT_TRANSLATE_NOOP("FieldLabels", "Speaker"),
    "moderator": QT_TRANSLATE_NOOP("FieldLabels", "Moderator"),
    "panel": QT_TRANSLATE_NOOP("FieldLabels", "Panel member"),
    "interviewer": QT_TRANSLATE_NOOP("FieldLabels", "Interviewer"),
    "thanks": QT_TRANSLATE_NOOP("FieldLabels", "With thanks to"),
    # A section's byline (models.parts.BylineMode)
    "auto": QT_TRANSLATE_NOOP("FieldLabels", "Automatic"),
    "custom": QT_TRANSLATE_NOOP("FieldLabels", "Typed"),
    "hidden": QT_TRANSLATE_NOOP("FieldLabels", "Hidden"),
    "full": QT_TRANSLATE_NOOP("FieldLabels", "Full width"),
    "half": QT_TRANSLATE_NOOP("FieldLabels", "Half width"),
    "thumbnail": QT_TRANSLATE_NOOP("FieldLabels", "Thumbnail"),
}

#: How the "inherit" choice (``None``) is shown.
INHERIT = QT_TRANSLATE_NOOP("FieldLabels", "Same as the publication")


def field_label(name: str, translate: Translate = english) -> str:
    """The label of the model field ``name``, e.g. ``"Web address"`` for ``url``."""
    return translate(CONTEXT, LABELS.get(name, name.replace("_", " ").capitalize()))


def item_noun(name: str, translate: Translate = english) -> str:
    """What one entry of the list field ``name`` is called, e.g. ``"takeaway"``."""
    return translate(CONTEXT, NOUNS.get(name, "entry"))


def choice_label(value: object, translate: Translate = english) -> str:
    """How a ``Literal`` choice is shown; ``None`` is the "inherit" choice."""
    if value is None:
        return translate(CONTEXT, INHERIT)
    return translate(CONTEXT, CHOICES[value]) if value in CHOICES else str(value)
