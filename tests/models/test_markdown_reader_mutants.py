"""Reading Markdown (models/importing/markdown_reader.py): front matter into the meta and the
report, blocks with their marks and links, HTML blocks through the HTML reader, images after
their paragraph."""

from __future__ import annotations

import datetime as dt

from models.importing.document import (
    BlockQuote,
    Heading,
    Item,
    ListBlock,
    Meta,
    Para,
    Picture,
    Span,
)
from models.importing.markdown_reader import read_markdown
from models.importing.notes import Note

REPORT = """---
title: Dag van de ruimte
subtitle: "Een verslag"
date: 2024-03-05
lang: nl
base: https://ex.org/a/
author: Anna
tags: [a, b]
---
# Kop *schuin*

Tekst **vet** [link](b.html) `code`
regel twee\\
regel drie

- een
  - twee
1. drie

> Wijs

```
code
```

<div><p>html <b>vet</b> <a href="c.html">c</a></p><script>x</script></div>

![Alt *x*](img.png) na

###### Zes
na de kop
"""


def test_a_report_becomes_meta_blocks_and_notes() -> None:
    document = read_markdown(REPORT)
    assert document.meta == Meta(
        title="Dag van de ruimte", subtitle="Een verslag", date=dt.date(2024, 3, 5), language="nl"
    )
    assert document.blocks == (
        Heading(1, (Span("Kop "), Span("schuin", italic=True))),
        Para(
            (
                Span("Tekst "),
                Span("vet", bold=True),
                Span(" "),
                Span("link", href="https://ex.org/a/b.html"),
                Span(" code\nregel twee\nregel drie"),
            )
        ),
        ListBlock(False, (Item((Span("een"),), 0), Item((Span("twee"),), 1))),
        ListBlock(True, (Item((Span("drie"),), 0),)),
        BlockQuote(((Span("Wijs"),),)),
        Para((Span("code"),)),
        Para(
            (
                Span("html "),
                Span("vet", bold=True),
                Span(" "),
                Span("c", href="https://ex.org/a/c.html"),
            )
        ),
        Para((Span(" na"),)),
        Picture(alt="Alt x", url="https://ex.org/a/img.png", name="https://ex.org/a/img.png"),
        Heading(6, (Span("Zes"),)),
        Para((Span("na de kop"),)),
    )
    assert document.notes == (
        Note("front_matter_unread", {"line": "tags: [a, b]"}),
        Note("front_matter_unused", {"key": "author", "value": "Anna"}),
    )


def test_every_heading_level_is_kept() -> None:
    document = read_markdown("## Twee\n\n### Drie\n\nTekst\n")
    assert document.blocks == (
        Heading(2, (Span("Twee"),)),
        Heading(3, (Span("Drie"),)),
        Para((Span("Tekst"),)),
    )


def test_language_and_a_date_that_is_no_date() -> None:
    document = read_markdown("---\nlanguage: en\ndate: yesterday\n---\nx\n")
    assert document.meta == Meta(language="en")
    assert document.notes == (Note("front_matter_date", {"value": "yesterday"}),)


def test_lang_wins_over_language() -> None:
    assert read_markdown("---\nlanguage: en\nlang: nl\n---\nx\n").meta.language == "nl"


def test_the_first_usable_base_key_resolves_links() -> None:
    text = "---\nbase: ftp://x/\nurl: https://u.nl/map/\ncanonical: https://c.nl/\n---\n[r](x)\n"
    document = read_markdown(text, "https://given.nl/")
    assert document.blocks == (Para((Span("r", href="https://u.nl/map/x"),)),)
    assert document.notes == ()


def test_without_a_base_in_the_front_matter_the_given_one_resolves_links() -> None:
    document = read_markdown("---\nbase: mailto:a@b.nl\n---\n[r](x)\n", "https://given.nl/")
    assert document.blocks == (Para((Span("r", href="https://given.nl/x"),)),)


def test_a_relative_link_without_a_base_is_text_and_reported() -> None:
    document = read_markdown("[rel](x.html) en [web](https://w.nl) na\n")
    assert document.blocks == (
        Para((Span("rel en "), Span("web", href="https://w.nl"), Span(" na"))),
    )
    assert document.notes == (Note("relative_link", {"target": "x.html"}),)


