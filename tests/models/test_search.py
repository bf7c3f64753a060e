"""Find and replace across a publication (models.search): every text field, marks kept."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import richtext
from models.edit import get_at
from models.labels import FIELD_WORDS, STEP_WORDS, place_of, place_words
from models.publication import Publication
from models.search import (
    ReplaceError,
    find,
    replace,
    replace_hits,
    text_fields,
)

ASSET = "assets/" + "a" * 64 + ".png"


def _pub(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Titel", "publication_date": dt.date(2025, 3, 14)}
    data.update(fields)
    return Publication.model_validate(data)


def _every_field() -> Publication:
    """One text holding "zoek" in every kind of text field a publication has."""
    image = {"asset": ASSET, "alt": "zoek alt", "caption": "zoek bijschrift", "credit": "zoek"}
    body = [
        "zoek in een alinea",
        {"kind": "heading", "text": "zoek kop"},
        {"kind": "list", "items": [{"text": "zoek item", "items": ["zoek sub"]}]},
        {"kind": "figure", "images": [image, image]},
    ]
    return _pub(
        title="zoek titel",
        subtitle="zoek ondertitel",
        publisher="zoek uitgever",
        event={"name": "zoek event", "place": "zoek plaats"},
        intro=body,
        key_takeaways={"lead": "zoek lead", "items": ["zoek kernpunt"]},
        speakers=[
            {
                "id": "s1",
                "name": "zoek naam",
                "honorific": "zoek",
                "role": "zoek rol",
                "organisation": "zoek organisatie",
                "connector": "zoek",
                "note": "zoek noot",
                "portrait": {"asset": ASSET, "alt": "zoek portret"},
            }
        ],
        blocks=[
            {
                "kind": "section",
                "id": "sec",
                "title": "zoek sectie",
                "byline": "custom",
                "byline_text": "zoek byline",
                "takeaways": ["zoek kernpunt"],
                "body": body,
                "videos": [{"label": "zoek video", "access_note": "zoek wachtwoord"}],
            },
            {"kind": "quote", "id": "q", "text": "zoek citaat", "attribution": "zoek wie"},
            {
                "kind": "part",
                "id": "deel",
                "title": "zoek deel",
                "intro": ["zoek deelintro"],
                "blocks": [{"kind": "section", "id": "binnen", "body": ["zoek binnen"]}],
            },
        ],
        colophon={
            "organisation": "zoek org",
            "visiting_address": "zoek adres",
            "postal_address": "zoek post",
            "phone": "zoek telefoon",
            "version": "zoek versie",
            "credits": [{"role": "zoek rol", "names": ["zoek naam"]}],
            "note": ["zoek colofon"],
        },
        theme={"logo": {"asset": ASSET, "alt": "zoek logo"}},
    )


def test_every_text_field_is_found_at_its_loc() -> None:
    pub = _every_field()
    hits = find(pub, "zoek")
    locs = {hit.loc for hit in hits}
    fields = {field.loc for field in text_fields(pub)}
    assert locs == fields
    for hit in hits:
        assert get_at(pub, hit.loc)[hit.start : hit.end] == "zoek"
    expected = {
        ("title",),
        ("subtitle",),
        ("publisher",),
        ("event", "name"),
        ("event", "place"),
        ("intro", 0, "text"),
        ("intro", 1, "text"),
        ("intro", 2, "items", 0, "text"),
        ("intro", 2, "items", 0, "items", 0),
        ("intro", 3, "images", 1, "caption"),
        ("intro", 3, "images", 1, "alt"),
        ("intro", 3, "images", 1, "credit"),
        ("key_takeaways", "lead"),
        ("key_takeaways", "items", 0),
        ("blocks", 0, "title"),
        ("blocks", 0, "byline_text"),
        ("blocks", 0, "takeaways", 0),
        ("blocks", 0, "body", 0, "text"),
        ("blocks", 0, "videos", 0, "label"),
        ("blocks", 0, "videos", 0, "access_note"),
        ("blocks", 1, "text"),
        ("blocks", 1, "attribution"),
        ("blocks", 2, "title"),
        ("blocks", 2, "intro", 0, "text"),
        ("blocks", 2, "blocks", 0, "body", 0, "text"),
        ("speakers", 0, "name"),
        ("speakers", 0, "honorific"),
        ("speakers", 0, "role"),
        ("speakers", 0, "organisation"),
        ("speakers", 0, "connector"),
        ("speakers", 0, "note"),
        ("speakers", 0, "portrait", "alt"),
        ("colophon", "organisation"),
        ("colophon", "visiting_address"),
        ("colophon", "postal_address"),
        ("colophon", "phone"),
        ("colophon", "version"),
        ("colophon", "credits", 0, "role"),
        ("colophon", "credits", 0, "names", 0),
        ("colophon", "note", 0, "text"),
        ("theme", "logo", "alt"),
    }
    assert expected <= locs


def test_ids_addresses_and_review_are_not_searched() -> None:
    pub = _pub(
        blocks=[
            {"kind": "section", "id": "zoek", "videos": [{"label": "v", "url": "https://zoek.nl"}]}
        ],
        colophon={"email": "zoek@zoek.nl", "website": "https://zoek.nl"},
        dictionary=["zoek"],
        review={
            "comments": [
                {
                    "id": "c1",
                    "anchor": {"kind": "publication"},
                    "author": "zoek",
                    "time": "2025-03-14T10:00:00+00:00",
                    "text": "zoek",
                }
            ]
        },
    )
    assert find(pub, "zoek") == []


def test_places_read_like_a_person_would_say_them() -> None:
    pub = _every_field()
    labels = {hit.loc: hit.label for hit in find(pub, "zoek")}
    assert labels[("title",)] == "Title"
    assert labels[("event", "place")] == "Event, place"
    assert labels[("blocks", 0, "body", 0, "text")] == "Section 1 ‘zoek sectie’, paragraph 1"
    assert labels[("blocks", 0, "body", 2, "items", 0, "items", 0)] == (
        "Section 1 ‘zoek sectie’, list 1, item 1, sub-item 1"
    )
    assert labels[("intro", 3, "images", 1, "caption")] == (
        "Introduction, figure 1, image 2, caption"
    )
    assert labels[("intro", 3, "images", 1, "alt")] == (
        "Introduction, figure 1, image 2, alternative text"
    )
    assert labels[("key_takeaways", "lead")] == "Key takeaways, lead sentence"
    assert labels[("blocks", 0, "byline_text")] == "Section 1 ‘zoek sectie’, typed byline"
    assert labels[("blocks", 2, "blocks", 0, "body", 0, "text")] == (
        "Part 1 ‘zoek deel’, section 1 (‘zoek binnen’), paragraph 1"
    )
    assert labels[("speakers", 0, "name")] == "Speaker ‘zoek naam’, name"
    assert labels[("colophon", "credits", 0, "names", 0)] == (
        "Colophon, credit 1 ‘zoek rol’, name 1"
    )
    assert labels[("blocks", 1, "text")] == "Quote 1 (‘zoek citaat’), text"


def test_a_text_is_placed_as_a_problem_at_its_loc_is() -> None:
    """One way to name a place: a hit's is the one validation and preflight give."""
    pub = _every_field()
    fields = list(text_fields(pub))
    assert len(fields) > 40
    for field in fields:
        assert field.place == place_of(pub, field.loc), field.loc
    for hit in find(pub, "zoek"):
        assert hit.place == place_of(pub, hit.loc)


