"""Actors named in citations: the outlet, publisher or author of a footnote or of a reference list's entry.

A citation is a few parts set apart by commas, "|", " — ", a date or a link: "标题, 某某网, 2018-12-07, https://…",
"某某, Title of the piece, The Outlet, 2020-01-02", "标题 (https://…)（外務省 2008年12月13日）", "凤凰资讯：标题".
Its longest part (or the one in quotation marks) is the title, never read for names; the others are names:

- a Chinese name of two or three characters opening with a family name (person_family_names) is the author;
- a CJK part of up to 14 characters is the outlet or publisher, an organisation ("中国时报", "外務省", "网易"): a
  Korean one only when it ends like an outlet (citation_outlet_endings: "일보");
- a Latin part of capitalised words is an author before the title (two or three words) and an outlet after it.

Words that label a part ("来源：", "Retrieved") and parts that are dates, pages or links are no names
(citation_labels). A title written "标题 某某网" (the outlet after a space) or "标题 某某/某机构" (author and
outlet) gives its last word too. The rules run per citation, one regex each; a document without notes costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nea_site import lexicon
from nea_site.extract.discover.rules import HAN_RE, HANGUL_RE, Found
from nea_site.model import ActorType
from nea_site.text.script import to_simplified

_URL_CHARS = r"[^\s()（）<>\"，,；;。、\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]"
_URL_RE = re.compile(
    rf"(?:https?://|www\.){_URL_CHARS}+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{{2,6}}\b(?:/{_URL_CHARS}*)?"
)
_DATE = (
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?)?|\d{4}年|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{4}"
)
_QUOTES = '“"「《『〈'
_QUOTED_RE = re.compile(r"“[^”]{2,}”|\"[^\"]{2,}\"|《[^》]{2,}》|「[^」]{2,}」|『[^』]{2,}』|〈[^〉]{2,}〉")
_CITATIONS_RE = re.compile(r"[^；;]+")
_CJK_PART_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3々·・]{2,14}[A-Z]{0,6}")
_LATIN_PART_RE = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&|the|de|du|[A-Z][\w'’&.-]*)){0,6}")
_AUTHOR_NAME_RE = re.compile(r"[\u3400-\u9fff々]{2,4}")  # a CJK author's name before the title
_CJK_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_AUTHOR_PIECE_RE = re.compile(
    r"(?:^|(?<=\sand\s)|(?<=\s&\s))\S(?:(?!\s(?:and|&)\s).)*"
)  # "Jane Roe and Li Wei": two authors
_DIGIT_RE = re.compile(r"\d")
_INITIAL_RE = re.compile(r"(?<![\w])[A-Z]\.\s")
_BYLINE_SLASH_RE = re.compile(r"(?<![A-Za-z])[/／]|[/／](?![A-Za-z])")
_BYLINE_PIECE_RE = re.compile(r"(?:[^/／]|(?<=[A-Za-z])[/／](?=[A-Za-z]))+")
_INITIALS_ONLY_RE = re.compile(r"(?:[A-Z]\.\s?)+")
_HEAD_COLON_RE = re.compile(r"\s*[\u3400-\u9fff]{2,8}：")
MAX_LATIN_WORDS = 7
MAX_TAIL_CHARS = 8  # "标题 某某中文网": an outlet's name after a title's last space is short


@dataclass(frozen=True, slots=True)
class _Rules:
    splitter: re.Pattern[str]
    list_splitter: re.Pattern[str]  # with "、" too: a citation whose title is quoted ("「标题」、外務省、2023年")
    latin_splitter: re.Pattern[str]
    author_roles: tuple[str, ...]  # "教授", "等编写": an author's role or the work's making, after the name
    labels: frozenset[str]
    piece_kinds: tuple[str, ...]  # "专稿", "综合报道": what kind of piece, written after the outlet's name
    label_re: re.Pattern[str]
    endings: tuple[str, ...]
    ko_endings: tuple[str, ...]
    outlet_words: frozenset[str]  # "Post", "Times": an English outlet's last word
    family: frozenset[str]
    months: frozenset[str]


@lexicon.table
def _rules(lex: lexicon.Lexicon) -> _Rules:
    labels = {w.casefold() for w in lex.words("citation_labels", "en", "zh", "ja", "ko")}
    label_alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    dated_paren = rf"[(（][^()（）]{{0,40}}?(?:{_DATE})[^()（）]{{0,20}}[)）]"
    # A separator: a comma, "|", a dash with spaces, a date, a parenthesis around a date (its other words are the
    # publisher), brackets of a link that was taken out.
    separators = rf"\s[—–-]{{1,2}}\s|{_DATE}|[(（][\s|]*[)）]|{dated_paren}"
    return _Rules(
        splitter=re.compile(rf"\s*(?:[,，;；|｜]|{separators})\s*"),
        list_splitter=re.compile(rf"\s*(?:[,，;；|｜、]|{separators})\s*"),
        # A citation joined with ", " (a wiki template's fields): its Chinese title's "，" and "、" are the title's
        latin_splitter=re.compile(rf"\s*(?:,(?=\s)|[;；|｜]|{separators})\s*"),
        author_roles=tuple(sorted(lex.words("citation_author_roles", "zh"), key=len, reverse=True)),
        labels=frozenset(labels),
        piece_kinds=tuple(sorted(lex.words("citation_piece_kinds", "zh"), key=len, reverse=True)),
        label_re=re.compile(rf"^(?:{label_alternation})\s*[:：]?\s*", re.IGNORECASE) if labels else re.compile("$^"),
        endings=tuple(sorted(lex.words("citation_outlet_endings", "zh", "ja"), key=len, reverse=True)),
        ko_endings=tuple(lex.words("citation_outlet_endings", "ko")),
        outlet_words=frozenset(lex.words("citation_outlet_endings", "en")),
        family=frozenset(lex.words("person_family_names", "zh")),
        months=frozenset(w.casefold() for w in lex.words("written_months", "en")),
    )


def link_list_heading_re() -> re.Pattern[str]:
    """A heading over a list of cited pages ("External links", "外部链接"): each item is read as a citation."""
    return _link_list_heading_re(lexicon.current())


@lexicon.table
def _link_list_heading_re(lex: lexicon.Lexicon) -> re.Pattern[str]:
    words = lex.words("external_link_headings", "en", "zh", "ja", "ko")
    return re.compile(rf"\s*(?:{'|'.join(re.escape(w) for w in words)})\s*$", re.IGNORECASE)


def citation_names(text: str) -> list[Found]:
    """The people and organisations a citation names, with their spans in `text`."""
    rules = _rules(lexicon.current())
    plain = _URL_RE.sub(lambda m: "|" + " " * (len(m.group()) - 1), text)  # same length: offsets hold
    found: list[Found] = []
    for cited in _CITATIONS_RE.finditer(plain):  # a note may cite several works: "…；…"
        at = cited.start()
        found.extend(
            replace(item, start=item.start + at, end=item.end + at)
            for item in _one_citation(text[at : cited.end()], cited.group(), rules)
        )
    return found


def _one_citation(text: str, plain: str, rules: _Rules) -> list[Found]:
    head = _HEAD_COLON_RE.match(plain)
    if head and _is_head(to_simplified(head.group().strip()[:-1]), plain[head.end() :], rules):
        plain = plain[: head.end() - 1] + "|" + plain[head.end() :]  # "某某资讯：标题", "王某：《标题》"
    quoted = [m.span() for m in _QUOTED_RE.finditer(plain)]
    if ", " in plain and _CJK_CHAR_RE.search(plain):
        splitter = rules.latin_splitter
    else:
        splitter = rules.list_splitter if quoted else rules.splitter
    parts = _parts(plain, splitter, quoted)
    if not parts:
        return []
    title = _title(plain, parts, quoted)
    found: list[Found] = []
    for start, end in sorted(parts):
        if (start, end) == title:
            continue
        if text.startswith("in ", start):
            break  # "in A. Roe, ed., Book of …": the editor and the book the work is in
        before = start < title[0]
        found.extend(_names_in(text, start, end, before, rules))
    if title[1] - title[0] > 0 and HAN_RE.search(text[title[0] : title[1]]):
        found.extend(_title_tail(text, title, rules))
    return found


def _is_head(head: str, rest: str, rules: _Rules) -> bool:
    """The words before a colon opening a citation are its outlet or its author, not the title's first words."""
    return head.endswith(rules.endings) or (_is_zh_person(head, rules) and rest.lstrip()[:1] in _QUOTES)


