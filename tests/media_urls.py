"""The project's URLs plus uploaded media, as DEBUG serves them, for browser journeys."""

from django.urls import re_path

from newsroom.media import serve_media
from newsroom.urls import urlpatterns as project_urlpatterns

urlpatterns = [*project_urlpatterns, re_path(r"^media/(?P<path>.*)$", serve_media)]