def test_every_step_and_field_of_a_text_has_words() -> None:
    """The editor words a place from these tables; a kind missing there would show its key."""
    for field in text_fields(_every_field()):
        assert {step.kind for step in field.place.steps} <= set(STEP_WORDS), field.loc
        assert not field.place.field or field.place.field in FIELD_WORDS, field.loc


def test_a_figure_of_one_image_names_its_image_as_validation_does() -> None:
    pub = _pub(intro=[{"kind": "figure", "images": [{"asset": ASSET, "alt": "zoek"}]}])
    (hit,) = find(pub, "zoek")
    assert place_words(hit.place) == "Introduction, figure 1, image 1, alternative text"


def test_hits_carry_a_snippet_of_visible_text() -> None:
    text = "Aan het begin van de dag sprak de **wethouder** over [Den Haag](https://denhaag.nl)."
    pub = _pub(intro=[text])
    (hit,) = find(pub, "den haag")
    assert hit.found == "Den Haag"
    assert hit.snippet.endswith("over Den Haag.")
    assert hit.before.startswith("…")
    assert "**" not in hit.snippet and "https" not in hit.snippet
    assert text[hit.start : hit.end] == "Den Haag"


# ------------------------------------------------------------------- case, words, accents


def test_case_insensitive_by_default_and_sensitive_on_request() -> None:
    pub = _pub(title="Een dag, EEN plan", intro=["een begin"])
    assert [h.found for h in find(pub, "een")] == ["Een", "EEN", "een"]
    assert [h.found for h in find(pub, "een", case_sensitive=True)] == ["een"]
    assert [h.found for h in find(pub, "Een", case_sensitive=True)] == ["Een"]


