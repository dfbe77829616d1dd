"""What a page must never contain, checked on the parse tree a browser would build.

Used by the XSS battery and the bad-input tests: no script element other than the site's
own (nonce'd, a static file, or JSON data that parses), no `on*` attribute, no `javascript:`,
`vbscript:` or (outside images) `data:` URL, no frame, plugin, base or refresh element.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

import html5lib
from django.conf import settings

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "cite",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "ping",
    "codebase",
    "manifest",
    "icon",
    "usemap",
    "srcset",
    "imagesrcset",
    "xlink:href",
    "values",
    "to",
    "from",
    "by",
}
FORBIDDEN_ELEMENTS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "portal",
    "fencedframe",
    "xmp",
    "plaintext",
    "listing",
    "noembed",
    "noframes",
    "animate",
    "set",
    "animatemotion",
    "animatetransform",
    "foreignobject",
    "handler",
    "listener",
    "import",
}
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")
# CSS that can run script or pull in foreign code (inline styles are allowed by the policy).
_SCRIPTED_CSS = re.compile(
    r"expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import|url\s*\(\s*['\"]?\s*(javascript|data:text)",
    re.I,
)
_IMAGE_DATA = re.compile(r"^data:image/(png|jpe?g|gif|webp|avif);")


def local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def parse(html: str) -> Any:
    return html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)


def is_dangerous_url(value: str, *, image: bool = False) -> bool:
    """`javascript:`/`vbscript:`/`data:` however spelled (entities are decoded by the parser)."""
    squeezed = _CONTROL.sub("", value).lower()
    if squeezed.startswith(("javascript:", "vbscript:", "livescript:", "mocha:")):
        return True
    if squeezed.startswith("data:"):
        return not (image and _IMAGE_DATA.match(squeezed))
    return False


def _script_is_the_sites_own(element: Any, nonces: set[str]) -> str | None:
    """None when the script is the site's own; otherwise why not."""
    kind = (element.get("type") or "").strip().lower()
    if kind in DATA_SCRIPT_TYPES:
        text = element.text or ""
        try:
            json.loads(text)
        except ValueError:
            return f"a {kind} block that does not parse as JSON: {text[:120]!r}"
        return None
    nonce = element.get("nonce")
    if nonce and nonce in nonces:
        return None
    src = element.get("src") or ""
    admin_i18n = f"/{settings.NEWSROOM_ADMIN_PATH}jsi18n/"
    if src.startswith(settings.STATIC_URL) or src == admin_i18n:
        return None
    return f"a script that is not the site's own: {ET.tostring(element, encoding='unicode')[:200]}"


def problems_in_html(html: str, *, nonces: set[str] | None = None) -> list[str]:
    """Everything in `html` that could run a reader's browser; empty when the page is safe."""
    nonces = nonces or set()
    found: list[str] = []
    for element in parse(html).iter():
        if not isinstance(element.tag, str):
            continue
        tag = local(element.tag)
        for raw_name, value in element.attrib.items():
            name = local(raw_name)
            if name.startswith("on"):
                found.append(f"<{tag} {name}={value[:80]!r}>")
            if name in URL_ATTRIBUTES or raw_name.endswith("}href"):
                urls = value.split(",") if name.endswith("srcset") else [value]
                for url in urls:
                    if is_dangerous_url(url.strip(), image=tag in {"img", "source", "picture"}):
                        found.append(f"<{tag} {name}={value[:80]!r}>")
            if name == "style" and _SCRIPTED_CSS.search(value):
                found.append(f"<{tag} style={value[:80]!r}>")
            if name == "http-equiv" and value.strip().lower() == "refresh":
                found.append(f"<{tag} http-equiv=refresh>")
            clobbers = tag in {"a", "img", "embed", "object", "iframe"}
            if name == "name" and (clobbers or (tag == "form" and not element.get("id"))):
                found.append(f"<{tag} name={value[:40]!r}> (DOM clobbering)")
        if tag == "script":
            reason = _script_is_the_sites_own(element, nonces)
            if reason:
                found.append(reason)
        if tag == "style" and _SCRIPTED_CSS.search(element.text or ""):
            found.append(
                f"a <style> element that loads or runs code: {(element.text or '')[:80]!r}"
            )
        if tag in FORBIDDEN_ELEMENTS:
            found.append(f"a <{tag}> element")
        rel, href = (element.get("rel") or "").lower(), element.get("href") or ""
        if tag == "link" and rel in {"import", "preload"} and href.startswith(("http", "//")):
            found.append(f"<link rel={element.get('rel')} href={element.get('href')!r}>")
    return found


def response_nonces(response: Any) -> set[str]:
    policy = response.get("Content-Security-Policy", "")
    return set(re.findall(r"'nonce-([^']+)'", policy))


def json_ld_blocks(html: str) -> list[Any]:
    """Every JSON-LD block of the page, parsed (a block that does not parse raises)."""
    blocks = []
    for element in parse(html).iter():
        kind = (element.get("type") or "").strip().lower()
        if (
            isinstance(element.tag, str)
            and local(element.tag) == "script"
            and kind == "application/ld+json"
        ):
            blocks.append(json.loads(element.text or ""))
    return blocks


_FEED_HTML_ELEMENTS = {"description", "summary", "content", "encoded"}


def problems_in_feed(xml: bytes) -> list[str]:
    """A feed must be well-formed XML, and the HTML it carries must be as safe as a page."""
    root = ET.fromstring(xml)  # noqa: S314 - our own output
    found: list[str] = []
    for element in root.iter():
        plain_media_text = "search.yahoo.com/mrss" in str(element.tag) and (
            element.get("type", "plain") == "plain"
        )  # Media RSS text is plain unless it says type="html"
        if local(element.tag) in _FEED_HTML_ELEMENTS and element.text and not plain_media_text:
            found += [f"feed <{local(element.tag)}>: {p}" for p in problems_in_html(element.text)]
        for name, value in element.attrib.items():
            if local(name) == "href" and is_dangerous_url(value):
                found.append(f"feed <{local(element.tag)} href={value!r}>")
    return found


def text_of(html: str) -> str:
    return " ".join("".join(parse(html).itertext()).split())
