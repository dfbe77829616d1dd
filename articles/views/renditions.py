"""The rendition fallback view (moved here verbatim when views became a package)."""

from __future__ import annotations

import logging

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .. import renditions
from ..models import Image

logger = logging.getLogger(__name__)


@require_GET
def rendition(request: HttpRequest, pk: int, crop: str, width: int, fmt: str) -> HttpResponse:
    """Make a missing rendition now and redirect to it: the fallback when the worker is behind.

    Only for images readers can see (a live article's hero, an author's photo) with rights
    still current, and only at the widths a page asks for; staff may see any image.
    """
    crop_name = renditions.CROPS_BY_SLUG.get(crop)
    format_name = {"avif": "avif", "webp": "webp", "jpg": "jpeg"}.get(fmt)
    if crop_name is None or format_name not in renditions.formats():
        raise Http404("No such rendition")
    images = Image.objects.all()
    is_staff = bool(getattr(request.user, "is_staff", False))
    if not is_staff:
        images = images.rights_current().placed_publicly()
    image = get_object_or_404(images, pk=pk)
    if width not in renditions.allowed_widths(image, crop_name):
        raise Http404("No such rendition")
    try:
        made = renditions.make_rendition(image, width=width, crop=crop_name, fmt=format_name)
    except OSError as exc:  # the original is missing or unreadable in storage
        logger.error("Cannot make a rendition of image %s: %r", image.pk, exc)
        raise Http404("No such rendition") from exc
    response = HttpResponseRedirect(made.file.url)
    response["Cache-Control"] = "private, no-store" if is_staff else "public, max-age=300"
    return response
