from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from articles.models import CopyrightNotice, Section

SITE_CHROME_CACHE_KEY = "newsroom:site-chrome"
SITE_CHROME_STAMP_KEY = "newsroom:site-chrome-stamp"
# The default zone label, listed so that makemessages offers it to translators.
gettext_noop("Paris time")


def site_chrome() -> dict[str, Any]:
    """The masthead navigation and footer notice, cached until a section or notice changes.

    Stored with the chrome token read before the database was; a change moves the token
    (`articles.cache.purge_site_chrome`), so a copy read just before a change and stored just
    after it is never used.
    """
    from articles.cache import current_chrome_stamp

    found = cache.get_many([SITE_CHROME_CACHE_KEY, SITE_CHROME_STAMP_KEY])
    token = found.get(SITE_CHROME_STAMP_KEY)
    if token is None:
        token = current_chrome_stamp()
    cached = found.get(SITE_CHROME_CACHE_KEY)
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == token:
        return cached[1]  # type: ignore[no-any-return]
    chrome = {
        "sections": list(Section.objects.all()),
        "notice": CopyrightNotice.objects.site_default(),
    }
    cache.set(SITE_CHROME_CACHE_KEY, (token, chrome), 300)
    return chrome


def site(request: HttpRequest) -> dict[str, Any]:
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    chrome = site_chrome()
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_tagline": settings.NEWSROOM_TAGLINE_FR
        if language == "fr"
        else settings.NEWSROOM_TAGLINE,
        "nav_sections": [
            {"name": section.name_in(language), "url": section.get_absolute_url()}
            for section in chrome["sections"]
        ],
        "footer_notice": chrome["notice"],
        "site_language": language,
        "other_languages": [(code, name) for code, name in settings.LANGUAGES if code != language],
        "base_url": settings.NEWSROOM_BASE_URL,
        "today": timezone.localdate(),
        "time_zone_label": gettext(settings.NEWSROOM_TIME_ZONE_LABEL),
    }
