"""Image uploads: decode, check, re-encode without metadata, store under a server-chosen name."""

from __future__ import annotations

import io
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageOps

from .models import Image

_SAVE_FORMAT = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "GIF": ("GIF", "gif"),
    "WEBP": ("WEBP", "webp"),
}


def reencode(data: bytes) -> tuple[bytes, str]:
    """Return the picture re-encoded with no metadata, and the file extension to store it under."""
    with PILImage.open(io.BytesIO(data)) as picture:
        source_format = picture.format or "JPEG"
        picture.load()
        fmt, ext = _SAVE_FORMAT.get(source_format, ("JPEG", "jpg"))
        clean = ImageOps.exif_transpose(picture)
        if fmt == "JPEG" and clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        buffer = io.BytesIO()
        options: dict[str, Any] = {"optimize": True}
        if fmt == "JPEG":
            options["quality"] = 90
        clean.save(buffer, format=fmt, **options)
    return buffer.getvalue(), ext


@transaction.atomic
def create_image(*, data: bytes, filename: str, by: Any = None, **fields: Any) -> Image:
    """Store an uploaded picture as a new `Image`, stripped of metadata."""
    clean, ext = reencode(data)
    image = Image(original_filename=filename[:255], uploaded_by=by, file_size=len(clean), **fields)
    image.file.save(f"upload.{ext}", ContentFile(clean), save=False)
    image.full_clean()
    image.save()
    return image
