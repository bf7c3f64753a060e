"""Spelling: the words of a publication that its language's dictionary does not know.

Dutch is checked with OpenTaal's Hunspell dictionary and English with SCOWL's British one,
both shipped under ``resources/dictionaries`` (with their licences) and read by Hunspell
itself (the ``chunspell`` wheel bundles the library), so nothing depends on what the system
has installed. Hunspell knows Dutch compounds and inflections ("klantmanagers",
"participatiewet") through the dictionary's affix and compound rules, which a word list
cannot.

Each text is checked in its own language: a block, section, quote, part or caption marked as
another language than the publication's is checked in that one. Besides the dictionary, a
publication's own words are known: the words added to it ("add to dictionary", kept in the
project file so a reviewer sees the same), the speakers' names and organisations, the
publisher and the names in the colophon.

The words are found in the text as typed, markup included (the editor shows ``**bold**``
and ``[text](https://…)`` as they are): link targets, web and e-mail addresses, words with
digits, one-letter words and acronyms in capitals are never checked.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files
from typing import TYPE_CHECKING, Literal, Protocol, get_origin

from pydantic import BaseModel

from models.labels import field_words, locate, place_of
from models.language import LANGUAGES, Language
from models.types import Loc

if TYPE_CHECKING:
    from models.publication import Publication

#: The dictionary of each language, a folder under ``resources/dictionaries`` holding
#: ``NAME.aff`` and ``NAME.dic``.
DICTIONARIES: dict[Language, str] = {"nl": "nl", "en": "en_GB"}
#: Suggestions offered for one word, best first.
MAX_SUGGESTIONS = 5
#: Words whose answer is remembered per language; past it the memory starts again.
_CACHED_WORDS = 200_000

#: What is never checked: a link's target in the markup, web and e-mail addresses.
_NOT_TEXT = re.compile(
    r"\]\([^)]*\)?"  # the target of [text](target), as typed
    r"|(?:https?|ftp|mailto):\S+"
    r"|www\.\S+"
    r"|[^\s@()\[\]<>]+@[^\s@()\[\]<>]+",
    re.IGNORECASE,
)
#: A word: letters and digits, joined by apostrophes, hyphens or dots ("auto's", "e-mail",
#: "o.a"). The underscore is a mark (``_italic_``), not a letter.
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Miss:
    """A word the dictionary does not know, at ``text[start:end]``."""

    word: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finding:
    """An unknown word of a publication: where it is, the word, and what it may have been."""

    loc: Loc
    where: str
    word: str
    language: Language
    suggestions: tuple[str, ...] = ()


class WordList:
    """Words known besides the dictionary: a word added in lowercase is known capitalised
    too (at the start of a sentence), one added with capitals only as written."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words = frozenset(words)
        self._any_case = frozenset(word for word in self.words if word.islower())

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.words or word.lower() in self._any_case)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordList) and other.words == self.words

    def __hash__(self) -> int:
        return hash(self.words)


NO_WORDS = WordList()


class _Hunspell(Protocol):
    """What Podium uses of ``hunspell.Hunspell`` (chunspell ships no types)."""

    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> tuple[str, ...]: ...


