"""Restore a backup made by `manage.py backup` into an empty database and media folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Migrate the database, then restore SOURCE (a folder made by `manage.py backup`): "
        "checks the checksums first, loads the rows in one transaction, copies the media "
        "files back and checks the counts. Refuses a database that already holds articles "
        "images or users. See docs/BACKUP.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        source: Path = options["source"]
        if not source.is_dir():
            raise CommandError(f"{source} is not a folder.")
        call_command("migrate", interactive=False, verbosity=0)
        try:
            summary = restore_backup(source)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(summary.rows.values())
        self.stdout.write(f"Restored {rows} rows and {summary.files} media files from {source}.")
