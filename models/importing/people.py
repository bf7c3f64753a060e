"""Bylines into people: "Door …", "By …", "Spreker: …", "Moderator: …", "Panel: …",
"name, role bij/aan/van organisation", and the speaker registry they fill.

Names are told apart from roles by capitals: "afdelingsmanager Willemijn Groot" is a role
and then a name; "Dr. Albert Jan Kruiter, medeoprichter bij het Instituut" is a name (with
an honorific) and then a role and an organisation. The word between role and organisation
("bij", "aan", "van") is kept unless it is the language's usual one. Every byline is a
guess the import report names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from models.language import USUAL_CONNECTOR
from models.parts import PersonRole, Speaker

#: What starts a byline line, and the role of the people it names.
_LEAD_WORDS: tuple[tuple[str, PersonRole], ...] = (
    (r"^(?:door|by)\s+", "speaker"),
    (r"^(?:sprekers?|speakers?|presentatie|presented by)\s*:\s*", "speaker"),
    (r"^(?:moderator|moderatie|gespreksleider|dagvoorzitter|chair)\s*:\s*", "moderator"),
    (r"^(?:panel|panelleden|panellists|panelists|in het panel)\s*:\s*", "panel"),
    (r"^(?:interviewer|interview door|interviewed by)\s*:?\s*", "interviewer"),
    (r"^(?:met dank aan|with thanks to|dank aan)\s*:?\s*", "thanks"),
)
_LEADS = tuple((re.compile(pattern, re.IGNORECASE), role) for pattern, role in _LEAD_WORDS)
_HONORIFIC = re.compile(
    r"^((?:(?:prof|dr|drs|mr|ir|ing|ds|mevr|dhr|mw|em|bc|ma|msc|phd)\.?\s+)+)", re.IGNORECASE
)
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t"})
_CONNECTORS = ("bij", "aan", "van", "at", "of")
#: The word a byline uses between role and organisation when none is stored.
_ORGANISATION_WORDS = frozenset(
    {"gemeente", "provincie", "ministerie", "universiteit", "stichting", "instituut", "bureau",
     "het", "de", "municipality", "university", "the"}
)  # fmt: skip
_NOTE = re.compile(r"\s*\(([^()]{1,300})\)\s*$")
_SPLIT_PEOPLE = re.compile(r"\s+(?:en|and|&)\s+|\s*;\s*")
_WORD = re.compile(r"\S+")
#: The most people one byline names; more is a list of something else.
_MOST_PEOPLE = 12


@dataclass(frozen=True, slots=True)
class Named:
    """A person as one byline names them."""

    name: str
    honorific: str = ""
    role: str = ""
    organisation: str = ""
    connector: str | None = None
    note: str = ""


def byline(
    text: str, language: str, *, bare: bool = False
) -> list[tuple[Named, PersonRole]] | None:
    """The people ``text`` names, each with a role; ``None`` when it is no byline.

    ``bare`` also accepts "Name, role bij organisation" without a leading word (used right
    under a section title, where such a line can be nothing else).
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or len(text) > 600:
        return None
    found: list[tuple[Named, PersonRole]] = []
    for line in lines:
        role: PersonRole = "speaker"
        people = _bare(line, language) if bare else None
        for pattern, lead_role in _LEADS:
            match = pattern.match(line)
            if match is not None:
                role, people = lead_role, _people(line[match.end() :], language)
                break
        if not people:
            return None
        found += [(person, role) for person in people]
    return found


def _bare(line: str, language: str) -> list[Named] | None:
    name, comma, rest = line.partition(",")
    if not comma or not _looks_like_name(name.strip()) or line.endswith((".", "?", "!")):
        return None
    if not any(f" {c} " in f" {rest} " for c in _CONNECTORS):
        return None
    return _people(line, language)


def _people(text: str, language: str) -> list[Named] | None:
    text = text.strip().rstrip(".")
    note = ""
    match = _NOTE.search(text)
    if match is not None:
        note, text = match.group(1).strip(), text[: match.start()].strip()
    parts = [p.strip() for p in _SPLIT_PEOPLE.split(text.replace(",", ";")) if p.strip()]
    alone = [_person(part) for part in parts]  # each checks its own name
    if len(parts) >= 3 and all(p is not None and not p[2] for p in alone):
        # "Panel: A, B en dr. C": names only (an honorific allowed), no role among them.
        if len(parts) > _MOST_PEOPLE:
            return None
        return [Named(name=p[0], honorific=p[1]) for p in alone if p is not None]
    head, _, rest = text.partition(",")
    names = [part.strip() for part in _SPLIT_PEOPLE.split(head) if part.strip()]
    if not names or len(names) > _MOST_PEOPLE:
        return None
    people = [_person(part) for part in names]
    if any(person is None for person in people):
        return None
    role, connector, organisation = _role(rest.strip(), language)  # no comma: ("", None, "")
    out: list[Named] = []
    for person in people:
        assert person is not None
        name, honorific, own_role = person
        out.append(
            Named(
                name=name,
                honorific=honorific,
                role=own_role or role,
                organisation=organisation,
                connector=connector if (own_role or role) and organisation else None,
                note=note if len(people) == 1 else "",
            )
        )
    return out


