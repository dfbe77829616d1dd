import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

django_application = get_wsgi_application()

# Fresh page-cache hits for anonymous readers are answered before Django's handler runs.
from newsroom.pagecache import PageCacheApplication  # noqa: E402

application = PageCacheApplication(django_application)

from django.conf import settings  # noqa: E402

if settings.NEWSROOM_GC_BETWEEN_REQUESTS:
    from newsroom import collector

    collector.install()
