from __future__ import annotations

import secrets
import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .fields import CleanCharField, CleanTextField, RenditionIndexField

if TYPE_CHECKING:
    from .copyright import CopyrightNotice


def original_upload_to(instance: Image, filename: str) -> str:
    """A server-chosen name: the uploader's file name is kept only in `original_filename`."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"images/originals/{uuid.uuid4().hex[:2]}/{uuid.uuid4().hex}.{ext}"


def rendition_upload_to(instance: Rendition, filename: str) -> str:
    """A short random name: a page lists some fifteen rendition URLs per picture.

    64 random bits; the storage still renames a file on the unlikely clash.
    """
    ext = filename.rsplit(".", 1)[-1].lower()
    return f"images/r/{secrets.token_hex(8)}.{ext}"


class CaptureKind(models.TextChoices):
    PHOTOGRAPH = "photograph", "Photograph"
    IMAGE_CAPTURE = "image_capture", "Image capture"
    ILLUSTRATION = "illustration", "Illustration"
    HANDOUT = "handout", "Handout"
    ARCHIVE = "archive", "Archive"


class RenditionFormat(models.TextChoices):
    AVIF = "avif", "AVIF"
    WEBP = "webp", "WebP"
    JPEG = "jpeg", "JPEG"


class RenditionCrop(models.TextChoices):
    ORIGINAL = "original", "Original ratio"
    WIDE = "16:9", "16:9"
    SQUARE = "1:1", "1:1"


class ImageQuerySet(models.QuerySet["Image"]):
    def rights_expiring(self, *, within_days: int = 7) -> ImageQuerySet:
        """Images whose rights end within the next `within_days` days (not yet expired)."""
        now = timezone.now()
        return self.filter(
            rights_expire_at__gt=now,
            rights_expire_at__lte=now + timedelta(days=within_days),
        )

    def rights_expired(self) -> ImageQuerySet:
        return self.filter(rights_expire_at__lte=timezone.now())

    def rights_current(self) -> ImageQuerySet:
        """Images we may still show: no expiry, or an expiry ahead."""
        return self.filter(
            Q(rights_expire_at__isnull=True) | Q(rights_expire_at__gt=timezone.now())
        )

    def placed_publicly(self) -> ImageQuerySet:
        """Images readers can see: the hero of a live article, or an author's photo."""
        from .articles import Article
        from .authors import Author

        return self.filter(
            Exists(Article.objects.live().filter(hero_image=OuterRef("pk")))
            | Exists(Author.objects.filter(photo=OuterRef("pk")))
        )

    def in_use(self) -> ImageQuerySet:
        """Images any article (trashed ones included) or author still points at."""
        from .articles import Article
        from .authors import Author

        return self.filter(
            Exists(Article.objects.filter(hero_image=OuterRef("pk")))
            | Exists(Author.objects.filter(photo=OuterRef("pk")))
        )


