"""Reader search on PostgreSQL: a stored, generated `tsvector` per article and its GIN index.

The column is computed by PostgreSQL from the article's own text in the article's language, so
it can never be stale and ranking reads it instead of re-parsing the body. It is not a model
field: only `articles.search` reads it, through SQL. Other databases (SQLite) get nothing.
"""

from django.db import migrations

CONFIGS = {"en": "english", "fr": "french"}


def document_sql(config):
    # Frozen copy of the weighting in articles.search (headline A, kicker + standfirst B, body C).
    return (
        f"setweight(to_tsvector('{config}'::regconfig, coalesce(headline, '')), 'A')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(kicker, '') || ' '"
        f" || coalesce(standfirst, '')), 'B')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(body, '')), 'C')"
    )


def add_search_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE articles_article ADD COLUMN search_document tsvector GENERATED ALWAYS AS "
        f"(CASE WHEN language = 'fr' THEN {document_sql('french')} "
        f"ELSE {document_sql('english')} END) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX article_search_document ON articles_article USING gin (search_document)"
    )


def remove_search_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document")


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_perf_expiry_index")]

    operations = [
        migrations.RunPython(add_search_document, remove_search_document, elidable=False)
    ]
