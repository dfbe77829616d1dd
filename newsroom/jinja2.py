"""The public site's template engine: Jinja2, rendering as Django's template language does.

The public pages (`templates/jinja2/`) are Jinja2 templates; the admin, the sitemaps and the
error pages rendered without a request stay in Django's template language. Jinja2 compiles a
template to Python once per process, where Django's engine walks its node tree on every
render: the article page's templates cost about a third of the time they did
(docs/DECISIONS.md, "The public templates are Jinja2").

What the readers get is the same markup, byte for byte:

- every `{{ value }}` goes through `render_value`, which is what Django's
  `render_value_in_context` does: aware datetimes in the current time zone, numbers localized,
  then Django's `escape` (so quotes come out as `&quot;` and `&#x27;`, not markupsafe's
  `&#34;` and `&#39;`), and nothing escaped twice (`SafeString` and `Markup` both pass);
- translations come from Django's catalogue: `_()`/`gettext`, `pgettext`, `ngettext` and
  `npgettext` are Django's functions, so `makemessages` (whose override in
  `articles/management/commands/makemessages.py` reads these templates with Jinja2's own
  extractor) and the `.po` files are unchanged; a message with placeholders is filled with
  `|fill(name=value)`, which escapes the values and trusts the translation, as
  `{% blocktranslate %}` does;
- filters and functions are the ones the Django tags call (`articles/templatetags/`), so a card
  or a picture is the same markup whichever engine asked for it.

The backend also marks what it renders safe, as Django's engine does, runs the context processors before the view's context (a view's value wins,
as in Django's engine) and announces each render to Django's test client (`response.context`,
`assertTemplateUsed`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import jinja2
from django.template import defaultfilters
from django.template.backends.jinja2 import Jinja2 as DjangoJinja2
from django.template.backends.jinja2 import Template as DjangoJinja2Template
from django.template.backends.utils import csrf_input_lazy, csrf_token_lazy
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils import formats
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]
from django.utils.translation import get_language, gettext, ngettext, npgettext, pgettext
from jinja2 import pass_context

from articles.templatetags import newsroom as tags
from articles.templatetags import pictures
from newsroom.memo import Memo
from newsroom.render_scope import scope_of
from newsroom.static import static

_escape = html.escape


def render_value(value: Any) -> str:
    """A value as Django's engine prints it: local time, localized, escaped once."""
    if type(value) is str:
        return SafeString(_escape(value))
    if hasattr(value, "__html__"):
        return value  # type: ignore[no-any-return]  # SafeString, Markup: already markup
    if isinstance(value, Promise):
        return SafeString(_escape(str(value)))
    value = formats.localize(template_localtime(value))
    if hasattr(value, "__html__"):
        return value  # type: ignore[no-any-return]
    return SafeString(_escape(str(value)))


def fill(message: str, **values: Any) -> SafeString:
    """`{% blocktranslate %}`: the translation is trusted, the values are escaped."""
    return mark_safe(message % {name: render_value(value) for name, value in values.items()})  # noqa: S308


# What the `date` filter gave, by the local moment (with its zone: two zones' readings of one
# instant compare equal), the format and the language. A page formats the same few moments
# (today in the masthead, an article's times on its page and in its cards) on every request,
# and Django's formatter reads each format character's method and the month's translated name
# every time. Forgotten when a setting changes (a test's DATE_FORMAT, say).
DATE_MEMO_SIZE = 4096
_dates: Memo[str] = Memo(DATE_MEMO_SIZE, settings_bound=True)


def date(value: Any, arg: str | None = None) -> str:
    """Django's `date` filter, given the local time its engine hands it."""
    if isinstance(value, jinja2.Undefined):
        return ""
    local = template_localtime(value)
    try:
        key = (
            type(local),
            local,
            getattr(local, "tzinfo", None),
            getattr(local, "fold", 0),
            arg,
            get_language(),
        )
        text = _dates.get(key)
    except TypeError:  # not hashable: formatted as is
        return str(defaultfilters.date(local, arg))
    if text is None:
        text = _dates.put(key, str(defaultfilters.date(local, arg)))
    return text


