"""Where the person's files live (platformdirs), created private to them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kindapp import APP_ID


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> Paths:
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_ID)),
            data_dir=Path(platformdirs.user_data_dir(APP_ID)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def voice_dir(self) -> Path:
        """The person's recorded voice (kindapp.core.voice_store)."""
        return self.data_dir / "voice"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "kindapp.log"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make it 0700. Raises OSError when that is impossible."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a directory")
    os.chmod(path, 0o700)
    return path
