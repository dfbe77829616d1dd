"""Python's cycle collector run between requests, not in the middle of them.

A page builds a few hundred model instances, rows and template contexts. With the default
thresholds the collector starts about twice per front page, while they are all alive, and walks
them each time only to find them still in use; most of them die by reference counting once the
response is written. So a web worker (only a web worker: `newsroom/wsgi.py` installs this):

- freezes, after its first response, what start-up and that first request loaded (modules,
  URL patterns, compiled templates), never walked again;
- raises the first generation's threshold, so that an ordinary request does not start the
  collector, while a request that allocates several times more than a page still does (at
  most some 20,000 objects wait for the end of their request: a few MB);
- collects the youngest generation after each response has been sent (`request_finished`),
  when what is left of the page is garbage, the next one every ten requests, and everything
  every thousand, so that memory is given back as before.

Measured on the benchmark's front page: the collector's time per request went from about
0.8–1.0 ms to 0.3 ms (docs/DECISIONS.md). `NEWSROOM_GC_BETWEEN_REQUESTS=0` leaves Python's
defaults alone.
"""

from __future__ import annotations

import gc
import itertools
from typing import Any

from django.core.signals import request_finished

# Allocations (less deallocations) of tracked objects before a collection starts by itself: a
# front page stays well under it.
REQUEST_THRESHOLD = 20_000
MIDDLE_EVERY = 10
FULL_EVERY = 1_000

_requests = itertools.count(1)


def collect_after_request(**kwargs: Any) -> None:
    done = next(_requests)
    if done == 1:
        gc.collect()
        gc.freeze()
        return
    gc.collect(2 if done % FULL_EVERY == 0 else 1 if done % MIDDLE_EVERY == 0 else 0)


def install() -> None:
    """Collect between requests in this process (called once, when the web worker starts).

    In a process serving requests on several threads (`runserver`, threaded workers) a
    collection pauses them all, as any collection does; after a response it is a short one.
    """
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(REQUEST_THRESHOLD, middle, oldest)
    request_finished.connect(collect_after_request, dispatch_uid="newsroom.collector")
