"""Web workers collect reference cycles after each response, not in the middle of a page."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from pathlib import Path

from django.core.signals import request_finished

from newsroom import collector

ROOT = Path(__file__).resolve().parent.parent


class Node:
    partner: Node


def test_cycles_left_by_a_request_are_collected_once_its_response_is_sent():
    saved = gc.get_threshold()
    try:
        collector.install()
        assert gc.get_threshold()[0] == collector.REQUEST_THRESHOLD
        collector.collect_after_request()  # the first response: what it loaded is kept
        assert gc.get_freeze_count() > 0  # and never walked again
        node = Node()
        node.partner = node
        ref = weakref.ref(node)
        del node
        assert ref() is not None  # a cycle: reference counting alone cannot free it
        # Connected to the end of every response (sending the signal itself would also have
        # Django close this test's database connections).
        assert any(key[0] == "newsroom.collector" for key, *_ in request_finished.receivers)
        collector.collect_after_request()
        assert ref() is None
    finally:
        request_finished.disconnect(dispatch_uid="newsroom.collector")
        gc.unfreeze()
        gc.set_threshold(*saved)


def test_every_thousandth_request_collects_every_generation(monkeypatch):
    asked: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: asked.append(generation) or 0)
    monkeypatch.setattr(gc, "freeze", lambda: asked.append(-1))
    monkeypatch.setattr(collector, "_requests", iter(range(1, 1001)))
    for _ in range(1000):
        collector.collect_after_request()
    assert asked[:2] == [2, -1]  # after the first response: everything, then frozen
    assert asked.count(2) == 2 and asked[-1] == 2
    assert asked.count(1) == 99
    assert asked.count(0) == 899


def gc_threshold_in_a_web_worker(setting: str) -> int:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(DJANGO_DEBUG="1", NEWSROOM_GC_BETWEEN_REQUESTS=setting)
    out = subprocess.run(
        [sys.executable, "-c", "import gc, newsroom.wsgi; print(gc.get_threshold()[0])"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip())


def test_the_web_worker_installs_it_unless_told_not_to():
    assert gc_threshold_in_a_web_worker("1") == collector.REQUEST_THRESHOLD
    assert gc_threshold_in_a_web_worker("0") == gc.get_threshold()[0]
