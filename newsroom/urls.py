import re

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import URLPattern, URLResolver, include, path, re_path

from articles.sitemaps import SITEMAPS, news_sitemap, robots_txt
from newsroom.media import serve_media

admin.site.site_header = f"{settings.NEWSROOM_SITE_NAME} — newsroom"
admin.site.site_title = settings.NEWSROOM_SITE_NAME
admin.site.index_title = "Newsroom"

urlpatterns: list[URLPattern | URLResolver] = [
    path(settings.NEWSROOM_ADMIN_PATH, admin.site.urls),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("news-sitemap.xml", news_sitemap, name="news_sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("", include("articles.urls")),
]

if settings.DEBUG and not settings.MEDIA_URL.startswith(("http://", "https://", "//")):
    urlpatterns.append(
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve_media, name="media"
        )
    )

handler500 = "newsroom.views.server_error"
