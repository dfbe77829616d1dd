"""Two app servers sharing PostgreSQL and Redis: a change made through one is seen by the other.

Each instance is a real gunicorn process on its own loopback port with production settings and
the page cache on. The editor works in the admin of one instance over HTTP, as a browser would:
logs in with the CSRF token, keeps the session cookie, and submits the admin's own forms. The
article published with the admin's Publish button on instance A is live on instance B's next
request, though B had its front page cached; the correction the editor then adds with B's
admin correction form purges A's cached article page, corrections page and feed. The masthead
test renames a section in a separate process configured like an instance. Nothing but the
database and Redis connects the processes.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Status
from tests.forms import form_data

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("SCALE_OUT_REDIS_URL", "redis://127.0.0.1:6379/15")

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def database_url() -> str:
    db = connection.settings_dict
    user = db["USER"] or "postgres"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or "5432"
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(port: int, path: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:  # noqa: S310
            return r.status, r.headers.get("X-Page-Cache", ""), r.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Page-Cache", ""), ""


@pytest.fixture(scope="session")
def static_root(tmp_path_factory: Any) -> Path:
    return tmp_path_factory.mktemp("static")


@pytest.fixture
def instance_env(settings: Any, static_root: Path) -> dict[str, str]:
    if connection.vendor != "postgresql":
        pytest.skip("two app servers need a shared PostgreSQL: set DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEWSROOM_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="scale-out-test-" + "k" * 40,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        NEWSROOM_HTTPS="0",
        DATABASE_URL=database_url(),
        # Connections kept between requests, as in production: a kept connection is how an
        # instance hears that another changed the masthead (newsroom/change_notices.py).
        DATABASE_CONN_MAX_AGE="60",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"scale-out-{uuid.uuid4().hex}",
        DJANGO_MEDIA_ROOT=str(settings.MEDIA_ROOT),
        DJANGO_STATIC_ROOT=str(static_root),
        NEWSROOM_PAGE_CACHE="1",
        AXES_ENABLED="0",
        NEWSROOM_ADMIN_PATH=settings.NEWSROOM_ADMIN_PATH,  # so `reverse` names their URLs
        PYTHONPATH=str(ROOT),
    )
    if not (static_root / "staticfiles.json").exists():
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input"],
            env=env,
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return env


@pytest.fixture
def instances(instance_env: dict[str, str]) -> Iterator[tuple[int, int]]:
    ports = (free_port(), free_port())
    processes = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--workers", "1"]
            + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            env=instance_env,
            cwd=ROOT,
            start_new_session=True,
        )
        for port in ports
    ]
    try:
        for port in ports:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
        yield ports
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def act(env: dict[str, str], code: str) -> None:
    """Run an editor's action in a process configured like the instance they use."""
    script = "import django; django.setup()\n" + code
    subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=env, cwd=ROOT, check=True
    )