def url(name: str, *args: Any) -> str:
    """`{% url %}`."""
    return reverse(name, args=args)


@pass_context
def article_card(
    context: Mapping[str, Any], article: Any, size: str = "", hide_image: bool = False
) -> SafeString:
    return tags.article_card(context, article, size=size, hide_image=hide_image)  # type: ignore[arg-type]


@pass_context
def site_url(context: Mapping[str, Any], name: str, *args: Any) -> str:
    return tags.site_url_in(scope_of(context), name, *args)


@pass_context
def picture(context: Mapping[str, Any], image: Any, **options: Any) -> SafeString:
    return pictures.picture(context, image, **options)  # type: ignore[arg-type]


_DICT_ATTRIBUTES = frozenset(dir(dict))


class Environment(jinja2.Environment):
    """Announces the templates a page extends and includes to Django's test client too, as
    Django's engine does (`assertTemplateUsed("articles/article_detail.html")` on a preview),
    and reads a dictionary's keys without an exception."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute`: as Jinja2 reads it (the attribute, else the item), but a plain
        dictionary's key is read at once. Jinja2 would first raise and catch an
        `AttributeError`, with its message, for each of the fifty `meta.canonical` or
        `section.url` of an article page. A key that is also a dictionary's attribute
        (`items`) is still the attribute, as in Jinja2."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)

    def get_template(self, name: Any, parent: str | None = None, globals: Any = None) -> Any:
        template = super().get_template(name, parent, globals)
        if parent is not None and template_rendered.receivers:
            template_rendered.send(sender=template, template=template, context={})
        return template


def environment(**options: Any) -> jinja2.Environment:
    options.setdefault("keep_trailing_newline", True)  # as Django's engine leaves a file's end
    # A missing value, or an attribute of one, prints "" as in Django's engine, in DEBUG too.
    options["undefined"] = jinja2.ChainableUndefined
    options["finalize"] = render_value
    env = Environment(**options)  # noqa: S701  (autoescape is on: the backend sets it)
    env.globals.update(
        {
            "_": gettext,
            "gettext": gettext,
            "pgettext": pgettext,
            "ngettext": ngettext,
            "npgettext": npgettext,
            "static": static,
            "url": url,
            "site_url": site_url,
            "article_card": article_card,
            "picture": picture,
        }
    )
    env.filters.update(
        {
            "date": date,
            "fill": fill,
            "urlencode": defaultfilters.urlencode,  # Django's filter: the same quoting as `|urlencode`
            "credit": tags.credit,
            "body_html": tags.body_html,
            "section_name": tags.section_name,
            "job_title": tags.job_title,
            "bio": tags.bio,
            "correction_label": tags.correction_label,
        }
    )
    return env


class Template(DjangoJinja2Template):
    """Django's Jinja2 template, with Django's context order and the test client's signal."""

    def __init__(self, template: jinja2.Template, backend: Jinja2) -> None:
        super().__init__(template, backend)
        self.name = template.name

    def render(self, context: Any = None, request: Any = None) -> SafeString:
        """The page, marked safe as Django's engine marks what it renders (so markup rendered
        by one template and shown by another is not escaped twice)."""
        values: dict[str, Any] = {}
        if request is not None:
            values["request"] = request
            values["csrf_input"] = csrf_input_lazy(request)
            values["csrf_token"] = csrf_token_lazy(request)
            for processor in self.backend.template_context_processors:
                values.update(processor(request))
        if context:
            values.update(context)
        if template_rendered.receivers:
            template_rendered.send(sender=self, template=self, context=values)
        # Django's own render (its error translation for the debug page), with the values
        # already merged in Django's order, so without the request it would add after them.
        return SafeString(super().render(values))


class Jinja2(DjangoJinja2):
    """The public site's engine (settings.TEMPLATES): Django's, with the `Template` above."""

    def from_string(self, template_code: str) -> Template:
        return Template(super().from_string(template_code).template, self)

    def get_template(self, template_name: str) -> Template:
        return Template(super().get_template(template_name).template, self)
