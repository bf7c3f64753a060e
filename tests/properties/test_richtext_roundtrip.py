"""Property tests: rich text written back from spans parses to the same spans.

The editor loads a text of the subset into formatted characters and writes them back with
:func:`models.richtext_writer.to_markdown`; these properties say that nothing the user sees
changes on the way, and that a text written once is written the same way again.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.richtext import Span, parse_inline
from models.richtext_writer import escape, normalise, to_markdown

_LINKS = st.sampled_from(
    [
        None,
        None,
        None,
        "https://example.org/a_b(c)",
        "mailto:info@divosa.nl",
        "http://x.org/?a&amp;b",
    ]
)
# Mark characters, punctuation (Unicode too), spaces and a line break: the places where
# Markdown's emphasis rules bite.
_TRICKY = st.sampled_from(list("ab cé.,!?;“”*_[]\\()<>&`#\n\u00a0-"))
_WORDS = st.sampled_from(["Divosa", "werk", "inkomen", "2026", "café", "één", "x"])


@st.composite
def word_spans(draw: st.DrawFn) -> list[Span]:
    """Spans as people format text: whole words (a word may end in punctuation) in each."""
    spans: list[Span] = []
    for _ in range(draw(st.integers(1, 8))):
        words = draw(st.lists(_WORDS, min_size=1, max_size=3))
        text = " ".join(words) + draw(st.sampled_from(["", "", ".", ",", "!", ":"]))
        bold, italic = draw(st.booleans()), draw(st.booleans())
        href = draw(_LINKS)
        spans.append(Span(text, bold, italic, href))
        spans.append(Span(" "))
    return spans[:-1]


_ANY_SPANS = st.lists(
    st.builds(Span, st.text(_TRICKY, min_size=1, max_size=6), st.booleans(), st.booleans(), _LINKS),
    max_size=8,
)
# Random texts of the subset, with the marks in random places (most do not pair up).
_PIECES = st.sampled_from(
    [*"ab c.,!“*_[]\\()\n", "**", "***", "__", "](https://x.org)", "](mailto:a@b.nl)"]
)
_MODEL_TEXTS = st.lists(_PIECES, max_size=16).map("".join)


def _visible(spans: tuple[Span, ...]) -> list[tuple[str, bool, bool, str | None]]:
    """Each character that shows on a page with its marks (marks on white space do not)."""
    return [
        (ch, span.bold, span.italic, span.href)
        if not ch.isspace()
        else (ch, False, False, span.href)
        for span in spans
        for ch in span.text
    ]


@given(word_spans())
def test_formatted_words_come_back_exactly(spans: list[Span]) -> None:
    text = to_markdown(spans)
    assert parse_inline(text) == normalise(spans)


@given(_MODEL_TEXTS)
def test_every_text_loads_and_saves_to_what_it_showed(text: str) -> None:
    """The text always comes back; a mark the subset cannot write at that edge may go
    (``**a*__.__*``: a bold "." right after an italic letter), never come."""
    shown = parse_inline(text)
    saved = to_markdown(shown)
    back = parse_inline(saved)
    assert "".join(s.text for s in back) == "".join(s.text for s in shown)
    for got, want in zip(_visible(back), _visible(shown), strict=True):
        assert got[1] <= want[1] and got[2] <= want[2], got
        assert got[3] in (None, want[3]), got
    assert to_markdown(back) == saved  # canonical: written the same again


@given(_ANY_SPANS)
def test_any_spans_keep_their_text_and_never_gain_a_mark(spans: list[Span]) -> None:
    wanted = normalise(spans)
    saved = to_markdown(spans)
    back = parse_inline(saved)
    assert "".join(s.text for s in back) == "".join(s.text for s in wanted)
    for got, want in zip(_visible(back), _visible(wanted), strict=True):
        assert got[1] <= want[1] and got[2] <= want[2], got  # a mark may go, never come
        assert got[3] in (None, want[3]), got
    assert to_markdown(back) == saved


@given(st.text(_TRICKY, max_size=30))
def test_literal_mark_characters_stay_literal(text: str) -> None:
    saved = to_markdown([Span(text)])
    assert saved == escape(text)
    assert "".join(s.text for s in parse_inline(saved)) == text


def test_canonical_texts_are_written_unchanged() -> None:
    for text in (
        "Een **vette** en *schuine* zin met [een link](https://divosa.nl).",
        "***Beide*** en **vet *met schuin* erin**, [**vet** in een link](mailto:a@b.nl)",
        "Sterren \\* en \\_ en \\[haken\\] blijven letterlijk",
    ):
        assert to_markdown(parse_inline(text)) == text
