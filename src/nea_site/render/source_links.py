"""Links written in a source's own text: shown as their words, or as external links when absolute http(s).

A source may keep Markdown links the parser left in its text (inside an HTML table of a Markdown file, say):
"[Seoul](../Page/Seoul.md "wikilink")", "[1](#f1)", "![map](map.png)". Their targets are the source's own files
and anchors, none of which is a page of the site; written into a generated page they would be links MkDocs
cannot resolve, and a strict build would abort. So the site shows a link's words, and only an absolute
http(s) address stays a link (an external one, its address escaped, never a script). Source text stays data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[words](target)", "[words](target "title")", "[words](<target with spaces>)", "![alt](image)"; the words may
# hold one level of brackets ("[[1]](#f1)"). The backslash-escaped "\[" of a writer who wanted brackets is text.
SOURCE_LINK_RE = re.compile(
    r"(?<!\\)(?P<bang>!?)\[(?P<words>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
    r"\((?:<(?P<angled>[^<>\n]*)>|(?P<target>[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*))"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
# An address a reader's browser may open: absolute http(s), no quote, angle bracket or space.
EXTERNAL_URL_RE = re.compile(r"https?://[^\s\"'<>`\\]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceLink:
    """One link in a text: the words shown (words_start..words_end) inside the whole syntax (start..end)."""

    start: int
    end: int
    words_start: int
    words_end: int
    external: str | None  # the absolute http(s) address to keep as a link; None: shown as text only


def find_source_links(text: str) -> list[SourceLink]:
    """The Markdown links and images of `text`, in order, never overlapping."""
    if "](" not in text:
        return []
    found: list[SourceLink] = []
    for match in SOURCE_LINK_RE.finditer(text):
        target = (match["angled"] if match["angled"] is not None else match["target"]) or ""
        external = target if not match["bang"] and EXTERNAL_URL_RE.fullmatch(target) else None
        found.append(
            SourceLink(
                start=match.start(),
                end=match.end(),
                words_start=match.start("words"),
                words_end=match.end("words"),
                external=external,
            )
        )
    return found


def links_as_text(text: str) -> str:
    """`text` with each link or image written as its words only (for a record's text shown in a list)."""
    links = find_source_links(text)
    if not links:
        return text
    parts: list[str] = []
    position = 0
    for link in links:
        parts.append(text[position : link.start])
        parts.append(text[link.words_start : link.words_end])
        position = link.end
    parts.append(text[position:])
    return "".join(parts)
