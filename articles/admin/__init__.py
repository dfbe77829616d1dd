"""The newsroom admin, one module per concern."""

from . import articles, media, site

__all__ = ["articles", "media", "site"]
