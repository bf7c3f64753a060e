"""The inline rich-text subset: marks, links, escapes, and what stays plain text."""

from __future__ import annotations

from typing import Any

import pytest

from models import richtext
from models.richtext import RichTextError, Span, check, is_allowed_link, parse_inline, plain_text
from models.richtext_writer import normalise


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("plain", (Span("plain"),)),
        ("a **b** c", (Span("a "), Span("b", bold=True), Span(" c"))),
        ("__b__", (Span("b", bold=True),)),
        ("*i* en _i_", (Span("i", italic=True), Span(" en "), Span("i", italic=True))),
        ("***bi***", (Span("bi", bold=True, italic=True),)),
        ("**vet *en schuin***", (Span("vet ", bold=True), Span("en schuin", True, True))),
        (
            "zie [Divosa](https://www.divosa.nl/).",
            (Span("zie "), Span("Divosa", href="https://www.divosa.nl/"), Span(".")),
        ),
        ("[**vet**](http://e.org)", (Span("vet", bold=True, href="http://e.org"),)),
        ("[mail](mailto:info@divosa.nl)", (Span("mail", href="mailto:info@divosa.nl"),)),
        (r"\*geen\* \_nadruk\_ \[geen](link)", (Span("*geen* _nadruk_ [geen](link)"),)),
        ("2 * 3 * 4", (Span("2 * 3 * 4"),)),
        ("`code` # kop", (Span("`code` # kop"),)),
    ],
)
def test_spans(text: str, spans: tuple[Span, ...]) -> None:
    assert parse_inline(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "<b>vet</b>",
        "<script>alert(1)</script>",
        "a & b < c",
        "<img src=x onerror=alert(1)>",
        "&amp; &lt;b&gt;",
        "<https://example.org>",
    ],
)
def test_raw_html_stays_text(text: str) -> None:
    spans = parse_inline(text)
    assert all(span.href is None and not span.bold and not span.italic for span in spans)
    assert plain_text(text) == text
    check(text)


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<b>hi</b>",
        "file:///etc/passwd",
        "vbscript:x",
        "//evil.example",
        "/relative",
        "https://",
        "mailto:nobody",
        "ftp://example.org/",
    ],
)
def test_forbidden_link_loses_its_href_and_check_names_it(target: str) -> None:
    text = f"[klik]({target})"
    assert parse_inline(text) == (Span("klik"),)
    with pytest.raises(RichTextError, match="is not allowed: use an http://, https:// or mailto"):
        check(text)


def test_forbidden_link_message_quotes_the_target() -> None:
    with pytest.raises(RichTextError) as caught:
        check("[x](javascript:alert(1))")
    assert str(caught.value) == (
        "link target 'javascript:alert(1)' is not allowed: use an "
        "http://, https:// or mailto: address"
    )


def test_entity_obfuscated_scheme_is_still_refused() -> None:
    text = "[x](java&#x73;cript:alert(1))"
    assert parse_inline(text) == (Span("x"),)
    with pytest.raises(RichTextError, match="javascript:alert"):
        check(text)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org",
        "http://example.org/a?b=c",
        "mailto:info@divosa.nl",
        "HTTPS://EXAMPLE.ORG/",
    ],
)
def test_allowed_links(url: str) -> None:
    assert is_allowed_link(url)
    check(f"[x]({url})")


@pytest.mark.parametrize("url", ["", "example.org", "http://exa mple.org", "http://[::1"])
def test_not_links(url: str) -> None:
    assert not is_allowed_link(url)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Een **vette** en *schuine* [link](https://e.org).", "Een vette en schuine link."),
        (r"\*\*", "**"),
        ("<b>", "<b>"),
        ("", ""),
    ],
)
def test_plain_text(text: str, plain: str) -> None:
    assert plain_text(text) == plain


def test_parse_inline_never_fails_on_odd_input() -> None:
    for text in ["**", "[", "](", "[a](", "\\", "_*_*", "*" * 500, "[" * 500 + "]" * 500]:
        assert plain_text(text) or text == ""


# ---------------------------------------------------------------------------- bounded parsing


def test_a_million_brackets_keep_every_character() -> None:
    text = "[" * 1_000_000
    assert plain_text(text) == text
    check(text)


def test_the_parser_reads_a_bounded_number_of_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    """markdown-it spends microseconds per mark; beyond MAX_MARKS the text is literal."""
    seen: list[str] = []
    parser = richtext._parser()
    original = parser.parseInline

    def recording(src: str, env: Any = None) -> Any:
        seen.append(src)
        return original(src, env)

    monkeypatch.setattr(parser, "parseInline", recording)
    text = "**vet** " + "[*_\\" * 100_000 + " *schuin*"
    spans = parse_inline(text + " ")  # past the cache
    assert spans[0] == Span("vet", bold=True)
    assert all(sum(map(src.count, "[*_\\")) <= richtext.MAX_MARKS for src in seen)
    # Shown as typed, escapes resolved: "\\[" is "[", the last backslash escapes nothing.
    assert spans[-1].text.endswith("[*_[*_\\ *schuin* ")
    assert "".join(span.text for span in spans).count("[") == 100_000


def test_escapes_after_the_limit_are_resolved_as_the_parser_would() -> None:
    head = "*" * richtext.MAX_MARKS + " "
    spans = parse_inline(head + r"\* \\* \a \[x\]")
    assert "".join(span.text for span in spans).endswith(r"* \* \a [x]")


def test_the_cut_never_separates_a_backslash_from_what_it_escapes() -> None:
    text = "\\" * (richtext.MAX_MARKS + 1) + "*"  # one word: pairs of backslashes, then \*
    assert richtext.split_markup(text)[1] == "*"
    assert plain_text(text) == "\\" * (richtext.MAX_MARKS // 2) + "*"  # as if parsed whole


def test_normal_text_is_parsed_whole() -> None:
    text = "Een **vette** zin en [een link](https://e.org). " * 50
    assert richtext.split_markup(text) == (text, "")


def test_links_after_the_limit_are_text_and_need_no_check() -> None:
    head = "_" * (richtext.MAX_MARKS + 1) + " "
    check(head + "[x](javascript:alert(1))")
    assert all(span.href is None for span in parse_inline(head + "[x](https://e.org)"))
    with pytest.raises(RichTextError):
        check("[x](javascript:alert(1)) " + head)


def test_normalising_text_without_emphasis_merges_runs_and_drops_forbidden_links() -> None:
    spans = [
        Span("a "),
        Span("b", href="javascript:alert(1)"),
        Span("", bold=True),
        Span(" c"),
        Span("d", href="https://divosa.nl"),
        Span("e", href="https://divosa.nl"),
    ]
    assert normalise(spans) == (Span("a b c"), Span("de", href="https://divosa.nl"))
    assert normalise([]) == ()
