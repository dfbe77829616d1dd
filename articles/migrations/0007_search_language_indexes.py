"""Reader search on PostgreSQL: one GIN index per language, never a pending list.

A search matches `language = 'en' AND search_document @@ <English query>` OR the same in French.
With one partial index per language each branch is answered exactly by its own index, so
PostgreSQL reads no row's `tsvector` to check the language, and its estimate of the matches is
no longer divided by the default selectivity of that check (which made it read the whole table
for a word found only in French). `fastupdate = off`: articles are written seldom and read by
every search, and a pending list is read in full by every search until a vacuum merges it.
Other databases (SQLite) get nothing. A new article language needs its own index here.
"""

from django.db import migrations

LANGUAGES = ("en", "fr")


def add_language_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX article_search_{language} ON articles_article"
            " USING gin (search_document) WITH (fastupdate = off)"
            f" WHERE language = '{language}'"
        )
    schema_editor.execute("DROP INDEX IF EXISTS article_search_document")


def remove_language_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX article_search_document ON articles_article USING gin (search_document)"
    )
    for language in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS article_search_{language}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_rendition_index")]

    operations = [
        migrations.RunPython(add_language_indexes, remove_language_indexes, elidable=False)
    ]
