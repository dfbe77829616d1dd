"""Cache purges that reach every app server: versioned dependency keys in the shared cache.

Every cached public page records the *dependencies* it was built from and the version of each at
the time (see `newsroom/pagecache.py`). A dependency is a short string:

- ``site``: everything (masthead, navigation, footer notice);
- ``article:<slug>``: the article's own page, and every page that links to it — a listing, feed,
  sitemap or related-articles box shows an article exactly when it links to it;
- ``section:<slug>``, ``author:<slug>``, ``tag:<slug>``, ``archive:<yyyy>-<mm>``: the listing
  pages (and their feeds) where a *new* article can appear;
- ``front``, ``listings`` (search, corrections and any other page), ``feeds``, ``sitemaps``.

Purging bumps the version of some dependencies; a page whose recorded versions no longer match
is re-rendered on its next request, on whichever app server gets it. Nothing is ever "cleared".
The same names are sent to a CDN in the ``Surrogate-Key`` header, and handed to the purge hooks
listed in ``NEWSROOM_CACHE_PURGE_HOOKS`` (see docs/DEPLOY.md).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.module_loading import import_string

from newsroom import change_notices

if TYPE_CHECKING:
    from .models import Article, Author, Image

logger = logging.getLogger(__name__)

PREFIX = "pc:"
EPOCH_KEY = PREFIX + "epoch"
NEXT_CHANGE_KEY = PREFIX + "next-change"
SCHEDULE_TOKEN_KEY = PREFIX + "schedule"
NEXT_CHANGE_MAX_SECONDS = 3600

SITE = "site"
FRONT = "front"
LISTINGS = "listings"
FEEDS = "feeds"
SITEMAPS = "sitemaps"


def version_key(dependency: str) -> str:
    # The name the first release used: servers of both releases, sharing one cache during a
    # rolling deploy, bump and check the same versions.
    return f"{PREFIX}v:{dependency}"


def new_version() -> int:
    """A fresh random version token; an integer, which Redis stores and returns undecorated."""
    return secrets.randbits(62)


def article_dependency(slug: str) -> str:
    return f"article:{slug}"


def current_versions(dependencies: list[str]) -> list[str]:
    """The version token of each dependency, creating the missing ones (never None)."""
    keys = [version_key(dependency) for dependency in dependencies]
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, new_version(), None)
        found.update(cache.get_many(missing))
    return [str(found.get(key, "")) for key in keys]


def epoch() -> Any:
    """A random token replaced before and after every purge (None until a page is looked up).

    A render that saw it change must not be stored; a page found current at the epoch the cache
    still holds is still current (`newsroom.pagecache`). Random, not a counter, so that a cache
    that lost the key and counts again can never bring back an epoch seen before.
    """
    return cache.get(EPOCH_KEY)


def start_epoch() -> Any:
    """The epoch, given a first random value if the cache has none (new, flushed or evicted)."""
    cache.add(EPOCH_KEY, new_version(), None)
    return cache.get(EPOCH_KEY)


def _bump_epoch() -> None:
    cache.set(EPOCH_KEY, new_version(), None)


def purge(dependencies: Iterable[str]) -> list[str]:
    """Give each dependency a new version: every page built from one of them is now stale.

    The epoch moves first, so a page rendered from the old data while this runs is never stored
    with the new versions, and again after, so that no page checked in between is taken for
    current at the epoch that follows.
    """
    names = sorted(set(dependencies))
    if not names:
        return names
    _bump_epoch()
    cache.set_many({version_key(name): new_version() for name in names}, None)
    _bump_epoch()
    _run_hooks(names)
    return names


def _run_hooks(names: list[str]) -> None:
    for path in getattr(settings, "NEWSROOM_CACHE_PURGE_HOOKS", []):
        hook: Callable[[list[str]], Any] = import_string(path)
        try:
            hook(names)
        except Exception:
            # A CDN that is down must not undo an editor's change; its own TTL bounds the damage.
            logger.exception("Cache purge hook %s failed for %s", path, names)


def dependencies_of(article: Article) -> set[str]:
    """Every dependency a change to this article makes stale."""
    from .models import ArticleRedirect

    names = {article_dependency(article.slug), FRONT, LISTINGS, FEEDS, SITEMAPS}
    for old_path in ArticleRedirect.objects.filter(article=article).values_list("path", flat=True):
        old_slug = old_path.rstrip("/").rsplit("/", 1)[-1]
        if old_slug:
            names.add(article_dependency(old_slug))
    if article.section is not None:
        names.add(f"section:{article.section.slug}")
    names.update(
        f"author:{slug}" for slug in article.bylines.values_list("author__slug", flat=True)
    )
    names.update(f"tag:{slug}" for slug in article.tags.values_list("slug", flat=True))
    if article.published_at is not None:
        moment = timezone.localtime(article.published_at)
        names.add(f"archive:{moment.year:04d}")
        names.add(f"archive:{moment.year:04d}-{moment.month:02d}")
    return names


def purge_article(article: Article, *, old_slugs: Iterable[str] = ()) -> list[str]:
    """Purge the article's page and every listing, feed and sitemap that shows or may now show it.

    Call it after the change is committed (`transaction.on_commit`); pass the slugs it had before
    an edit. Also forgets the cached next go-live/expiry, since the change may have moved one.
    """
    purge_schedule()
    names = dependencies_of(article)
    names.update(article_dependency(slug) for slug in old_slugs if slug)
    return purge(names)


def purge_author(author: Author) -> list[str]:
    """Purge the author's page and every article page that shows the author's box."""
    from .models import Article

    names = {f"author:{author.slug}"}
    slugs = Article.objects.live().by_author(author.pk).values_list("slug", flat=True)
    names.update(article_dependency(slug) for slug in slugs)
    return purge(names)


def purge_image(image: Image) -> list[str]:
    """Purge the pages of the live articles that show the image (caption and credit changes)."""
    from .models import Article, Author

    purge_schedule()

    names = {
        article_dependency(slug)
        for slug in Article.objects.live().filter(hero_image=image).values_list("slug", flat=True)
    }
    for author in Author.objects.filter(photo=image):
        names.update(purge_author(author))
    return purge(names)


def purge_public_pages() -> None:
    """Purge every public page (a change to something every page shows)."""
    purge_schedule()
    purge([SITE])


def current_chrome_stamp() -> Any:
    """The token the cached masthead must carry, given a first value if the cache has none."""
    from newsroom.context_processors import SITE_CHROME_STAMP_KEY

    cache.add(SITE_CHROME_STAMP_KEY, new_version(), None)
    return cache.get(SITE_CHROME_STAMP_KEY)


def purge_site_chrome() -> None:
    """Forget the cached navigation and footer notice, and every page that shows them."""
    from newsroom.context_processors import SITE_CHROME_CACHE_KEY, SITE_CHROME_STAMP_KEY

    cache.set(SITE_CHROME_STAMP_KEY, new_version(), None)
    cache.delete(SITE_CHROME_CACHE_KEY)
    # After the stamp moved: an app server that hears this reads the new one.
    change_notices.announce("site-chrome")
    purge_public_pages()


# --- the next scheduled change ----------------------------------------------------------------


def purge_schedule() -> None:
    """Forget the cached next go-live/expiry: a schedule changed.

    The schedule token moves, so a value computed from the database before the change and
    stored after it is never taken for current.
    """
    cache.set(SCHEDULE_TOKEN_KEY, new_version(), None)
    cache.delete(NEXT_CHANGE_KEY)


def next_change() -> datetime | None:
    """The next go-live, expiry or end of image rights, from the shared cache.

    One database lookup per change: the value is kept until it passes or a schedule changes.
    It is stored with the schedule token read before the lookup, and used only while the token
    is still the same.
    """
    from .models import Article

    found = cache.get_many([NEXT_CHANGE_KEY, SCHEDULE_TOKEN_KEY])
    token = found.get(SCHEDULE_TOKEN_KEY)
    if token is None:
        cache.add(SCHEDULE_TOKEN_KEY, new_version(), None)
        token = cache.get(SCHEDULE_TOKEN_KEY)
    cached = found.get(NEXT_CHANGE_KEY)
    now = timezone.now()
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == token:
        at = datetime.fromtimestamp(cached[1], tz=UTC) if cached[1] else None
        if at is None or at > now:
            return at
    at = Article.objects.next_change_after(now)
    seconds = NEXT_CHANGE_MAX_SECONDS
    if at is not None:
        seconds = max(1, min(seconds, int((at - now).total_seconds()) + 1))
    cache.set(NEXT_CHANGE_KEY, (token, at.timestamp() if at is not None else 0), seconds)
    return at
    at = Article.objects.next_change_after(now)
    seconds = NEXT_CHANGE_MAX_SECONDS
    if at is not None:
        seconds = max(1, min(seconds, int((at - now).total_seconds()) + 1))
    cache.set(NEXT_CHANGE_KEY, at.timestamp() if at is not None else 0, seconds)
    return at
