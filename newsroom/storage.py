"""Local media storage that leaves no partial file behind when the disk fills up."""

from __future__ import annotations

import contextlib
import os
from typing import Any

from django.core.files.storage import FileSystemStorage


class MediaStorage(FileSystemStorage):
    """`FileSystemStorage` that removes what it wrote when a write fails (ENOSPC, EIO...).

    Django's own storage creates the file, then writes the chunks: a full disk leaves a
    truncated file that no row points to.
    """

    def _save(self, name: str, content: Any) -> str:
        path = self.path(name)
        existed = os.path.lexists(path)
        try:
            return super()._save(name, content)  # type: ignore[misc]
        except OSError:
            if not existed:
                with contextlib.suppress(OSError):
                    os.remove(path)
            raise
