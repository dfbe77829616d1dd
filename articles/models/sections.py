from __future__ import annotations

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .fields import CleanCharField, CleanTextField


class Section(models.Model):
    name = CleanCharField(max_length=80, unique=True, help_text="The section's name in English.")
    name_fr = CleanCharField(
        max_length=80,
        blank=True,
        help_text="The section's name in French (empty: the English one).",
    )
    slug = models.SlugField(
        max_length=80, unique=True, help_text="The section's address: /<slug>/. Lowercase, hyphens."
    )
    description = CleanTextField(
        blank=True, help_text="One sentence shown at the top of the section page."
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order in the navigation and on the front page; smallest first."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:section", kwargs={"slug": self.slug})

    def name_in(self, language: str) -> str:
        return self.name_fr if language == "fr" and self.name_fr else self.name
