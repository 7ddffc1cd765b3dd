"""Raw MediaWiki wikitext (a wiki page's source, as mirrors and dumps keep it) -> our plain conventions.

Templates ("{{Infobox …}}", "{{cite web …}}", nested and over many lines) are dropped, save the few that carry
words of the sentence ("{{lang-ko|…}}", "{{nowrap|…}}"); "[[File:…|250px|…]]" and categories are dropped; links
show their label; "'''bold'''" and "''italic''" give way to their text; "== Heading ==" becomes "## Heading";
"<ref>…</ref>" becomes a note mark and a "[n] " note after "---"; wikitables become "cell | cell" rows.

The page's name is the term its lead sentence sets in bold ("'''Example Cooperation Body''' is …"):
that is `title`, or None when the lead has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nea_site.parse.formats.wikiblocks import flag_names, reduce_galleries, take_box_tables, tidy_brackets
from nea_site.parse.formats.wikicite import cite_author
from nea_site.parse.formats.wikilinks import SILENT_NAMESPACES
from nea_site.parse.formats.wikilinks import is_silent_link_target as is_silent_link_target
from nea_site.parse.formats.wikitables import reduce_tables

# Signals of raw wikitext: a heading line, a template opening a line, bold quotes, a <ref>.
_HEADING_LINE_RE = re.compile(r"^(?P<marks>={1,6})[ \t]*(?P<text>[^=\n].*?)[ \t]*(?P=marks)[ \t]*$", re.MULTILINE)
_TEMPLATE_LINE_RE = re.compile(r"^\{\{[^{}\n|]{2,}", re.MULTILINE)
_BOLD_QUOTES_RE = re.compile(r"'''[^'\n]+'''")
_REF_TAG_RE = re.compile(r"<ref\b", re.IGNORECASE)
_WIKILINK_RE = re.compile(r"\[\[[^\[\]\n]+\]\]")
MIN_SIGNALS = 2

_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_REF_RE = re.compile(r"<ref\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</ref\s*>)", re.IGNORECASE | re.DOTALL)
_REF_NAME_RE = re.compile(r"""name\s*=\s*["']?(?P<name>[^"'>/]+?)["']?\s*(?:$|/|group)""", re.IGNORECASE)
_INNER_TEMPLATE_RE = re.compile(r"\{\{(?P<body>[^{}]*)\}\}")
_CONVERSION_RE = re.compile(r"-\{(?P<body>[^{}]*)\}-")  # "-{zh-hans:示例会议; zh-hant:示例會議}-"
_EXTERNAL_LINK_RE = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+(?P<label>[^\]]*))?\]")
_BOLD_ITALIC_RE = re.compile(r"'{2,5}")
_TAG_RE = re.compile(
    r"</?(?:div|span|small|big|center|sup|sub|font|s|u|i|b|em|strong|p|blockquote|poem|gallery|abbr|nowiki|code"
    r"|references|onlyinclude|includeonly|noinclude|hr|br|ruby|rb|rt|rp|table|tr|td|th)\b[^>]*>",
    re.IGNORECASE,
)
_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MAGIC_WORD_RE = re.compile(r"__[A-Z]+__")
_LIST_RE = re.compile(r"^(?P<marks>[*#:;]+)\s*(?P<text>.*)$")
_LEFTOVER_LINE_RE = re.compile(r"^\s*(?:\|[^|\n]*=.*|\||\}\}|\{\{|\]\]|!)\s*$")  # a broken template's parameter
_MARK = "\x00{}\x00"  # a note mark's place while tags are stripped
_MARK_RE = re.compile(r"\x00(\d+)\x00")

# Templates whose words are part of the sentence, and the positional argument (from 1) shown; -1: the last.
_TEXT_TEMPLATES: dict[str, int] = {
    "lang": 2, "nowrap": 1, "nobr": 1, "le": 1, "link-en": 1, "link-ja": 1, "link-ko": 1, "link-de": 1,
    "link-fr": 1, "ill": 1, "interlanguage link": 1, "tsl": 3, "jk": 1, "zh": 1, "en": 1, "small": 1, "big": 1,
    "bd": 1, "nihongo": 1, "korean": 1, "abbr": 1, "visible anchor": 1, "nowrap begin": 0, "lang-zh": 1,
}  # fmt: skip
# Flag templates that show the country's name (its "name=" or first argument) after the flag.
_NAMED_FLAG_TEMPLATES = frozenset(["flag", "flagcountry", "flagu", "flag country"])
_CITE_FIELDS = ("title", "trans-title", "work", "website", "publisher", "newspaper", "date")
MAX_TITLE_CHARS = 80
MAX_LEAD_OFFSET = 120  # the bold term stands in the lead sentence's first words


@dataclass(frozen=True, slots=True)
class WikiText:
    text: str
    title: str | None


def is_wikitext(text: str) -> bool:
    """Wiki source: bold quotes, a template opening a line or a <ref>, and one more signal of any kind.

    The other signals are "== Heading ==" lines and "[[links]]"; a note app's Markdown has those two ("==marked=="
    alone on a line, "[[Note]]") and is no wiki source without one of the first three.
    """
    if "'''" not in text and "{{" not in text and "<ref" not in text.lower():
        return False
    strong = sum(pattern.search(text) is not None for pattern in (_TEMPLATE_LINE_RE, _BOLD_QUOTES_RE, _REF_TAG_RE))
    weak = sum(pattern.search(text) is not None for pattern in (_HEADING_LINE_RE, _WIKILINK_RE))
    return strong >= 1 and strong + weak >= MIN_SIGNALS


def reduce_wikitext(text: str) -> WikiText:
    """Wikitext -> text in our conventions (Markdown headings, "[n]" notes) and the page's name."""
    text = reduce_galleries(_COMMENT_RE.sub("", text))
    notes: list[str] = []
    text = _take_refs(text, notes)
    boxes: list[str] = []
    text = _drop_templates(text, boxes)
    text = _CONVERSION_RE.sub(lambda m: _conversion_text(m["body"]), text)
    text = _reduce_links(text).replace("]]", "")  # what closes no link: the page's own markup was broken
    text = _EXTERNAL_LINK_RE.sub(lambda m: (m["label"] or "").strip(), text)
    text = _MAGIC_WORD_RE.sub("", text)
    text = _BREAK_RE.sub(" ", text)
    lines = _reduce_lines(text.split("\n"))
    title = _lead_term(lines)
    lines = _with_box_lines(lines, boxes)
    body = "\n".join(lines)
    body = tidy_brackets(_BOLD_ITALIC_RE.sub("", _TAG_RE.sub("", body)))
    body = _MARK_RE.sub(lambda m: f"<sup>[{m[1]}]</sup>", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    if notes:
        body += "\n\n---\n\n" + "\n\n".join(f"[{n}] {note}" for n, note in enumerate(notes, start=1))
    return WikiText(text=body + "\n", title=title)


def _take_refs(text: str, notes: list[str]) -> str:
    """Each <ref> becomes a numbered mark and its text a note; a named ref used again points to its note."""
    named: dict[str, int] = {}

    def mark(match: re.Match[str]) -> str:
        name_match = _REF_NAME_RE.search(match["attrs"] or "")
        name = name_match["name"].strip() if name_match else None
        body = match["body"]
        if body is None or not body.strip():
            return _MARK.format(named[name]) if name in named else ""
        note = _note_text(body)
        if not note:
            return ""
        notes.append(note)
        if name:
            named[name] = len(notes)
        return _MARK.format(len(notes))

    return _REF_RE.sub(mark, text)


def _note_text(body: str) -> str:
    """A reference's words: a citation template's title, work and date; links as their labels and addresses."""
    cites: list[str] = []

    def cite(match: re.Match[str]) -> str:
        name, positional, named = _template_parts(match["body"])
        if name.startswith("cite") or name.startswith("citation"):
            author = cite_author(named)  # first, as a citation names it: "Author, Title, Outlet, date"
            parts = [author] if author else []
            parts += [named[key] for key in _CITE_FIELDS if named.get(key)]
            if named.get("url"):
                parts.append(named["url"])
            cites.append(", ".join(parts))
            return f"\x01{len(cites) - 1}\x01"
        return _template_text(match["body"])

    previous = None
    while previous != body:
        previous, body = body, _INNER_TEMPLATE_RE.sub(cite, body)
    body = re.sub(r"\x01(\d+)\x01", lambda m: cites[int(m[1])], body)
    body = re.sub(r"\[(https?://[^\s\]]+)\s+([^\]]+)\]", r"\2 (\1)", body)
    body = _reduce_links(body)
    body = _BOLD_ITALIC_RE.sub("", _TAG_RE.sub("", body))
    return " ".join(body.replace("{{", "").replace("}}", "").split())


def _template_parts(body: str) -> tuple[str, list[str], dict[str, str]]:
    parts = body.split("|")
    name = " ".join(parts[0].split()).lower()
    positional: list[str] = []
    named: dict[str, str] = {}
    for part in parts[1:]:
        key, eq, value = part.partition("=")
        if eq and re.fullmatch(r"\s*[\w\- ]+\s*", key):
            named[" ".join(key.split()).lower()] = " ".join(value.split())
        else:
            positional.append(part.strip())
    return name, positional, named


def _template_text(body: str) -> str:
    """The words a template leaves in the sentence: its shown argument for a text template, else nothing.

    A flag template that shows the country's name beside the flag ("{{flagcountry|Japan|name=日本国}}",
    "{{flag|Japan}}") leaves that name; one that shows the flag alone ("{{flagicon|JPN}}") leaves nothing.
    """
    name, positional, named = _template_parts(body)
    if name in _NAMED_FLAG_TEMPLATES:
        return named.get("name") or (positional[0] if positional else "")
    index = -1 if name.startswith("lang-") else 1 if name.startswith("link-") else _TEXT_TEMPLATES.get(name)
    if index is None or index == 0 or not positional:
        return ""
    if index == -1:
        return positional[-1]
    return positional[index - 1] if index <= len(positional) else ""


def _drop_templates(text: str, boxes: list[str] | None = None) -> str:
    """Templates, innermost first, replaced by their words; a wikitable's rows kept as "cell | cell" lines.

    An infobox's or a sidebar's officeholders and visible body go to `boxes` (see `_box_lines`), and so do the
    lines of a box drawn as a table (wikiblocks.take_box_tables).
    """
    text, table_box = take_box_tables(text)
    text = reduce_tables(flag_names(text))
    if boxes is not None:
        boxes.extend(_table_box_lines(table_box))

    def replace(match: re.Match[str]) -> str:
        if boxes is not None and _BOX_TEMPLATE_RE.match(match["body"].lstrip()):
            boxes.extend(_box_lines(match["body"]))
        return _template_text(match["body"])

    previous = None
    while previous != text:
        previous, text = text, _INNER_TEMPLATE_RE.sub(replace, text)
    return text


def _table_box_lines(items: list[str]) -> list[str]:
    """A box table's items as list items: their templates, links, tags and bold marks reduced to words."""
    lines: list[str] = []
    for item in items:
        previous = None
        while previous != item:
            previous, item = item, _INNER_TEMPLATE_RE.sub(lambda m: _template_text(m["body"]), item)
        item = " ".join(_reduce_links(_BOX_TAG_RE.sub("", _BREAK_RE.sub(" ", _BOLD_ITALIC_RE.sub("", item)))).split())
        if item.strip(":： "):
            lines.append(f"- {item}")
    return lines


# An infobox's or a sidebar's fields that name officeholders ("leader_title1 = 秘书长", "leader_name1 = [[某某]]")
# or hold the box's visible body (a sidebar's "content1"): kept as list items after the lead.
_BOX_TEMPLATE_RE = re.compile(r"(?i)(?:infobox|sidebar)\b")
_BOX_FIELD_RE = re.compile(
    r"^\s*(?P<key>leader_title|leader_name|envoytitle|envoy|content)(?P<n>\d*)\s*=(?P<value>.*)$", re.DOTALL
)  # "envoytitle1 = 大使", "envoy1 = [[某某]]": a bilateral relation's box names each side's envoy


def _box_lines(body: str) -> list[str]:
    """A box's officeholder and body fields as list items: "- 秘书长: 某某", "- 总理: 某某 外交部长: 某某"."""
    titles: dict[str, str] = {}
    names: dict[str, str] = {}
    lines: list[str] = []
    for part in re.split(r"\|(?![^\[]*\]\])", body)[1:]:  # a bar inside a link splits no field
        field = _BOX_FIELD_RE.match(part)
        if field is None:
            continue
        value = _reduce_links(_BOX_TAG_RE.sub("", _BREAK_RE.sub(" ", _BOLD_ITALIC_RE.sub("", field["value"]))))
        if field["key"] == "content":
            items = [" ".join(item.split()) for item in re.split(r"(?:^|\n)\s*\*+", value)]
            lines.extend(f"- {item}" for item in items if item)
        else:
            slot = ("envoy" if field["key"].startswith("envoy") else "") + field["n"]
            (titles if field["key"] in ("leader_title", "envoytitle") else names)[slot] = " ".join(value.split())
    lines.extend(f"- {titles[n]}: {names[n]}" for n in titles if titles[n] and names.get(n))
    return lines


_BOX_TAG_RE = re.compile(r"<[^<>\n]*>")


def _with_box_lines(lines: list[str], boxes: list[str]) -> list[str]:
    """The boxes' lines after the first paragraph of prose (the lead), as a list of their own."""
    if not boxes:
        return lines
    at = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.strip().startswith(("#", "-", "|"))),
        len(lines),
    )
    return [*lines[: at + 1], "", *boxes, "", *lines[at + 1 :]]


