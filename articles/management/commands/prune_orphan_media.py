"""List (or delete) stored picture files that no image or rendition row points at."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandParser

from articles.images import orphaned_files


class Command(BaseCommand):
    help = (
        "List picture files in media storage that no image or rendition uses (left by a "
        "transaction that rolled back after the upload was written). --delete removes them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--delete", action="store_true", help="Delete the files found.")
        parser.add_argument(
            "--older-than-hours",
            type=float,
            default=1.0,
            help="Only files older than this, so uploads being saved are left alone (default 1).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        names = orphaned_files(older_than=timedelta(hours=options["older_than_hours"]))
        for name in names:
            if options["delete"]:
                default_storage.delete(name)
            self.stdout.write(("Deleted " if options["delete"] else "Orphan ") + name)
        self.stdout.write(f"{len(names)} orphan file(s){' deleted' if options['delete'] else ''}.")
