import re

from django.conf import settings
from django.urls import path, re_path

from . import feeds, preview, views

app_name = "articles"

YEAR = r"(?P<year>[0-9]{4})"
MONTH = r"(?P<month>[0-9]{2})"
DAY = r"(?P<day>[0-9]{2})"
SLUG = r"(?P<slug>[-a-zA-Z0-9_]+)"
LANGUAGES = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)

urlpatterns = [
    path("", views.front_page, name="front"),
    re_path(rf"^{YEAR}/{MONTH}/{DAY}/{SLUG}/$", views.article_detail, name="detail"),
    path("search/", views.search, name="search"),
    path("corrections/", views.corrections, name="corrections"),
    path("language/<str:code>/", views.choose_language, name="language"),
    re_path(rf"^archive/{YEAR}/$", views.archive_year, name="archive_year"),
    re_path(rf"^archive/{YEAR}/{MONTH}/$", views.archive_month, name="archive_month"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path(
        "renditions/<int:pk>/<str:crop>/<int:width>.<str:fmt>",
        views.rendition,
        name="rendition",
    ),
    path("preview/article/<int:pk>/", preview.staff_preview, name="preview"),
    path(
        "preview/article/<int:pk>/revision/<int:revision_pk>/",
        preview.staff_preview,
        name="preview_revision",
    ),
    path("preview/<str:token>/", preview.share_preview, name="share_preview"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("feed/", feeds.LatestRssFeed(), name="feed"),
    path("feed/atom/", feeds.LatestAtomFeed(), name="feed_atom"),
    re_path(rf"^feed/(?P<language>{LANGUAGES})/$", feeds.LanguageRssFeed(), name="language_feed"),
    re_path(
        rf"^feed/(?P<language>{LANGUAGES})/atom/$",
        feeds.LanguageAtomFeed(),
        name="language_feed_atom",
    ),
    path("authors/<slug:slug>/feed/", feeds.AuthorRssFeed(), name="author_feed"),
    path("authors/<slug:slug>/feed/atom/", feeds.AuthorAtomFeed(), name="author_feed_atom"),
    path("tags/<slug:slug>/feed/", feeds.TagRssFeed(), name="tag_feed"),
    path("tags/<slug:slug>/feed/atom/", feeds.TagAtomFeed(), name="tag_feed_atom"),
    path("<slug:slug>/feed/", feeds.SectionRssFeed(), name="section_feed"),
    path("<slug:slug>/feed/atom/", feeds.SectionAtomFeed(), name="section_feed_atom"),
    # The catch-all section pattern stays last: any new URL goes above it.
    path("<slug:slug>/", views.section_detail, name="section"),
]
