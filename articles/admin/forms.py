"""Forms of the article admin: the change form with its edit-conflict guard, and the workflow's."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from .. import timezones, workflow
from ..models import Article
from ..preview import SHARE_LIFETIMES

WORKFLOW_FIELDS = [
    "status",
    "published_at",
    "first_published_at",
    "go_live_recorded_at",
    "updated_at",
    "deleted_at",
    "deleted_by_id",
]


class ArticleAdminForm(forms.ModelForm):
    """The article form. `status` and the publication times are not fields: only the buttons
    change them. `base_version` carries the version the editor opened, so a save made over
    somebody else's is refused instead of silently replacing it."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    expires_at = timezones.NewsroomDateTimeField(
        required=False,
        label="Expires at",
        help_text=f"Optional. When the article disappears from the public site, as "
        f"YYYY-MM-DD HH:MM in {timezones.zone_label()}.",
    )

    class Meta:
        model = Article
        fields = [
            "kicker",
            "headline",
            "slug",
            "standfirst",
            "body",
            "language",
            "translation",
            "section",
            "tags",
            "hero_image",
            "hero_caption",
            "expires_at",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["base_version"] = self.instance.version
        self.conflict: workflow.EditConflict | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.instance.pk is None:
            return cleaned
        base = cleaned.get("base_version")
        try:
            # Runs inside the admin's transaction: the row stays locked until the save commits.
            current = workflow.check_version(self.instance, base if base is not None else -1)
        except workflow.EditConflict as conflict:
            self.conflict = conflict
            # Show the editor's text back with the current version underneath it, so that a
            # second, deliberate save replaces the other one (which stays in the revisions).
            data = cast(Any, self.data).copy()
            data[self.add_prefix("base_version")] = str(conflict.article.version)
            self.data = data
            raise ValidationError(str(conflict), code="edit_conflict") from None
        # The workflow owns these fields; a transition committed after the admin loaded the
        # article must not be undone by saving the form.
        for name in WORKFLOW_FIELDS:
            setattr(self.instance, name, getattr(current, name))
        return cleaned


class CommentForm(forms.Form):
    comment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RequiredCommentForm(forms.Form):
    comment = forms.CharField(
        required=True,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "A comment is required: say what should change."},
    )


class WithdrawForm(forms.Form):
    comment = forms.CharField(
        label="Reason",
        required=True,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "A reason is required to withdraw an article."},
    )


class ScheduleForm(forms.Form):
    publish_at = timezones.NewsroomDateTimeField(label="Go live at")
    comment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean_publish_at(self) -> Any:
        value = self.cleaned_data["publish_at"]
        if value is not None and value <= timezone.now():
            raise ValidationError(
                "That time has passed (%(when)s). Choose a future time, or use Publish now.",
                params={"when": timezones.describe(value)},
            )
        return value


class ShareForm(forms.Form):
    lifetime = forms.TypedChoiceField(
        label="Link works for",
        choices=[(int(delta.total_seconds()), label) for delta, label in SHARE_LIFETIMES],
        coerce=int,
        initial=int(SHARE_LIFETIMES[1][0].total_seconds()),
    )


class BulkWithdrawForm(forms.Form):
    reason = forms.CharField(
        required=True,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        error_messages={"required": "A reason is required to withdraw articles."},
    )
