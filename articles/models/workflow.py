from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from .articles import Article, Status
from .fields import CleanTextField


class WorkflowAction(models.TextChoices):
    CREATE = "create", "Created"
    SUBMIT = "submit", "Submitted for review"
    REQUEST_CHANGES = "request_changes", "Changes requested"
    APPROVE = "approve", "Approved"
    PUBLISH = "publish", "Published"
    SCHEDULE = "schedule", "Scheduled"
    GO_LIVE = "go_live", "Went live"
    WITHDRAW = "withdraw", "Withdrawn"
    RESTORE = "restore", "Restored to draft"
    TRASH = "trash", "Moved to the trash"
    UNTRASH = "untrash", "Restored from the trash"
    CORRECT = "correct", "Corrected"
    REVERT = "revert", "Revision restored"


class WorkflowEvent(models.Model):
    """The audit trail: one row per transition, never edited."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workflow_events",
        help_text="Empty for the system (publish_due).",
    )
    action = models.CharField(max_length=20, choices=WorkflowAction.choices)
    from_status = models.CharField(max_length=12, choices=Status.choices)
    to_status = models.CharField(max_length=12, choices=Status.choices)
    comment = CleanTextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "-created_at"], name="event_article_recent")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.from_status} → {self.to_status})"


class ArticleRevision(models.Model):
    """A snapshot of everything an editor may want back: text, image, caption, bylines, tags."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    data = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    comment = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "-created_at"], name="revision_article_recent")]

    def __str__(self) -> str:
        return f"Revision of {self.article_id} at version {self.version}"


class EditorialNote(models.Model):
    """A note between staff about an article; never shown to readers."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = CleanTextField(help_text="Only staff see notes.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:60]


class ShareLink(models.Model):
    """A revocable, expiring link that lets someone without a login read a preview."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="share_links")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")),
                name="share_link_expires_after_creation",
            )
        ]

    def __str__(self) -> str:
        return f"Share link for {self.article_id}"


class FrontPageSlot(models.TextChoices):
    LEAD = "lead", "Lead story"
    TOP = "top", "Top stories"


class FrontPagePlacement(models.Model):
    """A curated place on the front page; the rest of the page falls back to the latest."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="placements")
    language = models.CharField(
        max_length=2,
        choices=[("en", "English"), ("fr", "Français")],
        default="en",
        help_text="The front page this placement belongs to.",
    )
    slot = models.CharField(max_length=8, choices=FrontPageSlot.choices, default=FrontPageSlot.TOP)
    position = models.PositiveSmallIntegerField(default=0, help_text="Smallest first.")

    class Meta:
        ordering = ["language", "slot", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["language"],
                condition=Q(slot="lead"),
                name="one_lead_story_per_language",
                violation_error_message="There is already a lead story for this language.",
            ),
            models.UniqueConstraint(
                fields=["article", "language"], name="article_placed_once_per_front_page"
            ),
            models.CheckConstraint(
                condition=Q(slot__in=FrontPageSlot.values), name="placement_slot_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_slot_display()} #{self.position}: {self.article}"
