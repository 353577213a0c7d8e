"""Settings → Backups: the journal's backups with their dates and what they hold, and
bringing one back (the journal as it is now is kept beside it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label

if TYPE_CHECKING:
    from kindapp.core.journal.backups import BackupInfo


def when(info: BackupInfo) -> str:
    local = info.taken.astimezone()
    day = QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
    )
    return f"{day}, {local:%H:%M}"


def holds(info: BackupInfo) -> str:
    text = QCoreApplication.translate("BackupsPanel", "Letters: %1 · Reframes: %2 · Practices: %3")
    for n, value in enumerate((info.letters, info.reframes, info.practices), 1):
        text = text.replace(f"%{n}", str(value))
    if info.locked:
        text += " · " + QCoreApplication.translate("BackupsPanel", "locked")
    return text


class BackupsPanel(QWidget):
    restoreWanted = Signal(object)  # a BackupInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("BackupsPanel", "Backups of your journal")
        )
        self.empty = label(
            QCoreApplication.translate(
                "BackupsPanel", "No backup yet: Kind takes the first one today."
            ),
            "Hint",
        )
        self.restore_button = button(
            QCoreApplication.translate("BackupsPanel", "Bring this one back…"),
            accessible=QCoreApplication.translate("BackupsPanel", "Bring back the chosen backup"),
        )
        self.restore_button.clicked.connect(self._restore)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(
            label(
                QCoreApplication.translate(
                    "BackupsPanel",
                    "Kind keeps one backup a day for a week and one a week for a month, in "
                    "its own folder on this computer (encrypted when your letters are locked).",
                ),
                "Hint",
            )
        )
        lay.addWidget(self.list)
        lay.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        lay.addLayout(row)
        self._infos: list[BackupInfo] = []

    def show_backups(self, infos: list[BackupInfo]) -> None:
        self._infos = list(infos)
        self.list.clear()
        for info in self._infos:
            item = QListWidgetItem(f"{when(info)}\n{holds(info)}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{when(info)}, {holds(info)}")
            self.list.addItem(item)
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        self.list.setFixedHeight(min(max(rows + 2 * self.list.frameWidth() + 4, 48), 240))
        self.list.setVisible(bool(self._infos))
        self.empty.setVisible(not self._infos)
        self.restore_button.setEnabled(False)
        if self._infos:
            self.list.setCurrentRow(0)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._infos) and confirm_restore(self, self._infos[row], False):
            self.restoreWanted.emit(self._infos[row])


def confirm_restore(parent: QWidget | None, info: BackupInfo, damaged: bool) -> bool:
    """Ask before bringing a backup back; `damaged`: because the journal cannot be read."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("BackupsPanel", "Bring back a backup"))
    box.setIcon(QMessageBox.Icon.NoIcon)
    first = (
        QCoreApplication.translate(
            "BackupsPanel",
            "Your journal can't be read just now: the file seems damaged. "
            "Nothing has been changed.",
        )
        if damaged
        else QCoreApplication.translate("BackupsPanel", "Bring back your journal as it was then?")
    )
    box.setText(first)
    box.setInformativeText(
        with_args(
            QCoreApplication.translate(
                "BackupsPanel",
                "The backup from %1 holds %2. Your journal as it is now is kept "
                "beside it, never deleted.",
            ),
            when(info),
            holds(info),
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("BackupsPanel", "Bring it back"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("BackupsPanel", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes
