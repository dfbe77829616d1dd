from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .fields import CleanCharField


class CopyrightNoticeQuerySet(models.QuerySet["CopyrightNotice"]):
    def site_default(self) -> CopyrightNotice | None:
        """The notice that renders the site footer, or None before one is chosen."""
        return self.filter(is_site_default=True).first()


class CopyrightNotice(models.Model):
    holder = CleanCharField(
        max_length=200,
        help_text="Who owns the rights, as it should read after the ©, e.g. “Impact European”.",
    )
    first_year = models.PositiveSmallIntegerField(
        help_text="The first year of the range shown after the ©, e.g. 2023.",
    )
    statement = CleanCharField(
        max_length=200,
        blank=True,
        default="All rights reserved.",
        help_text="The sentence after the holder in English, e.g. “All rights reserved.”",
    )
    statement_fr = CleanCharField(
        max_length=200,
        blank=True,
        default="Tous droits réservés.",
        help_text="The same sentence in French, shown on French pages.",
    )
    licence_name = CleanCharField(
        max_length=100, blank=True, help_text="A licence, if any, e.g. “CC BY 4.0”."
    )
    licence_url = models.URLField(blank=True, help_text="Where the licence text lives.")
    is_site_default = models.BooleanField(
        default=False,
        help_text="The notice shown in the footer of every page. Only one notice can be it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    objects = CopyrightNoticeQuerySet.as_manager()

    class Meta:
        ordering = ["holder", "first_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_site_default"],
                condition=Q(is_site_default=True),
                name="one_site_default_copyright_notice",
                violation_error_message="Another notice is already the site default.",
            ),
            models.CheckConstraint(
                condition=Q(first_year__gte=1800) & Q(first_year__lte=2200),
                name="copyright_first_year_plausible",
                violation_error_message="The first year must be between 1800 and 2200.",
            ),
        ]

    def __str__(self) -> str:
        return self.render()

    def year_range(self, year: int | None = None) -> str:
        """“2023–2026”, ending in the current year; a single year when they are the same."""
        current = year or timezone.localdate().year
        if self.first_year >= current:
            return str(self.first_year)
        return f"{self.first_year}–{current}"

    def render(self, language: str = "en", year: int | None = None) -> str:
        statement = self.statement_fr if language == "fr" and self.statement_fr else self.statement
        text = f"© {self.year_range(year)} {self.holder}."
        if self.holder.endswith("."):
            text = text[:-1]
        return f"{text} {statement}".strip()