class Speller:
    """One language's Hunspell dictionary, safe to share between threads.

    Loading takes about 0.3 s for Dutch; lookups take some microseconds and are remembered,
    suggestions (a good part of a second for a long Dutch word) too.
    """

    def __init__(self, language: Language) -> None:
        from models.hunspell_lib import open_hunspell  # ctypes and the C++ library: when needed

        name = DICTIONARIES[language]
        self.language = language
        self._lock = threading.Lock()
        with as_file(files("resources").joinpath("dictionaries", name)) as folder:
            # Through the C interface: chunspell's class holds Python's lock while it loads.
            self._hunspell: _Hunspell = open_hunspell(name, folder)
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}

    def known(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` (its affix and compound rules included)."""
        answer = self._known.get(word)
        if answer is None:
            with self._lock:
                answer = self._hunspell.spell(word)
            if len(self._known) >= _CACHED_WORDS:
                self._known.clear()
            self._known[word] = answer
        return answer

    def suggest(self, word: str) -> tuple[str, ...]:
        """Words ``word`` may have been meant as, best first (at most :data:`MAX_SUGGESTIONS`)."""
        found = self._suggestions.get(word)
        if found is None:
            with self._lock:
                found = tuple(self._hunspell.suggest(word)[:MAX_SUGGESTIONS])
            self._suggestions[word] = found
        return found


_spellers: dict[Language, Speller] = {}
_loading = threading.Lock()


def speller(language: Language) -> Speller:
    """The shared :class:`Speller` of ``language``, loaded at the first call from any thread."""
    found = _spellers.get(language)  # pragma: no mutate (a fast path: the look below is the same)
    if found is None:
        with _loading:
            found = _spellers.get(language)
            if found is None:
                found = _spellers[language] = Speller(language)
    return found


def is_loaded(language: Language) -> bool:
    """Whether ``language``'s dictionary is in memory already (a check would not wait)."""
    return language in _spellers


# -- words of a text ------------------------------------------------------------------------


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """The words of ``text`` worth checking, as (start, end, word); see the module's rules.

    The editor runs this over a paragraph at every keystroke, so the common case (a word of
    letters only) costs one ``isalpha``.
    """
    for match in _WORD.finditer(_blank_addresses(text)):
        word = match.group()
        if len(word) < 2 or word.isupper() or (not word.isalpha() and _DIGIT.search(word)):
            continue
        yield match.start(), match.end(), word


_DIGIT = re.compile(r"\d")


def _blank_addresses(text: str) -> str:
    """``text`` with link targets and addresses turned into spaces (same length)."""
    if _NOT_TEXT.search(text) is None:
        return text
    return _NOT_TEXT.sub(lambda match: " " * len(match.group()), text)


def _is_acronym(word: str) -> bool:
    return word.isupper()


#: Asks the dictionary about one word: known, unknown, or ``None`` while it is being asked
#: (the editor's lookups answer from a cache and ask a worker thread on a miss).
Lookup = Callable[[str], bool | None]


def judge(word: str, extra: WordList, after: str, lookup: Lookup) -> bool | None:
    """Whether ``word`` is spelt right: known to ``lookup`` or one of ``extra``; ``None``
    when ``lookup`` has not answered yet.

    ``after`` is the character after the word in its text: a word followed by a dot may be
    an abbreviation the dictionary has with its dot ("bijv.", "dr."). A word with hyphens
    whose parts are each known or acronyms ("MKB-bedrijven") is known too, and a word with
    dots inside is taken as an abbreviation or a web address without "www", never flagged.
    """
    if word in extra or "." in word:
        return True
    normal = word.replace("’", "'")
    answer = lookup(normal)
    if answer is None or answer:
        return answer
    if after == ".":
        answer = lookup(normal + ".")
        if answer is None or answer:
            return answer
    if "-" not in word:
        return False
    parts = [
        True if part in extra or len(part) < 2 or _is_acronym(part) else lookup(part)
        for part in normal.split("-")
        if part
    ]
    if False in parts:
        return False
    return None if None in parts else True


def is_known(
    word: str,
    language: Language,
    extra: WordList = NO_WORDS,
    after: str = "",  # pragma: no mutate (any default but "." means: no dot after the word)
) -> bool:
    """Whether ``word`` is spelt right in ``language``, or is one of ``extra`` (see
    :func:`judge`); loads the dictionary at the first call."""
    return judge(word, extra, after, speller(language).known) is True


def check_text(text: str, language: Language, extra: WordList = NO_WORDS) -> list[Miss]:
    """The words of ``text`` that are unknown in ``language`` and not in ``extra``."""
    return [
        Miss(word, start, end)
        for start, end, word in words(text)
        if not is_known(word, language, extra, text[end : end + 1])
    ]


def suggestions(word: str, language: Language) -> tuple[str, ...]:
    """What ``word`` may have been meant as in ``language``, best first."""
    return speller(language).suggest(word.replace("’", "'"))


# -- a publication ---------------------------------------------------------------------------

#: Fields that hold no prose to check: identifiers, addresses and numbers, settings, the
#: review (not published) and the dictionary itself.
_SKIPPED = frozenset(
    {
        "id",
        "asset",
        "url",
        "email",
        "website",
        "phone",
        "visiting_address",
        "postal_address",
        "version",
        "honorific",
        "connector",
        "credit",
        "speaker_id",
        "language",
        "theme",
        "review",
        "dictionary",
    }
)


def is_prose_field(name: str) -> bool:
    """Whether a field called ``name`` holds prose to check, not an address, a number or a
    setting: the editor underlines in exactly the fields :func:`texts` reads."""
    return name not in _SKIPPED


def project_words(publication: Publication) -> WordList:
    """What the publication knows besides the dictionary: its added words, the speakers'
    names and organisations, the publisher and the colophon's organisation and names."""
    names = [publication.publisher, publication.colophon.organisation]
    for speaker in publication.speakers:
        names += [speaker.name, speaker.organisation]
    for credit in publication.colophon.credits:
        names += credit.names
    found = set(publication.dictionary)
    for name in names:
        for _, _, word in words(name):
            found.add(word)
            found.update(part for part in word.split("-") if part)
    return WordList(found)


def texts(publication: Publication) -> Iterator[tuple[Loc, str, Language]]:
    """Every text of the publication worth checking, with its place and its language."""
    yield from _walk(
        publication,
        (),
        publication.language,  # pragma: no mutate (_walk reads the publication's own first)
    )


def _walk(node: object, loc: Loc, language: Language) -> Iterator[tuple[Loc, str, Language]]:
    if isinstance(node, BaseModel):
        own = getattr(node, "language", None)
        if own in LANGUAGES:
            language = own
        for name in _text_fields(type(node)):
            yield from _walk(getattr(node, name), (*loc, name), language)
    elif isinstance(node, tuple):
        for index, item in enumerate(node):
            yield from _walk(item, (*loc, index), language)
    elif isinstance(node, str) and node:
        yield loc, node, language


@cache
def _text_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that may hold text: not skipped, not a fixed choice."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if name not in _SKIPPED and get_origin(info.annotation) is not Literal
    )


def language_at(publication: Publication, loc: Loc) -> Language:
    """The language of the text at ``loc``: the nearest language set on the way there."""
    language: Language = publication.language
    node: object = publication
    for part in loc:
        if isinstance(part, int):
            node = node[part] if isinstance(node, tuple) and 0 <= part < len(node) else None
        else:
            node = getattr(node, part, None)  # on a tuple or a text: a method, no language
        own = getattr(node, "language", None)  # only a model has one
        if own in LANGUAGES:
            language = own
    return language


def check_publication(publication: Publication, *, suggest: bool = True) -> list[Finding]:
    """Every unknown word of ``publication`` in reading order, with where it is.

    ``suggest`` adds suggestions (the slow part: a good part of a second per Dutch word).
    """
    extra = project_words(publication)
    findings: list[Finding] = []
    for loc, text, language in texts(publication):
        misses = check_text(text, language, extra)
        if not misses:
            continue
        place = place_of(publication, loc)
        where = locate(str(place), field_words(place.field))
        for miss in misses:
            hints = suggestions(miss.word, language) if suggest else ()
            findings.append(Finding(loc, where, miss.word, language, hints))
    return findings


def with_word(publication: Publication, word: str) -> Publication:
    """``publication`` with ``word`` in its dictionary (sorted, each word once); validated."""
    from models.edit import replace_at

    added = sorted({*publication.dictionary, word}, key=lambda w: (w.casefold(), w))
    return replace_at(publication, ("dictionary",), added)
