"""Structure edits are pure: each returns a new valid publication and leaves the old one be."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

from exporters.ir import Byline, build
from models import Publication, Quote, Section, load
from models import operations as ops
from models.edit import get_at, replace_at
from models.language import LANGUAGES, DefaultText, default_text
from models.publication import Part


@pytest.fixture
def sample(sample_path: Path) -> Publication:
    return load(sample_path).publication


def _without_ids(data: object) -> object:
    """``data`` (a model dump) with every ``id`` key left out, at any depth."""
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list | tuple):
        return [_without_ids(item) for item in data]
    return data


def _ids(pub: Publication, list_name: ops.ListName = "blocks") -> list[str]:
    return [item.id for item in getattr(pub, list_name)]


def test_add_section_after_a_block_with_dutch_default(sample: Publication) -> None:
    after = sample.blocks[1].id
    result = ops.add_section(sample, after, item_id="sec-new")
    assert _ids(result)[2] == "sec-new"
    new = result.block("sec-new")
    assert isinstance(new, Section) and new.title == "Nieuwe sectie"
    assert len(sample.blocks) + 1 == len(result.blocks)  # the original is untouched


def test_add_at_the_end_in_english(make_data) -> None:
    pub = Publication.model_validate(make_data(language="en"))
    pub = ops.add_section(pub, item_id="sec-a")
    pub = ops.add_quote(pub, item_id="quote-a")
    pub = ops.add_speaker(pub, item_id="spk-a")
    assert _ids(pub) == ["sec-a", "quote-a"]
    quote = pub.block("quote-a")
    assert isinstance(quote, Quote) and (quote.text, quote.attribution) == ("New quote", "")
    assert pub.block("sec-a").title == "New section"  # type: ignore[union-attr]
    assert pub.speaker("spk-a").name == "New speaker"


def test_new_ids_are_fresh_and_valid(sample: Publication) -> None:
    result = ops.add_quote(ops.add_quote(sample), sample.blocks[0].id)
    new = set(_ids(result)) - set(_ids(sample))
    assert len(new) == 2 and all(i.startswith("quote-") for i in new)
    assert result.block(_ids(result)[1]).text == "Nieuw citaat"  # type: ignore[union-attr]


def test_add_speaker_after(sample: Publication) -> None:
    result = ops.add_speaker(sample, sample.speakers[0].id, item_id="spk-new")
    assert _ids(result, "speakers")[1] == "spk-new"
    assert result.speaker("spk-new").name == "Nieuwe spreker"


def test_duplicate_block_and_speaker(sample: Publication) -> None:
    original = sample.blocks[1]
    result = ops.duplicate(sample, "blocks", original.id, new_item_id="sec-copy")
    assert _ids(result)[1:3] == [original.id, "sec-copy"]
    copy = result.block("sec-copy")
    assert _without_ids(copy.model_dump()) == _without_ids(original.model_dump())
    assert isinstance(copy, Section) and isinstance(original, Section) and copy.body
    # ids are unique across the publication: the copy's paragraphs get fresh ones
    assert not {b.id for b in copy.body} & {b.id for b in original.body}
    result = ops.duplicate(sample, "speakers", "joost-kampen")
    assert _ids(result, "speakers")[1].startswith("spk-")
    assert result.speakers[1].name == "Joost Kampen"


def test_delete_block(sample: Publication) -> None:
    gone = sample.blocks[0].id
    result = ops.delete_block(sample, gone)
    assert gone not in _ids(result) and len(result.blocks) == len(sample.blocks) - 1
    with pytest.raises(KeyError):
        ops.delete_block(sample, "sec-missing")


def test_speaker_references(sample: Publication) -> None:
    quote_index = 0
    pub = replace_at(sample, ("blocks", quote_index, "speaker_id"), "joost-kampen")
    refs = ops.speaker_references(pub, "joost-kampen")
    assert [(r.kind, r.block_id) for r in refs] == [
        ("quote", "quote-precedentwerking"),
        ("section", "verwaarloosde-organisatie"),
    ]
    assert refs[0].loc == ("blocks", 0, "speaker_id")
    assert refs[1].loc == ("blocks", 1, "people", 0, "speaker_id")
    assert refs[1].label.startswith("Verandering leiden")
    assert refs[0].label.endswith("…") and "*" not in refs[0].label
    assert ops.speaker_references(pub, "nobody") == []


def test_delete_referenced_speaker_refuses_or_removes_references(sample: Publication) -> None:
    pub = replace_at(sample, ("blocks", 0, "speaker_id"), "marco-webeling")
    with pytest.raises(ops.SpeakerInUseError) as caught:
        ops.delete_speaker(pub, "marco-webeling")
    assert len(caught.value.references) == 2
    result = ops.delete_speaker(pub, "marco-webeling", remove_references=True)
    assert "marco-webeling" not in _ids(result, "speakers")
    assert ops.speaker_references(result, "marco-webeling") == []
    assert result.block("den-helder").speaker_ids == ("willemijn-groot",)  # type: ignore[union-attr]
    assert result.block("quote-precedentwerking").speaker_id is None  # type: ignore[union-attr]


def test_delete_unreferenced_speaker(sample: Publication) -> None:
    pub = ops.add_speaker(sample, item_id="spk-x")
    assert ops.delete_speaker(pub, "spk-x") == sample


@pytest.mark.parametrize(("delta", "expected_index"), [(-1, 1), (1, 3), (-10, 0), (10, 8)])
def test_move_by(sample: Publication, delta: int, expected_index: int) -> None:
    moved = sample.blocks[2].id
    result = ops.move_by(sample, "blocks", moved, delta)
    assert _ids(result).index(moved) == expected_index
    assert sorted(_ids(result)) == sorted(_ids(sample))


def test_move_to_uses_rows_before_the_move(sample: Publication) -> None:
    ids = _ids(sample)
    assert _ids(ops.move_to(sample, "blocks", ids[0], 3))[:3] == [ids[1], ids[2], ids[0]]
    assert _ids(ops.move_to(sample, "blocks", ids[3], 0))[0] == ids[3]
    assert _ids(ops.move_to(sample, "blocks", ids[0], len(ids)))[-1] == ids[0]
    assert ops.move_to(sample, "blocks", ids[2], 2) == sample
    assert ops.move_to(sample, "blocks", ids[2], 3) == sample
    speakers = _ids(sample, "speakers")
    result = ops.move_to(sample, "speakers", speakers[-1], 0)
    assert _ids(result, "speakers") == [speakers[-1], *speakers[:-1]]


def test_can_move(sample: Publication) -> None:
    first, last = sample.blocks[0].id, sample.blocks[-1].id
    assert not ops.can_move(sample, "blocks", first, -1)
    assert ops.can_move(sample, "blocks", first, 1)
    assert not ops.can_move(sample, "blocks", last, 1)
    assert not ops.can_move(sample, "speakers", "nobody", 1)


def test_operations_leave_the_input_unchanged(sample: Publication) -> None:
    before = sample.model_dump()
    ops.delete_speaker(sample, "joost-kampen", remove_references=True)
    ops.move_by(sample, "speakers", "joost-kampen", 2)
    ops.duplicate(sample, "blocks", sample.blocks[0].id)
    assert sample.model_dump() == before


def test_new_publication() -> None:
    pub = ops.new_publication("en", dt.date(2025, 1, 2))
    assert (pub.title, pub.language, pub.publication_date) == (
        "New publication",
        "en",
        dt.date(2025, 1, 2),
    )
    assert ops.new_publication().title == "Nieuwe publicatie"


def test_block_label_is_plain_and_short(make_data) -> None:
    pub = Publication.model_validate(
        make_data(blocks=[{"kind": "quote", "id": "q", "text": "**Vet** en *schuin* " * 10}])
    )
    label = ops.block_label(pub.blocks[0])
    assert label.startswith("Vet en schuin") and len(label) <= 48 and label.endswith("…")


def test_renaming_a_speaker_renames_the_byline(sample_path: Path) -> None:
    """References are ids, so a rename needs no operation: the export follows it."""
    project = load(sample_path)
    sample = project.publication
    index = _ids(sample, "speakers").index("joost-kampen")
    renamed = replace_at(sample, ("speakers", index, "name"), "Johan Kamp")

    def bylines(pub: Publication) -> list[str]:
        group = next(
            g
            for g in build(project.with_publication(pub)).blocks
            if g.anchor == "verwaarloosde-organisatie"
        )
        return ["\n".join(leaf.lines) for leaf in group.children if isinstance(leaf, Byline)]

    assert "Joost Kampen" in bylines(sample)[0]
    assert "Johan Kamp" in bylines(renamed)[0] and "Joost" not in bylines(renamed)[0]


def test_an_edit_shares_the_untouched_parts_and_still_checks_the_whole(
    sample: Publication,
) -> None:
    edited = replace_at(sample, ("blocks", 1, "title"), "Anders")
    assert sample.blocks[1].title != "Anders"  # the original is untouched
    assert all(
        (new is old) == (index != 1)
        for index, (old, new) in enumerate(zip(sample.blocks, edited.blocks, strict=True))
    )
    assert edited.speakers[0] is sample.speakers[0] and edited.theme is sample.theme
    with pytest.raises(ValidationError) as caught:
        replace_at(sample, ("blocks", 1, "people"), ["niemand"])
    assert caught.value.errors()[0]["loc"][:3] == ("blocks", 1, "people")


# ---------------------------------------------------------------- new items, one source

#: Each list field that takes new entries, and where one such list is in the sample.
LIST_FIELDS = [
    ("takeaways", ("blocks", 1, "takeaways")),
    ("body", ("blocks", 1, "body")),
    ("intro", ("intro",)),
    ("items", ("key_takeaways", "items")),
    ("videos", ("blocks", 1, "videos")),
    ("credits", ("colophon", "credits")),
    ("speakers", ("speakers",)),
    ("people", ("blocks", 1, "people")),
    ("note", ("colophon", "note")),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_entries_are_valid_and_in_the_publication_language(
    sample: Publication, language: str
) -> None:
    pub = replace_at(sample, ("language",), language)
    for field, loc in LIST_FIELDS:
        current = [getattr(item, "id", item) for item in get_at(pub, loc)]
        if field in ("videos", "credits", "speakers", "people", "body", "intro", "note"):
            current = [item.model_dump() for item in get_at(pub, loc)]
        entry = ops.new_entry(field, pub, current)
        assert replace_at(pub, loc, [*current, entry]), field  # validates
    paragraph = ops.new_entry("body", pub, [])
    assert isinstance(paragraph, dict) and paragraph["kind"] == "paragraph"
    assert paragraph["text"] == default_text(pub.language, "paragraph")
    assert paragraph["id"].startswith("p-")
    assert ops.new_entry("videos", pub, [])["label"] == default_text(pub.language, "video")
    with pytest.raises(KeyError):
        ops.new_entry("title", pub, [])


def test_a_new_speaker_entry_is_what_add_speaker_adds(sample: Publication) -> None:
    entry = ops.new_entry("speakers", sample, [])
    added = ops.add_speaker(sample, item_id="spk-x").speakers[-1]
    assert entry["name"] == added.name == "Nieuwe spreker"
    assert entry["id"].startswith("spk-")


def test_no_new_speaker_reference_when_every_speaker_is_named(sample: Publication) -> None:
    everyone = [{"speaker_id": s.id, "role": "panel"} for s in sample.speakers]
    with pytest.raises(ops.NothingToAddError):
        ops.new_entry("people", sample, everyone)


def test_a_new_person_is_the_first_speaker_not_named_yet(sample: Publication) -> None:
    first, second = (s.id for s in sample.speakers[:2])
    entry = ops.new_entry("people", sample, [{"speaker_id": first, "role": "moderator"}])
    assert entry == {"speaker_id": second, "role": "speaker"}
    assert ops.new_entry("people", sample, [])["speaker_id"] == first  # type: ignore[index]


def test_default_texts_and_the_language_type_are_defined_once() -> None:
    """Publication-language text for new items lives in models/language.py, nowhere else.

    The interface's own strings are English source text (translated where they are shown:
    the editor, and the word tables in models/*_wording.py), so only Dutch publication text
    is looked for there; "Name" is also a form label.
    """
    root = Path(__file__).parents[2]

    def holders(text: str, packages: tuple[str, ...]) -> list[str]:
        return [
            path.relative_to(root).as_posix()
            for package in packages
            for path in sorted((root / package).rglob("*.py"))
            if text in path.read_text(encoding="utf-8")
            and (package == "editor" or not path.name.endswith("_wording.py"))
        ]

    for language in LANGUAGES:
        packages = (
            ("models", "exporters", "editor") if language == "nl" else ("models", "exporters")
        )
        for what in get_args(DefaultText):
            text = f'"{default_text(language, what)}"'
            assert holders(text, packages) == ["models/language.py"], text
    assert holders('Literal["nl", "en"]', ("models", "exporters", "editor")) == [
        "models/language.py"
    ]


# ---------------------------------------------------------------- parts: a second level


@pytest.fixture
def day(make_data) -> Publication:
    """An English day report: a lead-in without a title, a part of two talks and a panel,
    a quote inside the part, a part of parallel workshops, and a closing word."""
    people = [
        {"id": "ann", "name": "Ann Lee", "role": "director", "organisation": "City Library"},
        {"id": "bo", "name": "Bo Smit", "connector": "", "organisation": "Geo Guild"},
        {"id": "cy", "name": "Cy Okafor-Vandenberghe-Lindqvist"},
    ]
    return Publication.model_validate(
        make_data(
            language="en",
            speakers=people,
            blocks=[
                {"kind": "section", "id": "lead", "body": ["*Welcome* to the day, everyone."]},
                {
                    "kind": "part",
                    "id": "morning",
                    "title": "The talks",
                    "intro": ["Three talks before lunch."],
                    "blocks": [
                        {"kind": "section", "id": "talk-a", "title": "Maps", "people": ["ann"]},
                        {
                            "kind": "quote",
                            "id": "q-a",
                            "text": "Maps *matter*.",
                            "speaker_id": "bo",
                        },
                        {
                            "kind": "section",
                            "id": "panel",
                            "title": "Panel",
                            "people": [
                                {"speaker_id": "cy", "role": "moderator"},
                                {"speaker_id": "ann", "role": "panel"},
                                {"speaker_id": "bo", "role": "panel"},
                            ],
                            "body": [{"kind": "list", "items": [{"text": "one", "items": ["a"]}]}],
                        },
                    ],
                },
                {
                    "kind": "part",
                    "id": "workshops",
                    "title": "Workshops",
                    "blocks": [{"kind": "section", "id": "ws-1", "title": "Workshop 1"}],
                },
                {"kind": "section", "id": "close", "body": [{"kind": "heading", "text": "Bye"}]},
            ],
        )
    )


def _tree(pub: Publication) -> list[object]:
    """The block ids as a tree: a part is (its id, [its blocks' ids])."""
    return [(b.id, [i.id for i in b.blocks]) if isinstance(b, Part) else b.id for b in pub.blocks]


def test_add_part_in_the_publication_language(day: Publication, sample: Publication) -> None:
    result = ops.add_part(day, "lead", item_id="part-new")
    assert _tree(result)[:2] == ["lead", ("part-new", [])]
    new = result.block("part-new")
    assert isinstance(new, Part) and new.title == "New part" and new.intro == ()
    # after a block inside a part, a new part follows that part: parts hold no parts
    result = ops.add_part(day, "talk-a", item_id="part-b")
    assert _tree(result)[2] == ("part-b", [])
    dutch = ops.add_part(sample, item_id="part-nl")
    assert dutch.block("part-nl").title == "Nieuw onderdeel"  # type: ignore[union-attr]
    assert _ids(dutch)[-1] == "part-nl"


def test_add_section_and_quote_inside_a_part(day: Publication) -> None:
    result = ops.add_section(day, "talk-a", item_id="sec-x")
    assert _tree(result)[1] == ("morning", ["talk-a", "sec-x", "q-a", "panel"])
    result = ops.add_quote(day, into="workshops", item_id="quote-x")
    assert _tree(result)[2] == ("workshops", ["ws-1", "quote-x"])
    result = ops.add_section(day, "morning", item_id="sec-y")  # after the part itself
    assert _tree(result)[2] == "sec-y"
    with pytest.raises(KeyError):
        ops.add_section(day, into="talk-a")  # a section is no part


def test_move_into_within_and_out_of_a_part(day: Publication) -> None:
    result = ops.move_into_part(day, "lead", "morning")
    assert _tree(result)[:1] == [("morning", ["talk-a", "q-a", "panel", "lead"])]
    result = ops.move_into_part(day, "close", "morning", 0)
    assert _tree(result)[1] == ("morning", ["close", "talk-a", "q-a", "panel"])
    result = ops.move_by(day, "blocks", "q-a", 1)  # within the part
    assert _tree(result)[1] == ("morning", ["talk-a", "panel", "q-a"])
    assert ops.move_by(day, "blocks", "talk-a", -1) == day  # stops at the part's edge
    assert not ops.can_move(day, "blocks", "talk-a", -1)
    assert ops.can_move(day, "blocks", "talk-a", 1)
    result = ops.move_out_of_part(day, "q-a")
    assert _tree(result) == [
        "lead",
        ("morning", ["talk-a", "panel"]),
        "q-a",
        ("workshops", ["ws-1"]),
        "close",
    ]
    with pytest.raises(KeyError):
        ops.move_out_of_part(day, "lead")  # not in a part


def test_move_a_block_from_part_to_part_and_parts_as_a_whole(day: Publication) -> None:
    result = ops.move_block(day, "talk-a", "workshops", 1)
    assert _tree(result)[1:3] == [("morning", ["q-a", "panel"]), ("workshops", ["ws-1", "talk-a"])]
    result = ops.move_by(day, "blocks", "workshops", -1)  # a part moves with its contents
    assert _tree(result)[1] == ("workshops", ["ws-1"])
    result = ops.move_to(day, "blocks", "morning", 4)
    assert _tree(result)[-1] == ("morning", ["talk-a", "q-a", "panel"])
    with pytest.raises(ops.CannotNestPartError):
        ops.move_block(day, "workshops", "morning", 0)
    with pytest.raises(KeyError):
        ops.move_block(day, "lead", "close", 0)  # a section holds no blocks


def test_dissolving_a_part_keeps_its_contents_where_it_stood(day: Publication) -> None:
    result = ops.dissolve_part(day, "morning")
    tree = _tree(result)
    assert tree[0] == "lead" and tree[2:5] == ["talk-a", "q-a", "panel"]
    intro = result.blocks[1]  # the part's intro is kept as an untitled section
    assert isinstance(intro, Section) and not intro.title
    assert [b.text for b in intro.body] == ["Three talks before lunch."]  # type: ignore[union-attr]
    assert _tree(ops.dissolve_part(day, "workshops"))[1:3] == [
        ("morning", ["talk-a", "q-a", "panel"]),
        "ws-1",
    ]
    with pytest.raises(KeyError):
        ops.dissolve_part(day, "talk-a")


def test_deleting_a_part_with_its_contents_and_a_block_in_a_part(day: Publication) -> None:
    result = ops.delete_block(day, "morning")
    assert _tree(result) == ["lead", ("workshops", ["ws-1"]), "close"]
    result = ops.delete_block(day, "q-a")
    assert _tree(result)[1] == ("morning", ["talk-a", "panel"])


def test_duplicating_a_part_gives_everything_in_it_fresh_ids(day: Publication) -> None:
    result = ops.duplicate(day, "blocks", "morning", new_item_id="part-copy")
    copy, original = result.block("part-copy"), day.block("morning")
    assert isinstance(copy, Part) and isinstance(original, Part)
    assert _tree(result)[2][0] == "part-copy"  # type: ignore[index]
    assert _without_ids(copy.model_dump()) == _without_ids(original.model_dump())
    old = {loc_id for _, loc_id in _all_ids(day)}
    new = [i for _, i in _all_ids(result) if i not in old]
    assert len(new) == 1 + 3 + 1 + 1  # the part, its three blocks, its intro, the panel's list
    result = ops.duplicate(day, "blocks", "panel", new_item_id="sec-copy")
    assert _tree(result)[1] == ("morning", ["talk-a", "q-a", "panel", "sec-copy"])


def _all_ids(pub: Publication) -> list[tuple[object, str]]:
    found = [(loc, b.id) for loc, b in pub.iter_blocks(parts=True)]
    return found + [(loc, b.id) for loc, body in pub.iter_bodies() for b in body]


def test_speakers_inside_parts_are_found_and_removed(day: Publication) -> None:
    refs = ops.speaker_references(day, "bo")
    assert [(r.kind, r.block_id, r.loc) for r in refs] == [
        ("quote", "q-a", ("blocks", 1, "blocks", 1, "speaker_id")),
        ("section", "panel", ("blocks", 1, "blocks", 2, "people", 2, "speaker_id")),
    ]
    assert all(get_at(day, r.loc) == "bo" for r in refs)
    with pytest.raises(ops.SpeakerInUseError):
        ops.delete_speaker(day, "ann")
    result = ops.delete_speaker(day, "bo", remove_references=True)
    panel = result.block("panel")
    assert isinstance(panel, Section)
    assert [(p.speaker_id, p.role) for p in panel.people] == [("cy", "moderator"), ("ann", "panel")]
    assert result.block("q-a").speaker_id is None  # type: ignore[union-attr]
    assert ops.speaker_references(result, "bo") == []


def test_labels_of_parts_and_untitled_sections(day: Publication) -> None:
    assert ops.block_label(day.block("morning")) == "The talks"
    assert ops.block_label(day.block("lead")) == "Welcome to the day, everyone."
    assert ops.block_label(day.block("close")) == "Bye"
    assert ops.is_untitled(day.block("lead")) and not ops.is_untitled(day.block("talk-a"))
    assert not ops.is_untitled(day.block("morning"))
    long = replace_at(day, ("blocks", 0, "body"), ["word " * 40])
    label = ops.block_label(long.block("lead"), limit=20)
    assert label.endswith("…") and len(label) <= 20
    empty = replace_at(day, ("blocks", 0, "body"), [])
    assert ops.block_label(empty.block("lead")) == ""
    listed = replace_at(
        day, ("blocks", 0, "body"), [{"kind": "list", "items": [{"text": "First **point**"}]}]
    )
    assert ops.block_label(listed.block("lead")) == "First point"


def test_where_a_block_is(day: Publication) -> None:
    assert ops.part_of(day, "panel") == "morning" and ops.part_of(day, "close") is None
    assert ops.block_loc(day, "panel") == ("blocks", 1, "blocks", 2)
    assert ops.block_loc(day, "workshops") == ("blocks", 2)
    assert [p.id for p in ops.parts(day)] == ["morning", "workshops"]
    with pytest.raises(KeyError):
        ops.part_of(day, "nothing")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", ["paragraph", "list", "heading"])
def test_new_body_blocks_are_valid_in_every_body(day: Publication, kind, language) -> None:
    pub = replace_at(day, ("language",), language)
    for loc, body in list(pub.iter_bodies()):
        block = ops.new_block(kind, pub.language, ordered=True)
        result = replace_at(pub, loc, [*[b.model_dump() for b in body], block])
        added = get_at(result, loc)[-1]
        assert added.kind == kind and added.id == block["id"]
    paragraph, listed, heading = (
        ops.new_block(k, pub.language) for k in ("paragraph", "list", "heading")
    )  # type: ignore[arg-type]
    assert paragraph["text"] == default_text(pub.language, "paragraph")
    assert listed["items"] == [{"text": default_text(pub.language, "point"), "items": []}]
    assert (
        listed["ordered"] is False and ops.new_block("list", pub.language, ordered=True)["ordered"]
    )
    assert heading["text"] == default_text(pub.language, "heading")
    assert len({ops.new_block("paragraph", "nl")["id"] for _ in range(5)}) == 5
