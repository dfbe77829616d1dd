"""The public site's Jinja2 engine prints values as Django's template engine does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template, engines
from django.test.utils import override_settings
from django.utils import timezone, translation
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from markupsafe import Markup

AWARE = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)  # 01:30 in Paris, the night clocks move

VALUES = [
    "plain",
    "<script>alert('x')</script> & \"quotes\"",
    mark_safe("<b>trusted</b>"),
    Markup("<i>markup</i>"),
    lazy(lambda: "<lazy> & 'text'", str)(),
    None,
    True,
    0,
    1234567,
    3.5,
    Decimal("12.50"),
    AWARE,
    dt.date(2026, 11, 30),
    ["<a>", 1],
]


def jinja(source: str, **context: object) -> str:
    return str(engines["jinja2"].from_string(source).render(context))


def django(source: str, **context: object) -> str:
    return Template(source).render(Context(context))


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_value_prints_as_in_django_templates(value, language):
    with translation.override(language), timezone.override(ZoneInfo("Europe/Paris")):
        assert jinja("{{ value }}", value=value) == django("{{ value }}", value=value)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("zone", ["Europe/Paris", "America/Montreal", "UTC"])
@pytest.mark.parametrize("fmt", ["c", "j F Y, H:i", "l j F Y", "Y-m-d", "F Y", None])
def test_the_date_filter_formats_as_in_django_templates(fmt, zone, language):
    values = {"value": AWARE}
    if fmt is None or "H" not in fmt:
        values["day"] = dt.date(2026, 5, 26)
    with translation.override(language), timezone.override(ZoneInfo(zone)):
        for name in values:
            if fmt is None:
                expected = django("{{ " + name + "|date }}", **values)
                got = jinja("{{ " + name + "|date }}", **values)
            else:
                expected = django("{{ " + name + '|date:"' + fmt + '" }}', **values)
                got = jinja("{{ " + name + '|date("' + fmt + '") }}', **values)
            assert got == expected
    assert jinja('{{ nothing|date("c") }}') == "" == jinja('{{ none|date("c") }}', none=None)


def test_a_remembered_date_is_never_another_zones_language_or_format():
    """The filter remembers what it printed: by moment, zone, format and language."""
    template = '{{ value|date("c") }} {{ value|date("l j F Y, H:i") }} {{ value|date }}'
    printed = {}
    for _ in range(2):  # the second round is answered from the memory
        for zone in ["Europe/Paris", "America/Montreal"]:
            for language in ["en", "fr"]:
                with translation.override(language), timezone.override(ZoneInfo(zone)):
                    got = jinja(template, value=AWARE)
                    assert got == django(
                        '{{ value|date:"c" }} {{ value|date:"l j F Y, H:i" }} {{ value|date }}',
                        value=AWARE,
                    )
                    printed.setdefault((zone, language), got)
                    assert printed[(zone, language)] == got
    assert len(set(printed.values())) == 4
    assert printed[("Europe/Paris", "fr")].startswith("2026-03-29T01:30:00+01:00 dimanche 29 mars")
    assert printed[("America/Montreal", "en")].startswith("2026-03-28T20:30:00-04:00 Saturday")
    with translation.override(None), override_settings(DATE_FORMAT="Y/m/d"):
        assert jinja("{{ value|date }}", value=AWARE.date()) == "2026/03/29"
    with translation.override(None), override_settings(DATE_FORMAT="d.m.Y"):
        assert jinja("{{ value|date }}", value=AWARE.date()) == "29.03.2026"


def test_static_addresses_follow_the_settings():
    from newsroom.static import static

    first = jinja("{{ static('newsroom/site.css') }}")
    assert first == static("newsroom/site.css")
    with override_settings(
        STATIC_URL="/elsewhere/",
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ):
        assert jinja("{{ static('newsroom/site.css') }}") == "/elsewhere/newsroom/site.css"
    assert jinja("{{ static('newsroom/site.css') }}") == first


def test_a_dictionarys_keys_read_as_attributes_as_in_jinja2():
    from collections import OrderedDict

    import jinja2

    plain = jinja2.Environment(undefined=jinja2.ChainableUndefined, autoescape=True)  # noqa: S701
    source = "[{{ d.url }}][{{ d.items is callable }}][{{ d.missing }}][{{ d.missing.deeper }}]"
    for value in [
        {"url": "/a/", "items": "shadowed"},
        OrderedDict(url="/b/"),
        {"url": None},
        {},
    ]:
        assert jinja(source, d=value) == plain.from_string(source).render(d=value)
    assert jinja(source, d={"url": "<b>"}) == "[&lt;b&gt;][True][][]"


def test_a_missing_value_prints_nothing_in_debug_too():
    with override_settings(DEBUG=True):
        assert jinja("[{{ missing }}][{{ missing.attribute }}]") == "[][]"


def test_what_the_engine_renders_is_not_escaped_again():
    inner = engines["jinja2"].from_string("<p>{{ text }}</p>").render({"text": "a & b"})
    assert inner == "<p>a &amp; b</p>"
    assert jinja("{{ inner }}", inner=inner) == "<p>a &amp; b</p>"
    assert django("{{ inner }}", inner=inner) == "<p>a &amp; b</p>"


def test_translations_come_from_the_project_catalogue():
    with translation.override("fr"):
        assert jinja('{{ _("Related articles") }}') == django(
            '{% load i18n %}{% translate "Related articles" %}'
        )
        assert jinja('{{ pgettext("date and time of an article", "j F Y, H:i") }}') == (
            "j F Y à H:i"
        )
        assert jinja(
            '{{ ngettext("%(counter)s article", "%(counter)s articles", n)|fill(counter=n) }}',
            n=1234,
        ) == django(
            "{% load i18n %}{% blocktranslate count counter=n %}{{ counter }} article"
            "{% plural %}{{ counter }} articles{% endblocktranslate %}",
            n=1234,
        )


def test_a_page_template_reaches_the_test_client_with_its_parents(client, db):
    response = client.get("/")
    assert response.status_code == 200
    names = [template.name for template in response.templates]
    assert names[0] == "articles/front_page.html"
    assert "base.html" in names
    assert response.context["site_language"] == "en"


def test_a_page_under_a_script_prefix_links_under_it_and_the_next_one_does_not(
    client, make_article
):
    """Addresses, cards and pictures are remembered by the scope the page was rendered in."""
    from django.test.utils import override_script_prefix

    article = make_article(headline="Tram line opens")
    with override_script_prefix("/news/"):
        prefixed = client.get("/").content.decode()
    assert 'href="/news/corrections/"' in prefixed
    assert f'href="/news{article.get_absolute_url()}"' in prefixed
    assert 'href="/corrections/"' not in prefixed
    plain = client.get("/").content.decode()
    assert 'href="/corrections/"' in plain
    assert f'href="{article.get_absolute_url()}"' in plain
    assert "/news/" not in plain


def test_the_page_scope_is_what_the_thread_locals_say(rf, db):
    from django.conf import settings
    from django.urls import set_script_prefix

    from articles import renditions
    from newsroom.context_processors import site
    from newsroom.render_scope import RenderScope, scope_of

    try:
        set_script_prefix("/news/")
        with translation.override("fr"), timezone.override(ZoneInfo("America/Montreal")):
            scope = site(rf.get("/"))["render_scope"]
            assert scope == RenderScope(
                "/news/",
                None,
                "fr",
                "America/Montreal",
                ZoneInfo("America/Montreal"),
                renditions.file_url(""),
            )
            assert scope.media_url == settings.MEDIA_URL
            assert scope_of({"render_scope": scope}) is scope
            assert scope_of({}) == scope  # no scope in the context: read now
    finally:
        set_script_prefix("/")


def test_template_errors_are_raised_as_by_djangos_jinja2_backend():
    import jinja2
    from django.template import TemplateDoesNotExist

    with pytest.raises(TemplateDoesNotExist):
        engines["jinja2"].get_template("articles/no-such-page.html")
    with pytest.raises(jinja2.TemplateSyntaxError):  # Django's backend leaves from_string's
        engines["jinja2"].from_string("{% if %}")
