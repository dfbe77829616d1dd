"""GIN indexes for reader search, one per language, on PostgreSQL only (SQLite has no GIN)."""

from django.db import migrations

CONFIGS = {"en": "english", "fr": "french"}


def document_sql(config):
    # Frozen copy of articles.search.document_sql: the index only serves queries whose
    # expression is exactly this one (a test checks that the planner uses it).
    return (
        f"(setweight(to_tsvector('{config}'::regconfig, coalesce(headline, '')), 'A')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(kicker, '') || ' '"
        f" || coalesce(standfirst, '')), 'B')"
        f" || setweight(to_tsvector('{config}'::regconfig, coalesce(body, '')), 'C'))"
    )


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language, config in CONFIGS.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS article_search_{language} ON articles_article "
            f"USING gin ({document_sql(config)}) WHERE language = '{language}'"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in CONFIGS:
        schema_editor.execute(f"DROP INDEX IF EXISTS article_search_{language}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_article_slug_message")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
