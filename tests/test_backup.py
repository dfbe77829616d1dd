"""Backup and restore: a newsroom backed up, restored into an empty database and media folder."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from articles import workflow
from articles.demo_images import draw_picture
from articles.images import create_image
from articles.models import (
    Article,
    ArticleRevision,
    Byline,
    Correction,
    Image,
    Rendition,
    Status,
    WorkflowEvent,
)
from articles.roles import EDITOR

pytestmark = pytest.mark.django_db(transaction=True)


def build_newsroom(make_article: Any, editor: Any, image: Image) -> dict[str, Any]:
    """Articles in several states, with revisions, tags, corrections, images and renditions."""
    second = create_image(
        data=draw_picture(("#aa3344", "#221111"), "portrait", seed="backup", size=(600, 600)),
        filename="portrait.png",
        alt_text="A portrait",
        creator="Jane Doe",
    )
    rendition = Rendition(image=image, width=111, height=62, format="webp", crop="original")
    rendition.file.save("r.webp", ContentFile(b"RIFF....WEBPVP8 rendition bytes"), save=False)
    rendition.save()
    live = make_article(headline="Parliament votes on the rail package", slug="rail-vote")
    live.tags.set(["rail", "parliament"])
    ArticleRevision.objects.create(
        article=live, version=1, data={"headline": "Rail vote", "body": "<p>Draft</p>"}
    )
    approved = make_article(
        status=Status.APPROVED,
        published_at=None,
        headline="Ministers meet in Brussels",
        slug="ministers-meet",
        hero_image=second,
    )
    published = workflow.publish(approved, by=editor)
    workflow.correct(published, by=editor, kind="correction", text="The meeting was on Tuesday.")
    draft = make_article(status=Status.DRAFT, published_at=None, headline="A draft", slug="draft")
    return {"live": live, "published": published, "draft": draft, "rendition": rendition}


def snapshot() -> dict[str, Any]:
    return {
        "articles": sorted(
            Article.objects.values_list("slug", "headline", "status", "body", "published_at")
        ),
        "bylines": Byline.objects.count(),
        "revisions": sorted(ArticleRevision.objects.values_list("article__slug", "data")),
        "events": sorted(WorkflowEvent.objects.values_list("article__slug", "action")),
        "corrections": sorted(Correction.objects.values_list("article__slug", "text")),
        "images": sorted(Image.objects.values_list("file", "alt_text", "creator", "width")),
        "renditions": sorted(Rendition.objects.values_list("file", "width", "format")),
        "tags": sorted(Article.objects.get(slug="rail-vote").tags.names()),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "editors": sorted(
            Group.objects.get(name=EDITOR).user_set.values_list("username", flat=True)
        ),
    }


def file_bytes(names: list[str], root: Path) -> dict[str, bytes]:
    return {name: (root / name).read_bytes() for name in names}


def test_backup_restores_into_an_empty_database_and_media_folder(
    settings, tmp_path, make_article, editor, image
):
    newsroom = build_newsroom(make_article, editor, image)
    before = snapshot()
    media_before = Path(settings.MEDIA_ROOT)
    names = [image.file.name for image in Image.objects.all()]
    names += [rendition.file.name for rendition in Rendition.objects.all()]
    contents = file_bytes(names, media_before)

    backup = tmp_path / "backup"
    out = StringIO()
    call_command("backup", str(backup), stdout=out)
    assert "media files" in out.getvalue()
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["rows"]["articles.article"] == 3
    assert set(names) <= set(manifest["files"])

    # Disaster: the database is emptied and the media folder is lost.
    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "new-media"
    assert Article.objects.count() == 0

    from articles.cache import current_chrome_stamp

    stamp = current_chrome_stamp()
    call_command("restore", str(backup), stdout=StringIO())

    assert snapshot() == before
    assert file_bytes(names, Path(settings.MEDIA_ROOT)) == contents
    # Running app servers forget the masthead they kept from the lost database.
    assert current_chrome_stamp() != stamp
    # The restored site works: pages render, logins work and new rows get fresh ids.
    response = Client().get(newsroom["live"].get_absolute_url())
    assert response.status_code == 200
    assert "Parliament votes on the rail package" in response.content.decode()
    assert Client().login(username="eddie", password="correct-horse-battery")
    restored = Article.objects.get(slug="ministers-meet")
    assert restored.hero_image.file.read()[:4] == contents[restored.hero_image.file.name][:4]
    fresh = make_article(headline="After the restore", slug="after-restore")
    assert fresh.pk > max(a.pk for a in Article.objects.exclude(pk=fresh.pk))


def test_restore_refuses_a_database_that_already_has_articles(
    settings, tmp_path, make_article, editor, image
):
    make_article()
    backup = tmp_path / "backup"
    call_command("backup", str(backup), stdout=StringIO())
    settings.MEDIA_ROOT = tmp_path / "new-media"
    with pytest.raises(CommandError, match="already holds articles, images or users"):
        call_command("restore", str(backup), stdout=StringIO())
    assert Article.objects.count() == 1


def test_restore_refuses_a_damaged_backup_before_touching_anything(
    settings, tmp_path, make_article, image
):
    make_article()
    backup = tmp_path / "backup"
    call_command("backup", str(backup), stdout=StringIO())
    damaged = next(p for p in (backup / "media").rglob("*") if p.is_file())
    damaged.write_bytes(b"not the picture")
    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "new-media"
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(backup), stdout=StringIO())
    assert Article.objects.count() == 0
    assert not Path(settings.MEDIA_ROOT).exists() or not any(Path(settings.MEDIA_ROOT).rglob("*.*"))


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path, image):
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "old.json").write_text("{}")
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(tmp_path / "backup"), stdout=StringIO())


def test_the_demo_newsroom_survives_a_backup_and_restore(settings, tmp_path):
    from django.apps import apps

    from articles.roles import sync_roles

    sync_roles(apps)  # an earlier transactional test may have flushed the migration's groups
    call_command("demo", allow_production=True, quiet_logins=True, stdout=StringIO())
    before = {
        "articles": sorted(Article.objects.values_list("slug", "status", "published_at")),
        "live": Article.objects.live().count(),
        "revisions": ArticleRevision.objects.count(),
        "images": sorted(Image.objects.values_list("file", "width", "height")),
        "renditions": sorted(Rendition.objects.values_list("file", "width", "format")),
        "events": WorkflowEvent.objects.count(),
    }
    assert before["live"] > 0
    backup = tmp_path / "backup"
    call_command("backup", str(backup), stdout=StringIO())
    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "new-media"

    call_command("restore", str(backup), stdout=StringIO())

    after = {
        "articles": sorted(Article.objects.values_list("slug", "status", "published_at")),
        "live": Article.objects.live().count(),
        "revisions": ArticleRevision.objects.count(),
        "images": sorted(Image.objects.values_list("file", "width", "height")),
        "renditions": sorted(Rendition.objects.values_list("file", "width", "format")),
        "events": WorkflowEvent.objects.count(),
    }
    assert after == before
    root = Path(settings.MEDIA_ROOT)
    for name in [i.file.name for i in Image.objects.all()] + [
        r.file.name for r in Rendition.objects.all()
    ]:
        assert (root / name).is_file(), name
    live = Article.objects.live().first()
    assert Client().get(live.get_absolute_url()).status_code == 200
