from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.forms import MergeTagsForm
from taggit.models import Tag

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


# Tags are edited through django-taggit's admin, with purges: a tag's name and address are shown
# on its page and on every article page that carries it.
admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(TaggitTagAdmin):
    def save_model(self, request: HttpRequest, obj: Tag, form: Any, change: bool) -> None:
        old_slug = form.initial.get("slug", "") if change else ""
        super().save_model(request, obj, form, change)
        _purge_on_commit(set(), {obj.pk: [old_slug, obj.slug]})

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        # The tagged items inline: the articles relieved of the tag, and those given it.
        before = cache.tag_dependencies(form.instance.pk, [form.instance.slug])
        super().save_formset(request, form, formset, change)
        _purge_on_commit(before, {form.instance.pk: [form.instance.slug]})

    def delete_model(self, request: HttpRequest, obj: Tag) -> None:
        before = cache.tag_dependencies(obj.pk, [obj.slug])
        super().delete_model(request, obj)
        _purge_on_commit(before)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Tag]) -> None:
        before: set[str] = set()
        for tag_id, slug in queryset.values_list("pk", "slug"):
            before |= cache.tag_dependencies(tag_id, [slug])
        super().delete_queryset(request, queryset)  # the "delete selected" action
        _purge_on_commit(before)

    def merge_tags_view(self, request: HttpRequest) -> Any:
        before: set[str] = set()
        if request.method == "POST":
            ids = [int(pk) for pk in request.session.get("selected_tag_ids", "").split(",") if pk]
            for tag_id, slug in Tag.objects.filter(pk__in=ids).values_list("pk", "slug"):
                before |= cache.tag_dependencies(tag_id, [slug])
        response = super().merge_tags_view(request)
        form = MergeTagsForm(request.POST)
        if before and form.is_valid():  # the name as taggit read it (stripped)
            merged = Tag.objects.filter(name=form.cleaned_data["new_tag_name"]).first()
            after = {merged.pk: [merged.slug]} if merged is not None else {}
            _purge_on_commit(before, after)
        return response


def _purge_on_commit(names: set[str], tags: dict[int, list[str]] | None = None) -> None:
    """Once committed, purge `names` and the pages of `tags` (id: slugs) as they are then."""

    def purge() -> None:
        found = set(names)
        for tag_id, slugs in (tags or {}).items():
            found |= cache.tag_dependencies(tag_id, slugs)
        cache.purge(found)

    transaction.on_commit(purge)
