from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from model_bakery import baker
from model_bakery import random_gen as gen

from articles.demo_images import draw_picture
from articles.images import create_image
from articles.models import Article, Author, Byline, CopyrightNotice, Image, Section, Status
from articles.roles import CHIEF_EDITOR, EDITOR, JOURNALIST, sync_roles
from newsroom import change_notices

baker.generators.add("articles.models.fields.CleanCharField", gen.gen_string)
baker.generators.add("articles.models.fields.CleanTextField", gen.gen_text)
baker.generators.add("articles.models.fields.SanitizedHTMLField", gen.gen_text)


@pytest.fixture(autouse=True)
def _isolated(settings: Any, tmp_path: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    cache.clear()
    # Each test starts from another database, as if the masthead had changed: what a process
    # keeps until a change is announced (newsroom/change_notices.py) is forgotten.
    change_notices.bump()


def make_user(username: str, role: str | None, **extra: Any) -> Any:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        username=username, password="correct-horse-battery", is_staff=True, **extra
    )
    if role:
        if not Group.objects.filter(name=role).exists():
            sync_roles(django_apps)  # a transactional test flushed the migration's groups
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def journalist(db: Any) -> Any:
    return make_user("jane", JOURNALIST)


@pytest.fixture
def other_journalist(db: Any) -> Any:
    return make_user("john", JOURNALIST)


@pytest.fixture
def editor(db: Any) -> Any:
    return make_user("eddie", EDITOR)


@pytest.fixture
def chief_editor(db: Any) -> Any:
    return make_user("chief", CHIEF_EDITOR)


@pytest.fixture
def superuser(db: Any) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser(
        username="root", password="correct-horse-battery", email="root@example.org"
    )


@pytest.fixture
def site_notice(db: Any) -> CopyrightNotice:
    return CopyrightNotice.objects.create(
        holder="Impact European", first_year=2023, is_site_default=True
    )


@pytest.fixture
def page_cache_on(settings: Any, site_notice: Any) -> None:
    """The page cache as in production (it is off in the tests by default)."""
    settings.NEWSROOM_PAGE_CACHE = True
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 300
    settings.NEWSROOM_PAGE_CACHE_STALE_SECONDS = 60
    settings.NEWSROOM_PAGE_CACHE_WAIT_SECONDS = 0.2


@pytest.fixture
def section(db: Any) -> Section:
    return Section.objects.create(name="Politics", name_fr="Politique", slug="politics")


@pytest.fixture
def image(db: Any) -> Image:
    return create_image(
        data=draw_picture(("#336699", "#112233"), "skyline", seed="test", size=(800, 450)),
        filename="test.jpg",
        alt_text="The parliament at dusk",
        default_caption="The parliament building in Strasbourg.",
        source="Élysée",
        platform="YouTube",
        capture_kind="image_capture",
    )


@pytest.fixture
def author(db: Any) -> Author:
    return Author.objects.create(
        display_name="Claire Martin", slug="claire-martin", job_title="Reporter"
    )


@pytest.fixture
def make_article(db: Any, section: Section, image: Image, author: Author) -> Callable[..., Article]:
    """An article in any state, written directly (tests of the workflow use the workflow)."""

    def make(
        *,
        status: str = Status.PUBLISHED,
        published_at: datetime | None = None,
        authors: list[Author] | None = None,
        **fields: Any,
    ) -> Article:
        if status == Status.PUBLISHED and published_at is None:
            published_at = timezone.now() - timedelta(hours=1)
        fields.setdefault("headline", "Parliament votes on the rail package")
        fields.setdefault("standfirst", "A narrow majority backs the plan after a long night.")
        fields.setdefault("body", "<p>The vote came after midnight.</p>")
        fields.setdefault("section", section)
        fields.setdefault("hero_image", image)
        article = baker.make(
            Article,
            status=status,
            published_at=published_at,
            first_published_at=published_at if status == Status.PUBLISHED else None,
            **fields,
        )
        for position, each in enumerate(authors or [author]):
            Byline.objects.create(article=article, author=each, position=position)
        return article

    return make
