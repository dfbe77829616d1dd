from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from . import cache, workflow
from .credits import format_credit
from .models import (
    Article,
    Author,
    Byline,
    CopyrightNotice,
    Correction,
    EditorialNote,
    FrontPagePlacement,
    Image,
    Section,
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
        queryset = super().get_queryset(request).not_trashed()
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
            obj.created_by = request.user
        obj.modified_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, EditorialNote) and instance.author_id is None:
                instance.author = request.user
            instance.save()
        for deleted in formset.deleted_objects:
            deleted.delete()
        formset.save_m2m()

    def delete_model(self, request: HttpRequest, obj: Article) -> None:
        workflow.trash(obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for article in queryset:
            workflow.trash(article, by=request.user)


@admin.register(Section)
class SectionAdmin(SimpleHistoryAdmin):
    list_display = ["name", "name_fr", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_fr", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request: HttpRequest, obj: Section, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        cache.purge_site_chrome()

    def delete_model(self, request: HttpRequest, obj: Section) -> None:
        super().delete_model(request, obj)
        cache.purge_site_chrome()


@admin.register(Author)
class AuthorAdmin(SimpleHistoryAdmin):
    list_display = ["display_name", "job_title", "user", "article_count"]
    list_select_related = ["user"]
    search_fields = ["display_name", "job_title", "slug"]
    prepopulated_fields = {"slug": ["display_name"]}
    autocomplete_fields = ["photo"]
    fieldsets = [
        (None, {"fields": ["display_name", "slug", "user", "photo"]}),
        ("About", {"fields": ["job_title", "job_title_fr", "bio", "bio_fr"]}),
        ("Links", {"fields": ["email", "website_url", "social_url"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Author]:
        from django.db.models import Count

        return super().get_queryset(request).annotate(num_bylines=Count("bylines"))

    @admin.display(description="Bylines", ordering="num_bylines")
    def article_count(self, obj: Any) -> int:
        return obj.num_bylines


@admin.register(CopyrightNotice)
class CopyrightNoticeAdmin(SimpleHistoryAdmin):
    list_display = ["holder", "first_year", "statement", "licence_name", "is_site_default", "preview"]
    list_filter = ["is_site_default"]
    search_fields = ["holder", "licence_name"]

    @admin.display(description="As shown")
    def preview(self, obj: CopyrightNotice) -> str:
        return obj.render()

    def save_model(self, request: HttpRequest, obj: CopyrightNotice, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        cache.purge_site_chrome()


@admin.register(Image)
class ImageAdmin(SimpleHistoryAdmin):
    list_display = ["thumbnail", "__str__", "credit_line", "capture_kind", "width", "height", "created_at"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["capture_kind", "is_credit_required", "copyright_notice"]
    list_select_related = ["copyright_notice"]
    search_fields = ["default_caption", "alt_text", "creator", "source", "platform", "original_filename"]
    search_help_text = "Search caption, alt text, creator, source or platform."
    autocomplete_fields = ["copyright_notice"]
    readonly_fields = ["preview", "original_filename", "width", "height", "file_size", "uploaded_by", "created_at"]
    fieldsets = [
        (None, {"fields": ["file", "preview", "alt_text", "default_caption"]}),
        (
            "Credit and rights",
            {
                "fields": [
                    "capture_kind",
                    "creator",
                    "source",
                    "platform",
                    "copyright_notice",
                    "licence_name",
                    "licence_url",
                    "rights_expire_at",
                    "is_credit_required",
                ]
            },
        ),
        ("Crop", {"fields": ["focal_x", "focal_y"]}),
        ("File", {"fields": ["original_filename", "width", "height", "file_size", "uploaded_by", "created_at"]}),
    ]

    @admin.display(description="Image")
    def thumbnail(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        return format_html(
            '<img src="{}" alt="" style="max-width:96px;max-height:64px;object-fit:cover">', obj.file.url
        )

    @admin.display(description="Preview")
    def preview(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        return format_html('<img src="{}" alt="" style="max-width:480px;height:auto">', obj.file.url)

    @admin.display(description="Credit")
    def credit_line(self, obj: Image) -> str:
        return format_credit(obj)

    def save_model(self, request: HttpRequest, obj: Image, form: Any, change: bool) -> None:
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


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
