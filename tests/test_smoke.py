from django.conf import settings


def test_settings_loaded():
    assert settings.DEBUG is False
