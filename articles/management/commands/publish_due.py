"""Record the go-live of articles whose time has come. Visibility never waits for this."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from articles import workflow


class Command(BaseCommand):
    help = (
        "Record go-live events, set first_published_at and purge caches for articles that went "
        "live since the last run. Idempotent; safe to run in several places at once. Run it "
        "every minute (cron or a systemd timer)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--loop",
            type=int,
            metavar="SECONDS",
            default=0,
            help="Keep running, checking every SECONDS (the demo uses this instead of cron).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        interval = options["loop"]
        if interval < 0:
            raise CommandError("--loop takes a positive number of seconds.")
        if not interval:
            self.run_once()
            return
        while True:
            try:
                self.run_once()
            except CommandError as exc:
                # In a loop, a failure is reported and retried on the next tick.
                self.stderr.write(str(exc))
            time.sleep(interval)

    def run_once(self) -> None:
        failure: workflow.GoLiveFailed | None = None
        try:
            done = workflow.record_due_go_lives()
        except workflow.GoLiveFailed as exc:
            done, failure = exc.done, exc
        except Exception as exc:
            raise CommandError(f"publish_due failed: {exc}") from exc
        stamp = timezone.localtime().strftime("%Y-%m-%d %H:%M %Z")
        if not done and failure is None:
            self.stdout.write(f"{stamp}: nothing went live since the last run.")
        for article in done:
            at = timezone.localtime(article.published_at).strftime("%Y-%m-%d %H:%M %Z")
            self.stdout.write(f"{stamp}: went live (due {at}): #{article.pk} {article.headline}")
        if failure is not None:
            raise CommandError(f"publish_due failed: {failure}")