def _conversion_text(body: str) -> str:
    """A script conversion "-{zh-hans:示例会议; zh-hant:示例會議}-" -> the first variant; "-{words}-" -> the words."""
    first = body.split(";")[0]
    variant = re.match(r"\s*zh(?:-[a-z]+)?\s*:(?P<text>.*)$", first)
    return (variant["text"] if variant else body).strip()


def _reduce_links(text: str) -> str:
    """Links: "[[target|label]]" -> label, "[[target]]" -> target; files, images and categories (captions too) -> ""."""
    out: list[str] = []
    i = 0
    while True:
        start = text.find("[[", i)
        if start < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:start])
        depth, j = 0, start
        while j < len(text) - 1:
            pair = text[j : j + 2]
            if pair == "[[":
                depth += 1
                j += 2
            elif pair == "]]":
                depth -= 1
                j += 2
                if not depth:
                    break
            else:
                j += 1
        if depth:  # never closed: the brackets go, the words stay
            out.append(text[start + 2 : j])
            i = j
            continue
        out.append(_link_text(text[start + 2 : j - 2]))
        i = j


def _link_text(inner: str) -> str:
    target, _, label = inner.partition("|")
    namespace = target.strip().lstrip(":").split(":", 1)
    if len(namespace) == 2 and namespace[0].strip().lower() in SILENT_NAMESPACES:
        return ""
    if "[[" in label:
        label = _reduce_links(label)
    shown = label.split("|")[-1] if label else target
    return shown.strip().lstrip(":") if not label else shown.strip()


