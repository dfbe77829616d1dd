from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from articles.models import CopyrightNotice, Section
from newsroom import change_notices
from newsroom.memo import Memo
from newsroom.render_scope import render_scope

SITE_CHROME_CACHE_KEY = "newsroom:site-chrome"
SITE_CHROME_STAMP_KEY = "newsroom:site-chrome-stamp"
# The default zone label, listed so that makemessages offers it to translators.
gettext_noop("Paris time")


# What each process last derived from the masthead, by the stamp it was stored with: stamps are
# random and move on every section or notice change, so an entry can never describe another
# masthead. A handful of entries (one stamp, two languages, per script prefix).
# Kept no longer than the shared copy: until the (wall-clock) time it was stored with.
MEMO_ENTRIES = 16
CHROME_SECONDS = 300
_chrome_by_stamp: Memo[tuple[float, dict[str, Any]]] = Memo(MEMO_ENTRIES)
_nav_by_key: Memo[tuple[dict[str, str], ...]] = Memo(MEMO_ENTRIES)
# The masthead of the current stamp, by the change-notice generation it was read in: used while
# no change has been announced since (one entry: generations only move forward).
_chrome_by_generation: Memo[tuple[float, Any, dict[str, Any]]] = Memo(1)


def site_chrome_stamped() -> tuple[Any, dict[str, Any]]:
    """The masthead navigation and footer notice with their stamp, cached until a section or
    notice changes.

    Stored with the chrome token read before the database was; a change moves the token
    (`articles.cache.purge_site_chrome`), so a copy read just before a change and stored just
    after it is never used. A process that already holds the masthead of the current stamp
    reads only the stamp (a few bytes, no unpickling), and not even that while no change has
    been announced since it last did (`newsroom.change_notices`).
    """
    from articles.cache import current_chrome_stamp

    heard = change_notices.generation()  # before the stamp is read: see the module
    if heard is not None:
        kept = _chrome_by_generation.get(heard)
        if kept is not None and kept[0] > time.time():
            return kept[1], kept[2]
    token = cache.get(SITE_CHROME_STAMP_KEY)
    held = _chrome_by_stamp.get(token) if token is not None else None
    if held is not None and held[0] > time.time():
        until, chrome = held
    else:
        found = cache.get_many([SITE_CHROME_CACHE_KEY, SITE_CHROME_STAMP_KEY])
        token = found.get(SITE_CHROME_STAMP_KEY)
        if token is None:
            token = current_chrome_stamp()
        cached = found.get(SITE_CHROME_CACHE_KEY)
        if isinstance(cached, tuple) and len(cached) == 3 and cached[0] == token:
            # Held no longer than the shared copy: until the time it was stored with.
            _, chrome, until = cached
        else:
            chrome = {
                "sections": list(Section.objects.all()),
                "notice": CopyrightNotice.objects.site_default(),
            }
            until = time.time() + CHROME_SECONDS
            cache.set(SITE_CHROME_CACHE_KEY, (token, chrome, until), CHROME_SECONDS)
        if token is None:  # no stamp (the cache is down): nothing is kept
            return token, chrome
        _chrome_by_stamp.put(token, (until, chrome))
    if heard is not None:
        _chrome_by_generation.put(heard, (until, token, chrome))
    return token, chrome


def site_chrome() -> dict[str, Any]:
    return site_chrome_stamped()[1]


def site(request: HttpRequest) -> dict[str, Any]:
    scope = render_scope()
    language = (scope.language or settings.LANGUAGE_CODE)[:2]
    token, chrome = site_chrome_stamped()
    key = (token, language, scope.script_prefix, scope.urlconf)
    nav = _nav_by_key.get(key) if token is not None else None
    if nav is None:
        nav = tuple(
            {"name": section.name_in(language), "url": section.get_absolute_url()}
            for section in chrome["sections"]
        )
        if token is not None:
            _nav_by_key.put(key, nav)
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_tagline": settings.NEWSROOM_TAGLINE_FR
        if language == "fr"
        else settings.NEWSROOM_TAGLINE,
        "nav_sections": nav,
        "footer_notice": chrome["notice"],
        "site_language": language,
        "other_languages": [(code, name) for code, name in settings.LANGUAGES if code != language],
        "base_url": settings.NEWSROOM_BASE_URL,
        "today": timezone.localdate(),
        "time_zone_label": gettext(settings.NEWSROOM_TIME_ZONE_LABEL),
        "render_scope": scope,
    }
