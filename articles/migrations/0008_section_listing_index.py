"""A section's listing, its count of live articles and its front-page block from one index.

The section page counts the section's live articles in its language for its pagination. With
the old (section, date) index PostgreSQL read every such article's row (1 ms at 10,000
articles, ten times that at 100,000); this index holds every column of that filter, so the
count reads the index alone, and the page itself walks it newest first. The included columns
are ignored on SQLite.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_search_language_indexes")]

    # The new index first: building it blocks writes to the table, not reads; dropping the old
    # one takes the lock that blocks reads too, held from there to the commit, so it comes last.
    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["section", "language", "status", "-published_at"],
                include=("expires_at", "deleted_at"),
                name="article_section_listing",
            ),
        ),
        migrations.RemoveIndex(model_name="article", name="article_section_recent"),
    ]
