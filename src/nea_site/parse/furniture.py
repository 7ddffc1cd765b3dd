"""Page furniture: the lines a printed or saved page adds around its text, blanked before units are split.

Page marks, running headers and footers, stamps, counters, a table of contents, lists of related articles.
"""

from __future__ import annotations

import re
from collections import Counter

from nea_site import lexicon
from nea_site.parse.structure import is_row


def _listed(name: str) -> str:
    """A lexicon list (all languages) as a regex alternation; a space in a word matches one or more spaces."""
    return lexicon.alternation(lexicon.current().words(name))


# "Executive Summary ........ 2", "一、引言……………1", "2.1 Trade · · · · · 12": a table of contents' entry (dot leaders,
# then a page number, Arabic or Roman); "Contents", "Table of Contents", "目录": the title over such entries.
CONTENTS_ENTRY_RE = re.compile(
    r"^\s*\S.*?(?:\.{4,}|…{2,}|(?:\.\s){4,}|(?:·\s?){4,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$"
)
CONTENTS_TITLE_RE = re.compile(r"^\s*(?:(?:table\s+of\s+)?contents|目\s*录|目\s*次)\s*$", re.IGNORECASE)
# "- 3 -", "Page 3", "Page 3 of 20", "p. 3", "3 / 20", "第3页", "第 3 页 共 20 页": a line that only numbers a page.
PAGE_MARK_LINE_RE = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$",
    re.IGNORECASE,
)
# A page number at the start or end of a running header: "12   Journal of X", "Journal of X, No. 3   12".
LEADING_NUMBER_RE = re.compile(r"^\s*\d{1,4}[.)]?\s+")
TRAILING_NUMBER_RE = re.compile(r"\s+\d{1,4}\s*$")
# A line holding a number alone: a page number where it stands next to a page break.
NUMBER_LINE_RE = re.compile(r"^\s*\d{1,4}\s*$")
# A count alone on a line ("12", "1.2K"): a button's counter when furniture stands next to it.
COUNTER_LINE_RE = re.compile(r"^\s*\d{1,6}(?:\.\d)?[KkMm]?\s*$")
# A mailing's footer: "You are receiving this email because …", "Unsubscribe | Manage preferences | View in browser",
# "View this email in your browser", "如需退订…", "您收到此邮件是因为…".
MAIL_FOOTER_LINE_RE = re.compile(
    r"^\s*(?:You\s+(?:are\s+)?receiv(?:ed|ing)\s+this\s+(?:e-?mail|newsletter|message)\b.*"
    r"|(?:Unsubscribe(?:\s+from\s+this\s+list)?|Manage\s+(?:your\s+)?(?:preferences|subscription)|Update\s+your\s+preferences"
    r"|View\s+(?:this\s+(?:e-?mail\s+)?)?in\s+(?:your\s+)?browser|Forward\s+to\s+a\s+friend)"
    r"(?:\s*[|·•]\s*[A-Za-z ]{2,40})*\s*\.?"
    r"|(?:如需|若要|点击|点此)退订.{0,30}|退订|您(?:之所以)?收到(?:此|这封|本)邮件.*)\s*$",
    re.IGNORECASE,
)
# "Related articles", "You may also like", "推荐阅读": a heading over a list of other pages' headlines, alone on a line.
RELATED_HEADING_RE = re.compile(
    rf"^\s*(?:{_listed('related_headings')}|More\s+(?:from|on|in)\s+[^.!?]{{1,40}})\s*[:：]?\s*$",
    re.IGNORECASE,
)


# "Related: …", "Read more: …", "相关阅读：…", "Previous article: …", "* Attachment: file (1 file)": a teaser linking
# elsewhere or a file to download, page furniture in a saved text.
def _listed_cjk(name: str) -> str:
    """The words of a lexicon list written in Chinese characters, as a regex alternation."""
    return lexicon.alternation(tuple(w for w in lexicon.current().words(name) if re.search(r"[\u4e00-\u9fff]", w)))


