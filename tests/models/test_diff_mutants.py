"""The semantic diff where test_diff.py and test_diff_edges.py do not look: the order of the
report, items that come and go with their owner, an owner that changed id, long lists, and
a report that stays printable whatever the files hold. Each test fails if one operator,
number or word in :mod:`models.diff` is changed (found by ``make mutate``)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from models import Publication
from models.diff import (
    Added,
    Change,
    FieldChanged,
    Moved,
    Removed,
    Within,
    WordOp,
    diff,
    format_lines,
    format_text,
    word_diff,
)


def _paragraph(block_id: str, text: str) -> dict[str, Any]:
    return {"kind": "paragraph", "id": block_id, "text": text}


@pytest.fixture
def day(make_data: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    """A symposium's publication as data: a part with a section, an untitled section."""
    return make_data(
        title="Dag van de zorg",
        speakers=[
            {"id": "spk-a", "name": "Anna Smit", "honorific": "dr."},
            {"id": "spk-b", "name": "Bram Vos"},
        ],
        intro=[_paragraph("p-welkom", "Welkom in Zwolle.")],
        key_takeaways={"lead": "Kort gezegd:", "items": ["Samen", "Dichtbij"]},
        blocks=[
            {
                "kind": "part",
                "id": "part-ochtend",
                "title": "Ochtend",
                "intro": [_paragraph("p-deel", "Twee lezingen.")],
                "blocks": [
                    {
                        "kind": "section",
                        "id": "sec-zorg",
                        "title": "Zorg dichtbij",
                        "people": ["spk-a"],
                        "body": [
                            _paragraph("p-een", "De wijk eerst."),
                            _paragraph("p-twee", "Dan het ziekenhuis."),
                            _paragraph("p-drie", "En de huisarts."),
                        ],
                    }
                ],
            },
            {
                "kind": "section",
                "id": "sec-middag",
                "title": "",
                "body": [_paragraph("p-vier", "Na de lunch praten we verder.")],
            },
            {"kind": "quote", "id": "quote-a", "text": "Samen kan het.", "speaker_id": "spk-b"},
        ],
        colophon={"organisation": "Zorgnetwerk", "note": [_paragraph("p-noot", "Eerder.")]},
    )


def test_every_part_of_the_publication_in_the_navigators_order(day: dict[str, Any]) -> None:
    new = {
        **day,
        "subtitle": "Verslag",
        "intro": [_paragraph("p-welkom", "Welkom in Deventer.")],
        "key_takeaways": {"lead": "Kort:", "items": ["Samen", "Dichtbij"]},
        "speakers": [{**day["speakers"][0], "role": "huisarts"}, day["speakers"][1]],
        "blocks": [*day["blocks"][:2], {**day["blocks"][2], "text": "Samen lukt het."}],
        "colophon": {"organisation": "Zorgnet", "note": [_paragraph("p-noot", "Eerst.")]},
        "theme": {"page_size": "Letter"},
    }
    changes = diff(Publication.model_validate(day), Publication.model_validate(new))
    assert [(c.kind, c.path) for c in changes] == [  # type: ignore[union-attr]
        ("details", ("subtitle",)),
        ("intro", ("intro", 0, "text")),
        ("intro", ("key_takeaways", "lead")),
        ("speaker", ("role",)),
        ("quote", ("text",)),
        ("colophon", ("organisation",)),
        ("colophon", ("note", 0, "text")),
        ("theme", ("page_size",)),
    ]
    assert format_text(changes).splitlines()[::2] == [
        "changed  Publication details: subtitle",
        "changed  Introduction: intro[1].text",
        "changed  Introduction: key_takeaways.lead",
        "changed  Speaker “dr. Anna Smit”: role",
        "changed  Quote “Samen lukt het.”: text",
        "changed  Colophon: organisation",
        "changed  Colophon: note[1].text",
        "changed  Theme: page_size",
    ]


def test_key_takeaways_are_one_line_each(day: dict[str, Any]) -> None:
    new = {**day, "key_takeaways": {"lead": "Kort gezegd:", "items": ["Samen", "Nabij", "Nu"]}}
    (change,) = diff(Publication.model_validate(day), Publication.model_validate(new))
    assert change == FieldChanged(
        "intro", None, "", ("key_takeaways", "items"), "Samen\nDichtbij", "Samen\nNabij\nNu"
    )
    assert format_text([change]) == (
        "changed  Introduction: key_takeaways.items\n    Samen\n    [-Dichtbij-]{+Nabij\n    Nu+}\n"
    )


