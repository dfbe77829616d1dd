"""Create (or top up) the demo newsroom. Running it twice leaves the same counts."""

from __future__ import annotations

import secrets
import sys
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from articles import demo_content, workflow
from articles.demo_images import draw_picture
from articles.images import create_image
from articles.models import Article, Author, Byline, CopyrightNotice, Image, Section
from articles.roles import CHIEF_EDITOR, EDITOR, JOURNALIST

ROLE_GROUPS = {"journalist": JOURNALIST, "editor": EDITOR, "chief_editor": CHIEF_EDITOR}


def body_html(paragraphs: list[str]) -> str:
    parts = []
    for paragraph in paragraphs:
        if paragraph.startswith("## "):
            parts.append(f"<h2>{escape(paragraph[3:])}</h2>")
        else:
            parts.append(f"<p>{escape(paragraph)}</p>")
    return "".join(parts)


def progress(label: str, done: int, total: int) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    sys.stdout.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stdout.write("\n")
    sys.stdout.flush()


class Command(BaseCommand):
    help = "Create the demo newsroom: sections, authors, logins, images and 40+ articles."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even though DEBUG is off (it creates logins with printed passwords).",
        )
        parser.add_argument(
            "--quiet-logins", action="store_true", help="Do not reset and print the demo logins."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "The demo creates logins with known passwords; it runs only with DJANGO_DEBUG=1 "
                "(or pass --allow-production)."
            )
        now = timezone.now().replace(second=0, microsecond=0)
        self.notice = self._copyright()
        sections = self._sections()
        users, passwords = self._users(reset=not options["quiet_logins"])
        authors = self._authors(users)
        editor = next(u for u in users.values() if u.groups.filter(name=EDITOR).exists())
        self._articles(now, sections, authors, editor)
        workflow.record_due_go_lives()
        counts = {
            "sections": Section.objects.count(),
            "authors": Author.objects.count(),
            "images": Image.objects.count(),
            "articles": Article.objects.count(),
            "live": Article.objects.live().count(),
            "scheduled": Article.objects.scheduled().count(),
        }
        self.stdout.write(
            "Demo newsroom ready: " + ", ".join(f"{v} {k}" for k, v in counts.items())
        )
        if passwords:
            self.stdout.write("Logins (admin at /" + settings.NEWSROOM_ADMIN_PATH + "):")
            for username, (role, password) in passwords.items():
                self.stdout.write(f"  {role:<13} {username:<12} password: {password}")

    def _copyright(self) -> CopyrightNotice:
        data = demo_content.COPYRIGHT
        notice = CopyrightNotice.objects.filter(is_site_default=True).first()
        if notice is None:
            notice = CopyrightNotice.objects.create(
                holder=data["holder"],
                first_year=data["first_year"],
                statement=data["statement_en"],
                statement_fr=data["statement_fr"],
                is_site_default=True,
            )
        return notice

    def _sections(self) -> dict[str, Section]:
        sections = {}
        for item in demo_content.SECTIONS:
            section, _ = Section.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name_en"],
                    "name_fr": item["name_fr"],
                    "position": item["position"],
                },
            )
            sections[section.slug] = section
        from articles.cache import purge_site_chrome

        purge_site_chrome()
        return sections

    def _users(self, *, reset: bool) -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
        user_model = get_user_model()
        users: dict[str, Any] = {}
        passwords: dict[str, tuple[str, str]] = {}
        for item in demo_content.AUTHORS:
            if not item["has_login"]:
                continue
            user, created = user_model.objects.get_or_create(
                username=item["username"],
                defaults={
                    "email": item["email"],
                    "is_staff": True,
                    "first_name": item["display_name"].split(" ")[0],
                    "last_name": " ".join(item["display_name"].split(" ")[1:]),
                },
            )
            user.groups.set([Group.objects.get(name=ROLE_GROUPS[item["role"]])])
            if created or reset:
                password = secrets.token_urlsafe(9)
                user.set_password(password)
                user.save()
                passwords[user.username] = (ROLE_GROUPS[item["role"]], password)
            users[item["slug"]] = user
        return users, passwords

    def _authors(self, users: dict[str, Any]) -> dict[str, Author]:
        authors = {}
        for item in demo_content.AUTHORS:
            author, _ = Author.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "display_name": item["display_name"],
                    "job_title": item["job_title_en"],
                    "job_title_fr": item["job_title_fr"],
                    "bio": item["bio_en"],
                    "bio_fr": item["bio_fr"],
                    "user": users.get(item["slug"]),
                    "email": item["email"],
                },
            )
            authors[author.slug] = author
        return authors

    def _image(self, item: dict[str, Any]) -> Image:
        spec = item["image"]
        image_key = item["pair"] if item["pair"] and item["language"] == "fr" else item["key"]
        filename = f"demo-{image_key}.jpg"
        image = Image.objects.filter(original_filename=filename).first()
        if image is None:
            data = draw_picture(tuple(spec["palette"]), spec["motif"], seed=image_key)
            image = create_image(
                data=data,
                filename=filename,
                alt_text=spec["alt"],
                default_caption=spec["caption"],
                creator=spec["creator"],
                source=spec["source"],
                platform=spec["platform"],
                capture_kind=spec["capture_kind"],
                copyright_notice=None if (spec["creator"] or spec["source"]) else self.notice,
            )
        return image

    def _articles(
        self,
        now: Any,
        sections: dict[str, Section],
        authors: dict[str, Author],
        editor: Any,
    ) -> None:
        items = demo_content.ARTICLES
        created: dict[str, Article] = {}
        for index, item in enumerate(items, start=1):
            progress("Articles", index - 1, len(items))
            if Article.objects.filter(slug=item["slug"]).exists():
                created[item["key"]] = Article.objects.get(slug=item["slug"])
                continue
            with transaction.atomic():
                created[item["key"]] = self._article(item, now, sections, authors, editor)
        progress("Articles", len(items), len(items))
        for item in items:
            article, pair = created[item["key"]], created.get(item["pair"])
            if pair is not None and article.translation_id != pair.pk:
                Article.objects.filter(pk=article.pk).update(translation=pair)

    def _article(
        self,
        item: dict[str, Any],
        now: Any,
        sections: dict[str, Section],
        authors: dict[str, Author],
        editor: Any,
    ) -> Article:
        writer = authors[item["bylines"][0][0]].user or editor
        article = Article(
            kicker=item["kicker"],
            headline=item["headline"],
            slug=item["slug"],
            standfirst=item["standfirst"],
            body=body_html(item["body"]),
            language=item["language"],
            section=sections[item["section"]],
            hero_image=self._image(item),
            created_by=writer,
        )
        article.full_clean(exclude=["translation"])
        article.save()
        article.tags.set(item["tags"])
        for position, (author_slug, role) in enumerate(item["bylines"]):
            Byline.objects.create(
                article=article, author=authors[author_slug], role=role, position=position
            )
        at = now + timedelta(hours=item["hours_offset"])
        article = workflow.submit(
            article, by=writer if writer.has_perm("articles.submit_article") else editor
        )
        article = workflow.approve(article, by=editor)
        if at > now:
            article = workflow.schedule(article, by=editor, at=at)
        else:
            article = workflow.publish(article, by=editor, at=at)
            for correction in item.get("corrections", []):
                corrected_at = at + timedelta(hours=correction["hours_after"])
                if corrected_at < now:
                    workflow.correct(
                        article,
                        by=editor,
                        kind=correction["kind"],
                        text=correction["text"],
                        at=corrected_at,
                    )
        return article