def test_a_relative_link_in_an_html_block_is_reported_too() -> None:
    document = read_markdown('<p><a href="x.html">rel</a></p>\n')
    assert document.blocks == (Para((Span("rel"),)),)
    assert document.notes == (Note("relative_link", {"target": "x.html"}),)


def test_an_html_block_inside_a_list_joins_the_item() -> None:
    document = read_markdown("- een\n\n  <p>twee</p>\n")
    assert document.blocks == (
        ListBlock(False, (Item((Span("een"), Span(" "), Span("twee")), 0),)),
    )


def test_a_code_block_keeps_its_lines_without_the_last_line_end() -> None:
    document = read_markdown("    eerste\n      tweede\n\n~~~\nfenced  \n\n~~~\n")
    assert document.blocks == (Para((Span("eerste\n  tweede"),)), Para((Span("fenced  "),)))


def test_indentation_is_cut_at_64_characters() -> None:
    document = read_markdown(" " * 100 + "diep\n")
    assert document.blocks == (Para((Span(" " * 60 + "diep"),)),)
    document = read_markdown(" " * 64 + "net\n")
    assert document.blocks == (Para((Span(" " * 60 + "net"),)),)


def test_an_image_alt_is_its_text_and_the_image_follows_its_paragraph() -> None:
    document = read_markdown("voor ![Een **foto**](https://ex.org/f.png) na ![](f.png)\n")
    assert document.blocks == (
        Para((Span("voor  na "),)),
        Picture(alt="Een foto", url="https://ex.org/f.png", name="https://ex.org/f.png"),
        Picture(url="f.png", name="f.png"),
    )


def test_marks_close_where_markdown_closes_them() -> None:
    document = read_markdown("a **b *c* d** e _f_ g\n")
    assert document.blocks == (
        Para(
            (
                Span("a "),
                Span("b ", bold=True),
                Span("c", bold=True, italic=True),
                Span(" d", bold=True),
                Span(" e "),
                Span("f", italic=True),
                Span(" g"),
            )
        ),
    )


def test_text_after_a_nested_list_in_an_item_without_text_is_an_item_of_the_outer_list() -> None:
    document = read_markdown("- - binnen\n\n  buiten\n")
    assert document.blocks == (
        ListBlock(False, (Item((Span("binnen"),), 1), Item((Span("buiten"),), 0))),
    )


def test_nested_bold_and_italic_stay_on_until_the_outer_mark_closes() -> None:
    document = read_markdown("**vet **dubbel** nog vet** na\n\n*schuin *dubbel* nog schuin* na\n")
    assert document.blocks == (
        Para((Span("vet dubbel nog vet", bold=True), Span(" na"))),
        Para((Span("schuin dubbel nog schuin", italic=True), Span(" na"))),
    )


def test_a_code_block_keeps_every_character_of_its_last_line() -> None:
    document = read_markdown("    LaTeX\n\n```\nXX\n\n```\n")
    assert document.blocks == (Para((Span("LaTeX"),)), Para((Span("XX"),)))


def test_an_html_block_cannot_change_the_base_of_the_markdown() -> None:
    text = '<div><base href="https://b.nl/"><a href="x">x</a></div>\n\n[y](y)\n'
    document = read_markdown(text)
    assert document.blocks == (Para((Span("x"),)), Para((Span("y"),)))
    assert document.notes == (
        Note("relative_link", {"target": "x"}),
        Note("relative_link", {"target": "y"}),
    )
    given = read_markdown(text, "https://given.nl/")
    assert given.blocks == (
        Para((Span("x", href="https://given.nl/x"),)),
        Para((Span("y", href="https://given.nl/y"),)),
    )


def test_front_matter_without_a_date_gives_no_date_and_no_note() -> None:
    document = read_markdown("---\ntitle: T\n---\nx\n")
    assert document.meta == Meta(title="T")
    assert document.notes == ()


def test_text_after_an_empty_nested_item_joins_the_item_it_is_in() -> None:
    document = read_markdown("- a\n\n  - \n\n  meer\n")
    assert document.blocks == (ListBlock(False, (Item((Span("a"), Span(" "), Span("meer")), 0),)),)
