"""The preflight in the editor: the Problems dock lists its findings, and exports check first.

The dock lists issues with a severity each: validation problems (which the forms normally
keep out of the document) count as errors, followed by :func:`models.preflight.preflight`'s
findings. It follows the document a moment after the edits pause (:meth:`PreflightDock.schedule`):
the check reads the whole publication (no more of a picture than its header), about a
millisecond at 40 sections, which is too much to spend on every keystroke and too little to
be worth a thread. A newly opened document is checked at once. Activating an entry (double
click, Enter) asks the window to show its field (``sig_problem_activated``).

Before an export, errors need an explicit "Export anyway"; the question goes through
:class:`PreflightDialogs` (replaceable, so tests never block on a message box).

A finding that one change resolves (a :class:`~models.preflight.Fix`, e.g. printing a soft
photo smaller) is offered as a button under the list; :func:`apply_fix` makes the change as
an ordinary, undoable edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor import problem_text
from editor.document import DocumentModel
from models import Problem, Project
from models.edit import replace_at
from models.preflight import Finding, Fix, Severity, preflight

#: Shown in the export question; the rest are in the dock.
_LISTED = 8
#: Rows the dock grows to show at once when problems appear (more scroll).
_GROWN_ROWS = 6
#: Quiet time after an edit before the dock runs the preflight again.
PREFLIGHT_DELAY_MS = 300

Issue = Problem | Finding

#: Qt's QWIDGETSIZE_MAX: no maximum size.
_UNLIMITED = 16_777_215

LOC_ROLE = Qt.ItemDataRole.UserRole + 1
FIX_ROLE = Qt.ItemDataRole.UserRole + 2


def fix_text(fix: Fix) -> str:
    """The button's words for ``fix``, e.g. "Fix: print it at half width (203 dpi)"."""
    what = problem_text.fix_text(fix)
    return QCoreApplication.translate("PreflightDock", "Fix: {what}").format(what=what)


def apply_fix(document: DocumentModel, fix: Fix) -> bool:
    """Make the change ``fix`` describes as one undo step; ``False`` when it cannot apply
    (the document is read-only, or it changed so that the value no longer fits there)."""
    try:
        publication = replace_at(document.publication, fix.loc, fix.value)
    except (ValidationError, LookupError, AttributeError, TypeError):
        return False
    return document.apply(publication, fix_text(fix))


def issues_of(project: Project) -> list[Issue]:
    """The preflight's findings, errors first.

    Validation problems cannot occur here: a document in the editor is valid by construction
    (files are validated when opened, edits before they apply), so re-validating the whole
    publication on every keystroke would only cost time (7 ms at 40 sections).
    """
    return list(preflight(project))


def severity_of(issue: Issue) -> Severity:
    return issue.severity if isinstance(issue, Finding) else "error"


