"""The one road from a form field to the document, and back.

Widget → model: every field edit goes through :meth:`Binder.commit`, which builds the new
publication with :func:`models.edit.replace_at`. An invalid value leaves the document alone and
is routed, by its ``loc``, to the field that caused it. Model → widget: on every document
change :meth:`Binder.refresh` writes the model's values into the fields (signals blocked).

The pure helpers at the top hold the little editor logic there is, so tests reach it
without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from editor.document import DocumentModel
from editor.problem_text import detail_text, issue_text
from models.edit import get_at, replace_at
from models.operations import NothingToAddError, new_entry
from models.publication import Publication
from models.types import Loc
from models.validation import Problem, format_loc, problems_from_error

#: A problem addressed relative to the field that shows it.
FieldProblem = tuple[Loc, str]
#: New asset files that an edit brings along: (bytes, extension) pairs.
Assets = Sequence[tuple[bytes, str]]


class CannotAdd(ValueError):
    """A list cannot get a new item (e.g. every speaker is already picked); str() says why."""


def to_plain(value: Any) -> Any:
    """``value`` as plain Python data (dicts, lists, dates), the form fields work with.

    The models hold tuples (they are immutable); the fields get lists, which they may change.
    """
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    return value


def field_problems(problems: Sequence[Problem], loc: Loc) -> list[FieldProblem]:
    """The problems at or below ``loc``, relative to it.

    Each is worded in the user's language; next to its own field it needs no place. If none
    is there (an edit broke something elsewhere, which forms should not allow), every
    problem is returned at ``()`` with its place ("Quote 2 (‘…’): …"), so the user still
    sees it.
    """
    n = len(loc)
    mine = [(p.loc[n:], detail_text(p)) for p in problems if p.loc[:n] == loc]
    return mine or [((), issue_text(p)) for p in problems]


def try_replace(
    publication: Publication, loc: Loc, value: Any
) -> tuple[Publication | None, list[Problem]]:
    """:func:`replace_at` that returns the problems instead of raising."""
    try:
        return replace_at(publication, loc, value), []
    except ValidationError as error:
        return None, problems_from_error(error, publication)


def new_item(field_name: str, publication: Publication, existing: Sequence[Any]) -> Any:
    """A valid new entry for the list field ``field_name``, made by
    :func:`models.operations.new_entry` (in the publication's language).

    Empty rich text is invalid, so text entries start with a placeholder that the form
    selects for overtyping. Raises :class:`CannotAdd` when nothing sensible can be added.
    """
    try:
        return new_entry(field_name, publication, existing)
    except NothingToAddError as error:
        raise CannotAdd(
            QCoreApplication.translate(
                "Binding", "Every speaker is already listed; add new people under Speakers."
            )
        ) from error


class BoundEditor(Protocol):
    """What the binder needs from a field editor (see :class:`editor.widgets.FieldEditor`)."""

    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...
    def show_problems(self, problems: Sequence[FieldProblem]) -> None: ...
    def set_sink(self, sink: Callable[[Any, str, Assets], bool]) -> None: ...


_UNSET = object()


def _same(shown: Any, model: Any) -> bool:
    """Whether ``model`` equals ``shown``; cheap for frozen models, which an edit elsewhere
    leaves as the same objects (tuples of them compare item by item, identity first)."""
    return shown is model or (shown is not _UNSET and shown == model)


def _surroundings(document: DocumentModel) -> tuple[object, ...]:
    """What a field may show besides its own value: everything in the publication but its
    blocks (the speakers for pickers, the language for labels and hints, …) and the assets
    (pictures). Typing in a block changes none of it."""
    publication = document.publication
    rest = tuple(getattr(publication, name) for name in _OUTSIDE_BLOCKS)
    return (*rest, document.project.assets)


#: The publication's fields other than its blocks.
_OUTSIDE_BLOCKS = tuple(name for name in Publication.model_fields if name != "blocks")


@dataclass(eq=False)
class _Binding:
    rel: Loc
    editor: BoundEditor
    label: str
    #: The model value when the field last showed an error; while the model still holds it,
    #: a refresh keeps the user's (invalid) text in the widget.
    rejected_model: Any = field(default=_UNSET)
    #: The model value the field was last given: a refresh passes on only a changed value,
    #: so a keystroke costs the fields it changed, not every field of the form.
    shown_model: Any = field(default=_UNSET)


class Binder(QObject):
    """Connects the fields of one form to the document.

    Args:
        document: the open document.
        key: a stable name of the form's target, e.g. ``"section:sec-1"``; with the field's
            loc it makes the merge key, so typing in one field is one undo step.
        base: the loc of the form's item, resolved from its id at every call (indices move);
            ``None`` when the item no longer exists.
    """

    def __init__(
        self,
        document: DocumentModel,
        key: str,
        base: Callable[[], Loc | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._key = key
        self._base = base
        self._bindings: list[_Binding] = []
        self._around: tuple[object, ...] | None = None  # _surroundings() at the last refresh
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def bind(self, rel: Loc, editor: BoundEditor, label: str) -> None:
        """Edit the value at ``base() + rel`` with ``editor``; ``label`` names undo steps."""
        binding = _Binding(rel, editor, label)
        self._bindings.append(binding)
        editor.set_sink(lambda value, text, assets: self.commit(binding, value, text, assets))

    def commit(self, binding: _Binding, value: Any, undo_text: str, assets: Assets) -> bool:
        """Apply ``value`` to the binding's field; on a problem show it there and return False.

        A non-empty ``undo_text`` marks a structural edit (add, remove, move): its own undo
        step, never merged with typing.
        """
        base = self._base()
        if base is None:
            return False
        loc = (*base, *binding.rel)
        document = self._document
        publication, problems = try_replace(document.publication, loc, value)
        if publication is None:
            binding.rejected_model = to_plain(get_at(document.publication, loc))
            binding.editor.show_problems(field_problems(problems, loc))
            return False
        binding.rejected_model = _UNSET
        binding.editor.show_problems([])
        project = document.project
        for data, extension in assets:
            project, _name = project.with_asset(data, extension)
        text = undo_text or self.tr("Edit “{field}”").format(field=binding.label)
        merge = None if undo_text else f"{self._key}/{format_loc(binding.rel)}"
        document.apply_project(project.with_publication(publication), text, merge)
        return True

    def refresh(self) -> bool:
        """Show the model's values in every field; ``False`` if the item is gone."""
        base = self._base()
        if base is None:
            return False
        publication = self._document.publication
        # A field is given only a changed value, unless what fields show around their
        # values changed: then every field is given its value again.
        around = _surroundings(self._document)
        same_around = self._around is not None and all(
            _same(a, b) for a, b in zip(self._around, around, strict=True)
        )
        self._around = around
        for binding in self._bindings:
            model = get_at(publication, (*base, *binding.rel))
            if binding.rejected_model is not _UNSET:
                value = to_plain(model)
                if value == binding.rejected_model:
                    continue
                binding.rejected_model = _UNSET
                binding.editor.show_problems([])
            elif same_around and _same(binding.shown_model, model):
                continue  # the field shows this value already
            else:
                value = to_plain(model)
            binding.editor.set_value(value)
            binding.shown_model = model
        return True

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        form = self.parent()
        if old is not None and isinstance(form, QWidget) and form.isAncestorOf(old):
            self._document.break_merge()
