"""The journal kept safe: rotating backups (off the UI thread, never while a practice runs),
bringing one back (also when the journal is found damaged), and the lock's changes."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kindapp.core.errors import JournalError
from kindapp.core.journal.backups import BackupInfo, Backups
from kindapp.core.journal.relock import Relocked
from kindapp.core.voice_store import VoiceStore
from kindapp.ui.common.background import Worker
from kindapp.ui.common.operations import JournalAccess
from kindapp.ui.common.services import Notices
from kindapp.ui.desktop.keyring import Keyring

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 20 * 1000


class Safekeeping(QObject):
    backupDone = Signal(object)  # BackupInfo, or None when it failed (from the worker)

    def __init__(
        self,
        journals: JournalAccess,
        path: Path,
        notices: Notices,
        busy: Callable[[], bool],
        save_writing: Callable[[], None],
        confirm_restore: Callable[[BackupInfo, bool], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journals = journals
        self._notices = notices
        self._busy = busy
        self._save_writing = save_writing
        self._confirm = confirm_restore
        self.backups = Backups(path)
        self.keyring: Keyring | None = None
        """Set by app.py where the desktop has a Secret Service."""
        self.voices: VoiceStore | None = None
        """The recorded voice, moved under the lock with the journal (set by app.py)."""
        self._worker: Worker | None = None
        self.backupDone.connect(self._backup_done)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.maybe_backup)
        self._timer.start(CHECK_EVERY_MS)
        QTimer.singleShot(FIRST_CHECK_MS, self, self.maybe_backup)

    # -- backups -----------------------------------------------------------------------------
    def maybe_backup(self) -> bool:
        """Start today's backup on a worker thread if it is due; True if one started."""
        if self._worker is not None or self._busy():
            return False
        journal = self._journals.peek()
        if journal is None or not self.backups.due():
            return False
        key = journal.key
        self._worker = Worker(lambda: self._take(key), name="kind-backup")
        return True

    def _take(self, key: bytes | None) -> None:
        try:
            info: BackupInfo | None = self.backups.take(key)
        except (JournalError, OSError) as exc:
            log.warning("the journal's backup was not taken: %s", exc)
            info = None
        except Exception as exc:  # an sqlite error: logged, tried again next hour
            log.warning("the journal's backup was not taken: %s", exc)
            info = None
        self.backupDone.emit(info)

    def _backup_done(self, info: BackupInfo | None) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        if info is not None:
            log.info("journal backed up (%s)", info.taken.isoformat())

    def list_backups(self) -> list[BackupInfo]:
        return self.backups.entries()

    def restore(self, backup: BackupInfo) -> str | None:
        """Bring `backup` back; None when done, else the reason. The journal as it was is
        kept aside; a backup under another passphrase is asked for on the next opening."""
        self._save_writing()
        journal = self._journals.opened
        try:
            if journal is None:
                self.backups.restore(backup)
            else:
                key = journal.key
                journal.suspend()
                self.backups.restore(backup, holding_lock=True)
                with contextlib.suppress(JournalError):  # another passphrase: asked later
                    journal.resume(key if backup.locked else None)
        except (JournalError, OSError) as exc:
            log.error("the backup could not be brought back: %s", exc)
            return getattr(exc, "reason", "other")
        self._journals.forget_failure()
        return None

    def offer_after_damage(self, problem: JournalError) -> None:
        """The journal is damaged: offer the latest good backup (nothing is overwritten)."""
        from kindapp.core.notices import Notice, NoticeKind

        latest = self.backups.latest_good()
        if latest is None or not self._confirm(latest, True):
            self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(problem)}))
            return
        if self.restore(latest) is None:
            self._notices.say(self.tr("Your journal is back as it was in the latest backup."))

    # -- the lock ---------------------------------------------------------------------------
    def locked(self) -> bool:
        """Whether the journal on disk is locked with a passphrase."""
        from kindapp.core.journal.cipher import current_state

        try:
            return current_state(self.backups.journal).locked
        except JournalError:
            return False

    def change_lock(self, current: str | None, new: str | None) -> str | None:
        """On (new only), a new passphrase (both), off (current only): None when done. What
        else moved under the lock (backups, copies, recordings) is said in a notice."""
        from kindapp.core.journal.cipher import Kdf, LockState, key_for
        from kindapp.core.journal.relock import change_lock

        journal = self._journals.get()
        if journal is None:
            return "other"
        try:
            if journal.locked and (
                current is None or key_for(journal.path, current) != journal.key
            ):
                return "wrong_passphrase"
            kept = self.keyring is not None and self.remembered()
            kdf = Kdf.fresh() if new is not None else None
            key = kdf.derive(new) if kdf is not None and new is not None else None
            done = change_lock(journal, LockState(kdf), key, self.voices)
            if self.keyring is not None:
                self.keyring.forget()
                if kept and kdf is not None and key is not None:
                    self.keyring.remember(kdf.salt, key)
        except (JournalError, OSError) as exc:
            log.error("the lock was not changed: %s", exc)
            return str(getattr(exc, "reason", "other"))
        log.info(
            "the journal's lock is now %s (%d backup(s), %d copy(ies), %d recording(s) "
            "moved with it; %d copy(ies) under an older passphrase left)",
            "on" if key else "off",
            done.backups,
            done.copies,
            done.voices,
            done.left,
        )
        self._tell_moved(done, key is not None)
        return None

    def _tell_moved(self, done: Relocked, on: bool) -> None:
        copies = done.backups + done.copies
        if on and copies and done.voices:
            self._notices.say(
                self.tr(
                    "Kind also locked the older copies of your journal and your recorded "
                    "voice with the same passphrase."
                )
            )
        elif on and copies:
            self._notices.say(
                self.tr(
                    "Kind also locked the older copies of your journal with the same passphrase."
                )
            )
        elif on and done.voices:
            self._notices.say(
                self.tr("Kind also locked your recorded voice with the same passphrase.")
            )
        if done.left:
            self._notices.say(
                self.tr(
                    "Some older copies of your journal are still under an earlier passphrase; "
                    "Kind left them as they were."
                )
            )

    # -- remembered on this computer (a Secret Service keyring) ------------------------------
    def _salt(self) -> bytes | None:
        from kindapp.core.journal.cipher import current_state

        try:
            kdf = current_state(self.backups.journal).kdf
        except JournalError:
            return None
        return None if kdf is None else kdf.salt

    def recall_key(self) -> bytes | None:
        salt = self._salt()
        return None if salt is None or self.keyring is None else self.keyring.recall(salt)

    def remembered(self) -> bool:
        return self.recall_key() is not None

    def set_remembered(self, on: bool) -> bool:
        """Keep the key in the keyring (the journal must be unlocked) or forget it; whether
        it is remembered afterwards."""
        if self.keyring is None:
            return False
        if not on:
            self.keyring.forget()
            return False
        journal = self._journals.get()
        salt = self._salt()
        if journal is None or journal.key is None or salt is None:
            return False
        return self.keyring.remember(salt, journal.key)

    def lock_now(self) -> None:
        self._save_writing()
        self._journals.lock()

    def shutdown(self) -> None:
        self._timer.stop()
        if self._worker is not None:
            self._worker.join()
