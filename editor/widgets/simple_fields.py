"""Leaf field editors for plain values: a line of text, a choice, a yes/no, a date.

Each listens only to its widget's user-edit signal (``textEdited``, ``activated``,
``clicked``); ``dateChanged`` also fires on programmatic changes, which
:meth:`FieldEditor.set_value` blocks.

Dates show and are typed in the interface language's format (``dd-MM-yyyy`` in Dutch, see
:func:`editor.i18n.date_format`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from editor.i18n import date_format
from editor.widgets.field_editor import FieldEditor
from editor.widgets.spell_line_edit import SpellLineEdit

#: Keys people type between day, month and year.
_SEPARATORS = frozenset("-/. ")


class LineField(FieldEditor):
    """One line of text; with ``optional`` an empty line means ``None`` (no e-mail, no URL).

    ``prose`` says the line is text a reader reads (a title, a name, a caption), which the
    spelling checks (:mod:`editor.spelling`); not for an address, a number or a version.
    """

    def __init__(
        self,
        optional: bool = False,
        placeholder: str = "",
        parent: QWidget | None = None,
        *,
        prose: bool = True,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.line_edit = SpellLineEdit(self)
        self.line_edit.prose = prose
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.textEdited.connect(self._edited)
        self.body.addWidget(self.line_edit)

    @property
    def prose(self) -> bool:
        """Whether the line is prose, whose spelling is checked (the line edit's own flag)."""
        return self.line_edit.prose

    @prose.setter
    def prose(self, prose: bool) -> None:
        self.line_edit.prose = prose

    def value(self) -> str | None:
        text = self.line_edit.text()
        return None if self._optional and not text.strip() else text

    def _write(self, value: Any) -> None:
        self.line_edit.setText("" if value is None else str(value))
        self.line_edit.setCursorPosition(0)  # show the start of a long text, not its end

    def input_widget(self) -> SpellLineEdit:
        return self.line_edit

    def set_read_only(self, read_only: bool) -> None:
        self.line_edit.setReadOnly(read_only)


class CheckField(FieldEditor):
    """A yes/no value such as "decorative image"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_box = QCheckBox(self)
        self.check_box.clicked.connect(self._edited)
        self.body.addWidget(self.check_box, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> bool:
        return self.check_box.isChecked()

    def _write(self, value: Any) -> None:
        self.check_box.setChecked(bool(value))

    def input_widget(self) -> QCheckBox:
        return self.check_box


class ComboField(FieldEditor):
    """One of a fixed set of values (a ``Literal``); ``choices`` are (value, shown text)."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.set_choices(choices)
        self.combo.activated.connect(self._edited)
        self.body.addWidget(self.combo)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        """Replace the choices, keeping the current value selected if it is still one."""
        current = self.value() if self.combo.count() else None
        self._values = [value for value, _text in choices]
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItems([text for _value, text in choices])
            if current in self._values:
                self.combo.setCurrentIndex(self._values.index(current))

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def _write(self, value: Any) -> None:
        if value in self._values:
            self.combo.setCurrentIndex(self._values.index(value))

    def input_widget(self) -> QComboBox:
        return self.combo


class _SectionLineEdit(QLineEdit):
    """A date edit's line edit that reports a click before Qt handles its release."""

    def __init__(self, on_release: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("qt_spinbox_lineedit")  # the name Qt gives its own
        self._on_release = on_release

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._on_release()
        super().mouseReleaseEvent(event)


class DateEdit(QDateEdit):
    """A ``QDateEdit`` that takes dates as people type them.

    Qt's own inserts a typed digit into the section at the cursor, so clicking into "2018"
    and typing "2027" does nothing (the section is full). Here a click selects the section
    under it, so typing replaces it; and a separator ("-", "/", ".") moves to the next
    section, unless the digits just filled one and Qt moved on already ("14-03-2027" and
    "1-3-2027" both work). Qt also cuts a typed day to the shown month's length (31 → 30
    while June shows); the typed day is kept and applied once the month allows it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._advanced = False  # the last digit filled a section and Qt moved to the next
        self._typed_day = 0  # a day Qt cut to the month's length, until the month allows it
        # Our own line edit rather than an event filter on Qt's: a Python filter on a
        # C++-owned child crashed PySide (a freed object reached the filter's wrapper).
        self.setLineEdit(_SectionLineEdit(self._clicked))

    def _clicked(self) -> None:
        """The line edit placed its cursor on press; select that section before release."""
        if not self.lineEdit().hasSelectedText():
            self.setSelectedSection(self.currentSection())
        self._advanced = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed_day = 0
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in _SEPARATORS:
            if not self._advanced and self.currentSectionIndex() < self.sectionCount() - 1:
                self.setCurrentSectionIndex(self.currentSectionIndex() + 1)
                self.setSelectedSection(self.currentSection())
            self._advanced = False
            event.accept()
            return
        before = self.currentSectionIndex()
        day = self._day_after(text)
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before
        if day is not None:
            self._typed_day = day if day > self.date().day() else 0
        elif self._typed_day and self._typed_day <= self.date().daysInMonth():
            date = self.date()
            self.setDate(QDate(date.year(), date.month(), self._typed_day))
            self._typed_day = 0

    def _day_after(self, text: str) -> int | None:
        """The day number typing ``text`` makes in the day section, if that is where it goes."""
        if not text.isdigit() or self.currentSection() != QDateEdit.Section.DaySection:
            return None
        typed = self.sectionText(QDateEdit.Section.DaySection)
        whole = self.lineEdit().selectedText() == typed or len(typed) >= 2
        return int(text if whole else typed + text)


class DateField(FieldEditor):
    """A date; with ``optional`` a "No date" box stands for ``None``.

    The edit starts at today, so unticking "No date" on an empty field gives today's date
    (ticking and unticking again keeps the date that was there).
    """

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout()
        self.date_edit = DateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(self._edited)
        row.addWidget(self.date_edit)
        self.no_date: QCheckBox | None = None
        if optional:
            self.no_date = QCheckBox(self.tr("No date"), self)
            self.no_date.setAccessibleName(self.tr("No date"))
            self.no_date.clicked.connect(self._no_date_clicked)
            row.addWidget(self.no_date)
        row.addStretch(1)
        self.body.addLayout(row)

    def value(self) -> dt.date | None:
        if self.no_date is not None and self.no_date.isChecked():
            return None
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def _write(self, value: Any) -> None:
        blocker = QSignalBlocker(self.no_date) if self.no_date is not None else None
        if self.no_date is not None:
            self.no_date.setChecked(value is None)
        if isinstance(value, dt.date):
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
        self.date_edit.setEnabled(value is not None)
        del blocker

    def _no_date_clicked(self) -> None:
        self.date_edit.setEnabled(self.value() is not None)
        self._edited()

    def input_widget(self) -> QDateEdit:
        return self.date_edit

    def inputs(self) -> list[QWidget]:
        return [self.date_edit] if self.no_date is None else [self.date_edit, self.no_date]

    def set_read_only(self, read_only: bool) -> None:
        self.date_edit.setReadOnly(read_only)
        if self.no_date is not None:
            self.no_date.setEnabled(not read_only)
