"""Back up the newsroom (database rows and media files) into a new folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.backups import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Write every row (Django fixtures with natural keys) and every media file, with a "
        "manifest of counts and checksums, into DESTINATION (a new or empty folder). "
        "Restore with `manage.py restore DESTINATION`. See docs/BACKUP.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("destination", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        destination: Path = options["destination"]
        try:
            summary = make_backup(destination)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(summary.rows.values())
        self.stdout.write(
            f"Backed up {rows} rows and {summary.files} media files "
            f"({summary.bytes / 1_000_000:.1f} MB) into {destination}."
        )
