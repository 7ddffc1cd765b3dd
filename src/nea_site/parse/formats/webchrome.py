"""Which elements and blocks of a web page are furniture (menus, buttons, notices), and which hold its notes."""

from __future__ import annotations

import re

# Inline elements: dropping one (a hidden "[citation needed]") leaves the sentence around it whole.
INLINE_TAGS = frozenset("a abbr b bdi cite code em i kbd label mark q s small span strong sub sup time u".split())
# Never article text: scripts and styles, and the page's furniture (menus, forms, buttons).
DROP_TAGS = frozenset("script style noscript template svg iframe object canvas nav form button select dialog".split())
# Around an article, not part of it: dropped unless they hold the notes.
CHROME_TAGS = frozenset({"footer", "aside"})
# Class and id words of page furniture ("site-footer", "share_bar", "breadcrumb"), unless a word of the text's own
# container comes with them ("content-with-sidebar").
_CHROME_WORDS = frozenset(
    "footer sidebar share sharing social breadcrumb breadcrumbs bread menu navbar nav navigation comments comment "
    "related copyright advert advertisement ads cookie cookies newsletter subscribe pagination pager dropdown toc "
    "navbox catlinks printfooter editsection backlink backref foot".split()
)
# Furniture by role: the landmarks around a text, and widgets.
_CHROME_ROLES = frozenset("navigation banner contentinfo search menu menubar toolbar complementary".split())
# Classes of what a page leaves out when printed ("noprint", "no-print", "d-print-none", "hidden-print"): its
# controls and notices, never its text.
_PRINT_HIDDEN_RE = re.compile(r"no-?print|print-?none|hidden-?print|print-?hidden")
# ("main" and "post" are left out: "main-nav", "post-share" and "post-comments" are furniture.)
_CONTENT_WORDS = frozenset("article content body entry story text".split())
_CLASS_WORD_RE = re.compile(r"[^a-z0-9]+")

MIN_LINK_LIST_LINKS = 2
LINK_LIST_SHARE = 0.9


def is_link_list(text: str, links: int, link_chars: int) -> bool:
    """A block of two or more links and nothing much else (separators aside): a menu, not text."""
    if links < MIN_LINK_LIST_LINKS:
        return False
    letters = sum(1 for ch in text if ch.isalnum())
    return letters > 0 and link_chars >= LINK_LIST_SHARE * letters


def is_chrome(attr: dict[str, str]) -> bool:
    classes = attr.get("class", "").lower()
    if attr.get("role", "").lower() in _CHROME_ROLES or _PRINT_HIDDEN_RE.search(classes):
        return True
    words = set(_CLASS_WORD_RE.split(f"{classes} {attr.get('id', '')}".lower()))
    return bool(words & _CHROME_WORDS) and not words & _CONTENT_WORDS


def is_hidden(attr: dict[str, str]) -> bool:
    style = attr.get("style", "").replace(" ", "").lower()
    return "hidden" in attr or attr.get("aria-hidden", "").lower() == "true" or "display:none" in style


def is_notes(tag: str, attr: dict[str, str]) -> bool:
    marker = f"{attr.get('class', '')} {attr.get('id', '')} {attr.get('role', '')}".lower()
    if tag in ("ol", "ul") and "references" in _CLASS_WORD_RE.split(marker):
        return True  # a wiki's reference list: <ol class="references">
    return any(word in marker for word in ("footnote", "endnote", "doc-endnotes", "notes"))


BLOCK_TAGS = frozenset(
    "p div section article header main blockquote figure figcaption li tr table ul ol dl dt dd pre address "
    "caption".split()
)
# Blocks that a table cell may hold; inside a cell they part words, not paragraphs.
CELL_BLOCK_TAGS = frozenset({"p", "div", "span", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure"})
NOTES_CONTAINERS = frozenset({"ol", "ul", "section", "div", "aside", "footer"})
HEAD_TAGS = frozenset({"html", "head", "title", "meta", "link", "base", "style", "script", "noscript"})
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
