"""Cache purges that reach every app server: versioned keys in the shared cache."""

from __future__ import annotations

from django.core.cache import cache

PUBLIC_VERSION_KEY = "newsroom:public-version"


def public_version() -> int:
    """A counter that every public page's cache key includes; bumping it purges them all."""
    version = cache.get(PUBLIC_VERSION_KEY)
    if version is None:
        cache.add(PUBLIC_VERSION_KEY, 1, None)
        version = cache.get(PUBLIC_VERSION_KEY) or 1
    return int(version)


def purge_public_pages() -> None:
    try:
        cache.incr(PUBLIC_VERSION_KEY)
    except ValueError:
        cache.set(PUBLIC_VERSION_KEY, 2, None)


def purge_site_chrome() -> None:
    from newsroom.context_processors import SITE_CHROME_CACHE_KEY

    cache.delete(SITE_CHROME_CACHE_KEY)
    purge_public_pages()
