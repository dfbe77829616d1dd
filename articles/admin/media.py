from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from ..credits import format_credit
from ..models import Image


@admin.register(Image)
class ImageAdmin(SimpleHistoryAdmin):
    list_display = [
        "thumbnail",
        "__str__",
        "credit_line",
        "capture_kind",
        "width",
        "height",
        "created_at",
    ]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["capture_kind", "is_credit_required", "copyright_notice"]
    list_select_related = ["copyright_notice"]
    search_fields = [
        "default_caption",
        "alt_text",
        "creator",
        "source",
        "platform",
        "original_filename",
    ]
    search_help_text = "Search caption, alt text, creator, source or platform."
    autocomplete_fields = ["copyright_notice"]
    readonly_fields = [
        "preview",
        "original_filename",
        "width",
        "height",
        "file_size",
        "uploaded_by",
        "created_at",
    ]
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
                ]
            },
        ),
    ]

    @admin.display(description="Image")
    def thumbnail(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        return format_html(
            '<img src="{}" alt="" style="max-width:96px;max-height:64px;object-fit:cover">',
            obj.file.url,
        )

    @admin.display(description="Preview")
    def preview(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        return format_html(
            '<img src="{}" alt="" style="max-width:480px;height:auto">', obj.file.url
        )

    @admin.display(description="Credit")
    def credit_line(self, obj: Image) -> str:
        return format_credit(obj)

    def save_model(self, request: HttpRequest, obj: Image, form: Any, change: bool) -> None:
        if not change:
            obj.uploaded_by_id = request.user.pk
        super().save_model(request, obj, form, change)
