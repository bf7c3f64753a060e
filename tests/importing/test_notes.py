"""The import report's lines as kinds with parameters: every kind the readers and the
mapping write has English, every template fills from its parameters, and a line keeps the
source's text as it is (braces included)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import models.importing
from models.importing.notes import TEMPLATES, WORDS, Note, english_number, fill

PACKAGE = Path(models.importing.__file__).parent
#: A kind written as a literal where a note is made: ``Note("speaker", …)``,
#: ``_note("remote_image", …)`` (which adds ``_unnamed`` for an image without a name).
LITERAL = re.compile(r"\b(_?[Nn]ote)\(\s*\"(\w+)\"")
#: Kinds chosen in a variable before the note is made (``kind = "colophon_read" …``).
CHOSEN = re.compile(r"\bkind = (?:f?\"(\w+)\"(?: if .+ else \"(\w+)\")?)")
#: Role kinds, named in the mapping's table of roles.
ROLES = re.compile(r"^\s+\"\w+\": \"(\w+)\",$", re.MULTILINE)


def written_kinds() -> set[str]:
    """Every kind the package's sources write, as far as a reading of them shows."""
    kinds: set[str] = set()
    for path in PACKAGE.glob("*.py"):
        if path.name == "notes.py":
            continue
        source = path.read_text(encoding="utf-8")
        for maker, kind in LITERAL.findall(source):
            kinds.add(kind)
            if maker == "_note":
                kinds.add(f"{kind}_unnamed")
        for pair in CHOSEN.findall(source):
            kinds.update(kind for kind in pair if kind)
    mapping = (PACKAGE / "mapping.py").read_text(encoding="utf-8")
    roles = mapping[mapping.index("_ROLE_KINDS") : mapping.index("}", mapping.index("_ROLE_KINDS"))]
    kinds.update(ROLES.findall(roles))
    kinds.update(f"{kind}_credits" for kind in ("colophon_read", "colophon_empty"))
    return kinds


def test_every_kind_written_has_english_and_every_english_is_written() -> None:
    written = written_kinds()
    assert written - set(TEMPLATES) == set(), "kinds without English"
    assert set(TEMPLATES) - written == set(), "English no source writes"


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_every_template_names_only_simple_placeholders(kind: str) -> None:
    """The editor's table repeats these as lupdate sources: no format specs to get wrong."""
    template = TEMPLATES[kind]
    assert re.sub(r"\{\w+\}", "", template).count("{") == 0
    assert "}" not in re.sub(r"\{\w+\}", "", template)


def test_a_note_fills_numbers_words_and_text() -> None:
    note = Note("colophon_read_credits", {"fields": ("organisation", "email"), "credits": 1200})
    assert note.text == "the colophon was read: organisation, email; credit lines: 1,200"
    assert english_number(1_099_999) == "1,099,999"
    assert set(WORDS) >= {"organisation", "visiting_address", "postal_address", "phone"}


def test_text_from_the_source_is_not_a_template() -> None:
    """A source line holding braces is quoted as it is, never formatted."""
    note = Note("speaker", {"text": "Door {name} en {0}", "name": "Piet"})
    assert note.text == "‘Door {name} en {0}’ became speaker Piet"
    assert fill("{a}", {"a": "{b}"}, {}, str) == "{b}"
