from django.db import migrations

import articles.models.fields


def fill_index(apps, schema_editor):
    """Index the renditions that already exist (the same rule as `renditions.build_index`)."""
    Image = apps.get_model("articles", "Image")
    Rendition = apps.get_model("articles", "Rendition")
    for image in Image.objects.only("pk", "focal_x", "focal_y").iterator(chunk_size=500):
        names = {}
        rows = Rendition.objects.filter(image_id=image.pk).values_list(
            "crop", "format", "width", "focal_x", "focal_y", "file"
        )
        for crop, fmt, width, focal_x, focal_y, name in rows:
            if crop == "original" or (focal_x, focal_y) == (image.focal_x, image.focal_y):
                names[f"{crop}|{fmt}|{width}"] = name
        Image.objects.filter(pk=image.pk).update(
            rendition_index={"focal": [image.focal_x, image.focal_y], "names": names}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_public_search_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="image",
            name="rendition_index",
            field=articles.models.fields.RenditionIndexField(
                blank=True,
                default=dict,
                editable=False,
                help_text="The stored name of each current rendition, kept in step with the "
                "renditions (see articles.renditions.refresh_index), so that pages link to them "
                "without a query.",
            ),
        ),
        migrations.RunPython(fill_index, migrations.RunPython.noop),
    ]