class AdminBrowser:
    """An editor's browser on one instance's admin: keeps its cookies and submits its forms."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def open(self, path: str, data: dict[str, Any] | None = None) -> tuple[int, str, str]:
        """GET `path`, or POST `data` to it; follow redirects; (status, final path, body)."""
        body = None if data is None else urllib.parse.urlencode(data, doseq=True).encode()
        with self.opener.open(self.base + path, data=body, timeout=30) as response:
            final = urllib.parse.urlsplit(response.geturl())
            path_and_query = final.path + (f"?{final.query}" if final.query else "")
            return response.status, path_and_query, response.read().decode()

    def submit(self, path: str, form_id: str, **values: str) -> tuple[int, str, str]:
        """Open the page at `path`, fill in its form `form_id` and submit it to its action."""
        _, page_path, page = self.open(path)
        data: dict[str, Any] = {**form_data(page, form_id), **values}
        assert data.get("csrfmiddlewaretoken"), f"no CSRF token in #{form_id} of {path}"
        tag = page[page.rindex("<form", 0, page.index(f'id="{form_id}"')) :]
        tag = tag[: tag.index(">")]
        action = tag.split('action="', 1)[1].split('"', 1)[0] if 'action="' in tag else ""
        return self.open(action or page_path, data)

    def log_in(self, username: str, password: str) -> None:
        status, path, page = self.submit(
            reverse("admin:login") + "?next=" + reverse("admin:index"),
            "login-form",
            username=username,
            password=password,
        )
        assert (status, path) == (200, reverse("admin:index")), page


def test_publish_on_one_instance_is_live_on_the_other_and_corrections_purge_both(
    instances: tuple[int, int],
    make_article: Any,
    editor: Any,
    site_notice: Any,
    settings: Any,
) -> None:
    port_a, port_b = instances
    # The instances check passwords with the production hashers, not the tests' fast one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    editor.set_password("correct-horse-battery")
    editor.save()
    make_article(headline="Already on the front page", slug="already")
    pending = make_article(
        status=Status.APPROVED, headline="Breaking on instance A", slug="breaking"
    )

    for port in (port_a, port_b):
        assert fetch(port, "/")[1] == "MISS"
        status, state, body = fetch(port, "/")
        assert (status, state) == (200, "HIT")
        assert "Breaking on instance A" not in body

    # The editor presses Publish now in instance A's admin.
    on_a = AdminBrowser(port_a)
    on_a.log_in("eddie", "correct-horse-battery")
    change = reverse("admin:articles_article_change", args=[pending.pk])
    status, path, page = on_a.submit(change, "workflow-publish")
    assert (status, path) == (200, change)
    assert "Publish now: goes live" in page
    assert 'data-status="published"' in page

    # Instance B's next requests show it: the front page it had cached and the article page.
    status, state, body = fetch(port_b, "/")
    assert (status, state) == (200, "MISS")
    assert "Breaking on instance A" in body
    pending.refresh_from_db()
    url = pending.get_absolute_url()
    status, _, body = fetch(port_b, url)
    assert status == 200
    assert "Breaking on instance A" in body

    # Instance A caches the pages that will show the correction.
    corrections, feed = reverse("articles:corrections"), reverse("articles:feed")
    for path in (url, corrections, feed):
        fetch(port_a, path)
        status, state, body = fetch(port_a, path)
        assert (status, state) == (200, "HIT"), path
        assert "The vote was on Tuesday, not Monday." not in body, path

    # The editor records a correction in instance B's admin.
    on_b = AdminBrowser(port_b)
    on_b.log_in("eddie", "correct-horse-battery")
    add = reverse("admin:articles_correction_add") + f"?article={pending.pk}"
    status, _, page = on_b.submit(
        add,
        "correction_form",
        kind="correction",
        text="The vote was on Tuesday, not Monday.",
        _save="Save",
    )
    assert status == 200
    assert 'class="success"' in page, page
    assert pending.corrections.get().text == "The vote was on Tuesday, not Monday."

    # Instance A's cached pages that show the article are purged: re-rendered on its next request.
    for path in (url, corrections):
        status, state, body = fetch(port_a, path)
        assert (status, state) == (200, "MISS"), path
        assert "The vote was on Tuesday, not Monday." in body, path
    status, state, body = fetch(port_a, feed)
    assert (status, state) == (200, "MISS")
    assert "Breaking on instance A" in body


def test_a_section_renamed_through_one_instance_is_shown_by_the_other(
    instances: tuple[int, int], instance_env: dict[str, str], make_article: Any, section: Any
) -> None:
    """Each instance keeps the masthead between requests without asking Redis; the rename is
    announced to both through PostgreSQL, and the next page each renders shows it."""
    port_a, port_b = instances
    make_article(headline="Under the masthead", slug="under-the-masthead", section=section)
    for port in (port_a, port_b):
        status, _, body = fetch(port, "/")
        assert status == 200
        assert ">Politics<" in body
        fetch(port, section.get_absolute_url())  # a second page, from the kept masthead

    act(
        instance_env,
        "from articles.cache import purge_site_chrome\nfrom articles.models import Section\n"
        f"Section.objects.filter(pk={section.pk}).update(name='Politics and power')\n"
        "purge_site_chrome()  # what the admin does once the change is committed\n",
    )
    for port in (port_b, port_a):
        status, state, body = fetch(port, "/")
        assert (status, state) == (200, "MISS")
        assert ">Politics and power<" in body
        assert ">Politics<" not in body
