"""Problems in the user's language, through Qt's translator: validation problems and
preflight findings, worded by :mod:`models.problem_wording` (shared with the command line).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import problem_wording
from models.labels import Place, Step
from models.preflight import Finding, Fix
from models.problem_wording import FIELDS, FIX, MESSAGES, SIZES, STEPS
from models.validation import Problem

__all__ = [
    "FIELDS",
    "FIX",
    "MESSAGES",
    "SIZES",
    "STEPS",
    "detail_text",
    "field_text",
    "fix_text",
    "issue_text",
    "place_text",
    "step_text",
    "where_text",
]


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def step_text(step: Step) -> str:
    """One step, translated: "sectie 3 ‘De kracht van…’"."""
    return problem_wording.step_text(step, _translate)


def place_text(place: Place) -> str:
    """Where a problem is, translated, without its field: "sectie 3 ‘…’, alinea 2"."""
    return problem_wording.place_text(place, _translate)


def where_text(place: Place) -> str:
    """Where something is, translated, with its field ("Sectie 3 ‘Welkom’, alinea 2")."""
    return problem_wording.where_text(place, _translate)


def field_text(name: str) -> str:
    """A field's name for a sentence: the form's label, lowercase ("e-mail")."""
    return problem_wording.field_text(name, _translate)


def fix_text(fix: Fix) -> str:
    """What ``fix`` does, translated: "print it at half width (203 dpi)"."""
    return problem_wording.fix_text(fix, _translate)


def issue_text(issue: Problem | Finding) -> str:
    """The whole problem, translated, with where it is: "Citaat 2 (‘…’) heeft geen …"."""
    return problem_wording.issue_text(issue, _translate)


def detail_text(problem: Problem | Finding) -> str:
    """The problem without where it is, translated, for a message next to its own field."""
    return problem_wording.detail_text(problem, _translate)