def _person(text: str) -> tuple[str, str, str] | None:
    """(name, honorific, role) of "prof. dr. Marcel Veenswijk" or "teamleider Marco Webeling"."""
    words = _WORD.findall(text)
    if not words or len(words) > 12:
        return None
    # The name: the last capitalised word, with first names and particles before it.
    end = len(words)
    if not _capital(words[-1]):
        return None
    start = end - 1
    while start > 0 and (_capital(words[start - 1]) or words[start - 1].lower() in _PARTICLES):
        start -= 1
    # Role first ("teamleider Participatie Marco Webeling", "afdelingsmanager Willemijn de
    # Groot"): the name is its last word, the particles before that, and one first name.
    lead = words[:start]
    named = " ".join(words[start:])
    # Without the space only a name of honorifics alone reads otherwise; it is refused anyway.
    honorific_match = _HONORIFIC.match(named + " ")  # pragma: no mutate (honorifics alone)
    if lead and not _HONORIFIC.match(" ".join(lead) + " "):
        # lead ends in a word that is neither capitalised nor a particle (the loop above
        # stopped there), so neither step below can pass it: start stays at 1 or more.
        start = end - 1
        while words[start - 1].lower() in _PARTICLES:
            start -= 1
        if _capital(words[start - 1]):
            start -= 1
        lead = words[:start]
    name_words = words[start:]
    honorific = ""
    if honorific_match is not None:
        joined = " ".join(name_words)
        honorific = honorific_match.group(1).strip()
        name_words = joined[len(honorific) :].split()
    if lead and _HONORIFIC.match(lead[-1] + " "):  # "hoogleraar prof. Jansen"
        titles = [w for w in lead if _HONORIFIC.match(w + " ")]
        honorific = " ".join([*titles, honorific])  # stripped below when there was none
        lead = [w for w in lead if not _HONORIFIC.match(w + " ")]
    name = " ".join(name_words)
    if not name or not _looks_like_name(name):
        return None
    return name, honorific.strip(), " ".join(lead)


def _role(text: str, language: str) -> tuple[str, str | None, str]:
    """(role, connector, organisation) of "hoogleraar X aan de Vrije Universiteit"."""
    words = text.split()
    for connector in ("bij", "aan", "at", "van", "of"):
        if connector in words[1:-1]:
            index = words.index(connector, 1)
            role, organisation = " ".join(words[:index]), " ".join(words[index + 1 :])
            usual = next((w for lang, w in USUAL_CONNECTOR.items() if lang == language), None)
            return role, None if connector == usual else connector, organisation
    if words and (words[0].lower() in _ORGANISATION_WORDS or _capital(words[0])):
        return "", "", text
    return text, None, ""


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _looks_like_name(text: str) -> bool:
    words = text.split()
    text_without = _HONORIFIC.sub("", text + " ").split()
    return (
        1 <= len(words) <= 8
        and bool(text_without)
        and _capital(text_without[0])
        and _capital(text_without[-1])
        and not any(ch.isdigit() for ch in text)
    )


def slug(name: str) -> str:
    """An id for ``name``: ``joost-kampen``."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_name = decomposed.encode(
        "ascii",  # pragma: no mutate (codec names ignore case: "ASCII" is the same codec)
        "ignore",
    ).decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    text = "-".join(words)[:48]
    text = text.strip("-")  # pragma: no mutate (the words are lower case: "XX-XX" strips as "-")
    return text if text[:1].isalpha() else (f"p-{text}" if text else "speaker")


class Registry:
    """The publication's speakers, each once: a name seen again is the same person."""

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []
        self._by_name: dict[str, str] = {}

    def add(self, person: Named) -> str:
        """The id of ``person``, added if new (later bylines fill in what earlier lacked)."""
        key = " ".join(person.name.casefold().split())
        known = self._by_name.get(key)
        if known is not None:
            index = next(i for i, s in enumerate(self.speakers) if s.id == known)
            old = self.speakers[index]
            self.speakers[index] = Speaker.model_validate(
                {
                    **old.model_dump(),
                    "honorific": old.honorific or person.honorific,
                    "role": old.role or person.role,
                    "organisation": old.organisation or person.organisation,
                    "connector": old.connector if old.role else person.connector,
                    "note": old.note or person.note,
                }
            )
            return known
        base = slug(person.name)
        taken = {s.id for s in self.speakers}
        speaker_id, count = base, 2
        while speaker_id in taken:
            speaker_id, count = f"{base}-{count}", count + 1
        self.speakers.append(
            Speaker.model_validate(
                {
                    "id": speaker_id,
                    "name": person.name,
                    "honorific": person.honorific,
                    "role": person.role,
                    "organisation": person.organisation,
                    "connector": person.connector,
                    "note": person.note,
                }
            )
        )
        self._by_name[key] = speaker_id
        return speaker_id

    def find(self, name: str) -> str | None:
        """The id of the speaker called ``name``, if any."""
        return self._by_name.get(" ".join(name.casefold().split()))
