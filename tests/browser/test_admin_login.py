from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def test_journalist_logs_in_and_sees_the_articles_admin(page, live_server, journalist):
    login(page, live_server, "jane")
    page.get_by_role("link", name="Articles").first.click()
    expect(page.get_by_role("heading", name="Select article to change")).to_be_visible()
