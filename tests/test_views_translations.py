from __future__ import annotations

import gettext
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from articles.management.commands.compile_translations import mo_bytes, parse_po

PO = """
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

msgid "Updated"
msgstr "Mis à jour"

msgctxt "date format"
msgid "j F Y"
msgstr "j F Y"

msgid "%(n)s article"
msgid_plural "%(n)s articles"
msgstr[0] "%(n)s article"
msgstr[1] "%(n)s "
"articles"

#, fuzzy
msgid "Unsure"
msgstr "Pas sûr"

msgid "Untranslated"
msgstr ""
"""


def test_python_compiler_writes_a_catalogue_gettext_reads(tmp_path):
    mo = tmp_path / "django.mo"
    mo.write_bytes(mo_bytes(parse_po(PO)))
    catalogue = gettext.GNUTranslations(mo.open("rb"))
    assert catalogue.gettext("Updated") == "Mis à jour"
    assert catalogue.pgettext("date format", "j F Y") == "j F Y"
    assert catalogue.ngettext("%(n)s article", "%(n)s articles", 2) == "%(n)s articles"
    assert catalogue.ngettext("%(n)s article", "%(n)s articles", 1) == "%(n)s article"
    assert catalogue.gettext("Unsure") == "Unsure"
    assert catalogue.gettext("Untranslated") == "Untranslated"


def test_committed_french_catalogue_is_up_to_date(tmp_path):
    po = Path(settings.LOCALE_PATHS[0]) / "fr" / "LC_MESSAGES" / "django.po"
    committed = gettext.GNUTranslations(po.with_suffix(".mo").open("rb"))
    fresh_path = tmp_path / "fresh.mo"
    fresh_path.write_bytes(mo_bytes(parse_po(po.read_text(encoding="utf-8"))))
    fresh = gettext.GNUTranslations(fresh_path.open("rb"))
    assert committed._catalog == fresh._catalog
    assert committed.gettext("About the author") == "À propos de l’auteur"


def test_compile_translations_command_runs(settings, tmp_path):
    locale = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    locale.mkdir(parents=True)
    (locale / "django.po").write_text(PO, encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    call_command("compile_translations")
    assert (locale / "django.mo").exists()