def test_a_speaker_is_called_by_the_name_as_printed(day: dict[str, Any]) -> None:
    new = {**day, "speakers": [day["speakers"][0]]}
    new["blocks"] = [*day["blocks"][:2], {**day["blocks"][2], "speaker_id": None}]
    changes = diff(Publication.model_validate(day), Publication.model_validate(new))
    assert changes == [
        Removed("speaker", "spk-b", "Bram Vos", 1),
        FieldChanged("quote", "quote-a", "Samen kan het.", ("speaker_id",), "Bram Vos", ""),
    ]
    back = diff(Publication.model_validate(new), Publication.model_validate(day))
    assert back[0] == Added("speaker", "spk-b", "Bram Vos", 1)
    assert format_text(back[:1]) == "added    Speaker “Bram Vos” (spk-b) at position 2\n"


def test_a_section_removed_takes_its_paragraphs_but_not_one_that_moved_out(
    day: dict[str, Any],
) -> None:
    part = day["blocks"][0]
    section = part["blocks"][0]
    moved = section["body"][1]
    middag = {**day["blocks"][1], "body": [*day["blocks"][1]["body"], moved]}
    new = {**day, "blocks": [{**part, "blocks": []}, middag, day["blocks"][2]]}
    changes = diff(Publication.model_validate(day), Publication.model_validate(new))
    in_part = Within("part", "part-ochtend", "Ochtend", "blocks")
    assert changes == [
        Removed("section", "sec-zorg", "Zorg dichtbij", 0, in_part),
        Moved(
            "paragraph",
            "p-twee",
            "Dan het ziekenhuis.",
            1,
            1,
            Within("section", "sec-zorg", "Zorg dichtbij", "body"),
            Within("section", "sec-middag", "Na de lunch praten we verder.", "body"),
        ),
    ]
    assert format_text(changes).splitlines() == [
        "removed  Section “Zorg dichtbij” (sec-zorg), was at position 1 in Part “Ochtend”",
        "moved    Paragraph “Dan het ziekenhuis.” (p-twee) from position 2 in Section “Zorg "
        "dichtbij” to position 2 in Section “Na de lunch praten we verder.”",
    ]
    # And back: the section comes with its paragraphs, the one moved in is a move.
    back = diff(Publication.model_validate(new), Publication.model_validate(day))
    assert [type(c).__name__ for c in back] == ["Added", "Moved"]
    assert back[0] == Added("section", "sec-zorg", "Zorg dichtbij", 0, in_part)


def test_a_part_with_a_new_id_keeps_its_contents_in_place(day: dict[str, Any]) -> None:
    """Removed and added, but its section and paragraphs stayed where they were."""
    part = day["blocks"][0]
    edited = {**part["blocks"][0], "title": "Zorg nabij"}
    renamed = {**part, "id": "part-morgen", "blocks": [edited]}
    new = {**day, "blocks": [renamed, *day["blocks"][1:]]}
    changes = diff(Publication.model_validate(day), Publication.model_validate(new))
    assert changes == [
        Removed("part", "part-ochtend", "Ochtend", 0),
        Added("part", "part-morgen", "Ochtend", 0),
        FieldChanged(
            "section", "sec-zorg", "Zorg nabij", ("title",), "Zorg dichtbij", "Zorg nabij"
        ),
    ]
    # Taken out of the renamed part it did move: only one of its owners is gone.
    out = {
        **day,
        "blocks": [{**part, "id": "part-morgen", "blocks": []}, *day["blocks"][1:], edited],
    }
    changes = diff(Publication.model_validate(day), Publication.model_validate(out))
    assert changes[2] == Moved(
        "section",
        "sec-zorg",
        "Zorg nabij",
        0,
        3,
        Within("part", "part-ochtend", "Ochtend", "blocks"),
        None,
    )


def test_a_paragraph_moved_and_edited_is_changed_at_its_new_place(day: dict[str, Any]) -> None:
    part = day["blocks"][0]
    section = part["blocks"][0]
    one, two, three = section["body"]
    body = [{**three, "text": "En de apotheek."}, one, two]
    new = {**day, "blocks": [{**part, "blocks": [{**section, "body": body}]}, *day["blocks"][1:]]}
    changes = diff(Publication.model_validate(day), Publication.model_validate(new))
    zorg = Within("section", "sec-zorg", "Zorg dichtbij", "body")
    assert changes == [
        Moved("paragraph", "p-drie", "En de apotheek.", 2, 0, zorg, zorg),
        FieldChanged(
            "section",
            "sec-zorg",
            "Zorg dichtbij",
            ("body", 0, "text"),
            "En de huisarts.",
            "En de apotheek.",
        ),
    ]


