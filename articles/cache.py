"""Cache purges that reach every app server: versioned dependency keys in the shared cache.

Every cached public page records the *dependencies* it was built from and the version of each at
the time (see `newsroom/pagecache.py`). A dependency is a short string:

- ``site``: everything (masthead, navigation, footer notice);
- ``article:<slug>``: the article's own page, and every page that links to it — a listing, feed,
  sitemap or related-articles box shows an article exactly when it links to it;
- ``section:<slug>``, ``author:<slug>``, ``tag:<slug>``, ``archive:<yyyy>-<mm>``: the listing
  pages (and their feeds) where a *new* article can appear;
- ``related:<language>:section:<slug>``, ``related:<language>:tag:<slug>``: the article pages
  whose related-articles box a *new* article in that language, section or tag can join
  (`related_box_dependencies`); a correction or an edit that keeps the article's language,
  section, tags and dates leaves them alone;
- ``front``, ``listings`` (search, corrections and any other page), ``feeds``, ``sitemaps``.

Purging bumps the version of some dependencies; a page whose recorded versions no longer match
is re-rendered on its next request, on whichever app server gets it. Nothing is ever "cleared".
The same names are sent to a CDN in the ``Surrogate-Key`` header, and handed to the purge hooks
listed in ``NEWSROOM_CACHE_PURGE_HOOKS`` (see docs/DEPLOY.md).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
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
    """A random token replaced with every purge's versions and again after them (None until a
    page is looked up).

    A render that saw it change must not be stored; a page found current at the epoch the cache
    still holds is still current (`newsroom.pagecache`). Random, not a counter, so that a cache
    that lost the key and counts again can never bring back an epoch seen before.
    """
    return cache.get(EPOCH_KEY)


def start_epoch() -> Any:
    """The epoch, given a first random value if the cache has none (new, flushed or evicted)."""
    cache.add(EPOCH_KEY, new_version(), None)
    return cache.get(EPOCH_KEY)


def purge(dependencies: Iterable[str], *, tokens: Iterable[str] = ()) -> list[str]:
    """Give each dependency a new version: every page built from one of them is now stale.

    `tokens` are other keys of the shared cache whose random value says which copy is current
    (`SCHEDULE_TOKEN_KEY`, the masthead's stamp): they are given new values in the same write.
    What the shared cache refuses is retried by the task worker (`write_versions`).
    """
    names = sorted(set(dependencies))
    keys = sorted(set(tokens))
    if not names and not keys:
        return names
    if not write_versions(names, tokens=keys):
        logger.error("Could not purge %s from the shared cache; the task worker retries", names)
        _retry_later(names, keys)
    if names:
        _run_hooks(names)
    return names


def write_versions(names: list[str], *, tokens: Iterable[str] = ()) -> bool:
    """Give the dependencies and the `tokens` new values with a new epoch, then move the epoch
    again; whether the shared cache took both writes.

    The first write is one `MSET`, so a render sees the new epoch with the new versions or
    neither: one that began before the purge is never stored with the new versions, and no page
    checked in between is taken for current at the epoch that follows the second write. Both
    are tried even while this process skips the cache after an error: other app servers may
    still reach it, and would keep serving the purged pages.
    """
    first = {EPOCH_KEY: new_version(), **{version_key(name): new_version() for name in names}}
    first.update({key: new_version() for key in tokens})
    strict = getattr(cache, "set_many_or_raise", None)
    try:
        for values in (first, {EPOCH_KEY: new_version()}):
            if strict(values, None) if strict else cache.set_many(values, None):
                return False  # keys the backend says it could not store
    except Exception:
        logger.exception("The shared cache refused a purge")
        return False
    return True


def _retry_later(names: list[str], tokens: list[str]) -> None:
    """Hand a purge the shared cache refused to the task worker (`articles.tasks`), until no
    page stored before it can be left (its freshness and stale window)."""
    from .tasks import retry_purge

    give_up_at = (
        time.time()
        + settings.NEWSROOM_PAGE_CACHE_SECONDS
        + settings.NEWSROOM_PAGE_CACHE_STALE_SECONDS
    )
    try:
        retry_purge.enqueue(names, give_up_at, tokens)
    except Exception:
        logger.exception("Could not queue the purge of %s for a retry", names)


def _run_hooks(names: list[str]) -> None:
    for path in getattr(settings, "NEWSROOM_CACHE_PURGE_HOOKS", []):
        hook: Callable[[list[str]], Any] = import_string(path)
        try:
            hook(names)
        except Exception:
            # A CDN that is down must not undo an editor's change; its own TTL bounds the damage.
            logger.exception("Cache purge hook %s failed for %s", path, names)


def related_box_dependencies(
    language: str, section_slug: str | None, tag_slugs: Iterable[str]
) -> list[str]:
    """What an article page's related-articles box may change with: a new live article in the
    same language that shares its section or one of its tags."""
    names = [f"related:{language}:tag:{slug}" for slug in tag_slugs if slug]
    if section_slug:
        names.append(f"related:{language}:section:{section_slug}")
    return names


def dependencies_of(article: Article, *, membership: bool = True) -> set[str]:
    """Every dependency a change to this article makes stale.

    With `membership=False` (a correction, an edit that keeps its language, section, tags and
    dates), the related-articles boxes it could newly join are left alone: those that show it
    link to it, and go with its own page.
    """
    from .models import Article, ArticleRedirect

    names = {article_dependency(article.slug), FRONT, LISTINGS, FEEDS, SITEMAPS}
    for old_path in ArticleRedirect.objects.filter(article=article).values_list("path", flat=True):
        old_slug = old_path.rstrip("/").rsplit("/", 1)[-1]
        if old_slug:
            names.add(article_dependency(old_slug))
    # The other language's page links to this one only while it is live.
    partners = Article.objects.filter(Q(pk=article.translation_id) | Q(translation=article.pk))
    names.update(
        article_dependency(slug)
        for slug in partners.exclude(pk=article.pk).values_list("slug", flat=True)
    )
    if article.section is not None:
        names.add(f"section:{article.section.slug}")
    names.update(
        f"author:{slug}" for slug in article.bylines.values_list("author__slug", flat=True)
    )
    tag_slugs = list(article.tags.values_list("slug", flat=True))
    names.update(f"tag:{slug}" for slug in tag_slugs)
    if membership:
        section_slug = article.section.slug if article.section is not None else None
        names.update(related_box_dependencies(article.language, section_slug, tag_slugs))
    if article.published_at is not None:
        moment = timezone.localtime(article.published_at)
        names.add(f"archive:{moment.year:04d}")
        names.add(f"archive:{moment.year:04d}-{moment.month:02d}")
    return names


def purge_article(
    article: Article, *, old_slugs: Iterable[str] = (), membership: bool = True
) -> list[str]:
    """Purge the article's page and every listing, feed and sitemap that shows or may now show it.

    Call it after the change is committed (`transaction.on_commit`); pass the slugs it had before
    an edit, and `membership=False` for a change that keeps its language, section, tags and
    dates (`dependencies_of`). Also forgets the cached next go-live/expiry, since the change may
    have moved one.
    """
    names = dependencies_of(article, membership=membership)
    names.update(article_dependency(slug) for slug in old_slugs if slug)
    return purge(names, tokens=[SCHEDULE_TOKEN_KEY])


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

    names = {
        article_dependency(slug)
        for slug in Article.objects.live().filter(hero_image=image).values_list("slug", flat=True)
    }
    for author in Author.objects.filter(photo=image):
        names.update(purge_author(author))
    return purge(names, tokens=[SCHEDULE_TOKEN_KEY])


def tag_dependencies(tag_id: int, slugs: Iterable[str]) -> set[str]:
    """A tag's pages (under each of `slugs`) and the live article pages that show the tag.

    Read before a tag is deleted: its articles lose it with it.
    """
    from .models import Article

    names = {f"tag:{slug}" for slug in slugs if slug} | {SITEMAPS}
    shown = Article.objects.live().filter(tags__id=tag_id).values_list("slug", flat=True)
    names.update(article_dependency(slug) for slug in shown)
    return names


def purge_front() -> list[str]:
    """Purge the front pages (a placement changed: the lead, its order, a story taken off)."""
    return purge([FRONT])


def purge_public_pages() -> None:
    """Purge every public page (a change to something every page shows)."""
    purge([SITE], tokens=[SCHEDULE_TOKEN_KEY])


def current_chrome_stamp() -> Any:
    """The token the cached masthead must carry, given a first value if the cache has none."""
    from newsroom.context_processors import SITE_CHROME_STAMP_KEY

    cache.add(SITE_CHROME_STAMP_KEY, new_version(), None)
    return cache.get(SITE_CHROME_STAMP_KEY)


def purge_site_chrome() -> None:
    """Forget the cached navigation and footer notice, and every page that shows them."""
    from newsroom.context_processors import SITE_CHROME_CACHE_KEY, SITE_CHROME_STAMP_KEY

    # The stamp moves with every page's `site` version, in the write a purge never drops.
    purge([SITE], tokens=[SITE_CHROME_STAMP_KEY, SCHEDULE_TOKEN_KEY])
    cache.delete(SITE_CHROME_CACHE_KEY)  # stale under the old stamp anyway: frees the memory
    # After the stamp moved: an app server that hears this reads the new one.
    change_notices.announce("site-chrome")


# --- the next scheduled change ----------------------------------------------------------------


def purge_schedule() -> None:
    """Forget the cached next go-live/expiry: a schedule changed.

    The schedule token moves, so a value computed from the database before the change and
    stored after it is never taken for current; retried like any purge if the cache refuses.
    """
    purge([], tokens=[SCHEDULE_TOKEN_KEY])


def next_change(since: datetime | None = None) -> datetime | None:
    """The next go-live, expiry or end of image rights after `since` (now by default), from the
    shared cache.

    A page stored after it was rendered passes the time its rendering began: a go-live between
    the two is one the page may not show, so the page must not be kept past it.

    One database lookup per change: the value is kept until it passes or a schedule changes.
    It is stored with the schedule token read before the lookup and the time it was looked up
    from, and used only while the token is still the same, for a time no earlier than that.
    """
    from .models import Article

    now = timezone.now()
    since = min(since, now) if since is not None else now
    found = cache.get_many([NEXT_CHANGE_KEY, SCHEDULE_TOKEN_KEY])
    token = found.get(SCHEDULE_TOKEN_KEY)
    if token is None:
        cache.add(SCHEDULE_TOKEN_KEY, new_version(), None)
        token = cache.get(SCHEDULE_TOKEN_KEY)
    cached = found.get(NEXT_CHANGE_KEY)
    if (
        isinstance(cached, tuple)
        and len(cached) == 3
        and cached[0] == token
        and cached[2] <= since.timestamp()
    ):
        at = datetime.fromtimestamp(cached[1], tz=UTC) if cached[1] else None
        if at is None or at > since:
            return at
    at = Article.objects.next_change_after(since)
    if at is not None and at <= now:
        return at  # already passed: nothing worth keeping
    seconds = NEXT_CHANGE_MAX_SECONDS
    if at is not None:
        seconds = max(1, min(seconds, int((at - now).total_seconds()) + 1))
    value = (token, at.timestamp() if at is not None else 0, since.timestamp())
    cache.set(NEXT_CHANGE_KEY, value, seconds)
    return at
