"""Forms that edit one navigator target each; ``form_for`` picks the right one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from editor.document import DocumentModel
from editor.forms.base import FormWidget
from editor.forms.colophon import ColophonForm
from editor.forms.details import DetailsForm
from editor.forms.intro import IntroForm
from editor.forms.part import PartForm
from editor.forms.quote import QuoteForm
from editor.forms.section import SectionForm
from editor.forms.speaker import SpeakerForm
from editor.forms.speakers import SpeakersForm
from editor.forms.theme import ThemeForm
from editor.targets import Target, TargetKind

__all__ = ["FormWidget", "form_for"]

FormFactory = Callable[[Target, DocumentModel, QWidget | None], FormWidget]

FORMS: dict[TargetKind, FormFactory] = {
    "details": DetailsForm,
    "intro": IntroForm,
    "speakers": SpeakersForm,
    "speaker": SpeakerForm,
    "part": PartForm,
    "section": SectionForm,
    "quote": QuoteForm,
    "colophon": ColophonForm,
    "theme": ThemeForm,
}


def form_for(target: Target, document: DocumentModel, parent: QWidget | None = None) -> FormWidget:
    """The form that edits ``target`` of ``document``."""
    factory = FORMS.get(target.kind)
    if factory is not None:
        return factory(target, document, parent)
    # "blocks" is the programme as a whole: its structure is edited in the navigator.
    return FormWidget(
        target,
        document,
        parent,
        heading=QCoreApplication.translate("Forms", "Contents"),  # as in the navigator
        text=QCoreApplication.translate(
            "Forms",
            "Parts, sections and quotes appear in this order. Add, move or delete them in "
            "the navigator or the Structure menu; drag sections and quotes into a part to "
            "group them under its heading. Select one to edit it.",
        ),
    )
