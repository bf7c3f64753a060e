"""The preflight in the editor: the Problems dock lists its findings, and exports check first.

The dock is :class:`~editor.problems.ProblemsDock` with a severity per entry: validation
problems (which the forms normally keep out of the document) count as errors, followed by
:func:`models.preflight.preflight`'s findings. It is refreshed on every document change,
which is cheap (the check reads no more of a picture than its header). Activating an entry
jumps to its field, as for any problem.

Before an export, errors need an explicit "Export anyway"; the question goes through
:class:`PreflightDialogs` (replaceable, so tests never block on a message box).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QStyle, QWidget

from editor.problems import LOC_ROLE, ProblemsDock
from models import Problem, Project
from models.preflight import Finding, Severity, preflight

#: Shown in the export question; the rest are in the dock.
_LISTED = 8

Issue = Problem | Finding


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
        lines = [f"• {issue.message}" for issue in findings[:_LISTED]]
        if len(findings) > _LISTED:
            more = len(findings) - _LISTED
            lines.append(self.tr("… and %n more in the Problems list.", "", more))
        box.setInformativeText("\n".join(lines))
        anyway = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway


class PreflightDock(ProblemsDock):
    """The Problems dock with preflight findings, each marked error, warning or note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = PreflightDialogs(self)
        self.list.setAccessibleDescription(
            self.tr("Errors, warnings and notes; activate one to go to its field")
        )
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

    def show_problems(self, problems: Sequence[Issue]) -> None:  # type: ignore[override]
        """Replace the list with ``problems`` (validation problems and preflight findings)."""
        if list(problems) == self._problems:
            return
        super().show_problems(problems)  # type: ignore[arg-type]
        for row, issue in enumerate(problems):
            self._decorate(self.list.item(row), issue)

    def _decorate(self, item: QListWidgetItem, issue: Issue) -> None:
        severity = severity_of(issue)
        text = f"{issue.path}: {issue.message}" if issue.loc else issue.message
        item.setText(text)
        item.setIcon(self._icons[severity])
        described = f"{self._words[severity]}: {text}"
        item.setToolTip(described)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, described)
        item.setData(LOC_ROLE, issue.loc)

    def findings(self) -> list[Issue]:
        """What the dock lists now."""
        return self.problems  # type: ignore[return-value]

    def allow_export(self, project: Project) -> bool:
        """Check ``project`` before an export; with errors, ask whether to export anyway.

        When the user declines, the dock opens, so the errors are in view.
        """
        blocking = [i for i in issues_of(project) if severity_of(i) == "error"]
        if not blocking:
            return True
        window = self.parentWidget() or self
        if self.dialogs.ask_export_anyway(window, blocking):
            return True
        self.show()
        self.raise_()
        self.list.setFocus()
        return False
