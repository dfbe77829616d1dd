from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from .. import cache
from ..models import Author, CopyrightNotice, Section


@admin.register(Section)
class SectionAdmin(SimpleHistoryAdmin):
    list_display = ["name", "name_fr", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_fr", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    # The masthead is purged once the change is committed: a reader who read the old sections
    # before the commit must not store them under the new stamp.
    def save_model(self, request: HttpRequest, obj: Section, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        transaction.on_commit(cache.purge_site_chrome)

    def delete_model(self, request: HttpRequest, obj: Section) -> None:
        super().delete_model(request, obj)
        transaction.on_commit(cache.purge_site_chrome)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        super().delete_queryset(request, queryset)  # the "delete selected" action
        transaction.on_commit(cache.purge_site_chrome)


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

        # Ordered explicitly: Django leaves Meta.ordering out of grouped queries, and the
        # autocomplete pages through this queryset.
        return (
            super()
            .get_queryset(request)
            .annotate(num_bylines=Count("bylines"))
            .order_by("display_name", "pk")
        )

    @admin.display(description="Bylines", ordering="num_bylines")
    def article_count(self, obj: Any) -> int:
        return obj.num_bylines

    def save_model(self, request: HttpRequest, obj: Author, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change:
            transaction.on_commit(lambda: cache.purge_author(obj))


@admin.register(CopyrightNotice)
class CopyrightNoticeAdmin(SimpleHistoryAdmin):
    list_display = [
        "holder",
        "first_year",
        "statement",
        "licence_name",
        "is_site_default",
        "preview",
    ]
    list_filter = ["is_site_default"]
    search_fields = ["holder", "licence_name"]

    @admin.display(description="As shown")
    def preview(self, obj: CopyrightNotice) -> str:
        return obj.render()

    def save_model(
        self, request: HttpRequest, obj: CopyrightNotice, form: Any, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        transaction.on_commit(cache.purge_site_chrome)
