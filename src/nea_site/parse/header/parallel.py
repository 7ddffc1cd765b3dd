"""A text's own title block in the other language: a Chinese paper's closing English title, abstract, keywords."""

from __future__ import annotations

from nea_site.parse.header.labels import split_keywords
from nea_site.parse.header.state import Header
from nea_site.parse.header.title import MAX_BODY_START_CHARS
from nea_site.parse.layout import Unit
from nea_site.text.header_patterns import PARALLEL_ABSTRACT_RE, PARALLEL_KEYWORDS_RE
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.patterns import SENTENCE_END_RE

MAX_PARALLEL_HEAD_UNITS = 4  # title, author line and affiliation lines over the English abstract


def read_parallel_header(header: Header, units: list[Unit], start: int) -> int:
    """Read a closing title block in the other language; return where it starts (the body ends there).

    Chinese journal papers close with their English title, the authors' names in pinyin, the affiliations, an
    "Abstract:" and "Key words:". In a text whose title is Chinese, such a block after the body, with no Chinese
    line in it, gives the parallel title, abstract and keywords; the name and affiliation lines are author notes.
    """
    if not header.title or not is_cjk_lang(detect_lang(header.title)):
        return len(units)
    label = next(
        (
            k
            for k in range(len(units) - 1, start, -1)
            if units[k].kind == "text" and PARALLEL_ABSTRACT_RE.match(units[k].text)
        ),
        None,
    )
    if label is None or any(u.kind != "text" or is_cjk_lang(detect_lang(u.text)) for u in units[label:]):
        return len(units)
    first = label
    while first - 1 > start and label - (first - 1) <= MAX_PARALLEL_HEAD_UNITS:
        text = units[first - 1].text.strip()
        if units[first - 1].kind != "text" or is_cjk_lang(detect_lang(text)):
            break
        first -= 1
    title = units[first].text.strip() if first < label else ""
    if not title or SENTENCE_END_RE.search(title) or len(title) > MAX_BODY_START_CHARS:
        return len(units)
    header.parallel_title = title
    header.author_notes.extend(u.text.strip() for u in units[first + 1 : label])
    abstract: list[str] = []
    for unit in units[label:]:
        text = unit.text.strip()
        if (keywords := PARALLEL_KEYWORDS_RE.match(text)) is not None:
            header.parallel_keywords = split_keywords(keywords["value"])
            break
        opening = PARALLEL_ABSTRACT_RE.match(text)
        abstract.append(opening["value"].strip() if opening else text)
    header.parallel_abstract = "\n\n".join(abstract) or None
    return first
