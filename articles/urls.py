from django.urls import path

from . import preview, views

app_name = "articles"

urlpatterns = [
    path("", views.front_page, name="front"),
    path(
        "<int:year>/<str:month>/<str:day>/<slug:slug>/",
        views.article_detail,
        name="detail",
    ),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path(
        "renditions/<int:pk>/<str:crop>/<int:width>.<str:fmt>",
        views.rendition,
        name="rendition",
    ),
    path("preview/article/<int:pk>/", preview.staff_preview, name="preview"),
    path(
        "preview/article/<int:pk>/revision/<int:revision_pk>/",
        preview.staff_preview,
        name="preview_revision",
    ),
    path("preview/<str:token>/", preview.share_preview, name="share_preview"),
    path("<slug:slug>/", views.section_detail, name="section"),
]