def _reduce_lines(lines: list[str]) -> list[str]:
    """Headings to "#" lines, lists to "- " and numbered items, leftovers of broken templates dropped.

    A definition's term ("; 会谈地点") is a line of its own, and a line of text after a list starts a paragraph:
    the wiki ends a list, or a term, at the line that is neither.
    """
    out: list[str] = []
    number = 0
    for line in lines:
        if out and out[-1] and line.strip() and line.lstrip()[:1] not in "*#:;=" and _LISTED_RE.match(out[-1]):
            out.append("")  # the list (or the term) before ends here
        heading = _HEADING_LINE_RE.match(line)
        if heading:
            out.extend(["", f"{'#' * len(heading['marks'])} {heading['text'].strip()}", ""])
            number = 0
            continue
        if _LEFTOVER_LINE_RE.match(line):
            continue
        listed = _LIST_RE.match(line)
        if listed and listed["text"].strip():
            marks = listed["marks"]
            if marks.endswith("#"):
                number += 1
                out.append(f"- {number}. {listed['text'].strip()}")  # an item, never a numbered heading
            elif marks.endswith("*"):
                out.append(f"- {listed['text'].strip()}")
                number = 0
            elif marks.endswith(";"):  # a label over the lines it names, not a heading of its own
                term = listed["text"].strip()
                out.extend(["", term if term.endswith((":", "：")) else f"{term}{_colon(term)}", ""])
                number = 0
            else:
                out.append(listed["text"].strip())
                number = 0
            continue
        if listed:
            continue  # an empty item
        number = 0
        out.append(line.rstrip())
    return out


_LISTED_RE = re.compile(r"- |\d+\. ")  # a line _reduce_lines made a list item


def _colon(term: str) -> str:
    return "：" if "\u3000" <= term[-1:] else ":"


def _lead_term(lines: list[str]) -> str | None:
    """The bold term of the first paragraph of prose (not a heading, list item or table row), near its start."""
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "-", "|")) or re.match(r"\d+\. ", stripped):
            continue
        if "'''" not in stripped:
            if len(_TAG_RE.sub("", stripped)) > MAX_LEAD_OFFSET:
                return None  # the lead sentence sets no term in bold
            continue
        bold = re.search(r"'''(?P<term>[^'\n]+?)'''", stripped)
        if bold is None:
            return None
        before = _BOLD_ITALIC_RE.sub("", _TAG_RE.sub("", stripped[: bold.start()]))
        term = _MARK_RE.sub("", _TAG_RE.sub("", bold["term"])).strip()
        if len(before) > MAX_LEAD_OFFSET or not term or len(term) > MAX_TITLE_CHARS:
            return None
        return term
    return None
