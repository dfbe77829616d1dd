"""Renditions of images: sizes, formats and crops made off the request path."""

from __future__ import annotations

from articles.models import Image


def rendition_url(image: Image, *, width: int, crop: str = "original", fmt: str = "jpeg") -> str:
    """The URL of a rendition of `image` (the original until renditions exist)."""
    return image.file.url
