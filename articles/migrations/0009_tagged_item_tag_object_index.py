"""The tagged items of a tag, newest article first, from one index.

The related box considers each tag's newest articles only (`RELATED_WINDOW`), read through
this index on (tag, object) backwards, so a tag on thousands of articles costs no more than a
small one. django-taggit's own indexes are on the tag alone and on (content type, object).
The table belongs to django-taggit, so the index is made here, by name, in SQL that
PostgreSQL and SQLite both accept.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_section_listing_index"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX articles_taggeditem_tag_object ON taggit_taggeditem (tag_id, object_id)",
            "DROP INDEX articles_taggeditem_tag_object",
            elidable=False,
        )
    ]
