"""Write the built-in publication templates to ``resources/publication_templates/``.

Each template is a small project in Dutch whose texts are placeholders between ‹ and ›
(see :mod:`models.placeholders`): the shape of a real report (intro, key takeaways,
sections with speakers, quotes between them, a colophon) with every word still to be
written. They are built here from short Python data, validated as publications and saved
through :func:`models.save`, so what ships is what the reader accepts. Ids are written out,
so running the script again gives the same files::

    .venv/bin/python scripts/make_publication_templates.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path
from typing import Any

from models import Project, Publication, save
from models.templates import SLUGS

OUT = Path(__file__).resolve().parents[1] / "resources" / "publication_templates"
#: A fixed date: opening a template dates it today (models.templates.load_template).
DATE = dt.date(2025, 1, 1).isoformat()

Data = dict[str, Any]


class Ids:
    """Readable, stable ids for the blocks of one template: ``p-1``, ``p-2``, ``h-1``…"""

    def __init__(self) -> None:
        self._count: dict[str, int] = {}

    def __call__(self, prefix: str) -> str:
        self._count[prefix] = self._count.get(prefix, 0) + 1
        return f"{prefix}-{self._count[prefix]}"


def paragraphs(ids: Ids, *texts: str) -> list[Data]:
    return [{"kind": "paragraph", "id": ids("p"), "text": text} for text in texts]


def heading(ids: Ids, text: str) -> Data:
    return {"kind": "heading", "id": ids("h"), "text": text}


def bullets(ids: Ids, *items: str) -> Data:
    return {"kind": "list", "id": ids("list"), "items": [{"text": t} for t in items]}


def speaker(number: int, what: str = "spreker") -> Data:
    return {
        "id": f"{what}-{number}",
        "name": f"‹Naam {what} {number}›",
        "role": "‹functie›",
        "organisation": "‹organisatie›",
        "connector": "bij",
    }


def colophon(*, photos: bool = True) -> Data:
    credits = [{"role": "Tekst", "names": ["‹Naam van de schrijver›"]}]
    if photos:
        credits.append({"role": "Foto’s", "names": ["‹Naam van de fotograaf›"]})
    return {
        "organisation": "‹Naam van de organisatie›",
        "visiting_address": "‹Straat en huisnummer | postcode en plaats›",
        "phone": "‹Telefoonnummer›",
        "credits": credits,
    }


def event(name: str) -> Data:
    return {"name": name, "date": DATE, "place": "‹Locatie, plaats›"}


def quote(ids: Ids, text: str, speaker_id: str) -> Data:
    return {
        "kind": "quote",
        "id": ids("quote"),
        "text": text,
        "attribution": f"‹Naam {speaker_id.replace('-', ' ')}›",
        "speaker_id": speaker_id,
    }


def talk(ids: Ids, title: str, speaker_id: str, *, takeaway: bool = True) -> Data:
    return {
        "kind": "section",
        "id": ids("sec"),
        "title": title,
        "people": [speaker_id],
        "takeaways": ["‹Eén kernpunt uit deze bijdrage, in één zin›"] if takeaway else [],
        "body": paragraphs(
            ids,
            "‹Waar ging deze bijdrage over? Begin met de kern: de vraag, het probleem of de "
            "stelling van de spreker.›",
            "‹Vertel wat de spreker liet zien of vertelde: een voorbeeld, cijfers, een "
            "ervaring uit de praktijk. Citeer kort waar dat helpt.›",
        ),
    }


def symposium() -> Data:
    ids = Ids()
    return {
        "title": "‹Titel van het verslag›",
        "subtitle": "‹Ondertitel: waar ging het symposium over?›",
        "publication_date": DATE,
        "publisher": "‹Naam van de organisatie›",
        "event": event("‹Naam van het symposium›"),
        "intro": paragraphs(
            ids,
            "‹Inleiding: waarom dit symposium, voor wie, en welke vraag centraal stond.›",
            "‹Hoeveel deelnemers waren er, en wie opende de dag?›",
        ),
        "key_takeaways": {
            "lead": "‹Wat nemen we mee? De belangrijkste lessen van de dag:›",
            "items": [
                "‹Eerste les van de dag›",
                "‹Tweede les van de dag›",
                "‹Derde les van de dag›",
            ],
        },
        "speakers": [speaker(1), speaker(2), speaker(3)],
        "blocks": [
            talk(ids, "‹Titel van de eerste lezing›", "spreker-1"),
            quote(ids, "‹Een treffende uitspraak uit de eerste lezing›", "spreker-1"),
            talk(ids, "‹Titel van de tweede lezing›", "spreker-2"),
            quote(ids, "‹Een treffende uitspraak uit de tweede lezing›", "spreker-2"),
            talk(ids, "‹Titel van de derde lezing›", "spreker-3"),
            {
                "kind": "section",
                "id": ids("sec"),
                "body": paragraphs(
                    ids, "‹Slotwoord: wat gebeurt er na deze dag, en wie bedanken we?›"
                ),
            },
        ],
        "colophon": colophon(),
        "theme": {"cover_style": "band"},
    }


def congress() -> Data:
    ids = Ids()

    def workshop(letter: str, number: int) -> Data:
        return {
            "kind": "section",
            "id": ids("sec"),
            "title": f"‹Titel van workshop {letter}›",
            "people": [f"workshopleider-{number}"],
            "body": paragraphs(
                ids,
                "‹Wat deden de deelnemers in deze workshop, en wat leverde het op?›",
            ),
        }

    def leader(number: int) -> Data:
        return speaker(number, "workshopleider")

    return {
        "title": "‹Titel van het congresverslag›",
        "subtitle": "‹Ondertitel: het thema van het congres›",
        "publication_date": DATE,
        "publisher": "‹Naam van de organisatie›",
        "event": event("‹Naam van het congres›"),
        "intro": paragraphs(
            ids,
            "‹Inleiding: het thema van het congres, voor wie het was en hoe de dag verliep.›",
        ),
        "key_takeaways": {
            "lead": "‹De belangrijkste inzichten van het congres:›",
            "items": ["‹Eerste inzicht›", "‹Tweede inzicht›", "‹Derde inzicht›"],
        },
        "speakers": [
            speaker(1),
            *(leader(n) for n in range(1, 5)),
            {**speaker(1, "moderator")},
            *(speaker(n, "panellid") for n in range(1, 4)),
        ],
        "blocks": [
            {
                "kind": "part",
                "id": ids("part"),
                "title": "Plenaire opening",
                "intro": paragraphs(ids, "‹Wie opende het congres, en met welke boodschap?›"),
                "blocks": [
                    talk(ids, "‹Titel van de keynote›", "spreker-1"),
                    quote(ids, "‹Een treffende uitspraak uit de keynote›", "spreker-1"),
                ],
            },
            {
                "kind": "part",
                "id": ids("part"),
                "title": "Workshopronde 1",
                "intro": paragraphs(ids, "‹In deze ronde liepen twee workshops tegelijk.›"),
                "blocks": [workshop("A", 1), workshop("B", 2)],
            },
            {
                "kind": "part",
                "id": ids("part"),
                "title": "Workshopronde 2",
                "intro": paragraphs(ids, "‹Ook in deze ronde liepen twee workshops tegelijk.›"),
                "blocks": [workshop("C", 3), workshop("D", 4)],
            },
            {
                "kind": "part",
                "id": ids("part"),
                "title": "Afsluiting",
                "blocks": [
                    {
                        "kind": "section",
                        "id": ids("sec"),
                        "title": "‹Onderwerp van het panelgesprek›",
                        "people": [
                            {"speaker_id": "moderator-1", "role": "moderator"},
                            *(
                                {"speaker_id": f"panellid-{n}", "role": "panel"}
                                for n in range(1, 4)
                            ),
                        ],
                        "body": paragraphs(
                            ids,
                            "‹Met welke vraag opende de moderator het gesprek?›",
                            "‹Waar waren de panelleden het over eens, en waarover niet?›",
                        ),
                    },
                    {
                        "kind": "section",
                        "id": ids("sec"),
                        "body": paragraphs(
                            ids, "‹Slotwoord: wat gebeurt er na dit congres, en wie bedanken we?›"
                        ),
                    },
                ],
            },
        ],
        "colophon": colophon(),
        "theme": {"cover_style": "page"},
    }


def webinar() -> Data:
    ids = Ids()
    return {
        "title": "‹Titel van de samenvatting›",
        "subtitle": "‹Ondertitel: het onderwerp van het webinar›",
        "publication_date": DATE,
        "publisher": "‹Naam van de organisatie›",
        "event": {"name": "‹Naam van het webinar›", "date": DATE, "place": "Online"},
        "intro": paragraphs(
            ids, "‹In twee of drie zinnen: waar ging het webinar over, en voor wie was het?›"
        ),
        "key_takeaways": {
            "lead": "‹In het kort:›",
            "items": ["‹Eerste punt›", "‹Tweede punt›", "‹Derde punt›"],
        },
        "speakers": [speaker(1), speaker(2)],
        "blocks": [
            {
                **talk(ids, "‹Titel van de presentatie›", "spreker-1", takeaway=False),
                "people": ["spreker-1", "spreker-2"],
                "videos": [
                    {
                        "label": "‹Opname van het webinar›",
                        "access_note": "‹Bijvoorbeeld: het wachtwoord is op te vragen via "
                        "communicatie@organisatie.nl›",
                        "public_web": "hide_access",
                    },
                    {"label": "‹Presentatie (dia’s)›"},
                ],
            },
            {
                "kind": "section",
                "id": ids("sec"),
                "title": "Vragen uit de chat",
                "byline": "hidden",
                "body": [
                    *paragraphs(
                        ids, "‹Welke vragen kwamen er binnen, en wat waren de antwoorden?›"
                    ),
                    bullets(ids, "‹Vraag en kort antwoord›", "‹Vraag en kort antwoord›"),
                ],
            },
        ],
        "colophon": colophon(photos=False),
    }


def panel() -> Data:
    ids = Ids()
    members = [{"speaker_id": f"panellid-{n}", "role": "panel"} for n in range(1, 4)]
    return {
        "title": "‹Titel van het verslag›",
        "subtitle": "‹Ondertitel: de vraag die het panel besprak›",
        "publication_date": DATE,
        "publisher": "‹Naam van de organisatie›",
        "event": event("‹Naam van de bijeenkomst›"),
        "intro": paragraphs(
            ids,
            "‹Inleiding: waarom dit gesprek, en met welke vraag ging het panel aan tafel?›",
        ),
        "key_takeaways": {
            "lead": "‹Wat het gesprek opleverde:›",
            "items": ["‹Eerste conclusie›", "‹Tweede conclusie›"],
        },
        "speakers": [speaker(1, "moderator"), *(speaker(n, "panellid") for n in range(1, 4))],
        "blocks": [
            {
                "kind": "section",
                "id": ids("sec"),
                "title": "‹Onderwerp van het gesprek›",
                "people": [{"speaker_id": "moderator-1", "role": "moderator"}, *members],
                "body": [
                    *paragraphs(ids, "‹Hoe opende de moderator het gesprek?›"),
                    heading(ids, "‹Eerste thema›"),
                    *paragraphs(ids, "‹Wat zeiden de panelleden hierover?›"),
                    heading(ids, "‹Tweede thema›"),
                    *paragraphs(ids, "‹Waar waren ze het over eens, en waarover niet?›"),
                ],
            },
            quote(ids, "‹Een uitspraak die het gesprek samenvat›", "panellid-1"),
            {
                "kind": "section",
                "id": ids("sec"),
                "title": "Vragen uit de zaal",
                "byline": "hidden",
                "body": [
                    *paragraphs(
                        ids,
                        "**Vraag:** ‹de vraag van een deelnemer›",
                        "**Antwoord:** ‹wat het panel antwoordde›",
                        "**Vraag:** ‹de vraag van een deelnemer›",
                        "**Antwoord:** ‹wat het panel antwoordde›",
                    ),
                ],
            },
        ],
        "colophon": colophon(photos=False),
    }


BUILDERS = {
    "symposiumverslag": symposium,
    "congres": congress,
    "webinar": webinar,
    "panelgesprek": panel,
}


def main() -> int:
    assert tuple(BUILDERS) == SLUGS, "the templates and models.templates.SLUGS must agree"
    for slug, build in BUILDERS.items():
        publication = Publication.model_validate(build())
        folder = OUT / slug
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        save(Project(publication), folder)
        print(f"wrote {folder.relative_to(OUT.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
