from __future__ import annotations

from typing import Any, cast

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from .. import workflow
from ..models import (
    Article,
    ArticleQuerySet,
    Byline,
    Correction,
    EditorialNote,
    FrontPagePlacement,
    WorkflowEvent,
)


class BylineInline(admin.TabularInline):
    model = Byline
    extra = 1
    autocomplete_fields = ["author"]
    fields = ["position", "author", "role"]
    ordering = ["position"]
    verbose_name = "byline"
    verbose_name_plural = "Bylines (in the order readers see them)"


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["kind", "text", "published_at"]
    readonly_fields = ["kind", "text", "published_at"]
    can_delete = False
    verbose_name_plural = "Corrections (public record; add them with the Correct button)"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class EditorialNoteInline(admin.TabularInline):
    model = EditorialNote
    extra = 1
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]
    can_delete = False
    verbose_name_plural = "Editorial notes (staff only, never public)"

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "headline",
        "status_label",
        "language",
        "section",
        "byline_names",
        "published_at",
        "modified_at",
    ]
    list_filter = ["status", "language", "section", ("published_at", admin.DateFieldListFilter)]
    list_select_related = ["section"]
    search_fields = ["headline", "standfirst", "kicker", "slug", "bylines__author__display_name"]
    search_help_text = "Search headline, standfirst, kicker, slug or author name."
    date_hierarchy = "published_at"
    autocomplete_fields = ["section", "hero_image", "translation"]
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = [
        "status",
        "published_at",
        "first_published_at",
        "updated_at",
        "version",
        "created_by",
        "created_at",
        "modified_at",
    ]
    inlines = [BylineInline, CorrectionInline, EditorialNoteInline]
    fieldsets = [
        (None, {"fields": ["kicker", "headline", "slug", "standfirst", "body"]}),
        ("Filing", {"fields": ["language", "translation", "section", "tags"]}),
        ("Hero image", {"fields": ["hero_image", "hero_caption"]}),
        (
            "Publication",
            {
                "fields": [
                    "status",
                    "published_at",
                    "first_published_at",
                    "updated_at",
                    "expires_at",
                    "version",
                    "created_by",
                    "created_at",
                    "modified_at",
                ]
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        queryset = cast(ArticleQuerySet, super().get_queryset(request)).not_trashed()
        if not request.user.has_perm("articles.change_any_article"):
            queryset = queryset.owned_by(request.user)
        return queryset.prefetch_related("bylines__author")

    @admin.display(description="Status", ordering="status")
    def status_label(self, obj: Article) -> str:
        if obj.is_scheduled:
            return "Scheduled"
        return obj.get_status_display()

    @admin.display(description="Bylines")
    def byline_names(self, obj: Article) -> str:
        return ", ".join(byline.author.display_name for byline in obj.bylines.all())

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return super().has_delete_permission(request)
        return workflow.can_trash(request.user, obj)

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        if not change:
            obj.created_by_id = request.user.pk
        obj.modified_by_id = request.user.pk
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, EditorialNote) and instance.author_id is None:
                instance.author_id = request.user.pk
            instance.save()
        for deleted in formset.deleted_objects:
            deleted.delete()
        formset.save_m2m()

    def delete_model(self, request: HttpRequest, obj: Article) -> None:
        workflow.trash(obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for article in queryset:
            workflow.trash(article, by=request.user)


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["article", "kind", "published_at"]
    list_filter = ["kind"]
    list_select_related = ["article"]
    search_fields = ["text", "article__headline"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["article"]


@admin.register(FrontPagePlacement)
class FrontPagePlacementAdmin(admin.ModelAdmin):
    list_display = ["article", "language", "slot", "position"]
    list_editable = ["slot", "position"]
    list_filter = ["language", "slot"]
    list_select_related = ["article"]
    autocomplete_fields = ["article"]


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "article", "action", "from_status", "to_status", "actor"]
    list_filter = ["action", "to_status"]
    list_select_related = ["article", "actor"]
    search_fields = ["article__headline", "comment"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
