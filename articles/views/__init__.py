"""The public site's views: short typed functions reading `Article.objects.live()`."""

from .articles import article_detail
from .listings import (
    archive_month,
    archive_year,
    author_detail,
    choose_language,
    corrections,
    front_page,
    section_detail,
    tag_detail,
)
from .renditions import rendition
from .search import search

__all__ = [
    "archive_month",
    "archive_year",
    "article_detail",
    "author_detail",
    "choose_language",
    "corrections",
    "front_page",
    "rendition",
    "search",
    "section_detail",
    "tag_detail",
]
