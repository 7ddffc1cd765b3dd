"""Text copied from a rendered wiki page (MediaWiki: Wikipedia and its kin) -> our plain conventions.

A page copied from the browser keeps the wiki's marks as text: "[edit]" under each heading, "[citation needed]"
in sentences, a reference list whose lines open with "^" and back-link letters ("^ a b …"), the site's tagline
under the title and the category line at the end. The "[edit]" lines are the signature: only a text with one is
read this way, so no other text changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.parse.structure import ITEM_MARK


def _listed(name: str) -> str:
    """A lexicon list (all languages) as a regex alternation; a space in a word is one space."""
    return lexicon.alternation(lexicon.current().words(name), space=" ")


# "[edit]", "[edit source]", "[编辑]", "[編輯]": the link a wiki prints after each heading.
EDIT_MARK_LINE_RE = re.compile(
    rf"^[^\S\n]*\[[^\S\n]*(?:{_listed('wiki_edit_marks')})[^\S\n]*\][^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The title line repeated after a wiki's name and tagline: "From Wikipedia, the free encyclopedia".
_TAGLINE_RE = re.compile(
    r"^\s*(?:From (?P<site>[A-Z][\w.]*(?: [A-Z][\w.]*)?), the free (?:encyclopedia|dictionary)"
    r"|(?P<zh_site>维基百科|維基百科)，自由的百科全[书書]"
    rf"|{_listed('wiki_furniture_lines')})\s*$"
)
# Closing furniture: the categories, and where the page was "retrieved from".
_CLOSING_LINE_RE = re.compile(
    r"^\s*(?:(?:Hidden )?Categories\s*:|(?:隐藏)?分[类類]\s*[:：]|Retrieved from\s+[\"“]|取自\s*[\"“])"
)
# Maintenance tags in sentences: "[citation needed]", "[clarification needed]", "[when?]", "[来源请求]".
_INLINE_TAG_RE = re.compile(
    rf"\[(?:[a-z][a-z -]{{1,30}} needed|dubious(?: [–-] discuss)?|{_listed('wiki_inline_tags')})\]"
)
# Sections that list links, one per line: each line is an item, never a heading.
_LINK_LIST_HEADING_RE = re.compile(
    rf"^#+\s*(?:{_listed('link_list_headings')})\s*$",
    re.IGNORECASE,
)
# "^ a b Title…", "^ 1.0 1.1 标题…", "^ Title…": a reference list entry and its back-links to the marks.
_REFERENCE_LINE_RE = re.compile(r"^\s*\^\s*(?:(?:[a-z]|\d+\.\d+)(?:\s+(?:[a-z]|\d+\.\d+))+\s+)?(?P<text>\S.*)$")


def is_wiki_copy(text: str) -> bool:
    """True when the text holds a line that is only a wiki's "[edit]" link."""
    return "[" in text and EDIT_MARK_LINE_RE.search(text) is not None  # one scan, no split into lines


@dataclass(frozen=True, slots=True)
class WikiCopy:
    text: str
    site: str | None  # the wiki's name from its tagline: "Wikipedia", "维基百科"


def reduce_wiki_copy(text: str) -> WikiCopy:
    """The line over each "[edit]" becomes a "## " heading; reference entries become "[n] " notes after a rule.

    The title's repetition (an infobox's caption), the tagline and the closing category lines are dropped, and
    maintenance tags are cut from sentences. Text without an "[edit]" line is returned unchanged.
    """
    if not is_wiki_copy(text):
        return WikiCopy(text=text, site=None)
    lines = text.split("\n")
    title = next((line.strip() for line in lines if line.strip()), "")
    out: list[str] = []
    notes: list[str] = []
    in_link_list = False
    site: str | None = None
    for line in lines:
        if EDIT_MARK_LINE_RE.match(line):
            in_link_list = bool(_LINK_LIST_HEADING_RE.match(_make_heading(out)))
            continue
        tagline = _TAGLINE_RE.match(line)
        if tagline:
            site = site or tagline["site"] or tagline["zh_site"]
            continue
        if _CLOSING_LINE_RE.match(line):
            continue
        if line.strip() == title and out and any(o.strip() for o in out) and len(out) <= 8:
            continue  # the title again, near the top
        reference = _REFERENCE_LINE_RE.match(line)
        if reference:
            notes.append(_INLINE_TAG_RE.sub("", reference["text"]).strip())
            continue
        if in_link_list and line.strip() and not line.lstrip().startswith(("-", "*")):
            line = f"{ITEM_MARK}{line.strip()}"
        out.append(_INLINE_TAG_RE.sub("", line))
    body = "\n".join(out).rstrip()
    if notes:
        body += "\n\n---\n\n" + "\n".join(f"[{n}] {note}" for n, note in enumerate(notes, start=1))
    return WikiCopy(text=body + "\n", site=site)


def _make_heading(out: list[str]) -> str:
    """The last line written is a heading: "## " before it, a blank line around it. Returns the heading line."""
    while out and not out[-1].strip():
        out.pop()
    if not out:
        return ""
    heading = out.pop().strip()
    if heading.startswith(ITEM_MARK):
        heading = heading[len(ITEM_MARK) :]  # a link list's last item was the next heading
    if not heading.startswith("#"):
        heading = f"## {heading}"
    while out and not out[-1].strip():
        out.pop()
    out.extend(["", heading, ""])
    return heading
