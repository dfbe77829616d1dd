"""The authorization matrix (articles/authorization.toml), cell by cell, channel by channel.

For every role × action the cell's answer is checked through each way the action can be
attempted: the changelist, the change view by URL, the workflow button POST, the bulk action
POST (with "select all"), the history view, the preview and public URLs. Where the answer is
"no" the article's row must be unchanged and nothing about it may appear in the response.
A cell missing from the file fails its test.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.models import Article, CopyrightNotice, Section, ShareLink, Status
from tests.forms import admin_form

MATRIX_FILE = Path(__file__).resolve().parent.parent / "articles" / "authorization.toml"
MATRIX = tomllib.loads(MATRIX_FILE.read_text())

# The roles and actions the newsroom promises a decision for (issue: "the authorization matrix").
ROLES = ["anonymous", "journalist", "editor", "chief_editor", "superuser"]
ACTIONS = [
    "view",
    "add",
    "change_own",
    "change_others",
    "delete",
    "delete_published",
    "submit",
    "request_changes",
    "approve",
    "publish",
    "schedule",
    "withdraw",
    "restore",
    "restore_from_trash",
    "purge",
    "preview",
    "share",
    "manage_sections",
    "manage_copyright_notices",
    "manage_users",
]
CHANGELIST = reverse("admin:articles_article_changelist")


def cell(action: str, role: str) -> str:
    value = MATRIX.get("actions", {}).get(action, {}).get(role)
    assert value in {"yes", "no", "own"}, (
        f"{MATRIX_FILE.name} has no valid cell for action {action!r} × role {role!r} "
        f"(found {value!r}); decide it: yes, own or no."
    )
    return value


def test_matrix_file_declares_exactly_the_roles_and_actions_tested():
    assert MATRIX["roles"] == ROLES
    assert sorted(MATRIX["actions"]) == sorted(ACTIONS)


def row(article: Article) -> tuple[Any, ...]:
    """Everything an unauthorized attempt must leave untouched."""
    fresh = Article.objects.filter(pk=article.pk).values_list(
        "status", "headline", "published_at", "deleted_at", "version"
    )
    return tuple(fresh.first() or ())


@dataclass
class Actor:
    role: str
    user: Any
    client: Client
    someone_else: Any
    make_article: Callable[..., Article]
    counter: list[int]

    def article(self, *, own: bool, status: str = Status.DRAFT, **fields: Any) -> Article:
        self.counter[0] += 1
        marker = f"Zebra{self.counter[0]}Secret"
        creator = self.user if own and self.user is not None else self.someone_else
        return self.make_article(
            status=status,
            headline=f"{marker} headline",
            slug=f"zebra-{self.counter[0]}",
            created_by=creator,
            **fields,
        )

    def targets(self, value: str) -> list[tuple[bool, bool]]:
        """(own article?, allowed?) pairs to try for this cell."""
        if self.user is None:
            return [(False, False)]
        if value == "own":
            return [(True, True), (False, False)]
        return [(True, value == "yes"), (False, value == "yes")]


def assert_no_leak(response: Any, article: Article) -> None:
    marker = article.headline.split()[0]
    body = response.content.decode(errors="replace") if hasattr(response, "content") else ""
    assert marker not in body, f"{marker} leaked in a refused response"


def get(client: Client, url: str, **kwargs: Any) -> Any:
    return client.get(url, follow=True, **kwargs)


def post(client: Client, url: str, data: Any = None) -> Any:
    return client.post(url, data or {}, follow=True)


# --- one checker per action ---------------------------------------------------------------


def check_view(actor: Actor, value: str) -> None:
    for own, allowed in actor.targets(value):
        article = actor.article(own=own)
        marker = article.headline.split()[0]
        before = row(article)
        listing = get(actor.client, CHANGELIST)
        change = get(actor.client, reverse("admin:articles_article_change", args=[article.pk]))
        history = get(actor.client, reverse("admin:articles_article_history", args=[article.pk]))
        public = actor.client.get(article.get_absolute_url())
        assert public.status_code == 404  # staff see drafts only through preview
        assert_no_leak(public, article)
        if allowed:
            assert marker in listing.content.decode()
            assert change.status_code == 200 and marker in change.content.decode()
            assert history.status_code == 200 and marker in history.content.decode()
        else:
            for response in (listing, change, history):
                assert_no_leak(response, article)
        assert row(article) == before


def check_add(actor: Actor, value: str) -> None:
    page = actor.client.get(reverse("admin:articles_article_add"))
    data = {
        "headline": "Zebra-added story",
        "slug": "zebra-added-story",
        "language": "en",
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
    }
    actor.client.post(reverse("admin:articles_article_add"), data)
    created = Article.objects.filter(slug="zebra-added-story").first()
    if value == "yes":
        assert page.status_code == 200
        assert created is not None and created.status == Status.DRAFT
        assert created.created_by == actor.user
    else:
        assert page.status_code in (302, 403)
        assert created is None


def _check_change(actor: Actor, value: str, *, own: bool, superuser_client: Client) -> None:
    article = actor.article(own=own)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = admin_form(superuser_client.get(url))
    data["headline"] = "Changed by the actor"
    before = row(article)
    response = actor.client.post(url, data, follow=True)
    if value == "yes":
        assert Article.objects.get(pk=article.pk).headline == "Changed by the actor"
    else:
        assert row(article) == before
        assert_no_leak(response, article)
    if own and value == "yes" and actor.role == "journalist":
        # Once submitted, a journalist's own article is no longer theirs to edit.
        submitted = actor.article(own=True)
        workflow.submit(submitted, by=actor.user)
        url = reverse("admin:articles_article_change", args=[submitted.pk])
        data = admin_form(superuser_client.get(url))
        data["headline"] = "Changed after submitting"
        before = row(submitted)
        assert actor.client.post(url, data).status_code == 403
        assert row(submitted) == before


def _trash_channels(actor: Actor, value: str, status: str) -> None:
    allowed = value == "yes"
    # The delete view, by URL.
    article = actor.article(own=False, status=status)
    before = row(article)
    response = post(
        actor.client, reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"}
    )
    if allowed:
        assert Article.objects.trashed().filter(pk=article.pk).exists()
    else:
        assert row(article) == before
        assert_no_leak(response, article)
    # The bulk action, with "select all".
    article = actor.article(own=False, status=status)
    before = row(article)
    response = post(
        actor.client,
        CHANGELIST,
        {"action": "trash_selected", "_selected_action": [article.pk], "select_across": "1"},
    )
    if allowed:
        assert Article.objects.trashed().filter(pk=article.pk).exists()
    else:
        assert row(article) == before


def check_delete(actor: Actor, value: str) -> None:
    _trash_channels(actor, value, Status.DRAFT)


def check_delete_published(actor: Actor, value: str) -> None:
    _trash_channels(actor, value, Status.PUBLISHED)


TRANSITION_SETUP: dict[str, tuple[str, str, dict[str, str]]] = {
    # action: (source status, status afterwards, form data)
    "submit": (Status.DRAFT, Status.IN_REVIEW, {}),
    "request_changes": (Status.IN_REVIEW, Status.DRAFT, {"comment": "Tighten it."}),
    "approve": (Status.IN_REVIEW, Status.APPROVED, {}),
    "publish": (Status.APPROVED, Status.PUBLISHED, {}),
    "schedule": (Status.APPROVED, Status.PUBLISHED, {"publish_at": "2099-06-01 07:00"}),
    "withdraw": (Status.PUBLISHED, Status.WITHDRAWN, {"comment": "Legal"}),
    "restore": (Status.WITHDRAWN, Status.DRAFT, {}),
}
BULK_ACTIONS = {"publish": "publish_selected", "withdraw": "withdraw_selected"}


def _check_transition(actor: Actor, value: str, action: str) -> None:
    source, target, data = TRANSITION_SETUP[action]
    for own, allowed in actor.targets(value):
        article = actor.article(own=own, status=source)
        before = row(article)
        response = post(
            actor.client,
            reverse("admin:articles_article_transition", args=[article.pk, action]),
            data,
        )
        if allowed:
            assert Article.objects.get(pk=article.pk).status == target, action
        else:
            assert row(article) == before
            if not (own or actor.role in ("editor", "chief_editor", "superuser")):
                assert_no_leak(response, article)
        if action in BULK_ACTIONS:
            article = actor.article(own=own, status=source)
            before = row(article)
            bulk = {
                "action": BULK_ACTIONS[action],
                "_selected_action": [article.pk],
                "select_across": "1",
                "apply": "Withdraw",
                "reason": "Legal",
            }
            post(actor.client, CHANGELIST, bulk)
            if allowed:
                assert Article.objects.get(pk=article.pk).status == target, f"bulk {action}"
            else:
                assert row(article) == before


def check_restore_from_trash(actor: Actor, value: str) -> None:
    _check_trash_page(actor, value, "untrash")


def check_purge(actor: Actor, value: str) -> None:
    _check_trash_page(actor, value, "purge")


def _check_trash_page(actor: Actor, value: str, name: str) -> None:
    article = actor.article(own=False, status=Status.PUBLISHED)
    Article.objects.filter(pk=article.pk).update(deleted_at=timezone.now())
    listing = get(actor.client, reverse("admin:articles_article_trash"))
    before = row(article)
    response = post(actor.client, reverse(f"admin:articles_article_{name}", args=[article.pk]))
    if value == "yes":
        assert article.headline in listing.content.decode()
        if name == "untrash":
            assert Article.objects.live().filter(pk=article.pk).exists()
        else:
            assert not Article.objects.filter(pk=article.pk).exists()
    else:
        assert_no_leak(listing, article)
        assert_no_leak(response, article)
        assert row(article) == before


def check_preview(actor: Actor, value: str) -> None:
    for own, allowed in actor.targets(value):
        article = actor.article(own=own)
        response = get(actor.client, reverse("articles:preview", args=[article.pk]))
        if allowed:
            assert response.status_code == 200
            assert article.headline in response.content.decode()
        else:
            assert_no_leak(response, article)


def check_share(actor: Actor, value: str) -> None:
    for own, allowed in actor.targets(value):
        article = actor.article(own=own)
        response = post(
            actor.client,
            reverse("admin:articles_article_share", args=[article.pk]),
            {"lifetime": 3600},
        )
        assert ShareLink.objects.filter(article=article).exists() == allowed
        if not allowed:
            assert_no_leak(response, article)


def check_manage_sections(actor: Actor, value: str) -> None:
    actor.client.post(
        reverse("admin:articles_section_add"),
        {"name": "Zebra section", "name_fr": "Zèbre", "slug": "zebra-section", "position": 5},
    )
    assert Section.objects.filter(slug="zebra-section").exists() == (value == "yes")


def check_manage_copyright_notices(actor: Actor, value: str) -> None:
    actor.client.post(
        reverse("admin:articles_copyrightnotice_add"),
        {"holder": "Zebra Press", "first_year": 2024, "statement": "All rights reserved."},
    )
    assert CopyrightNotice.objects.filter(holder="Zebra Press").exists() == (value == "yes")


def check_manage_users(actor: Actor, value: str) -> None:
    listing = actor.client.get(reverse("admin:auth_user_changelist"))
    actor.client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "zebra-user",
            "password1": "a-long-zebra-passphrase-9",
            "password2": "a-long-zebra-passphrase-9",
            "usable_password": "true",
        },
    )
    created = get_user_model().objects.filter(username="zebra-user").exists()
    if value == "yes":
        assert listing.status_code == 200
        assert created
    else:
        assert listing.status_code in (302, 403)
        assert not created


CHECKERS: dict[str, Callable[[Actor, str], None]] = {
    "view": check_view,
    "add": check_add,
    "delete": check_delete,
    "delete_published": check_delete_published,
    "restore_from_trash": check_restore_from_trash,
    "purge": check_purge,
    "preview": check_preview,
    "share": check_share,
    "manage_sections": check_manage_sections,
    "manage_copyright_notices": check_manage_copyright_notices,
    "manage_users": check_manage_users,
}


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    # Six logins per cell: hashing their passwords at full strength would dominate the run.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def users(journalist, other_journalist, editor, chief_editor, superuser) -> dict[str, Any]:
    return {
        "anonymous": None,
        "journalist": journalist,
        "editor": editor,
        "chief_editor": chief_editor,
        "superuser": superuser,
        "someone_else": other_journalist,
    }


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_matrix_cell(role, action, users, make_article, superuser):
    value = cell(action, role)
    client = Client()
    if users[role] is not None:
        client.force_login(users[role])
    actor = Actor(
        role=role,
        user=users[role],
        client=client,
        someone_else=users["someone_else"],
        make_article=make_article,
        counter=[0],
    )
    if action in TRANSITION_SETUP:
        _check_transition(actor, value, action)
    elif action in ("change_own", "change_others"):
        superuser_client = Client()
        superuser_client.force_login(superuser)
        if role == "anonymous":
            _check_change(actor, value, own=False, superuser_client=superuser_client)
        else:
            _check_change(
                actor, value, own=action == "change_own", superuser_client=superuser_client
            )
    else:
        CHECKERS[action](actor, value)