def test_an_untitled_section_is_called_by_its_first_words(day: dict[str, Any]) -> None:
    middag = day["blocks"][1]
    new = {**day, "blocks": [day["blocks"][0], {**middag, "language": "en"}, day["blocks"][2]]}
    changes = diff(Publication.model_validate(day), Publication.model_validate(new))
    assert format_text(changes) == (
        "changed  Section “Na de lunch praten we verder.”: language\n    {+en+}\n"
    )


def test_a_long_list_of_equal_items_with_one_inserted_is_one_change(make_data: Any) -> None:
    """210 equal items: difflib's autojunk would find no match at all and pair them off."""
    tallies = [{"text": "ja"}] * 210
    block = {"kind": "list", "id": "list-tel", "items": tallies}
    section = {"kind": "section", "id": "sec-tel", "title": "Telling", "body": [block]}
    old = Publication.model_validate(make_data(blocks=[section]))
    body = [{**block, "items": [{"text": "nee"}, *tallies]}]
    new = Publication.model_validate(make_data(blocks=[{**section, "body": body}]))
    assert diff(old, new) == [
        FieldChanged("section", "sec-tel", "Telling", ("body", 0, "items", 0), "", "nee")
    ]


def test_a_long_text_with_a_word_added_at_the_start() -> None:
    """Over 200 tokens, most of them spaces: every space must still be matched."""
    old = " ".join(["ja"] * 120)
    assert word_diff(old, "nee " + old) == [WordOp("insert", "nee "), WordOp("equal", old)]


def test_words_that_changed_at_the_start_and_end() -> None:
    assert word_diff("oud woord", "nieuw woord") == [
        WordOp("delete", "oud"),
        WordOp("insert", "nieuw"),
        WordOp("equal", " woord"),
    ]
    assert word_diff("een twee", "een") == [WordOp("equal", "een"), WordOp("delete", " twee")]
    assert word_diff("", "nieuw") == [WordOp("insert", "nieuw")]
    assert word_diff("weg", "") == [WordOp("delete", "weg")]
    assert word_diff("", "") == []
    assert word_diff("a,b", "a;b") == [
        WordOp("equal", "a"),
        WordOp("delete", ","),
        WordOp("insert", ";"),
        WordOp("equal", "b"),
    ]


def test_text_from_the_files_is_printed_escaped() -> None:
    """Tabs, line and paragraph separators cannot break the report's lines or columns."""
    place = Within("part", "p\u2028x", "Och\ttend", "blo\ncks")
    lines = format_lines(
        [
            Added("section", "s\x1b1", "A\tB", 0, place),
            Removed("section", "s\u20292", "C\nD", 1, place),
            Moved("quote", "q\t", "E\u2028F", 0, 1),
            Moved("quote", "q", "G", 0, 1, None, place),
            Moved("quote", "q", "G", 0, 1, place, None),
            Moved("quote", "q", "G", 0, 1, place, Within("section", "s", "S\t", "body")),
            FieldChanged("section", "s", "T\tU", ("vi\tdeos", 0, "url"), "a\tb\nc", "a\tb\nd"),
        ]
    )
    assert lines == [
        "added    Section “A\\tB” (s\\x1b1) at position 1 in Part “Och\\ttend” (blo\\ncks)",
        "removed  Section “C\\nD” (s\\u20292), was at position 2 in Part “Och\\ttend” (blo\\ncks)",
        "moved    Quote “E\\u2028F” (q\\t) from position 1 to 2",
        "moved    Quote “G” (q) from position 1 to position 2 in Part “Och\\ttend” (blo\\ncks)",
        "moved    Quote “G” (q) from position 1 in Part “Och\\ttend” (blo\\ncks) to position 2",
        "moved    Quote “G” (q) from position 1 in Part “Och\\ttend” (blo\\ncks) "
        "to position 2 in Section “S\\t”",
        "changed  Section “T\\tU”: vi\\tdeos[1].url",
        "    a\\tb",
        "    [-c-]{+d+}",
    ]


def test_each_line_of_the_text_report_is_put_in_the_readers_words() -> None:
    changes: list[Change] = [
        FieldChanged("details", None, "", ("title",), "Oud", "Nieuw"),
        Added("speaker", "spk", "Anna", 2),
    ]
    text = format_text(changes, words=lambda line: f"<{line}>")
    assert text == (
        "<changed  Publication details: title>\n"
        "<    [-Oud-]{+Nieuw+}>\n"
        "<added    Speaker “Anna” (spk) at position 3>\n"
    )
    assert format_text([], words=lambda line: "x") == ""


