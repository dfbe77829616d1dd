"""Remove the public renditions of images whose rights have expired; run it with publish_due."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from articles.images import withdraw_expired_renditions
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Delete the renditions of images whose rights have expired (pages already show a "
        "placeholder) and list the live articles that still use them. Safe to run every minute."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for image in withdraw_expired_renditions():
            headlines = list(
                Article.objects.live().filter(hero_image=image).values_list("headline", flat=True)
            )
            self.stdout.write(
                f"Rights expired: image {image.pk} ({image}); renditions removed."
                + (f" Live articles still using it: {'; '.join(headlines)}." if headlines else "")
            )
