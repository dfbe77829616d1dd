from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)

WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def watch(page) -> list[str]:
    """Collect console errors (CSP reports land there too) and violation events."""
    errors: list[str] = []
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(WATCH_VIOLATIONS)
    return errors


def csp_errors(errors: list[str]) -> list[str]:
    return [e for e in errors if "Content Security Policy" in e or "Refused to" in e]


def test_prose_editor_loads_in_the_admin_article_form_without_csp_violations(
    page, live_server, editor, section
):
    errors = watch(page)
    login(page, live_server, "eddie")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    editor_area = page.locator(".prose-editor [contenteditable=true]").first
    expect(editor_area).to_be_visible()
    editor_area.click()
    page.keyboard.type("The vote came after midnight.")
    expect(editor_area).to_contain_text("The vote came after midnight.")
    expect(page.locator(".prose-menubar button[data-name=bold]")).to_be_visible()
    violations = page.evaluate("window.__cspViolations")
    assert violations == []
    assert csp_errors(errors) == []


def test_public_article_page_runs_under_its_policy_without_violations(
    page, live_server, make_article
):
    article = make_article()
    errors = watch(page)
    response = page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert response.status == 200
    assert (
        "'unsafe-inline'"
        not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(article.headline)
    assert page.evaluate("window.__cspViolations") == []
    assert csp_errors(errors) == []


def test_media_library_image_page_runs_under_the_admin_policy_without_violations(
    page, live_server, editor, image
):
    errors = watch(page)
    login(page, live_server, "eddie")
    page.goto(f"{live_server.url}/admin/articles/image/{image.pk}/change/")
    expect(page.locator("#image_form")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == []
    assert csp_errors(errors) == []
