"""Labelled header lines ("Abstract: …", "〔摘要〕…", "关键词：…"); credit lines ("Photo by …", "【责编：…】")."""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.header.state import Header
from nea_site.parse.headings import match_atx, match_numbered
from nea_site.parse.layout import Unit
from nea_site.text.dateline_patterns import JA_DATELINE_RE, KO_DATELINE_RE, ZH_BRACKET_CREDIT_RE, ZH_REPORTER_PLACE_RE
from nea_site.text.header_patterns import (
    CONTACT_LINE_RE,
    COPYRIGHT_RE,
    EDITOR_CREDIT_RE,
    FIELD_SPLIT_RE,
    KEYWORD_SEPARATOR_RE,
    LABELLED_LINE_RE,
    PHOTO_CREDIT_RE,
    PLAIN_EDITOR_CREDIT_RE,
    PLAIN_ZH_CREDIT_RE,
    RUN_IN_LABEL_RE,
    TRANSLATED_BY_RE,
    WIRE_CREDIT_RE,
)
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.script import to_simplified

# What a label names, matched on the label in lower case (lexicon: abstract_labels, keyword_labels...).
_ABSTRACT_LABELS = frozenset(lexicon.current().words("abstract_labels"))
_KEYWORD_LABELS = frozenset(lexicon.current().words("keyword_labels"))
_AUTHOR_NOTE_LABELS = frozenset(lexicon.current().words("author_note_labels"))
_ARTICLE_NUMBER_LABELS = frozenset(lexicon.current().words("meta_article_number_labels"))
_ARTICLE_YEAR_RE = re.compile(r"[(（]((?:19|20)\d{2})[)）]")  # "1000-0000(2023)05-0045-12": the year in brackets
_HAN_SPACING_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def match_credit(text: str) -> str | None:
    """The credit a line gives ("Photo by …", "[Translated by …]", "【责任编辑：…】"), or None.

    Matched on the line in Simplified characters ("責任編輯：…" too); the credit is returned as written.
    """
    simplified = to_simplified(text)
    for regex, group in (
        (TRANSLATED_BY_RE, "credit"),
        (EDITOR_CREDIT_RE, "credit"),
        (PLAIN_EDITOR_CREDIT_RE, "credit"),
        (PLAIN_ZH_CREDIT_RE, "credit"),
        (WIRE_CREDIT_RE, "credit"),
        (PHOTO_CREDIT_RE, None),
        (COPYRIGHT_RE, None),
        (CONTACT_LINE_RE, None),
    ):
        match = regex.match(simplified)
        if match:
            return text[match.start(group) : match.end(group)].strip() if group else text.strip()
    return None


def split_keywords(value: str) -> list[str]:
    """Split a keyword line on commas, "、", ";" and a final "and"; drop a closing period."""
    value = value.strip().rstrip(".。")
    parts = [p.strip() for p in KEYWORD_SEPARATOR_RE.split(value) if p.strip()]
    if len(parts) >= 2 and " and " in parts[-1]:  # "A, B and C": the last "and" separates
        parts[-1:] = [p.strip() for p in parts[-1].split(" and ", 1)]
    return parts


def label_match(text: str) -> re.Match[str] | None:
    if text.lstrip()[:1] in "〔【[（(" and (
        ZH_REPORTER_PLACE_RE.match(simplified := to_simplified(text))
        or ZH_BRACKET_CREDIT_RE.match(simplified)
        or KO_DATELINE_RE.match(text)
        or JA_DATELINE_RE.match(text)
    ):
        return (
            None  # "〔記者王小明／台北報導〕…", "【明報專訊】…", "[도쿄=뉴시스] …", "【ソウル共同】…": a story opening
        )
    match = LABELLED_LINE_RE.match(text) or RUN_IN_LABEL_RE.match(text)
    bracketed = (match.groupdict().get("bracketed") or "") if match else ""
    if ":" in bracketed or "：" in bracketed:
        return None  # "【来源：示例网】": a field in brackets, read as a header line
    return match


def mode_after_label(header: Header, text: str) -> str:
    match = label_match(text)
    label = label_of(match) if match else ""
    if label in _ABSTRACT_LABELS:
        return (
            "parallel_abstract"
            if header.parallel_abstract and match and match["value"].strip() == (header.parallel_abstract)
            else "abstract"
        )
    if label in _AUTHOR_NOTE_LABELS:
        return "notes"
    return ""


def label_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    label = str(groups.get("bracketed") or groups["plain"] or "").strip().lower()
    return _HAN_SPACING_RE.sub("", label)  # "摘  要", "关 键 词": spaced out to the width of a column


def take_labelled(header: Header, text: str) -> bool:
    match = label_match(text)
    if not match:
        return False
    label, value = label_of(match), match["value"].strip()
    value, *more = FIELD_SPLIT_RE.split(value)  # "中图分类号：D81    文献标识码：A": one field each
    parallel = in_other_language(header, value)  # "Abstract: …" after "摘要：…" under a Chinese title
    if label in _ABSTRACT_LABELS and parallel:
        header.parallel_abstract = value
    elif label in _ABSTRACT_LABELS:
        header.abstract = value
        header.origins["abstract"] = "parsed"
    elif label in _KEYWORD_LABELS and parallel:
        header.parallel_keywords = split_keywords(value)
    elif label in _KEYWORD_LABELS:
        header.keywords = split_keywords(value)
        header.origins["keywords"] = "parsed"
    elif label in _AUTHOR_NOTE_LABELS:
        if value:
            header.author_notes.append(value)
    else:
        header.identifiers.append((label, value))
        year = _ARTICLE_YEAR_RE.search(value) if label in _ARTICLE_NUMBER_LABELS else None
        if year and not header.published:  # a journal article's number: its year, where nothing else dates it
            header.published = year[1]
            header.origins["published"] = "parsed"
    for field_text in more:
        take_labelled(header, field_text)
    return True


def in_other_language(header: Header, value: str) -> bool:
    """A labelled value in the other site language than the title, given after the title's own (a parallel one)."""
    if not header.title or not value or not (header.abstract or header.keywords):
        return False
    return is_cjk_lang(detect_lang(header.title)) != is_cjk_lang(detect_lang(value))


def labelled_line_follows(units: list[Unit], start: int) -> bool:
    """True when a labelled header line comes after `start` with only plain text between (abstract goes on)."""
    for unit in units[start : start + 6]:
        if unit.kind != "text" or match_numbered(unit.text) or match_atx(unit.text):
            return False
        if label_match(unit.text):
            return True
    return False
