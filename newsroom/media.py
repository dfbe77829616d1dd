"""Uploaded media served by Django, which happens only with DEBUG (production: see docs/IMAGES.md).

Only picture files are served, always with an image type, `nosniff` and a sandboxing policy, so
that no uploaded file can ever be rendered as a page even if something slipped past the checks.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.views.static import serve

MEDIA_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
MEDIA_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-site",
}


def serve_media(request: HttpRequest, path: str) -> HttpResponse | FileResponse:
    """Serve one stored picture from MEDIA_ROOT with a fixed image type; anything else is a 404."""
    media_type = MEDIA_TYPES.get(PurePosixPath(path).suffix.lower())
    if media_type is None:
        raise Http404("Not a picture")
    response = serve(request, path, document_root=str(settings.MEDIA_ROOT))
    response["Content-Type"] = media_type
    for header, value in MEDIA_HEADERS.items():
        response[header] = value
    return response