def test_accents_are_significant() -> None:
    pub = _pub(title="Eén plan, één doel, Één weg, een weg, Een pad")
    assert [h.found for h in find(pub, "een")] == ["een", "Een"]
    # Dutch drops the accent on a capital ("Eén" starts a sentence): still the word één.
    assert [h.found for h in find(pub, "één")] == ["Eén", "één", "Één"]
    assert [h.found for h in find(pub, "één", case_sensitive=True)] == ["één"]
    assert [h.found for h in find(pub, "Een", case_sensitive=True)] == ["Een"]


def test_whole_words() -> None:
    pub = _pub(title="een eenheid, meneer een", intro=["Een_woord en *een*"])
    assert [h.start for h in find(pub, "een", whole_word=True) if h.loc == ("title",)] == [0, 20]
    body = [h.found for h in find(pub, "een", whole_word=True) if h.loc != ("title",)]
    assert body == ["Een", "een"]  # "_" is no letter; the marks are not seen
    assert len(find(pub, "een")) == 5


def test_a_space_in_the_query_matches_a_line_break() -> None:
    pub = _pub(intro=["Den\nHaag"])
    (hit,) = find(pub, "den haag")
    assert (hit.start, hit.end) == (0, 8)


def test_an_empty_query_finds_nothing() -> None:
    assert find(_pub(), "") == []


# ------------------------------------------------------------------- marks and links


def test_marks_and_link_targets_are_not_searched() -> None:
    pub = _pub(intro=["Zie [de site](https://example.org/zoek) of **vet**, 3 \\* 4"])
    assert find(pub, "zoek") == []
    assert find(pub, "example") == []
    assert find(pub, "**") == []
    assert [h.found for h in find(pub, "vet")] == ["vet"]
    (star,) = find(pub, "3 * 4")
    assert star.replaceable


def test_link_text_is_replaced_and_its_target_kept() -> None:
    pub = _pub(intro=["Lees [Den Helder](https://denhelder.nl/den-helder) verder."])
    new = replace(pub, "den helder", "Den Haag")
    assert new.intro[0].text == "Lees [Den Haag](https://denhelder.nl/den-helder) verder."


def test_a_replacement_with_marks_is_escaped() -> None:
    pub = _pub(intro=["Een *mooie* dag"], title="dag")
    new = replace(pub, "dag", "**nacht_")
    assert new.intro[0].text == "Een *mooie* \\*\\*nacht\\_"
    assert richtext.plain_text(new.intro[0].text) == "Een mooie **nacht_"
    assert new.title == "**nacht_"  # plain text is never parsed: nothing to escape
    assert replace(_pub(intro=["x"]), "x", "[a]\\").intro[0].text == "\\[a\\]\\\\"


def test_replacing_inside_a_mark_keeps_it() -> None:
    pub = _pub(intro=["De **wethouder sprak** kort."])
    assert replace(pub, "wethouder", "burgemeester").intro[0].text == (
        "De **burgemeester sprak** kort."
    )


def test_a_hit_across_a_mark_edge_takes_the_marks_of_its_first_character() -> None:
    pub = _pub(intro=["In **Den** Haag, [Den](https://denhaag.nl) Haag"])
    hits = find(pub, "den haag")
    assert [h.shown_start for h in hits] == [3, 13]
    result = replace_hits(pub, hits, "Rotterdam")
    assert (result.replaced, result.skipped) == (2, 0)
    assert result.publication.intro[0].text == "In **Rotterdam**, [Rotterdam](https://denhaag.nl)"


def test_emptying_a_mark_drops_it_instead_of_leaving_stray_marks() -> None:
    pub = _pub(intro=["Een **vet** woord en *schuin woord*"])
    assert replace(pub, "vet ", "").intro[0].text == "Een woord en *schuin woord*"
    # "woord *" would end no emphasis: the space goes outside the mark.
    result = replace_hits(pub, find(pub, "woord"), "woord ")
    assert result.publication.intro[0].text == "Een **vet** woord  en *schuin woord*"
    assert (result.replaced, result.skipped) == (2, 0)


