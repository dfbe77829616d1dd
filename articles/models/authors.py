from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .fields import CleanCharField, CleanTextField


class Author(models.Model):
    display_name = CleanCharField(
        max_length=150, help_text="The name as printed in bylines, e.g. “Claire Martin”."
    )
    slug = models.SlugField(
        max_length=150, unique=True, help_text="The author page address: /authors/<slug>/."
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
        help_text="The login of this author, if any. Freelancers and agencies have none.",
    )
    job_title = CleanCharField(
        max_length=150, blank=True, help_text="In English, e.g. “Brussels correspondent”."
    )
    job_title_fr = CleanCharField(
        max_length=150, blank=True, help_text="In French, e.g. « Correspondante à Bruxelles »."
    )
    bio = CleanTextField(
        blank=True, help_text="Two or three sentences in English for the “About the author” box."
    )
    bio_fr = CleanTextField(blank=True, help_text="The same in French.")
    photo = models.ForeignKey(
        "articles.Image",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="author_photos",
        help_text="A portrait; it is cropped square around its focal point.",
    )
    email = models.EmailField(
        blank=True, help_text="A public contact address, if the author wants one."
    )
    website_url = models.URLField(blank=True, help_text="A personal site or portfolio.")
    social_url = models.URLField(blank=True, help_text="A social media profile.")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})

    def job_title_in(self, language: str) -> str:
        return self.job_title_fr if language == "fr" and self.job_title_fr else self.job_title

    def bio_in(self, language: str) -> str:
        return self.bio_fr if language == "fr" and self.bio_fr else self.bio