# A saved page's buttons: the lexicon's list, and the ones probes of unseen pages showed ("Feature Image").
_BUTTONS = lexicon.alternation(
    lexicon.current().words("furniture_buttons") + lexicon.current().words("general_furniture_buttons")
)
TEASER_LINE_RE = re.compile(
    rf"^\s*(?:[*•]\s*)?(?:(?:{_listed('teaser_labels')})\s*[:：]|(?:{_listed_cjk('teaser_labels')})[ \t\u3000]+)"
    # the buttons of a saved page, alone on a line (one or several): "Share this:", "Tweet | Print", "分享到："
    rf"|^\s*(?:(?:{_BUTTONS})(?:\s*[|·•/]?\s*(?:{_BUTTONS}))*"
    # "【字号 大 中 小】", a notice with its tail, a blog platform's counters ("5 min read", "120 Followers")
    r"|【?\s*字号[:：]?\s*大\s*中\s*小\s*】?|Embargoed\s+until\b.{0,60}|Subscribe\s+to\s+.{1,60}|Our\s+Standards\s*:.{0,80}"
    r"|\d{1,3}\s*(?:min(?:ute)?s?)\s+read|[\d.,]+[KkMm]?\s+Followers?)\s*[:：]?\s*$"
    # a line of a mark or two alone ("·", "--", "•"), left from a page's layout (three or more are a rule)
    r"|^\s*[-–—·•~=_]{1,2}\s*$"
    # a WeChat article's buttons and placeholders: "点击蓝字 关注我们", "点个在看", "阅读原文", "图片" (an image)
    r"|^\s*(?:点击(?:上方)?\s*[“\"]?蓝字[”\"]?\s*关注我们.*|关注我们|点个在看.*|点亮在看.*|分享\s*收藏\s*点赞\s*在看|阅读原文"
    r"|图片|扫码关注.*|长按(?:识别)?二维码.*|戳这里.*"
    # a Chinese news site's: "【纠错】", "扫一扫，用手机看新闻！", and its breadcrumb "首页 > 国际 > 正文"
    r"|【\s*纠错\s*】|扫一扫.{0,20}|用手机看新闻.{0,10}|(?:首页|主页|Home)\s*[>›»]\s*.{0,60}"
    # a Chinese news page's breadcrumb ending in its body ("新华网 > 正文", "新華網 正文"), its "follow the site"
    # button ("关注某某网"; not a heading such as "关注民生")
    r"|[^\s>›»]{1,12}(?:\s*[>›»]\s*[^\s>›»]{1,12})*\s*[>›»]?\s*正文|[关關]注[^\s，。,.]{1,6}(?:网|網|号|號|微信|微博|新闻|新聞))\s*$",
    re.IGNORECASE,
)

# A page's tail on one line (a crawler's whole page as one line): "… (Web editor: X) Add your comment Please enable
# JavaScript … Related reading … We Recommend …". Capitalised as a heading, after a space or at the line's start.
PAGE_TAIL_RE = re.compile(rf"(?:^|(?<=\s))(?:{lexicon.alternation(lexicon.current().words('page_tail_markers'))})\b")
MIN_TAIL_MARKERS = 2  # distinct markers from the first one on: one alone may be a sentence's words
# A site's language menu left in the text: five or more language names in a row, nothing but separators between.
_LANGUAGE = rf"(?:{lexicon.alternation(lexicon.current().words('menu_language_names'))})"
LANGUAGE_MENU_RE = re.compile(rf"(?<!\w){_LANGUAGE}(?:[\s|/·•]+{_LANGUAGE}){{4,}}(?!\w)")