class Image(models.Model):
    file = models.ImageField(
        upload_to=original_upload_to,
        width_field="width",
        height_field="height",
        max_length=255,
        help_text="JPEG, PNG, GIF or WebP. It is re-encoded on upload: metadata such as GPS "
        "positions is removed.",
    )
    original_filename = CleanCharField(
        max_length=255, blank=True, editable=False, help_text="The name of the uploaded file."
    )
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    file_size = models.PositiveIntegerField(default=0, editable=False)
    alt_text = CleanCharField(
        max_length=300,
        blank=True,
        help_text="What the picture shows, for readers who cannot see it. Required to publish.",
    )
    default_caption = CleanTextField(
        blank=True,
        help_text="The caption used wherever the picture appears, unless an article overrides it.",
    )
    creator = CleanCharField(
        max_length=200, blank=True, help_text="The photographer or artist, e.g. “Jane Doe”."
    )
    source = CleanCharField(
        max_length=200,
        blank=True,
        help_text="The organisation it comes from, e.g. “Élysée” or “AFP”.",
    )
    platform = CleanCharField(
        max_length=100,
        blank=True,
        help_text="Where it was published first, for captures, e.g. “YouTube”.",
    )
    capture_kind = CleanCharField(
        max_length=20,
        choices=CaptureKind.choices,
        default=CaptureKind.PHOTOGRAPH,
        help_text="What kind of picture this is; it starts the credit line (“Photo: …”).",
    )
    copyright_notice = models.ForeignKey(
        "articles.CopyrightNotice",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="images",
        help_text="Who holds the rights. Leave empty when the credit says it all.",
    )
    licence_name = CleanCharField(
        max_length=100, blank=True, help_text="Licence under which we use it, e.g. “CC BY 4.0”."
    )
    licence_url = models.URLField(blank=True, help_text="Link to the licence text.")
    rights_expire_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When our right to show it ends. After that, public pages show a placeholder.",
    )
    is_credit_required = models.BooleanField(
        default=True,
        help_text="Tick when the rights holder requires a credit; articles cannot be published "
        "with this image until the credit is filled in.",
    )
    focal_x = models.FloatField(
        default=0.5, help_text="Horizontal focal point, 0 (left) to 1 (right), used for crops."
    )
    focal_y = models.FloatField(
        default=0.5, help_text="Vertical focal point, 0 (top) to 1 (bottom), used for crops."
    )
    rendition_index = RenditionIndexField(
        default=dict,
        blank=True,
        editable=False,
        help_text="The stored name of each current rendition, kept in step with the renditions "
        "(see articles.renditions.refresh_index), so that pages link to them without a query.",
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="uploaded_images",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(
        excluded_fields=["file", "width", "height", "file_size", "rendition_index"]
    )
    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(focal_x__gte=0)
                & Q(focal_x__lte=1)
                & Q(focal_y__gte=0)
                & Q(focal_y__lte=1),
                name="image_focal_point_inside",
                violation_error_message="The focal point must lie inside the image (0 to 1).",
            ),
            models.CheckConstraint(
                condition=Q(capture_kind__in=CaptureKind.values),
                name="image_capture_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.default_caption[:80] or self.alt_text[:80] or self.original_filename or "Image"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Save, leaving `rendition_index` to `articles.renditions.refresh_index`.

        The index changes under the task worker while an editor has the image open; writing
        the copy loaded with the form would bring back renditions deleted since, or forget new
        ones. Only an explicit `update_fields` naming it (or an insert) writes it.
        """
        updating = self.pk is not None and not kwargs.get("force_insert")
        if updating and self._state.adding:
            # An instance built with the pk of an existing row (a history revert) updates it.
            updating = type(self).objects.filter(pk=self.pk).exists()
        if updating and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "rendition_index"
            ]
        super().save(*args, **kwargs)

    @property
    def has_credit(self) -> bool:
        """Whether the credit line says who to credit (see `articles.credits.credit_parts`)."""
        return bool(self.creator.strip() or self.source.strip() or self.copyright_notice_id)

    @property
    def rights_expired(self) -> bool:
        return self.rights_expire_at is not None and self.rights_expire_at <= timezone.now()

    @property
    def notice(self) -> CopyrightNotice | None:
        return self.copyright_notice


class Rendition(models.Model):
    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    format = models.CharField(max_length=4, choices=RenditionFormat.choices)
    crop = models.CharField(
        max_length=8, choices=RenditionCrop.choices, default=RenditionCrop.ORIGINAL
    )
    focal_x = models.FloatField(default=0.5)
    focal_y = models.FloatField(default=0.5)
    file = models.FileField(upload_to=rendition_upload_to, max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["image", "width", "format", "crop"], name="one_rendition_per_size"
            ),
            models.CheckConstraint(
                condition=Q(format__in=RenditionFormat.values), name="rendition_format_valid"
            ),
            models.CheckConstraint(
                condition=Q(crop__in=RenditionCrop.values), name="rendition_crop_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.image_id} {self.crop} {self.width}w {self.format}"
