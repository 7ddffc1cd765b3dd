"""A wiki page converted to Markdown by a converter (mirrors of an encyclopedia's pages) -> plain Markdown.

The converter's signature is the title it gives every link to another page of the wiki:
`[Example City](../Page/Example_City.md "wikilink")`. Such a text keeps a few marks of the wiki's source that
Markdown reads otherwise:

- a definition (the wiki's ":" line) as "    : Example Minister" under a list item: an item of the list, where
  Markdown would take the short line alone for a heading;
- an item of the wiki's list that ran on over several lines: each line after the first is indented under it
  ("  - 第四回 2009年 …" then "    第五回 2010年 …"); each line is an item of its own, not words of the first;
- a template left as its source ("{{.cw}}", a middle dot), brackets a removed template emptied ("(例示, )");
- the page's notes as a numbered list at its very end ("1.  Source, 2011年4月24日", "2." when empty), their marks
  escaped in the text ("依存[1]" with the brackets escaped): notes and marks as the other sources write them
  ("[1] …" after "---", "[^1]");
- a link's closing brackets left over where the wiki's own markup was broken ("…아세안 지역 포럼]]", escaped).

A text without the signature is returned unchanged.
"""

from __future__ import annotations

import re

from nea_site.parse.formats.wikiblocks import tidy_brackets

SIGNATURE = '"wikilink")'

_DEFINITION_RE = re.compile(r"^(?P<indent>[ \t]*):[ \t]+(?P<text>\S.*)$")
_ITEM_RE = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|[0-9]{1,3}[.)])[ \t]+\S")
_RUN_ON_RE = re.compile(r"^(?P<indent>[ \t]{2,})(?P<text>[^\s\-*+:|<>#].*)$")
_STRAY_CLOSE_RE = re.compile(r"\\?\]\\?\](?!\()")  # "]]" or "\]\]", not a link's "](" after it


def is_wiki_markdown(text: str) -> bool:
    """The text links pages as a converted wiki page does (`[…](… "wikilink")`)."""
    return SIGNATURE in text


def reduce_wiki_markdown(text: str) -> str:
    """Definitions and run-on lines of list items become items; stray "]]" go. Other text passes unchanged."""
    if not is_wiki_markdown(text):
        return text
    text = _with_notes(text)
    out: list[str] = []
    in_item = False  # the line before is a list item (or a line made one)
    item_indent = ""
    for line in text.split("\n"):
        definition = _DEFINITION_RE.match(line)
        if definition:
            line = f"{definition['indent']}- {definition['text']}"
        item = _ITEM_RE.match(line)
        run_on = None if item else _RUN_ON_RE.match(line)
        if item:
            in_item, item_indent = True, item["indent"]
        elif in_item and run_on:
            line = f"{item_indent}- {run_on['text'].strip()}"
        else:
            in_item = False
        if "]" in line and "[[" not in line.replace("\\[", "["):
            line = _STRAY_CLOSE_RE.sub("", line)
        if "{{" in line:
            line = _LEFT_TEMPLATE_RE.sub(_left_template_words, line)
        out.append(tidy_brackets(line))
    return "\n".join(out)


# A template the converter left as its source: "{{.cw}}" (a middle dot between the items of a list), or cut off
# by broken markup ("唐家{{lang国務委員"): the dot stays, the rest goes.
_LEFT_TEMPLATE_RE = re.compile(r"\{\{(?P<name>[^{}|\n]*)(?P<args>\|[^{}\n]*)?\}\}|\{\{[A-Za-z.\-]*")
_DOT_TEMPLATES = frozenset([".cw", "·", "dot", "middot"])


_NOTE_MARK_RE = re.compile(r"\\\[(?P<n>[0-9]{1,3})\\\]")  # "\[1\]"
# A link to another page of the wiki: its words only, in a note as in the text.
_PAGE_LINK_RE = re.compile(r'\[(?P<text>[^\]\n]*)\]\((?:\\[()]|\([^()\s]*\)|[^()\s])+\s+"wikilink"\)')
_NOTE_LINE_RE = re.compile(r"^(?P<n>[0-9]{1,3})\.(?:[ \t]+(?P<text>\S.*))?$")


def _with_notes(text: str) -> str:
    """The numbered list that ends the page, 1, 2, 3… in order, as notes, where the text marks them."""
    if not _NOTE_MARK_RE.search(text):
        return text
    lines = text.rstrip().split("\n")
    start = len(lines)
    while start > 0 and (not lines[start - 1].strip() or _NOTE_LINE_RE.match(lines[start - 1])):
        start -= 1
    notes = [m for m in (_NOTE_LINE_RE.match(line) for line in lines[start:]) if m]
    if not notes or [int(m["n"]) for m in notes] != list(range(1, len(notes) + 1)):
        return text
    body = _NOTE_MARK_RE.sub(lambda m: f"[^{m['n']}]", "\n".join(lines[:start]))
    written = [f"[{m['n']}] {_PAGE_LINK_RE.sub(lambda k: k['text'], m['text'])}" for m in notes if m["text"]]
    return body + "\n\n---\n\n" + "\n\n".join(written) + "\n" if written else body + "\n"


def _left_template_words(match: re.Match[str]) -> str:
    """A template left as source: a dot for a list's dot, a language template's words, else nothing."""
    name = (match["name"] or "").strip().lower()
    if name in _DOT_TEMPLATES:
        return "·"
    if name.startswith("lang") and match["args"]:
        return match["args"].rsplit("|", 1)[-1].strip()  # "{{lang|ko|예시}}": the words, in their language
    return ""