def _is_zh_person(simple: str, rules: _Rules) -> bool:
    return 2 <= len(simple) <= 3 and simple[0] in rules.family and HAN_RE.fullmatch(simple[-1]) is not None


def _parts(text: str, splitter: re.Pattern[str], quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the citation's parts, stripped of spaces and edge punctuation; a quoted title is never split."""
    spans: list[tuple[int, int]] = []
    at = 0
    cuts = [(m.start(), m.end()) for m in splitter.finditer(text) if not _inside(m.start(), quoted)]
    # A closing quotation mark ends a part too, unless the title runs on right after it ("重返《某条约》条件")
    cuts = sorted({*cuts, *((end, end) for _, end in quoted if not _runs_on(text, end))})
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        if cut_start < at:
            continue
        if _is_paren_date(text[cut_start:cut_end]):
            spans.extend(_parts_of(text, cut_start + 1, cut_end - 1))
        spans.append(_strip(text, at, cut_start))
        at = cut_end
    return [(s, e) for s, e in spans if e - s >= 2]


def _runs_on(text: str, at: int) -> bool:
    """Whether a title goes on after a name quoted inside it: 《…》 or “…” and a CJK character with no space.

    「…」 and 『…』 quote the title itself, the outlet right after them ("「標題」某某新聞").
    """
    return at < len(text) and text[at - 1] in "》〉”" and _CJK_CHAR_RE.match(text, at) is not None


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < at < end - 1 for start, end in spans)


