"""The editor of one body block: a paragraph, a sub-heading or a figure (lists: body_list).

Each block editor edits the block's dict like a record does (its id and kind pass through
unchanged), with a header line that names the kind and holds the block's settings
(language, size), and the block's text or pictures below it. The Move and Remove buttons
are the :class:`~editor.widgets.body_editor.BodyEditor`'s, around the block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from editor.widgets.field_editor import Assets, FieldEditor, FieldProblem
from editor.widgets.field_labels import choice_label, field_label, item_noun
from editor.widgets.image_list import ImageListEditor
from editor.widgets.paste_clean import PastedBlock, paste_as_blocks
from editor.widgets.record_editor import record_problem_text, show_record_problems
from editor.widgets.rich_text_edit import RichField
from editor.widgets.simple_fields import ComboField, LineField
from models.body import MAX_FIGURE_IMAGES
from models.language import LANGUAGES
from models.types import Loc

#: The sizes a figure can have, in the order the choice offers them.
FIGURE_SIZES = ("full", "half", "thumbnail")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BodyBlocks", text)


def language_field() -> ComboField:
    """The language of one block: the text around it (``None``), or a language of its own."""
    inherit = _tr("Same as the text around it")
    return ComboField([(None, inherit), *((lang, choice_label(lang)) for lang in LANGUAGES)])


class BlockEditor(FieldEditor):
    """Base of the block editors: children by key, like a record, under a header line.

    Subclasses add their children with :meth:`add_child`; ``main_key`` names the one that
    takes focus (the text, or the pictures).
    """

    composite = True
    main_key = "text"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hidden: dict[str, Any] = {}
        self.children_by_key: dict[str, FieldEditor] = {}
        self.header = QHBoxLayout()
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        self.body.addLayout(self.header)

    def title(self) -> str:
        """What the header calls this block ("Paragraph", "Numbered list"…)."""
        raise NotImplementedError

    def add_child(self, key: str, editor: FieldEditor, header_label: str = "") -> None:
        """Edit ``key`` with ``editor``: in the header after ``header_label``, or below."""
        editor.setParent(self)
        editor.set_sink(partial(self._child_commit, key))
        self.children_by_key[key] = editor
        if header_label:
            caption = QLabel(header_label, self)
            caption.setBuddy(editor.input_widget())
            editor.input_widget().setAccessibleName(header_label)
            self.header.addSpacing(12)
            self.header.addWidget(caption)
            self.header.addWidget(editor)
        else:
            # No caption of its own: screen readers name it by the block ("Paragraph").
            editor.input_widget().setAccessibleName(self.title())
            self.body.addWidget(editor)

    def undo_text(self, key: str, value: Any) -> str:
        """The undo step for a change of ``key`` that is not typing; "" merges as typing."""
        return _tr("Change language") if key == "language" else ""

    def _child_commit(self, key: str, value: Any, text: str, assets: Assets) -> bool:
        record = self._record()
        record[key] = value
        return self.commit(record, text or self.undo_text(key, value), assets)

    def _record(self) -> dict[str, Any]:
        shown = {key: editor.value() for key, editor in self.children_by_key.items()}
        return {**self._hidden, **shown}

    # -- from the model ---------------------------------------------------------------------
    def value(self) -> dict[str, Any]:
        return self._record()

    def set_value(self, value: Any) -> None:
        record: dict[str, Any] = dict(value or {})
        self._hidden = {k: v for k, v in record.items() if k not in self.children_by_key}
        for key, editor in self.children_by_key.items():
            editor.set_value(record.get(key))
        self.title_label.setText(self.title())

    # -- problems, focus, read-only ---------------------------------------------------------
    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        show_record_problems(self, self.children_by_key, problems)

    def problem_text(self) -> str:
        return record_problem_text(self, self.children_by_key)

    def input_widget(self) -> QWidget:
        return self.children_by_key[self.main_key].input_widget()

    def inputs(self) -> list[QWidget]:
        return [w for editor in self.children_by_key.values() for w in editor.inputs()]

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        key = rel[0] if rel else self.main_key
        editor = self.children_by_key.get(key) if isinstance(key, str) else None
        if editor is None:
            editor = self.children_by_key[self.main_key]
        return editor.focus_input(rel[1:], select)

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.children_by_key.values():
            editor.set_read_only(read_only)


class ParagraphBlock(BlockEditor):
    """A paragraph: rich text (bold, italic, links) and its language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_child("language", language_field(), field_label("language"))
        text = RichField()
        text.text_edit.block_paste = self._paste_blocks
        self.add_child("text", text)

    def title(self) -> str:
        return _tr("Paragraph")

    def _paste_blocks(self, before: str, pasted: Sequence[PastedBlock], after: str) -> bool:
        """A pasted list splits the paragraph: the body editor takes the blocks in its place."""
        return self.commit(paste_as_blocks(self._record(), before, pasted, after), _tr("Paste"))


class HeadingBlock(BlockEditor):
    """A sub-heading: one line of plain text, shown larger, and its language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_child("language", language_field(), field_label("language"))
        line = LineField()
        font = line.line_edit.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        line.line_edit.setFont(font)
        self.add_child("text", line)

    def title(self) -> str:
        return _tr("Sub-heading")


class FigureBlock(BlockEditor):
    """A figure: one to six pictures, each with its own texts, and the figure's size.

    Removing its last picture removes the figure (a figure without pictures is nothing).
    """

    main_key = "images"

    def __init__(
        self, image_factory: Callable[[], FieldEditor], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._read_only = False
        sizes = ComboField([(size, choice_label(size)) for size in FIGURE_SIZES])
        sizes.input_widget().setToolTip(
            _tr("How wide the figure is printed: the full text width, half of it, or small")
        )
        self.add_child("size", sizes, field_label("size"))
        hint = QLabel(
            _tr("One picture, or up to six: two or three stand side by side, more make a grid."),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body.addWidget(hint)
        self.images = ImageListEditor(image_factory, item_noun("images"))
        self.add_child("images", self.images)

    def title(self) -> str:
        return _tr("Figure")

    def undo_text(self, key: str, value: Any) -> str:
        return _tr("Change figure size") if key == "size" else super().undo_text(key, value)

    def _child_commit(self, key: str, value: Any, text: str, assets: Assets) -> bool:
        if key == "images" and not value:
            return self.commit(None, _tr("Remove figure"))
        return super()._child_commit(key, value, text, assets)

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self._enable_add()

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        if not rel:
            rel = ("images", 0, "alt")
        return super().focus_input(rel, select)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        super().set_read_only(read_only)
        self._enable_add()

    def _enable_add(self) -> None:
        full = len(self.images.rows()) >= MAX_FIGURE_IMAGES
        self.images.add_button.setEnabled(not (self._read_only or full))
