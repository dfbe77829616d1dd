"""`{% picture %}`: the one way a stored image reaches a public page."""

from __future__ import annotations

from django import template
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString

from articles import credits, renditions, tasks
from articles.models import Image, RenditionCrop, RenditionFormat
from newsroom.memo import Memo
from newsroom.render_scope import scope_of

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
    if image is None or not image.width or not image.height:
        return SafeString("")
    file_name = image.file.name  # the file's descriptor once: a front page has 40 pictures
    if not file_name:
        return SafeString("")
    alt_text = image.alt_text if alt is None else alt
    if image.rights_expired:
        width, height = renditions.size_at(image, crop, renditions.WIDTHS[-1])
        language = language or context.get("site_language") or translation.get_language() or "en"
        return render_to_string(
            "includes/picture_placeholder.html",
            {
                "width": width,
                "height": height,
                "css_class": css_class,
                "lazy": lazy,
                "placeholder_text": credits.unavailable_text(language),
            },
        )
    scope = scope_of(context)
    key = (
        image.pk,
        file_name,
        image.width,  # with the crop and the focal point, what the picture's size is made of
        image.height,
        image.focal_x,
        image.focal_y,
        alt_text,
        renditions.index_text(image),
        crop,
        sizes,
        bool(lazy),
        css_class,
        tuple(renditions.formats()),
        scope.media_url,
        scope.script_prefix,
        scope.urlconf,
    )
    remembered = _pictures.get(key)
    if remembered is None:
        remembered = _pictures.put(
            key,
            (
                _markup(
                    image, crop=crop, sizes=sizes, lazy=lazy, alt=alt_text, css_class=css_class
                ),
                renditions.missing(image, crop=crop),
            ),
        )
    markup, missing = remembered
    if missing:
        image_pk = image.pk
        transaction.on_commit(lambda: tasks.enqueue_missing_renditions(image_pk))
    return markup


# The markup of a picture is a pure function of the key above (the image's identity, size,
# focal point and alt text, its rendition index, the options, the formats and the URL prefixes),
# so it is remembered per process under that key: a new rendition, focal point, alt text or
# rights change makes a new key, never a stale picture.
PICTURE_MEMO_SIZE = 4096
_pictures: Memo[tuple[SafeString, bool]] = Memo(PICTURE_MEMO_SIZE)


def _markup(
    image: Image, *, crop: str, sizes: str, lazy: bool, alt: str, css_class: str
) -> SafeString:
    """The `<picture>` element, built here rather than by a template (the same markup thirty
    times a page); every value is escaped as the template engine would."""
    width, height = renditions.size_at(image, crop, renditions.WIDTHS[-1])
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
        f'width="{width}" height="{height}" alt="{escape(alt)}" decoding="async"'
        + (' loading="lazy">' if lazy else ' fetchpriority="high">')
        + "</picture>"
    )
    return SafeString("".join(markup))
