"""The media library: upload, credit, crop and track the rights of every picture."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from simple_history.admin import SimpleHistoryAdmin

from .. import images, renditions
from ..credits import credit_text
from ..forms import ImageForm
from ..models import Article, Author, Image, Rendition, RenditionCrop

RIGHTS_WARNING_DAYS = 7


class RightsFilter(admin.SimpleListFilter):
    title = "rights"
    parameter_name = "rights"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("expiring", f"Expiring within {RIGHTS_WARNING_DAYS} days"),
            ("expired", "Expired"),
            ("unlimited", "No expiry"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "expiring":
            return queryset.rights_expiring(within_days=RIGHTS_WARNING_DAYS)  # type: ignore[attr-defined]
        if self.value() == "expired":
            return queryset.rights_expired()  # type: ignore[attr-defined]
        if self.value() == "unlimited":
            return queryset.filter(rights_expire_at__isnull=True)
        return queryset


def usage(image: Image) -> tuple[list[Article], list[Author]]:
    """The articles (trashed ones too) and authors that show `image`."""
    articles = list(
        Article.objects.filter(hero_image=image).order_by("-published_at", "-created_at")
    )
    authors = list(Author.objects.filter(photo=image))
    return articles, authors


def affected_articles(image: Image) -> list[tuple[Article, str]]:
    """Articles not in the trash that show `image`, live ones first, with their state."""
    articles = Article.objects.not_trashed().filter(hero_image=image)
    ordered = sorted(articles, key=lambda article: (not article.is_live, article.headline))
    return [(article, _article_state(article)) for article in ordered]


def _article_state(article: Article) -> str:
    if article.is_trashed:
        return "in the trash"
    if article.is_live:
        return "live"
    if article.is_scheduled:
        return "scheduled"
    return article.get_status_display().lower()


@admin.register(Image)
class ImageAdmin(SimpleHistoryAdmin):
    form = ImageForm
    list_display = [
        "thumbnail",
        "description",
        "credit_line",
        "rights",
        "use_count",
        "size",
        "created_at",
    ]
    list_display_links = ["thumbnail", "description"]
    list_filter = [RightsFilter, "capture_kind", "is_credit_required", "copyright_notice"]
    list_select_related = ["copyright_notice"]
    list_per_page = 50
    search_fields = [
        "default_caption",
        "alt_text",
        "creator",
        "source",
        "platform",
        "original_filename",
        "copyright_notice__holder",
        "licence_name",
    ]
    search_help_text = (
        "Search caption, alt text, creator, source, platform, rights holder or file name."
    )
    autocomplete_fields = ["copyright_notice"]
    readonly_fields = [
        "focal_picker",
        "crop_previews",
        "where_used",
        "credit_preview",
        "original_filename",
        "width",
        "height",
        "file_size",
        "uploaded_by",
        "created_at",
    ]
    change_list_template = "admin/articles/image/change_list.html"

    class Media:
        css = {"all": ["newsroom/admin/focal-point.css"]}
        js = ["newsroom/admin/focal-point.js"]

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        credit = (
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
                + (["credit_preview"] if obj else []),
            },
        )
        if obj is None:
            return [(None, {"fields": ["upload", "alt_text", "default_caption"]}), credit]
        return [
            (None, {"fields": ["focal_picker", "alt_text", "default_caption"]}),
            credit,
            (
                "Crop",
                {
                    "fields": ["focal_x", "focal_y", "crop_previews"],
                    "description": "Click the picture above on what must stay in every crop "
                    "(a face, the speaker), or type the point: 0 is the left or top edge, "
                    "1 the right or bottom edge.",
                },
            ),
            ("Where used", {"fields": ["where_used"]}),
            (
                "File",
                {
                    "fields": [
                        "original_filename",
                        "width",
                        "height",
                        "file_size",
                        "uploaded_by",
                        "created_at",
                    ],
                    "classes": ["collapse"],
                },
            ),
        ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Image]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                num_articles=Count("hero_of", distinct=True),
                num_authors=Count("author_photos", distinct=True),
            )
            .prefetch_related(
                Prefetch(
                    "renditions",
                    queryset=Rendition.objects.filter(
                        crop=RenditionCrop.ORIGINAL, width=renditions.WIDTHS[0]
                    ),
                )
            )
            # Explicit: Django leaves Meta.ordering out of grouped queries, and the
            # autocomplete pages through this queryset.
            .order_by("-created_at", "-pk")
        )

    # --- columns and read-only fields ---------------------------------------------------------

    @admin.display(description="Image")
    def thumbnail(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        url = renditions.rendition_url(obj, width=renditions.WIDTHS[0])
        return format_html(
            '<img class="media-thumbnail" src="{}" alt="" width="96" height="{}" loading="lazy">',
            url,
            max(1, round(96 * obj.height / obj.width)) if obj.width else 64,
        )

    @admin.display(description="Caption or alt text")
    def description(self, obj: Image) -> str:
        return str(obj)

    @admin.display(description="Size")
    def size(self, obj: Image) -> str:
        return f"{obj.width} × {obj.height}"

    @admin.display(description="Credit")
    def credit_line(self, obj: Image) -> str:
        return credit_text(obj) or "— no credit —"

    @admin.display(description="Rights", ordering="rights_expire_at")
    def rights(self, obj: Image) -> str:
        if obj.rights_expire_at is None:
            return "No expiry"
        when = timezone.localtime(obj.rights_expire_at).strftime("%d %b %Y %H:%M")
        if obj.rights_expired:
            return f"Expired {when}"
        if obj.rights_expire_at <= timezone.now() + timedelta(days=RIGHTS_WARNING_DAYS):
            return f"Expires soon: {when}"
        return f"Until {when}"

    @admin.display(description="Used by")
    def use_count(self, obj: Any) -> str:
        articles, authors = getattr(obj, "num_articles", 0), getattr(obj, "num_authors", 0)
        if not articles and not authors:
            return "unused"
        parts = []
        if articles:
            parts.append(f"{articles} article{'s' if articles != 1 else ''}")
        if authors:
            parts.append(f"{authors} author{'s' if authors != 1 else ''}")
        return ", ".join(parts)

    @admin.display(description="Picture")
    def focal_picker(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        return format_html(
            '<div class="focal-picker" data-input-x="id_focal_x" data-input-y="id_focal_y">'
            '<img class="focal-picker__image" src="{}" alt="{}" width="{}" height="{}">'
            '<span class="focal-picker__marker" hidden></span></div>'
            '<p class="help">Click the picture to set its focal point: crops keep it in view.</p>',
            obj.file.url,
            obj.alt_text,
            obj.width,
            obj.height,
        )

    @admin.display(description="Crops")
    def crop_previews(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        items = []
        for crop in (RenditionCrop.WIDE, RenditionCrop.SQUARE):
            ratio_w, ratio_h = renditions.RATIOS[crop] or (obj.width, obj.height)
            width, height = renditions.size_at(obj, crop, renditions.WIDTHS[0])
            url = renditions.rendition_url(obj, width=width, crop=crop)
            items.append((ratio_w, ratio_h, url, crop, width, height, crop))
        return format_html(
            '<div class="crop-previews">{}</div>',
            format_html_join(
                "",
                '<figure class="crop-preview" data-ratio-w="{}" data-ratio-h="{}">'
                '<div class="crop-preview__frame"><img src="{}" alt="{} crop" width="{}" '
                'height="{}"></div><figcaption>{}</figcaption></figure>',
                items,
            ),
        )

    @admin.display(description="Credit as readers see it")
    def credit_preview(self, obj: Image) -> str:
        return credit_text(obj) or "No credit yet: fill in the creator, source or copyright notice."

    @admin.display(description="Used in")
    def where_used(self, obj: Image) -> SafeString | str:
        articles, authors = usage(obj)
        if not articles and not authors:
            return "Not used anywhere yet."
        rows = [
            (
                reverse("admin:articles_article_change", args=[article.pk]),
                article.headline,
                _article_state(article),
            )
            for article in articles
        ]
        rows += [
            (
                reverse("admin:articles_author_change", args=[author.pk]),
                author.display_name,
                "author photo",
            )
            for author in authors
        ]
        return format_html(
            '<ul class="where-used">{}</ul>',
            format_html_join("", '<li><a href="{}">{}</a> ({})</li>', rows),
        )

    # --- saving and deleting ------------------------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Image, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            images.update_image(obj, changed=list(form.changed_data))
            return
        prepared = form.prepared
        filled = images.apply_credit_hints(obj, prepared.hints)
        images.save_upload(obj, upload=prepared, by=request.user)
        if filled:
            labels = ", ".join(name.replace("_", " ") for name in filled)
            messages.info(request, f"Filled from the file's metadata: {labels}. Check them.")
        if prepared.hints.copyright and "copyright_notice" not in filled:
            messages.warning(
                request,
                f"The file says “{prepared.hints.copyright}”. Choose or create the matching "
                "copyright notice.",
            )

    def delete_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        image = Image.objects.filter(pk=object_id).first()
        if image is not None and Image.objects.filter(pk=image.pk).in_use().exists():
            articles, authors = usage(image)
            names = [f"“{article.headline}”" for article in articles[:5]]
            names += [f"{author.display_name} (author photo)" for author in authors[:5]]
            more = len(articles) + len(authors) - len(names)
            messages.error(
                request,
                "This image cannot be deleted: it is used by "
                + ", ".join(names)
                + (f" and {more} more" if more > 0 else "")
                + ". Replace it there first (articles in the trash count too).",
            )
            return HttpResponseRedirect(reverse("admin:articles_image_change", args=[image.pk]))
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request: HttpRequest, obj: Image) -> None:
        images.delete_image(obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Image]) -> None:
        for image in queryset:
            images.delete_image(image)

    # --- rights ---------------------------------------------------------------------------

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "rights/",
                self.admin_site.admin_view(self.rights_view),
                name="articles_image_rights",
            ),
            *super().get_urls(),
        ]

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        extra_context = {
            **(extra_context or {}),
            "rights_expiring_count": Image.objects.rights_expiring(
                within_days=RIGHTS_WARNING_DAYS
            ).count(),
            "rights_expired_in_use_count": Image.objects.rights_expired().in_use().count(),
        }
        return super().changelist_view(request, extra_context)

    def rights_view(self, request: HttpRequest) -> HttpResponse:
        """Pictures whose rights end within a week or have ended, and the articles they hit."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        expiring = Image.objects.rights_expiring(within_days=RIGHTS_WARNING_DAYS).order_by(
            "rights_expire_at"
        )
        expired = Image.objects.rights_expired().in_use().order_by("-rights_expire_at")
        context = {
            **self.admin_site.each_context(request),
            "title": "Image rights to act on",
            "opts": self.model._meta,
            "warning_days": RIGHTS_WARNING_DAYS,
            "expiring": [(image, affected_articles(image)) for image in expiring],
            "expired": [(image, affected_articles(image)) for image in expired],
        }
        return TemplateResponse(request, "admin/articles/image/rights.html", context)
