"""Django's `makemessages`, reading the public site's Jinja2 templates with Jinja2's extractor.

Django's command turns each template into Python for `xgettext` with its own template lexer,
which knows `{% translate %}` but not Jinja2. For a template in a Jinja2 engine's directories
(settings.TEMPLATES), the translatable calls (`_()`, `gettext`, `pgettext`, `ngettext`,
`npgettext`) are found by Jinja2's parser instead and written out as the same Python calls, each
on its template line, so the catalogue's references point at the template. Everything else is
Django's command, unchanged: `manage.py makemessages -l fr --ignore=.venv --ignore=tests`.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from django.conf import settings
from django.core.management.commands import makemessages
from jinja2.ext import GETTEXT_FUNCTIONS, extract_from_ast


def jinja2_directories() -> list[Path]:
    return [
        Path(directory).resolve()
        for engine in settings.TEMPLATES
        if "jinja2" in str(engine["BACKEND"]).lower()
        for directory in engine.get("DIRS", [])  # type: ignore[attr-defined]
    ]


def is_jinja2_template(path: str) -> bool:
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(directory) for directory in jinja2_directories())


def jinja2_messages(source: str, name: str | None = None) -> str:
    """The template's translatable calls as Python statements, each on its template line."""
    tree = jinja2.Environment().parse(source, name=name)  # noqa: S701  (parsed, never rendered)
    lines: list[list[str]] = [[] for _ in range(source.count("\n") + 1)]
    for lineno, function, message in extract_from_ast(
        tree, gettext_functions=GETTEXT_FUNCTIONS, babel_style=False
    ):
        strings = message if isinstance(message, tuple) else (message,)
        arguments = [repr(string) for string in strings]
        if function in ("ngettext", "npgettext"):
            arguments.append("0")  # the count, which xgettext does not read
        lines[lineno - 1].append(f"{function}({', '.join(arguments)})")
    return "\n".join("; ".join(calls) for calls in lines)


class BuildFile(makemessages.BuildFile):
    def preprocess(self) -> None:
        if not (self.is_templatized and is_jinja2_template(self.path)):
            super().preprocess()
            return
        with open(self.path, encoding="utf-8") as source:
            content = jinja2_messages(source.read(), name=self.path)
        with open(self.work_path, "w", encoding="utf-8") as work:
            work.write(content)


class Command(makemessages.Command):
    build_file_class = BuildFile
