"""The words the forms show for model fields, list entries and choices, through Qt's
translator (the tables and rules are in :mod:`models.field_wording`, shared with the command
line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import field_wording


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    """The label of the model field ``name``, e.g. ``"Web address"`` for ``url``."""
    return field_wording.field_label(name, _translate)


def item_noun(name: str) -> str:
    """What one entry of the list field ``name`` is called, e.g. ``"takeaway"``."""
    return field_wording.item_noun(name, _translate)


def choice_label(value: object) -> str:
    """How a ``Literal`` choice is shown; ``None`` is the "inherit" choice."""
    return field_wording.choice_label(value, _translate)
