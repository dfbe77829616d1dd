"""Static files' addresses, remembered per process.

Django's `static()` asks whether the staticfiles app is installed (a walk over the apps) and
then the storage (for the hashed name in its manifest) on every call; a page asks for the same
three or four files. The answer depends only on the path and the settings, and the manifest is
read once per process: remembered until a setting changes (a test's `STORAGES`, say).
"""

from __future__ import annotations

from django.templatetags.static import static as django_static

from newsroom.memo import Memo

_urls: Memo[str] = Memo(256, settings_bound=True)


def static(path: str) -> str:
    """`{% static path %}`."""
    url = _urls.get(path)
    if url is None:
        url = _urls.put(path, django_static(path))
    return url
