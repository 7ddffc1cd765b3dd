"""Jinja environment: every value is escaped for Markdown and HTML unless our renderer made it SafeMarkdown."""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path
from typing import Any

import jinja2

# Characters Python-Markdown treats as markup; a backslash makes each literal.
_MARKDOWN_SPECIALS_RE = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


class SafeMarkdown(str):
    """Markdown or HTML produced by our own renderer from escaped parts; inserted verbatim."""

    __slots__ = ()


def escape_html(text: str) -> str:
    """Escape text for an HTML attribute or element body."""
    return html.escape(text, quote=True)


@functools.lru_cache(maxsize=1 << 16)  # names, titles and labels repeat on thousands of rows
def escape_markdown(text: str) -> SafeMarkdown:
    """Make arbitrary text literal in Markdown: HTML specials become entities, Markdown specials escaped."""
    escaped = html.escape(text, quote=True)
    escaped = _MARKDOWN_SPECIALS_RE.sub(r"\\\1", escaped)
    # An escaped "&amp;" must keep its "#" and ";" unescaped to stay an entity.
    escaped = escaped.replace("&\\#", "&#").replace("|", "&#124;")
    return SafeMarkdown(" ".join(escaped.split()))


# The markup a UI label may hold (templates/labels/*.yml): **bold** and `code`, nothing else.
_LABEL_MARKUP_RE = re.compile(r"\*\*(?P<bold>[^*]+)\*\*|`(?P<code>[^`]+)`")


def label_markup(text: str) -> SafeMarkdown:
    """A UI label as Markdown: its **bold** and `code` spans kept as such, everything else escaped like data.

    Labels are ours, not source text, but only these two spans pass, so a label cannot add links, HTML or script.
    """
    parts: list[str] = []
    position = 0
    for match in _LABEL_MARKUP_RE.finditer(text):
        parts.append(_escape_keeping_edges(text[position : match.start()]))
        if match["bold"] is not None:
            parts.append(f"**{escape_markdown(match['bold'])}**")
        else:
            parts.append(f"<code>{escape_html(match['code'])}</code>")
        position = match.end()
    parts.append(_escape_keeping_edges(text[position:]))
    return SafeMarkdown("".join(parts))


def _escape_keeping_edges(text: str) -> str:
    """escape_markdown, keeping one space where the text begins or ends with white space (next to a span)."""
    if not text.strip():
        return " " if text else ""
    before = " " if text[0].isspace() else ""
    after = " " if text[-1].isspace() else ""
    return before + escape_markdown(text) + after


def escape_unless_safe(value: Any) -> Any:
    """Jinja finalize hook: SafeMarkdown passes, numbers pass, everything else is escaped."""
    if isinstance(value, SafeMarkdown):
        return value
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return escape_markdown(str(value))


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """Jinja environment for page templates: strict undefined, escaping finalize, stable whitespace."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        finalize=escape_unless_safe,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Event and claim rows name the actors and themes they involve, unless a page says `compact` (an entity's
    # full lists, where those names would repeat on every row: they stay on the timeline and claim lists).
    env.globals["compact"] = False
    env.filters["markup"] = label_markup
    return env
