"""Who a section or quote names, in the publication's words: bylines, attributions, connectors.

The wording itself belongs to the exports (:func:`exporters.ir.bylines` composes a section's
byline, one line per role); this module applies it to what a form edits, as plain data, so
the rules are tested without a window:

- a section's byline preview is exactly what the exports print;
- switching a byline to "typed" starts from the composed text, so changing one word ("bij"
  to "aan") is one edit, not retyping a line;
- picking a quote's speaker fills its attribution when the attribution is empty or still
  the one a speaker filled in, never over words someone typed.
"""

from __future__ import annotations

from typing import Any

from exporters.labels import label
from models.language import Language
from models.publication import Publication, Quote, Section, Speaker

#: The words offered between a speaker's role and organisation, in each language; the
#: first is the language's usual word (what ``None`` prints).
CONNECTORS: dict[Language, tuple[str, ...]] = {
    "nl": (label("at", "nl"), "aan", "van"),
    "en": (label("at", "en"), "of", "for"),
}


def usual_connector(language: Language) -> str:
    """The word a speaker without a connector of their own gets ("bij", "at")."""
    return label("at", language)


def byline_preview(pub: Publication, section: Section) -> tuple[str, ...]:
    """The byline lines the exports print under ``section``'s title (none when hidden)."""
    if section.byline == "hidden":
        return ()
    if section.byline == "custom":
        return (section.byline_text,)
    from exporters.ir import bylines  # the IR module is large; the first window needs no byline

    return bylines(pub, section, section.language or pub.language)


def composed_byline(pub: Publication, section: Section) -> str:
    """The automatic byline as one line of text: where a typed byline starts from."""
    from exporters.ir import bylines

    return "; ".join(bylines(pub, section, section.language or pub.language))


def with_byline_mode(pub: Publication, section: Section, mode: str) -> dict[str, Any]:
    """``section`` as data with its byline ``mode`` changed.

    A typed byline without text yet starts from the composed one (or, without people, stays
    empty so the form asks for it).
    """
    data: dict[str, Any] = {**section.model_dump(), "byline": mode}
    if mode == "custom" and not section.byline_text:
        data["byline_text"] = composed_byline(pub, section)
    return data


def attribution(speaker: Speaker, language: Language) -> str:
    """A quote's attribution for ``speaker``: the byline's description of them without its
    lead word ("Joost Kampen, wethouder van Den Helder")."""
    from exporters.ir import byline

    text = byline([speaker], language)
    lead = f"{label('by', language)} "
    return text[len(lead) :] if text.startswith(lead) else text


def with_speaker(pub: Publication, quote: Quote, speaker_id: str | None) -> dict[str, Any]:
    """``quote`` as data with ``speaker_id`` picked, its attribution filled when that is
    empty or was filled from the speaker it had (typed words are kept)."""
    data: dict[str, Any] = {**quote.model_dump(), "speaker_id": speaker_id}
    if speaker_id is None or not _known(pub, speaker_id):
        return data
    language = quote.language or pub.language
    filled = quote.attribution == "" or (
        quote.speaker_id is not None
        and _known(pub, quote.speaker_id)
        and quote.attribution == attribution(pub.speaker(quote.speaker_id), language)
    )
    if filled:
        data["attribution"] = attribution(pub.speaker(speaker_id), language)
    return data


def _known(pub: Publication, speaker_id: str) -> bool:
    return any(speaker.id == speaker_id for speaker in pub.speakers)