def _is_paren_date(separator: str) -> bool:
    stripped = separator.strip()
    return stripped[:1] in "(（" and stripped[-1:] in ")）" and len(stripped) > 2


def _parts_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of a parenthesis around a date ("（外務省 2008年12月13日）"): the date taken out."""
    inner = text[start:end]
    out = []
    at = 0
    for match in [*re.finditer(_DATE, inner), None]:
        stop = match.start() if match else len(inner)
        out.append(_strip(text, start + at, start + stop))
        at = match.end() if match else len(inner)
    return out


_EDGE = " \t\u3000,，.。;；:：|｜-–—()（）[]【】「」『』“”\"'‘’/"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _title(text: str, parts: list[tuple[int, int]], quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """The part holding the first quotation, else the longest part."""
    for q_start, q_end in quoted:
        for start, end in parts:
            if start <= q_start + 1 < end or q_start <= start < q_end:
                return start, end
    return max(parts, key=lambda p: (_width(text[p[0] : p[1]]), -p[0]))


def _width(part: str) -> int:
    """A part's length as printed: a CJK character is two letters wide ("秘书处概况" is longer than "TCS China")."""
    return len(part) + len(_CJK_CHAR_RE.findall(part))


def _names_in(text: str, start: int, end: int, before_title: bool, rules: _Rules) -> list[Found]:
    part = text[start:end]
    label = rules.label_re.match(part)
    if label and label.end() > 0:
        if label.end() == len(part):
            return []
        start += label.end()
        part = text[start:end]
    if part.casefold() in rules.labels or _INITIALS_ONLY_RE.fullmatch(part) or _DIGIT_RE.search(part):
        return []  # "Vol.14", "第20页", "pp.85-86": where in the work, not who made it
    if _BYLINE_SLASH_RE.search(part):  # "某某/某机构": the author and the outlet ("WTO/FTA" is one word)
        pieces = [m.span() for m in _BYLINE_PIECE_RE.finditer(part)]
        out = []
        for a, b in pieces:
            a, b = _strip(text, start + a, start + b)
            out.extend(_one_name(text, a, b, before_title, rules))
        return out
    return _one_name(text, start, end, before_title, rules)