MIN_EDGE_HEADER_CHARS = 8  # a running header at page breaks, its page number aside
MIN_RUNNING_HEADER_CHARS = 20  # the same without page breaks to tell where pages end


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Blank the lines a printed page adds around its text, keeping every other line (and line numbers) in place.

    Page marks ("- 3 -", "Page 3 of 20", "第3页") and teasers of a saved page ("Related: …", "相关阅读：…") go
    wherever they stand. Next to a page break (form feed), a
    number alone goes, and so does a running header or footer: a line on two or more page edges that is the same
    once the page number at its start or end is set aside. Without form feeds, a line of 20 or more characters
    besides that number which recurs three or more times with the number changing is a running header
    ("Journal of X, Vol. 5, No. 2   12"), twice where a wide gap of spaces sets the number apart (a layout-keeping
    export); "1. Section 1", "Article 2" are too short to be one.
    """
    out = [
        ""
        if PAGE_MARK_LINE_RE.match(line)
        or TEASER_LINE_RE.match(line)
        or MAIL_FOOTER_LINE_RE.match(line)
        or _is_ticker(line)
        else LANGUAGE_MENU_RE.sub("", _without_button_tail(_without_page_tail(line)))
        for line in lines
    ]
    _drop_counters(lines, out)
    _drop_contents(out)
    _drop_related_lists(out)
    edges = _page_edges(out)
    keys = Counter(_furniture_key(out[i]) for i in edges)
    for i in edges:
        key = _furniture_key(out[i])
        if NUMBER_LINE_RE.match(out[i]) or (keys[key] >= 2 and MIN_EDGE_HEADER_CHARS <= len(key) <= 120):
            out[i] = ""
    keyed = [_furniture_key(line) if _has_edge_number(line) else "" for line in out]
    forms: dict[str, set[str]] = {}
    for line, key in zip(out, keyed, strict=True):
        if MIN_RUNNING_HEADER_CHARS <= len(key) <= 120:
            forms.setdefault(key, set()).add(" ".join(line.split()))
    counts = Counter(keyed)
    # Set apart from its number by a wide gap, as a PDF's layout-keeping text export leaves it, a line is a running
    # header or footer from its second page on ("Trilateral Trade Monitor 2024                2").
    laid_out = {key for line, key in zip(out, keyed, strict=True) if key and _WIDE_GAP_NUMBER_RE.search(line)}
    repeated = {key for key, seen in forms.items() if len(seen) >= 2 and counts[key] >= (2 if key in laid_out else 3)}
    stamps = _repeated_stamps(out)
    return [
        "" if key in repeated or line.strip() in stamps else line.replace("\f", "")
        for line, key in zip(out, keyed, strict=True)
    ]


def _without_page_tail(line: str) -> str:
    """The line up to a page tail that runs on in it: two or more distinct tail markers, cut at the first."""
    if len(line) < 200:
        return line  # a line of a laid-out page is its own; only a long run-on line holds a whole page's tail
    markers = list(PAGE_TAIL_RE.finditer(line))
    if len({m.group().casefold() for m in markers}) < MIN_TAIL_MARKERS:
        return line
    return line[: markers[0].start()].rstrip()


MIN_STAMP_REPEATS = 3
_WIDE_GAP_NUMBER_RE = re.compile(r"\S {4,}\d{1,4}\s*$|^\s*\d{1,4} {4,}\S")


def _repeated_stamps(lines: list[str]) -> frozenset[str]:
    """Lines a repository or printer stamps on every page, word for word ("Electronic copy available at: https://…").

    Twenty characters or more, alone on their line, three times or more, each time between other lines (a passage
    copied whole repeats its neighbours too), never ending like a sentence or a label and never a table row.
    """
    text = [line.strip() for line in lines if line.strip()]
    counts = Counter(line for line in text if len(line) >= MIN_RUNNING_HEADER_CHARS)
    candidates = {
        line
        for line, count in counts.items()
        if count >= MIN_STAMP_REPEATS
        and not line.endswith((".", "。", "!", "！", "?", "？", ":", "：", ";", "；", ","))
        and not is_row(line)
    }
    if not candidates:
        return frozenset()
    neighbours: dict[str, list[tuple[str, str]]] = {}
    for i, line in enumerate(text):
        if line in candidates:
            around = (text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else "")
            neighbours.setdefault(line, []).append(around)
    return frozenset(line for line, seen in neighbours.items() if len(set(seen)) == len(seen))


def _drop_counters(lines: list[str], out: list[str]) -> None:
    """Blank counts alone on their line ("12" likes, "3" comments) next to a line already blanked as furniture."""
    dropped = [bool(line.strip()) and not kept.strip() for line, kept in zip(lines, out, strict=True)]
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    changed = True
    while changed:
        changed = False
        for k, i in enumerate(nonempty):
            if dropped[i] or not COUNTER_LINE_RE.match(lines[i]):
                continue
            if (k > 0 and dropped[nonempty[k - 1]]) or (k + 1 < len(nonempty) and dropped[nonempty[k + 1]]):
                out[i], dropped[i], changed = "", True, True


_MAX_HEADLINE_CHARS = 120
_MAX_HEADLINES = 12


# "Xinhua, May 11, 2015 Adjust font size:": a page's button run into the date line before it.
_BUTTON_TAIL_RE = re.compile(rf"(?<=\d)\s+(?:{_BUTTONS})\s*[:：]?\s*$", re.IGNORECASE)
MAX_DATE_LINE_CHARS = 80


def _without_button_tail(line: str) -> str:
    return _BUTTON_TAIL_RE.sub("", line) if len(line) <= MAX_DATE_LINE_CHARS else line


_TICKER_SEPARATOR_RE = re.compile(r"\s+[•·]\s+")
MIN_TICKER_ITEMS = 3


def _is_ticker(line: str) -> bool:
    """A page's ticker of other stories: three or more headlines on one line, parted by "•" ("Off the wire").

    A headline opens with a capital (or is Chinese, Japanese, Korean), is 2 to 15 words long and ends like no
    sentence of the text.
    """
    if "•" not in line and "·" not in line:
        return False
    items = _TICKER_SEPARATOR_RE.split(line.strip())
    return len(items) >= MIN_TICKER_ITEMS and all(_is_headline(item) for item in items)


def _is_headline(item: str) -> bool:
    if item.endswith((".", "。", ":", "：")) or not item:
        return False
    if item[0].isascii():
        return item[0].isupper() and 2 <= len(item.split()) <= 15
    return 6 <= len(item) <= 40


def _drop_related_lists(lines: list[str]) -> None:
    """Blank a saved page's "Related articles" heading and the headlines under it, up to a blank line.

    A headline is a short line that does not end like a sentence of the text ("." or "。"): the paragraph after
    the list ("Jane Roe is a fellow at …") stays, however it is laid out.
    """
    for i, line in enumerate(lines):
        if not RELATED_HEADING_RE.match(line):
            continue
        end = i + 1
        while (
            end < len(lines)
            and end - i <= _MAX_HEADLINES
            and lines[end].strip()
            and len(lines[end].strip()) <= _MAX_HEADLINE_CHARS
            and not lines[end].rstrip().endswith((".", "。"))
        ):
            end += 1
        if end > i + 1:  # a heading with no headline under it may be the text's own ("Related work")
            lines[i:end] = [""] * (end - i)


def _drop_contents(lines: list[str]) -> None:
    """Blank a table of contents: entries with dot leaders and a page number, and the "Contents" line over them.

    The site gives every document its own outline; a printed one's page numbers point nowhere. In place.
    """
    entries = [i for i, line in enumerate(lines) if _has_leader(line) and CONTENTS_ENTRY_RE.match(line)]
    for i in entries:
        title = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if title is not None and CONTENTS_TITLE_RE.match(lines[title]):
            lines[title] = ""
        lines[i] = ""


def _has_leader(line: str) -> bool:
    return "...." in line or "……" in line or ". . . ." in line or "·" in line or "____" in line


def _has_edge_number(line: str) -> bool:
    """A digit opens or closes the line: only such a line can be a running header that differs by its number."""
    stripped = line.strip()
    return bool(stripped) and (stripped[0].isdigit() or stripped[-1].isdigit())


def _page_edges(lines: list[str]) -> list[int]:
    """Indexes of the last non-blank line before each form feed and the first one after it."""
    edges: list[int] = []
    for i, line in enumerate(lines):
        if "\f" not in line:
            continue
        before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if line.replace("\f", "").strip():
            after: int | None = i
        else:
            after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        edges.extend(j for j in (before, after) if j is not None and j not in edges)
    return edges


def _furniture_key(line: str) -> str:
    """The line without the page number at its start (else at its end), spaces collapsed, lower-cased."""
    line = line.replace("\f", " ")
    stripped = LEADING_NUMBER_RE.sub("", line, count=1)
    if stripped == line:
        stripped = TRAILING_NUMBER_RE.sub("", line, count=1)
    return " ".join(stripped.split()).lower()
