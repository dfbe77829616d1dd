"""RSS 2.0 and Atom feeds for the site, each section, each author and each tag."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.html import escape
from taggit.models import Tag

from .credits import format_credit
from .models import Article, Author, CopyrightNotice, Section, prefetch_card_bylines
from .renditions import rendition_url
from .structured_data import absolute_url, publicly_shown

FEED_SIZE = 30
DC = "http://purl.org/dc/elements/1.1/"
MEDIA = "http://search.yahoo.com/mrss/"
FEED_IMAGE_WIDTH = 1200


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(value: Any) -> Any:
    """Strings without the control characters XML 1.0 cannot carry; other values unchanged."""
    if isinstance(value, str):
        return _CONTROL_CHARACTERS.sub("", value)
    if isinstance(value, dict):
        return {key: _xml_safe(inner) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_xml_safe(inner) for inner in value)
    return value


class _MediaMixin:
    """The picture as `media:content` with its caption, credit and copyright."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*_xml_safe(args), **_xml_safe(kwargs))  # type: ignore[call-arg]

    def add_item(self, *args: Any, **kwargs: Any) -> None:
        super().add_item(*_xml_safe(args), **_xml_safe(kwargs))  # type: ignore[misc]

    def add_item_media(self, handler: Any, item: dict[str, Any]) -> None:
        picture = item.get("picture")
        if picture:
            handler.startElement(
                "media:content",
                {"url": picture["url"], "medium": "image", "type": "image/jpeg"},
            )
            if picture["caption"]:
                handler.addQuickElement("media:description", picture["caption"])
            if picture["credit"]:
                handler.addQuickElement("media:credit", picture["credit"])
            if picture["copyright"]:
                handler.addQuickElement("media:copyright", picture["copyright"])
            handler.endElement("media:content")


class NewsRssFeed(_MediaMixin, Rss201rev2Feed):
    def rss_attributes(self) -> dict[str, str]:
        return {**super().rss_attributes(), "xmlns:dc": DC, "xmlns:media": MEDIA}

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        # The first author is already written as dc:creator by Django (author_name).
        for creator in item.get("creators", [])[1:]:
            handler.addQuickElement("dc:creator", creator)
        self.add_item_media(handler, item)


class NewsAtomFeed(_MediaMixin, Atom1Feed):
    def root_attributes(self) -> dict[str, str]:
        return {**super().root_attributes(), "xmlns:dc": DC, "xmlns:media": MEDIA}

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        for creator in item.get("creators", [])[1:]:
            handler.startElement("author", {})
            handler.addQuickElement("name", creator)
            handler.endElement("author")
        self.add_item_media(handler, item)


class LatestRssFeed(Feed):
    feed_type: type[SyndicationFeed] = NewsRssFeed
    title_suffix = ""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        return None

    def articles(self, obj: Any) -> Any:
        return Article.objects.live()

    def items(self, obj: Any) -> list[Article]:
        items = list(
            self.articles(obj)
            .select_related("section", "hero_image", "hero_image__copyright_notice")
            .defer("body")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )
        prefetch_card_bylines(items)
        return items

    def title(self, obj: Any) -> str:
        name = settings.NEWSROOM_SITE_NAME
        return f"{name} — {self.subject(obj)}" if obj is not None else name

    def subject(self, obj: Any) -> str:
        return str(obj)

    def link(self, obj: Any) -> str:
        return obj.get_absolute_url() if obj is not None else reverse("articles:front")

    def description(self, obj: Any) -> str:
        return settings.NEWSROOM_TAGLINE

    def feed_copyright(self, obj: Any) -> str:
        from newsroom.context_processors import site_chrome

        notice: CopyrightNotice | None = site_chrome()["notice"]  # cached with the masthead
        return notice.render() if notice else ""

    def item_title(self, item: Article) -> str:
        return item.headline

    def item_description(self, item: Article) -> str:
        # Feed readers read the description as HTML: the standfirst is text, so escape it.
        return escape(item.standfirst)

    def item_pubdate(self, item: Article) -> Any:
        return item.published_at

    def item_updateddate(self, item: Article) -> Any:
        return item.updated_at or item.published_at

    def item_author_name(self, item: Article) -> str | None:
        names = _creators(item)
        return names[0] if names else None

    def item_categories(self, item: Article) -> list[str]:
        return [item.section.name_in(item.language)] if item.section else []

    def item_guid(self, item: Article) -> str:
        """A tag URI that survives a change of slug or date, so readers see no duplicate."""
        host = urlsplit(settings.NEWSROOM_BASE_URL).hostname or "localhost"
        return f"tag:{host},2000:article:{item.pk}"

    item_guid_is_permalink = False

    def item_link(self, item: Article) -> str:
        return absolute_url(item.get_absolute_url())

    def item_enclosures(self, item: Article) -> list[Any]:
        return []

    def item_extra_kwargs(self, item: Article) -> dict[str, Any]:
        return {"creators": _creators(item), "picture": _picture(item)}


def _creators(item: Article) -> list[str]:
    names: list[str] = []
    for byline in item.bylines.all():
        if byline.author.display_name not in names:
            names.append(byline.author.display_name)
    return names


def _picture(item: Article) -> dict[str, str] | None:
    image = item.hero_image
    if image is None or not publicly_shown(image):
        return None
    notice = image.copyright_notice
    return {
        "url": absolute_url(rendition_url(image, width=FEED_IMAGE_WIDTH, fmt="jpeg")),
        "caption": item.caption,
        "credit": format_credit(image, item.language),
        "copyright": notice.render(item.language) if notice else "",
    }


class LatestAtomFeed(LatestRssFeed):
    feed_type = NewsAtomFeed

    def subtitle(self, obj: Any) -> str:
        return self.description(obj)


class LanguageRssFeed(LatestRssFeed):
    """The latest articles in one language: what a reader of that language subscribes to."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        return str(kwargs["language"])

    def articles(self, obj: str) -> Any:
        return Article.objects.live().in_language(obj)

    def subject(self, obj: str) -> str:
        return "Français" if obj == "fr" else "English"

    def link(self, obj: str) -> str:
        return reverse("articles:front")

    def description(self, obj: Any) -> str:
        return settings.NEWSROOM_TAGLINE_FR if obj == "fr" else settings.NEWSROOM_TAGLINE


class LanguageAtomFeed(LanguageRssFeed):
    feed_type = NewsAtomFeed

    def subtitle(self, obj: Any) -> str:
        return self.description(obj)


class SectionRssFeed(LatestRssFeed):
    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Section:
        return get_object_or_404(Section, slug=kwargs["slug"])

    def articles(self, obj: Section) -> Any:
        return Article.objects.live().in_section(obj)


class SectionAtomFeed(SectionRssFeed):
    feed_type = NewsAtomFeed


class AuthorRssFeed(LatestRssFeed):
    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Author:
        return get_object_or_404(Author, slug=kwargs["slug"])

    def articles(self, obj: Author) -> Any:
        return Article.objects.live().by_author(obj.pk)


class AuthorAtomFeed(AuthorRssFeed):
    feed_type = NewsAtomFeed


class TagRssFeed(LatestRssFeed):
    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Tag:
        return get_object_or_404(Tag, slug=kwargs["slug"])

    def articles(self, obj: Tag) -> Any:
        return Article.objects.live().filter(tags__slug=obj.slug)

    def link(self, obj: Tag) -> str:
        return reverse("articles:tag", kwargs={"slug": obj.slug})


class TagAtomFeed(TagRssFeed):
    feed_type = NewsAtomFeed
