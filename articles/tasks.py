"""Slow work done by the background worker (`manage.py db_worker`), never on the request path."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone
from django_tasks import task

from . import cache as purges
from . import renditions
from .models import Image

logger = logging.getLogger(__name__)

_QUEUED_KEY = "newsroom:renditions-queued:{pk}"
_QUEUED_SECONDS = 600


@task()
def make_renditions(image_id: int) -> int:
    """Make every missing rendition of one image; returns how many were made."""
    image = Image.objects.filter(pk=image_id).first()
    if image is None:
        return 0
    made = renditions.ensure_renditions(image)
    cache.delete(_QUEUED_KEY.format(pk=image_id))
    logger.info("Made %d renditions of image %d", made, image_id)
    return made


def enqueue_renditions(image_id: int) -> None:
    """Queue the renditions of an image (after an upload or a focal-point change)."""
    cache.set(_QUEUED_KEY.format(pk=image_id), True, _QUEUED_SECONDS)
    make_renditions.enqueue(image_id)


def enqueue_missing_renditions(image_id: int) -> bool:
    """Queue the renditions of an image a page found missing, at most once per ten minutes."""
    if not cache.add(_QUEUED_KEY.format(pk=image_id), True, _QUEUED_SECONDS):
        return False
    make_renditions.enqueue(image_id)
    return True


PURGE_RETRY_SECONDS = 10


@task()
def retry_purge(names: list[str], give_up_at: float, tokens: list[str] | None = None) -> bool:
    """Try again a purge the shared cache refused (`articles.cache.purge`); queued again every
    `PURGE_RETRY_SECONDS` until it is taken or `give_up_at` has passed, by when no page stored
    before it is left in the cache. Returns whether it was taken."""
    if purges.write_versions(names, tokens=tokens or ()):
        logger.info("Purged %s on a retry", names)
        return True
    if time.time() >= give_up_at or not retry_purge.get_backend().supports_defer:
        logger.error("Gave up purging %s: the shared cache stayed unreachable", names)
        return False
    run_after = timezone.now() + timedelta(seconds=PURGE_RETRY_SECONDS)
    retry_purge.using(run_after=run_after).enqueue(names, give_up_at, tokens)
    return False
