"""Dates as reports write them (models/importing/dates.py), in Dutch and English, and the
years that are not taken for dates."""

from __future__ import annotations

import datetime as dt

import pytest

from models.importing.dates import parse_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024-03-14", dt.date(2024, 3, 14)),
        ("2024-3-4", dt.date(2024, 3, 4)),
        ("2024-03-14T09:30:00+01:00", dt.date(2024, 3, 14)),
        ("2024-03-14 09:30", dt.date(2024, 3, 14)),
        ("2024-03-14T10:00:00Z", dt.date(2024, 3, 14)),
        ("14-03-2024", dt.date(2024, 3, 14)),
        ("4/3/2024", dt.date(2024, 3, 4)),
        ("14.03.2024", dt.date(2024, 3, 14)),
        ("14 februari 2018", dt.date(2018, 2, 14)),
        ("14 February 2018", dt.date(2018, 2, 14)),
        ("1. mrt. 2019", dt.date(2019, 3, 1)),
        ("3 MEI 2021", dt.date(2021, 5, 3)),
        ("February 14, 2018", dt.date(2018, 2, 14)),
        ("Oct. 2 2020", dt.date(2020, 10, 2)),
        ("sept 30, 2022", dt.date(2022, 9, 30)),
        ("  12 oktober 2023.  ", dt.date(2023, 10, 12)),
        ("12 oktober 2023 .", dt.date(2023, 10, 12)),
    ],
)
def test_the_shapes_reports_use_are_dates(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("names", "month"),
    [
        (("januari", "january", "jan"), 1),
        (("februari", "february", "feb"), 2),
        (("maart", "march", "mrt", "mar"), 3),
        (("april", "apr"), 4),
        (("mei", "may"), 5),
        (("juni", "june", "jun"), 6),
        (("juli", "july", "jul"), 7),
        (("augustus", "august", "aug"), 8),
        (("september", "sep", "sept"), 9),
        (("oktober", "october", "okt", "oct"), 10),
        (("november", "nov"), 11),
        (("december", "dec"), 12),
    ],
)
def test_every_month_name_in_both_languages(names: tuple[str, ...], month: int) -> None:
    for name in names:
        assert parse_date(f"7 {name} 2020") == dt.date(2020, month, 7), name
        assert parse_date(f"{name.title()} 7, 2020") == dt.date(2020, month, 7), name


@pytest.mark.parametrize(
    "text",
    [
        "",
        "morgen",
        "14 brumaire 2018",
        "Brumaire 14, 2018",
        "2024-02-30",
        "31-04-2024",
        "30 februari 2024",
        "2024-13-01",
        "14-03-24",
        "14 maart",
        "Publicatiedatum: 14 maart 2024",
        "2024-03-14 and more words",
        "14-03-2024X",
    ],
)
def test_what_is_not_a_date_gives_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("1970-12-31", None),
        ("1971-01-01", dt.date(1971, 1, 1)),
        ("2999-12-31", dt.date(2999, 12, 31)),
        ("3000-01-01", None),
        ("01-01-1970", None),
        ("1 januari 3000", None),
    ],
)
def test_only_years_from_1971_to_2999_are_dates(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date