def test_shown_offsets_are_those_of_the_visible_text() -> None:
    source = r"Met **vet**, \*sterren\* en [een link](https://example.org): vet"
    pub = _pub(intro=[source])
    shown = richtext.plain_text(source)
    for query in ("vet", "sterren", "link", "*"):
        for hit in find(pub, query):
            assert shown[hit.shown_start : hit.shown_end] == hit.found
            assert richtext.plain_text(source[hit.start : hit.end]) == hit.found


@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "b",
                " ",
                "*",
                "**",
                "_",
                "\\",
                "\\\\",
                "\\*",
                "[",
                "]",
                "(",
                ")",
                "\n",
                "](https://x.nl)",
                '"t"',
                "<",
                ">",
                "é",
                "mailto:a@b.nl",
            ]
        ),
        min_size=1,
        max_size=14,
    ).map("".join)
)
def test_every_rich_text_maps_onto_what_it_shows(source: str) -> None:
    try:
        pub = _pub(intro=[source])
    except ValueError:
        return
    stored = pub.intro[0].text
    shown = richtext.plain_text(stored)
    hits = find(pub, "a", case_sensitive=True)
    assert [h.shown_start for h in hits] == [i for i, c in enumerate(shown) if c == "a"]
    for hit in hits:
        assert hit.replaceable
        assert richtext.plain_text(stored[hit.start : hit.end]) == "a"


@given(
    st.text(alphabet="ab *_\\[]()é\n", min_size=1, max_size=16),
    st.text(alphabet="ab*_\\[]", max_size=4),
)
def test_replacing_never_changes_marks_elsewhere(source: str, replacement: str) -> None:
    source = source.strip() or "a"
    try:
        pub = _pub(intro=[source])
    except ValueError:
        return  # not a valid paragraph (e.g. a bad link): nothing to search
    before = richtext.parse_inline(pub.intro[0].text)
    for hit in find(pub, "a"):
        try:
            result = replace_hits(pub, [hit], replacement)
        except ReplaceError:
            continue
        if not result.replaced:
            continue
        after = richtext.parse_inline(result.publication.intro[0].text)
        old = "".join(s.text for s in before)
        shown = "".join(s.text for s in after)
        # The visible text is the old one with one "a" replaced, literally.
        replaced = {(old[:i] + replacement + old[i + 1 :]).strip() for i in range(len(old))}
        assert shown.strip() in replaced
        assert {(s.bold, s.italic, s.href) for s in after} <= {
            (s.bold, s.italic, s.href) for s in before
        }


# ------------------------------------------------------------------- replacing


def test_replace_all_in_every_field_and_validates() -> None:
    pub = _every_field()
    new = replace(pub, "zoek", "vind")
    assert find(new, "zoek") == []
    assert len(find(new, "vind")) == len(find(pub, "zoek"))
    assert pub.title == "zoek titel"  # pure: the old one is unchanged
    assert isinstance(new, Publication)
    assert new.blocks[0].id == "sec"  # ids and structure stay


def test_replace_one_hit_only() -> None:
    pub = _pub(intro=["een, een, een"])
    hits = find(pub, "een")
    result = replace_hits(pub, [hits[1]], "twee")
    assert result.publication.intro[0].text == "een, twee, een"
    assert (result.replaced, result.skipped) == (1, 0)


def test_untouched_parts_are_shared() -> None:
    pub = _pub(
        blocks=[
            {"kind": "section", "id": "a", "title": "zoek"},
            {"kind": "section", "id": "b", "title": "anders"},
        ]
    )
    new = replace(pub, "zoek", "vind")
    assert new.blocks[1] is pub.blocks[1]


def test_a_stale_hit_is_skipped() -> None:
    pub = _pub(title="Den Haag")
    hits = find(pub, "haag")
    changed = replace(pub, "den", "In")
    result = replace_hits(changed, hits, "Delft")
    assert (result.replaced, result.skipped) == (0, 1)
    assert result.publication.title == "In Haag"


def test_replacing_a_required_text_with_nothing_is_refused() -> None:
    pub = _pub(speakers=[{"id": "s", "name": "Jansen"}])
    with pytest.raises(ReplaceError) as error:
        replace(pub, "jansen", "")
    assert error.value.emptied
    assert place_words(error.value.place) == "Speaker ‘Jansen’, name"
    assert str(error.value) == "Speaker ‘Jansen’, name: would be empty"


def test_a_replacement_holding_the_query_is_made_once() -> None:
    pub = _pub(title="de dag")
    assert replace(pub, "de", "de de").title == "de de dag"