def test_every_kind_of_item_is_named_in_the_report() -> None:
    kinds = ["part", "section", "quote", "speaker", "paragraph", "list", "heading", "figure"]
    lines = format_lines([Added(kind, "x", "X", 0) for kind in kinds])  # type: ignore[arg-type]
    names = [line.removeprefix("added    ").split(" “")[0] for line in lines]
    assert names == [
        "Part",
        "Section",
        "Quote",
        "Speaker",
        "Paragraph",
        "List",
        "Sub-heading",
        "Figure",
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Ruimte voor professionals, nu.", "Ruimte voor vakmensen nu!"),
        ("a b c d e", "a x c y e"),
        ("een. twee. drie.", "twee. een. drie. vier."),
        ("  spaties  ", "spaties"),
        ("Lijn een\nLijn twee", "Lijn een\n\nLijn drie"),
    ],
)
def test_word_runs_rebuild_both_texts_and_alternate(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(o.text for o in ops if o.op != "insert") == old
    assert "".join(o.text for o in ops if o.op != "delete") == new
    assert all(o.text for o in ops)
    assert all(a.op != b.op for a, b in itertools.pairwise(ops))


def test_a_list_item_replaced_by_two_changes_one_and_adds_one(make_data: Any) -> None:
    block = {
        "kind": "list",
        "id": "list-a",
        "items": [{"text": "Koffie"}, {"text": "Thee"}, {"text": "Soep"}, {"text": "Taart"}],
    }
    section = {"kind": "section", "id": "sec-a", "title": "Lunch", "body": [block]}
    old = Publication.model_validate(make_data(blocks=[section]))
    items = [
        {"text": "Koffie"},
        {"text": "Groene thee", "items": ["met munt"]},
        {"text": "Water", "items": ["bruisend", "plat"]},
        {"text": "Sap"},
        {"text": "Taart"},
    ]  # "Thee" and "Soep" replaced by three items
    new = Publication.model_validate(
        make_data(blocks=[{**section, "body": [{**block, "items": items}]}])
    )
    assert [(c.path, c.old, c.new) for c in diff(old, new)] == [  # type: ignore[union-attr]
        (("body", 0, "items", 1, "text"), "Thee", "Groene thee"),
        (("body", 0, "items", 1, "items"), "", "met munt"),
        (("body", 0, "items", 2, "text"), "Soep", "Water"),
        (("body", 0, "items", 2, "items"), "", "bruisend\nplat"),
        (("body", 0, "items", 3), "", "Sap"),
    ]


def test_a_speaker_the_publication_does_not_list_is_shown_by_id(make_data: Any) -> None:
    """A publication made without validation may refer to a missing speaker: no crash."""
    speakers = [{"id": "spk-a", "name": "Anna"}]
    quote = {"kind": "quote", "id": "q", "text": "Zo.", "speaker_id": "spk-a"}
    section = {"kind": "section", "id": "s", "title": "S", "people": ["spk-a"]}
    old = Publication.model_validate(make_data(speakers=speakers, blocks=[section, quote]))
    unchecked = old.model_copy(update={"speakers": ()})  # what validation would refuse
    moderated = {**section, "people": [{"speaker_id": "spk-a", "role": "moderator"}]}
    new = Publication.model_validate(make_data(speakers=speakers, blocks=[moderated, quote]))
    changes = diff(unchecked, new)
    assert changes[0] == Added("speaker", "spk-a", "Anna", 0)
    assert [(c.kind, c.path, c.old, c.new) for c in changes[1:]] == [  # type: ignore[union-attr]
        ("section", ("people",), "spk-a", "Anna (moderator)"),
        ("quote", ("speaker_id",), "spk-a", "Anna"),
    ]


def test_a_removed_section_does_not_change_which_others_moved(make_data: Any) -> None:
    """Only the sections both versions have decide the order that is kept."""
    c, a, x, b = (
        {"kind": "section", "id": f"sec-{name}", "title": name.upper()} for name in "caxb"
    )
    old = Publication.model_validate(make_data(blocks=[c, a, x, b]))
    new = Publication.model_validate(make_data(blocks=[a, b, c]))
    assert diff(old, new) == [
        Removed("section", "sec-x", "X", 2),
        Moved("section", "sec-c", "C", 0, 2),
    ]


def test_a_removed_video_leaves_its_fields_empty(make_data: Any) -> None:
    video = {"label": "Opname", "url": "https://example.org/v"}
    section = {"kind": "section", "id": "sec-v", "title": "Film", "videos": [video]}
    old = Publication.model_validate(make_data(blocks=[section]))
    new = Publication.model_validate(make_data(blocks=[{**section, "videos": []}]))
    changed = [(c.path, c.old, c.new) for c in diff(old, new)]  # type: ignore[union-attr]
    assert (("videos", 0, "label"), "Opname", "") in changed
    assert (("videos", 0, "url"), "https://example.org/v", "") in changed
    assert all(after == "" for _, _, after in changed)
