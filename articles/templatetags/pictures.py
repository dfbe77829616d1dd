"""`{% picture %}`: the one way a stored image reaches a public page."""

from __future__ import annotations

from typing import Any

from django import template
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString

from articles import credits, renditions, tasks
from articles.models import Image, RenditionCrop, RenditionFormat

register = template.Library()


@register.simple_tag(takes_context=True)
def picture(
    context: template.Context,
    image: Image | None,
    *,
    crop: str = RenditionCrop.ORIGINAL,
    sizes: str = "100vw",
    lazy: bool = True,
    alt: str | None = None,
    css_class: str = "",
    language: str | None = None,
) -> SafeString:
    """A `<picture>` with AVIF/WebP/JPEG `srcset`s, or a neutral placeholder once rights expire.

    `lazy=False` for pictures above the fold (the article's hero): loaded eagerly, high priority.
    `alt` overrides the image's alt text ("" for a decorative use). `crop` is "original", "16:9"
    or "1:1".
    """
    if image is None or not image.file or not image.width or not image.height:
        return SafeString("")
    language = language or context.get("site_language") or translation.get_language() or "en"
    width, height = renditions.size_at(image, crop, renditions.WIDTHS[-1])
    values: dict[str, Any] = {
        "image": image,
        "width": width,
        "height": height,
        "css_class": css_class,
        "alt": image.alt_text if alt is None else alt,
        "lazy": lazy,
    }
    if image.rights_expired:
        values["placeholder_text"] = credits.unavailable_text(language)
        return render_to_string("includes/picture_placeholder.html", values)
    if renditions.missing(image, crop=crop):
        image_pk = image.pk
        transaction.on_commit(lambda: tasks.enqueue_missing_renditions(image_pk))
    # Built here rather than by a template: a front page shows some thirty pictures, and this
    # markup is the same every time. Every value is escaped as the template engine would.
    sizes_attr = escape(sizes)
    jpeg_srcset = ""
    markup = [f'<picture class="{escape(css_class)}">' if css_class else "<picture>"]
    for fmt in renditions.formats():
        srcset = ", ".join(f"{url} {w}w" for url, w in renditions.srcset(image, crop=crop, fmt=fmt))
        if fmt == RenditionFormat.JPEG:
            jpeg_srcset = srcset
            continue
        mime = renditions.MIME_TYPES[RenditionFormat(fmt)]
        markup.append(f'<source type="{mime}" srcset="{escape(srcset)}" sizes="{sizes_attr}">')
    src = renditions.rendition_url(
        image, width=min(960, width), crop=crop, fmt=RenditionFormat.JPEG
    )
    markup.append(
        f'<img src="{escape(src)}" srcset="{escape(jpeg_srcset)}" sizes="{sizes_attr}" '
        f'width="{width}" height="{height}" alt="{escape(values["alt"])}" decoding="async"'
        + (' loading="lazy">' if lazy else ' fetchpriority="high">')
        + "</picture>"
    )
    return SafeString("".join(markup))
