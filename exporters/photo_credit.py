"""An image's credit as exports print it: "Foto: Jan Jansen", never "Foto: Foto: Jan Jansen".

Exports put the word "Foto"/"Photo" (the publication's language, :mod:`exporters.labels`)
before a credit, so the editor asks for the name only. People type the word anyway, out of
habit or because a photographer's credit arrived that way; the word they typed is dropped,
and the export's own word (in the publication's language) is used instead.
"""

from __future__ import annotations

import re

from exporters.labels import Language, label

#: A leading "Foto:", "Photo:", "Foto's:", "Fotografie:"… (any case, either apostrophe).
#: "Beeld:" (image) stays: the credit may be for an illustration, not a photograph.
_PHOTO_WORD = re.compile(
    r"^\s*(?:foto(?:['\u2019]?s|grafie)?|photo(?:s|graph|graphy)?)\s*:\s*", re.IGNORECASE
)


def bare_credit(credit: str) -> str:
    """``credit`` without a leading photo word and its colon ("Foto: Jan" → "Jan").

    A credit that is nothing but the word ("Foto:") is kept as it is, so no text the
    user typed vanishes without a trace.
    """
    bare = _PHOTO_WORD.sub("", credit, count=1).strip()
    return bare or credit.strip()


def credit_line(credit: str, language: Language) -> str:
    """The credit line under an image: the photo word in ``language``, then the name."""
    return f"{label('photo', language)}: {bare_credit(credit)}"
