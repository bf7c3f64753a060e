"""Exact results of the rich-text writer, pinned where mutation testing found them loose.

Each case names the behaviour it pins: how white space loses its marks, which spelling of a
mark is written, which mark opens first, how a link address is written, and how a mark (or a
link) that Markdown cannot spell at its place is shrunk or dropped, never the text.
"""

from __future__ import annotations

import pytest

from models import richtext_writer
from models.richtext import Span, parse_inline
from models.richtext_writer import normalise, to_markdown

SITE = "https://e.org/"


def b(text: str, href: str | None = None) -> Span:
    return Span(text, bold=True, href=href)


def i(text: str, href: str | None = None) -> Span:
    return Span(text, italic=True, href=href)


def bi(text: str, href: str | None = None) -> Span:
    return Span(text, bold=True, italic=True, href=href)


#: A link the subset allows (a mailto with an ``@``) that no Markdown spelling can hold: a
#: line break ends a link destination, even between ``<`` and ``>``.
UNWRITABLE_LINK = "mailto:a\n@b"


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param([b(" a ")], (Span(" "), b("a"), Span(" ")), id="bold-both-edges"),
        pytest.param([i(" a ")], (Span(" "), i("a"), Span(" ")), id="italic-both-edges"),
        pytest.param([bi(" a ")], (Span(" "), bi("a"), Span(" ")), id="both-marks-edges"),
        pytest.param([Span("ab"), b(" c")], (Span("ab "), b("c")), id="run-at-2"),
        pytest.param([Span("a"), b(" c")], (Span("a "), b("c")), id="run-at-1"),
        pytest.param([b("a  ")], (b("a"), Span("  ")), id="two-trailing-spaces"),
        pytest.param([b("  ")], (Span("  "),), id="only-white-space"),
        pytest.param(
            [b("x", SITE), b("y")],
            (b("x", SITE), b("y")),
            id="link-edge-splits-run-keeps-marks",
        ),
        pytest.param(
            [b("a ", SITE), b("b")],
            (b("a", SITE), Span(" ", href=SITE), b("b")),
            id="link-edge-ends-run-for-trimming",
        ),
    ],
)
def test_normalise_drops_marks_from_white_space_at_run_edges(
    spans: list[Span], expected: tuple[Span, ...]
) -> None:
    assert normalise(spans) == expected


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # A mark opening right after another closed: the plain spelling when it parses back...
        pytest.param([b("a"), i("b")], "**a***b*", id="plain-spelling-works"),
        # ...the alternate spelling only when it does not (``**a***.*`` would not).
        pytest.param([b("a"), i(".")], "**a**_._", id="alternate-after-close"),
        pytest.param(
            [b("a", SITE), i(".", SITE)],
            "[**a**_._](https://e.org/)",
            id="alternate-inside-link",
        ),
        # Of two marks opening together, the one that lasts longer opens first.
        pytest.param([bi("a"), i("b")], "***a**b*", id="italic-outlasts"),
        pytest.param([bi("a"), b("b")], "***a*b**", id="bold-outlasts"),
        pytest.param([Span("x "), bi("a"), i("b")], "x ***a**b*", id="reach-from-own-span"),
    ],
)
def test_to_markdown_spells_marks(spans: list[Span], expected: str) -> None:
    assert to_markdown(spans) == expected
    assert parse_inline(expected) == normalise(spans)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://e.org/a(b)", r"[x](https://e.org/a\(b\))"),
    ],
)
def test_to_markdown_writes_link_addresses_that_parse_back(href: str, expected: str) -> None:
    assert to_markdown([Span("x", href=href)]) == expected
    assert parse_inline(expected) == (Span("x", href=href),)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # Shrunk to its word: the punctuation at the edge loses the mark.
        pytest.param([Span("a"), b(".b")], "a.**b**", id="shrink-start"),
        pytest.param([b("b."), Span("c")], "**b**.c", id="shrink-end-of-first-run"),
        pytest.param([Span("a"), b(".b."), Span("c")], "a.**b**.c", id="shrink-both"),
        pytest.param([Span("a"), b("..b.."), Span("c")], "a..**b**..c", id="shrink-two-each-side"),
        # Nothing but punctuation: the whole run loses the mark.
        pytest.param([Span("a"), b("."), Span("b")], "a.b", id="drop-punctuation-run"),
        pytest.param([Span("a"), b(".")], "a.", id="drop-run-at-end"),
        pytest.param([i("a"), bi(".")], "*a.*", id="drop-inner-bold"),
        pytest.param([bi("."), b("a")], "*.*__a__", id="latest-run-italic"),
        pytest.param([b("a"), i("."), Span("a")], "**a**.a", id="blame-italic"),
        pytest.param([b("."), Span("a"), b("a")], ".a**a**", id="blame-first-run-only"),
        pytest.param([b("a"), bi("a."), Span("a")], "**a*a***.a", id="bold-run-from-0"),
        pytest.param([b("a"), bi(".a")], "a.*a*", id="whole-bold-run-dropped"),
        pytest.param([b("a"), Span("a"), b(".")], "**a**a.", id="later-run-only"),
        # Only the run that failed changes; a later one that parses stays.
        pytest.param(
            [Span("a"), b(".b"), Span(" c "), i("d"), Span(" e")],
            "a.**b** c *d* e",
            id="later-mark-kept",
        ),
    ],
)
def test_to_markdown_shrinks_or_drops_a_mark_that_cannot_be_spelled(
    spans: list[Span], expected: str
) -> None:
    assert to_markdown(spans) == expected
    assert "".join(span.text for span in parse_inline(expected)) == "".join(
        span.text for span in spans
    )


def test_to_markdown_drops_an_unwritable_link_and_keeps_its_text() -> None:
    assert to_markdown([Span("x", href=UNWRITABLE_LINK)]) == "x"


def test_to_markdown_drops_only_the_unwritable_link() -> None:
    spans = [
        Span("see "),
        Span("site", href=SITE),
        Span(" or "),
        Span("mail", href=UNWRITABLE_LINK),
    ]
    assert to_markdown(spans) == "see [site](https://e.org/) or mail"


def test_to_markdown_gives_up_on_marks_after_64_tries() -> None:
    """Each failing run takes one try; after 64 the text is written without any marks."""
    unspellable = [Span("a"), b(".b")]  # ``a**.b**`` is not bold; ``a.**b**`` is
    assert to_markdown(unspellable * 63) == "a.**b**" * 63
    assert to_markdown(unspellable * 64) == "a.b" * 64


def test_a_link_that_does_not_parse_back_loses_its_address_and_keeps_its_text() -> None:
    """No allowed address fails today; should the parser ever refuse one, and no mark run
    starts before it, only that link goes (another link stays)."""
    target = (
        Span("zie "),
        Span("hier", href="https://a.nl"),
        Span(" of "),
        Span("daar", href="https://b.nl"),
    )
    parsed = (Span("zie hier of "), Span("daar", href="https://b.nl"))
    assert richtext_writer._degrade(target, parsed) == parsed
    assert richtext_writer._degrade(target[1:2], (Span("hier"),)) == (Span("hier"),)