class PreflightDialogs(QObject):
    """The question before exporting a publication with errors."""

    def ask_export_anyway(self, parent: QWidget, findings: Sequence[Issue]) -> bool:
        """``True`` when the user explicitly chooses to export despite ``findings``."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Problems before export"), "", parent=parent
        )
        box.setText(
            self.tr("The publication has %n error(s) that readers would notice.", "", len(findings))
        )
        lines = [f"• {problem_text.issue_text(issue)}" for issue in findings[:_LISTED]]
        if len(findings) > _LISTED:
            more = len(findings) - _LISTED
            lines.append(self.tr("… and %n more in the Problems list.", "", more))
        box.setInformativeText("\n".join(lines))
        anyway = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway


class PreflightDock(QDockWidget):
    """The Problems dock: issues marked error, warning or note; activating one emits its loc."""

    sig_problem_activated = Signal(object)
    """An entry was activated; carries the issue's ``loc`` (a tuple)."""

    sig_count_changed = Signal(int)
    """The number of issues shown changed; carries the new number."""

    sig_fix_requested = Signal(object)
    """The user asked to apply the current issue's fix; carries the :class:`Fix`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("problems-dock")  # saveState needs a name
        self.dialogs = PreflightDialogs(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleDescription(
            self.tr("Errors, warnings and notes; activate one to go to its field")
        )
        self.list.itemActivated.connect(self._on_activated)
        self.fix_button = QPushButton(self)
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._on_fix)
        self.list.currentItemChanged.connect(lambda item, _old: self._offer_fix(item))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setWidget(body)
        self._issues: list[Issue] | None = None  # None: nothing shown yet
        self._grown = False  # the dock was given room for the problems since it was empty
        self._pending: Project | None = None  # checked when the timer fires
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check_pending)
        self.toggleViewAction().setText(self.tr("&Problems"))
        self.toggleViewAction().setToolTip(self.tr("Show or hide the list of problems"))
        style = self.style()
        pixmap = QStyle.StandardPixmap
        self._icons = {
            "error": style.standardIcon(pixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(pixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(pixmap.SP_MessageBoxInformation),
        }
        self._words = {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "info": self.tr("Note"),
        }

    @property
    def problems(self) -> list[Issue]:
        """What the dock lists now."""
        return list(self._issues or [])

    def findings(self) -> list[Issue]:
        """What the dock lists now."""
        return self.problems

    def schedule(self, project: Project) -> None:
        """Check ``project`` once the edits pause (:data:`PREFLIGHT_DELAY_MS` after the last
        call), and list what the check finds."""
        self._pending = project
        self._timer.start(PREFLIGHT_DELAY_MS)

    def check_now(self, project: Project | None) -> None:
        """Check ``project`` now and list what the check finds (``None``: list nothing);
        a scheduled check is dropped."""
        self._timer.stop()
        self._pending = None
        self.show_problems(issues_of(project) if project is not None else [])

    @property
    def check_pending(self) -> bool:
        """Whether a scheduled check has not run yet (the list may be behind the document)."""
        return self._pending is not None

    def _check_pending(self) -> None:
        project, self._pending = self._pending, None
        if project is not None:
            self.show_problems(issues_of(project))

    def show_problems(self, problems: Sequence[Issue]) -> None:
        """Replace the list with ``problems``; nothing happens when they did not change."""
        if list(problems) == self._issues:
            return
        self._issues = list(problems)
        self.list.clear()
        self.fix_button.hide()
        for issue in self._issues:
            self._decorate(QListWidgetItem(self.list), issue)
        if not self._issues:
            QListWidgetItem(self.tr("No problems found."), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self._fit()
        self.sig_count_changed.emit(len(self._issues))

    @property
    def collapsed(self) -> bool:
        """Whether the dock is down to its one line ("No problems found.")."""
        return not self._issues

    def _fit(self) -> None:
        """One line when there is nothing to fix; room for a few rows when problems appear.

        The list keeps its place (and its focus) either way: when empty it is one row high
        and the dock cannot be taller. When problems appear the window gives the dock
        :data:`_GROWN_ROWS` rows once; after that the user's own size stands.
        """
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height())
        frame = 2 * self.list.frameWidth()
        body = self.widget()
        if not self._issues:
            self.list.setFixedHeight(row + frame)
            body.setMaximumHeight(self.list.height())
            self._grown = False
            return
        self.list.setMinimumHeight(row + frame)
        self.list.setMaximumHeight(_UNLIMITED)
        body.setMaximumHeight(_UNLIMITED)
        window = self.parentWidget()
        if not self._grown and isinstance(window, QMainWindow) and not self.isFloating():
            self._grown = True
            rows = min(len(self._issues), _GROWN_ROWS)
            title = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
            height = rows * row + frame + title + self.fix_button.sizeHint().height()
            window.resizeDocks([self], [height], Qt.Orientation.Vertical)

    def activate(self, row: int) -> None:
        """Go to issue ``row``, as if the user activated it."""
        item = self.list.item(row)
        if item is not None:
            self._on_activated(item)

    def _offer_fix(self, item: QListWidgetItem | None) -> None:
        fix = item.data(FIX_ROLE) if item is not None else None
        self.fix_button.setVisible(fix is not None)
        if fix is not None:
            self.fix_button.setText(fix_text(fix))

    def _on_fix(self) -> None:
        item = self.list.currentItem()
        fix = item.data(FIX_ROLE) if item is not None else None
        if fix is not None:
            self.sig_fix_requested.emit(fix)

    def _on_activated(self, item: QListWidgetItem) -> None:
        loc = item.data(LOC_ROLE)
        if loc is not None:
            self.sig_problem_activated.emit(tuple(loc))

    def _decorate(self, item: QListWidgetItem, issue: Issue) -> None:
        severity = severity_of(issue)
        text = problem_text.issue_text(issue)
        item.setText(text)
        item.setIcon(self._icons[severity])
        described = f"{self._words[severity]}: {text}"
        item.setToolTip(described)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, described)
        item.setData(LOC_ROLE, issue.loc)
        item.setData(FIX_ROLE, issue.fix if isinstance(issue, Finding) else None)

    def allow_export(self, project: Project) -> bool:
        """Check ``project`` before an export; with errors, ask whether to export anyway.

        When the user declines, the dock opens, so the errors are in view.
        """
        issues = issues_of(project)
        if project is self._pending:  # the dock is behind: show what the export checked
            self._timer.stop()
            self._pending = None
            self.show_problems(issues)
        blocking = [i for i in issues if severity_of(i) == "error"]
        if not blocking:
            return True
        window = self.parentWidget() or self
        if self.dialogs.ask_export_anyway(window, blocking):
            return True
        self.show()
        self.raise_()
        self.list.setFocus()
        return False
