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


@pytest.fixture
def sample(sample_path: Path) -> Publication:
    return load(sample_path).publication


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
    assert copy.model_dump(exclude={"id"}) == original.model_dump(exclude={"id"})
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
    assert refs[1].loc == ("blocks", 1, "speaker_ids", 0)
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
        return [leaf.text for leaf in group.children if isinstance(leaf, Byline)]

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
        replace_at(sample, ("blocks", 1, "speaker_ids"), ["niemand"])
    assert caught.value.errors()[0]["loc"][:3] == ("blocks", 1, "speaker_ids")


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
    ("speaker_ids", ("blocks", 1, "speaker_ids")),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_entries_are_valid_and_in_the_publication_language(
    sample: Publication, language: str
) -> None:
    pub = replace_at(sample, ("language",), language)
    for field, loc in LIST_FIELDS:
        current = [getattr(item, "id", item) for item in get_at(pub, loc)]
        if field in ("videos", "credits", "speakers"):
            current = [item.model_dump() for item in get_at(pub, loc)]
        entry = ops.new_entry(field, pub, current)
        assert replace_at(pub, loc, [*current, entry]), field  # validates
    assert ops.new_entry("body", pub, []) == default_text(pub.language, "paragraph")
    assert ops.new_entry("videos", pub, [])["label"] == default_text(pub.language, "video")
    with pytest.raises(KeyError):
        ops.new_entry("title", pub, [])


def test_a_new_speaker_entry_is_what_add_speaker_adds(sample: Publication) -> None:
    entry = ops.new_entry("speakers", sample, [])
    added = ops.add_speaker(sample, item_id="spk-x").speakers[-1]
    assert entry["name"] == added.name == "Nieuwe spreker"
    assert entry["id"].startswith("spk-")


def test_no_new_speaker_reference_when_every_speaker_is_named(sample: Publication) -> None:
    everyone = [s.id for s in sample.speakers]
    with pytest.raises(ops.NothingToAddError):
        ops.new_entry("speaker_ids", sample, everyone)


def test_default_texts_and_the_language_type_are_defined_once() -> None:
    """Publication-language text for new items lives in models/language.py, nowhere else.

    The editor's own strings are English source text (Qt translates them), so only Dutch
    publication text is looked for there; "Name" is also a form label.
    """
    root = Path(__file__).parents[2]

    def holders(text: str, packages: tuple[str, ...]) -> list[str]:
        return [
            path.relative_to(root).as_posix()
            for package in packages
            for path in sorted((root / package).rglob("*.py"))
            if text in path.read_text(encoding="utf-8")
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
