"""The newsroom's roles: groups and their permissions, kept in sync by data migrations.

Object-level rules (a journalist edits only their own articles, and only before submission)
live in `articles.workflow` and the admin; these are the model-level permissions.
"""

from __future__ import annotations

from typing import Any

JOURNALIST = "Journalist"
EDITOR = "Editor"
CHIEF_EDITOR = "Chief editor"

_JOURNALIST_PERMISSIONS = [
    "articles.view_article",
    "articles.add_article",
    "articles.change_article",
    "articles.submit_article",
    "articles.view_byline",
    "articles.add_byline",
    "articles.change_byline",
    "articles.delete_byline",
    "articles.view_section",
    "articles.view_author",
    "articles.view_image",
    "articles.add_image",
    "articles.change_image",
    "articles.view_copyrightnotice",
    "articles.view_correction",
    "articles.view_editorialnote",
    "articles.add_editorialnote",
    "articles.view_workflowevent",
    "articles.view_articlerevision",
    "taggit.view_tag",
    "taggit.add_tag",
]

_EDITOR_PERMISSIONS = [
    *_JOURNALIST_PERMISSIONS,
    "articles.delete_article",
    "articles.change_any_article",
    "articles.review_article",
    "articles.publish_article",
    "articles.correct_article",
    "articles.share_article",
    "articles.add_correction",
    "articles.change_correction",
    "articles.delete_correction",
    "articles.add_author",
    "articles.change_author",
    "articles.delete_image",
    "articles.view_frontpageplacement",
    "articles.add_frontpageplacement",
    "articles.change_frontpageplacement",
    "articles.delete_frontpageplacement",
    "articles.view_sharelink",
    "articles.add_sharelink",
    "articles.change_sharelink",
    "taggit.change_tag",
]

_CHIEF_EDITOR_PERMISSIONS = [
    *_EDITOR_PERMISSIONS,
    "articles.add_section",
    "articles.change_section",
    "articles.delete_section",
    "articles.add_copyrightnotice",
    "articles.change_copyrightnotice",
    "articles.trash_published_article",
    "articles.restore_article",
    "articles.delete_author",
    "taggit.delete_tag",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    JOURNALIST: _JOURNALIST_PERMISSIONS,
    EDITOR: _EDITOR_PERMISSIONS,
    CHIEF_EDITOR: _CHIEF_EDITOR_PERMISSIONS,
}


def sync_roles(apps: Any, schema_editor: Any = None) -> None:
    """Create the role groups and give each exactly its permissions (for data migrations)."""
    from django.contrib.auth.management import create_permissions

    for label in ("articles", "taggit", "auth", "contenttypes"):
        app_config = apps.get_app_config(label)
        if not getattr(app_config, "models_module", None):
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=role)
        permissions = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            permissions.append(
                permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(permissions)