def _one_name(text: str, start: int, end: int, before_title: bool, rules: _Rules) -> list[Found]:
    part = text[start:end]
    if not part or part.casefold() in rules.labels:
        return []
    if HAN_RE.search(part) or HANGUL_RE.search(part):
        kind_word = next(
            (k for k in rules.piece_kinds if to_simplified(part).endswith(k) and len(part) > len(k) + 1), ""
        )
        if kind_word:  # "國際線上專稿": the outlet's exclusive article; the outlet is 國際線上
            end -= len(kind_word)
            part = text[start:end]
        bare = to_simplified(part).rstrip("·・")
        role = next((r for r in rules.author_roles if bare.endswith(r) and len(bare) > len(r) + 1), "")
        if role:  # "权赫秀教授", "宋永等编写·": the author, then a role or the work's making
            start, end = _strip(text, start, start + len(bare) - len(role))
            part = text[start:end]
        if not _CJK_PART_RE.fullmatch(part):
            return []
        simple = to_simplified(part)
        if role and _AUTHOR_NAME_RE.fullmatch(simple) and not simple.endswith(rules.endings):
            return [Found(start, end, part, "person", "citation")]
        kind = _cjk_kind(simple, rules)
        return [Found(start, end, part, kind, "citation")] if kind else []
    match = _LATIN_PART_RE.fullmatch(part)
    words = part.split()
    if match is None or len(words) > MAX_LATIN_WORDS or any(w.casefold().strip(".,") in rules.months for w in words):
        return []
    if before_title and words[-1] in rules.outlet_words:  # "Bangkok Post - Asean summit …": an outlet first
        return [Found(start, end, part, "organization", "citation")]
    if before_title:  # the authors: "Jane Roe", "Jane Roe and Li Wei"
        out = []
        for piece in _AUTHOR_PIECE_RE.finditer(part):
            names = piece.group().split()
            if 2 <= len(names) <= 3 and all(w[0].isupper() and not w.isupper() for w in names):
                out.append(Found(start + piece.start(), start + piece.end(), piece.group(), "person", "citation"))
        return out
    if _INITIAL_RE.search(part):
        return []  # "in T. J. Roe, ed.": an editor after the title, not the outlet
    if len(words) > 2 and words[0] == "The" and words[1].casefold() in _org_heads(lexicon.current()):
        start = text.index(words[1], start)  # "The Ministry of …": the article is no part of a body's name
        part = text[start:end]
    return [Found(start, end, part, "organization", "citation")]


@lexicon.table
def _org_heads(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for w in lex.words("organisation_suffixes", "en"))


def _cjk_kind(simple: str, rules: _Rules) -> ActorType | None:
    if HANGUL_RE.search(simple):
        return "organization" if simple.endswith(rules.ko_endings) and len(simple) > 2 else None
    if simple.endswith(rules.endings):
        return "organization"
    if _is_zh_person(simple, rules):
        return "person"
    return "organization" if len(simple) <= 8 else None


def _title_tail(text: str, title: tuple[int, int], rules: _Rules) -> list[Found]:
    """A CJK title's last word after a space, when it is an outlet ("标题 某某网") or "author/outlet"."""
    head = text[title[0] : title[1]]
    cut = max(head.rfind(" "), head.rfind("\u3000"))
    if cut <= 0:
        return []
    start = title[0] + cut + 1
    word = text[start : title[1]]
    if "/" in word or "／" in word:
        return _names_in(text, start, title[1], False, rules)
    if len(word) <= MAX_TAIL_CHARS and _CJK_PART_RE.fullmatch(word) and to_simplified(word).endswith(rules.endings):
        return [Found(start, title[1], word, "organization", "citation")]
    return []
