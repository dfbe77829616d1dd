"""Every admin page a superuser can reach loads: changelists, add forms and change forms."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db

MODEL_ADMINS = sorted(
    (model._meta.app_label, model._meta.model_name) for model in admin.site._registry
)


@pytest.fixture
def populated(make_article, site_notice, editor):
    from articles import workflow

    article = make_article()
    workflow.correct(article, by=editor, kind="correction", text="A date was wrong.")
    return article


@pytest.mark.parametrize(("app_label", "model_name"), MODEL_ADMINS)
def test_changelist_loads(client, superuser, populated, app_label, model_name):
    client.force_login(superuser)
    response = client.get(reverse(f"admin:{app_label}_{model_name}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize(("app_label", "model_name"), MODEL_ADMINS)
def test_add_form_loads_or_is_refused_by_design(
    client, superuser, populated, app_label, model_name
):
    client.force_login(superuser)
    model_admin = next(
        ma for m, ma in admin.site._registry.items() if m._meta.model_name == model_name
    )
    response = client.get(reverse(f"admin:{app_label}_{model_name}_add"))
    expected = 200 if model_admin.has_add_permission(_request(superuser)) else 403
    assert response.status_code == expected


@pytest.mark.parametrize(("app_label", "model_name"), MODEL_ADMINS)
def test_change_form_loads(client, superuser, populated, app_label, model_name):
    client.force_login(superuser)
    model = next(m for m in admin.site._registry if m._meta.model_name == model_name)
    obj = model._default_manager.first()
    if obj is None:
        obj = _make(model)
    response = client.get(reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk]))
    assert response.status_code == 200


def test_article_changelist_queries_do_not_grow_with_rows(
    client, superuser, make_article, django_assert_max_num_queries
):
    client.force_login(superuser)
    make_article()
    url = reverse("admin:articles_article_changelist")
    client.get(url)
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    for index in range(15):
        make_article(slug=f"more-{index}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request


def _make(model):
    from model_bakery import baker

    return baker.make(model)
