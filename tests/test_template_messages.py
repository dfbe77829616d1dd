"""The public site's Jinja2 templates feed the French catalogue (makemessages, `.po`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from articles.management.commands.compile_translations import parse_po
from articles.management.commands.makemessages import (
    BuildFile,
    Command,
    is_jinja2_template,
    jinja2_messages,
)

JINJA2_DIR = settings.BASE_DIR / "templates" / "jinja2"
TEMPLATES = sorted(JINJA2_DIR.rglob("*.html"))


def messages_of(path: Path) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, function, strings) of each translatable call found in a template."""
    found = []
    for number, line in enumerate(jinja2_messages(path.read_text()).splitlines(), start=1):
        for node in ast.walk(ast.parse(line)) if line.strip() else []:
            if isinstance(node, ast.Call):
                strings = tuple(a.value for a in node.args if isinstance(a.value, str))  # type: ignore[attr-defined]
                found.append((number, node.func.id, strings))  # type: ignore[attr-defined]
    return found


def test_the_public_templates_are_jinja2_templates():
    assert len(TEMPLATES) >= 15
    assert all(is_jinja2_template(str(path)) for path in TEMPLATES)
    assert not is_jinja2_template(str(settings.BASE_DIR / "templates" / "500.html"))


def test_each_message_is_written_on_its_template_line():
    found = messages_of(JINJA2_DIR / "articles" / "article_detail.html")
    lines = (JINJA2_DIR / "articles" / "article_detail.html").read_text().splitlines()
    assert (7, "pgettext", ("date and time of an article", "j F Y, H:i")) in found
    assert any(
        function == "_" and strings == ("Related articles",) for _, function, strings in found
    )
    for number, _function, strings in found:
        assert strings[-1] in lines[number - 1]


def test_plural_messages_keep_both_forms():
    found = messages_of(JINJA2_DIR / "articles" / "search_results.html")
    assert any(
        function == "ngettext"
        and strings == ("%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”")
        for _, function, strings in found
    )


def test_every_string_of_the_public_templates_is_translated_into_french():
    catalogue = parse_po((settings.BASE_DIR / "locale/fr/LC_MESSAGES/django.po").read_text())
    missing = []
    for path in TEMPLATES:
        for number, function, strings in messages_of(path):
            if function in ("pgettext", "npgettext"):
                key = strings[0] + "\x04" + "\x00".join(strings[1:])
            else:
                key = "\x00".join(strings)
            if key not in catalogue:
                missing.append(f"{path.relative_to(JINJA2_DIR)}:{number} {strings}")
    assert missing == []


def test_makemessages_preprocesses_a_jinja2_template_with_jinja2(tmp_path):
    class Translatable:
        file = "page.html"
        dirpath = str(tmp_path)
        path = str(JINJA2_DIR / "404.html")

    build = BuildFile(Command(), "django", Translatable())
    work = Path(build.work_path)
    work_text = None
    try:
        build.preprocess()
        work_text = work.read_text()
    finally:
        build.cleanup()
    assert "_('We could not find that page')" in work_text
    assert "{%" not in work_text and "{{" not in work_text
    assert not work.exists()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_filled_message_escapes_its_values_and_trusts_the_translation(language):
    from django.template import engines

    template = engines["jinja2"].from_string('{{ _("Search: %(query)s")|fill(query=query) }}')
    with translation.override(language):
        html = template.render({"query": '<b>"x"</b>'})
    prefix = "Recherche : " if language == "fr" else "Search: "
    assert html == prefix + "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"
