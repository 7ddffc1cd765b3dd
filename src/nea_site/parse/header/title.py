"""Header zone: title, authors, date, outlet, abstract, keywords and author notes before the body starts."""

from __future__ import annotations

import copy
import re

from nea_site import lexicon
from nea_site.parse.header.authors import (
    bare_byline,
    is_affiliation,
    label_over_names,
    speaker_from_title,
    strip_author_prefix,
    zh_bare_byline,
)
from nea_site.parse.header.datelines import opens_with_dateline
from nea_site.parse.header.kickers import HASHTAG_LINE_RE, SLASH_DATELINE_RE, over_repeated_title, title_tag
from nea_site.parse.header.labels import (
    label_match,
    labelled_line_follows,
    match_credit,
    mode_after_label,
    take_labelled,
)
from nea_site.parse.header.lines import take_line
from nea_site.parse.header.newslines import is_date_alone, is_place_line
from nea_site.parse.header.pagelines import clean_title, page_line
from nea_site.parse.header.preamble import MAX_SUBTITLE_CHARS, read_preamble
from nea_site.parse.header.state import MONTHS, Header, is_agency
from nea_site.parse.headings import match_atx, match_numbered
from nea_site.parse.layout import Unit
from nea_site.parse.structure import is_row
from nea_site.text.header_patterns import (
    DASH_SUBTITLE_RE,
    DATE_LINE_RE,
    DATELINE_RE,
    KEY_VALUE_LINE_RE,
    MONTH_DAY_RE,
    TITLE_CUT_RE,
    YEAR_RE,
    ZH_SINGLE_NAME_RE,
)
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.numerals import fold_date_digits
from nea_site.text.patterns import (
    AUTHOR_BIO_VERB_RE,
    KEYWORD_HEADING_RE,
    KICKER_LINE_RE,
    SENTENCE_END_RE,
    TITLE_STAR_RE,
)

MAX_BODY_START_CHARS = 300  # a header line longer than this is body text


def parse_header(units: list[Unit], *, declared_title: str | None = None) -> tuple[Header, int]:
    """Read metadata from the first units; return it and the index of the first body unit.

    `declared_title`: the title that front matter declares; an opening "## " heading is then the body's first
    section, not the title.
    """
    header = Header()
    i = read_preamble(header, units)  # a journal's citation line and the DOI may stand over the title
    top = i  # where the title is
    # Front matter names the title and the text does not open with a "# " heading: the declared title is the
    # title, and the first lines are the header lines under it ("Exampleton, 3 March 2019", a byline).
    declared_first = bool(declared_title) and not _opens_with_title_heading(units, top)
    if declared_first:
        header.title = declared_title
        header.origins["title"] = "parsed"
    under = 0 if declared_first else 1  # the line right under the title is at top + under
    mode = ""  # "abstract" or "notes" while a labelled block continues
    after_author = False  # affiliation lines follow the author line directly
    subtitled = False  # the second unit was joined to the title or kept as the document's description
    while i < len(units):
        unit = units[i]
        if unit.kind != "text":
            break
        text = unit.text.strip()
        credit = match_credit(text)
        if credit is not None:
            if i > top and _header_line_follows(header, units, i):
                header.credits.append(credit)  # "Editor: Wang Wu" between "Source: Xinhua" and the date
                i += 1
                continue
            break  # credits and the body that follows them are read by the body pass
        if i == top and declared_title and _is_section_heading(text, declared_title):
            break  # "## Background" under front matter that names the title: the body starts here
        if i == top and not header.title and (tagged := title_tag(text)):  # "[단독] …": the story's kind, the title
            header.identifiers.append(("section", tagged[0]))
            text = tagged[1]
        if i == top and not header.title and _take_title(header, text, units[top:]):
            i += 1
            if _continues_title(header, units, i):
                header.title = f"{header.title} {units[i].text.strip()}"  # "… The Case of the" / "Secretariat"
                i += 1
                top += 1
            elif _continues_zh_title(header, units, i):
                header.title = f"{header.title}{units[i].text.strip()}"  # "中日韩外长会" / "将在东京举行"
                i += 1
                top += 1
            continue
        if header.title and i > top and text == header.title.strip():
            i += 1  # the headline printed again under the page's kicker: a copy, not the body's first line
            continue
        if header.title and over_repeated_title(header.title, text, units, i):
            header.identifiers.append(("section", text))  # "Three-way FTA" over the headline printed again
            i += 1
            continue
        if header.title and i > top and (furniture := page_line(text)):  # a caption under the title, no subtitle
            header.identifiers.append(furniture)
            i += 1
            continue
        if header.title and i > top and KICKER_LINE_RE.match(text):  # "READOUT" under the title: the page's kind
            header.identifiers.append(("section", text))
            i += 1
            continue
        if header.title and HASHTAG_LINE_RE.match(text):  # "#Business News": a page's section tag, no subtitle
            header.identifiers.append(("section", text.lstrip("#").strip()))
            i += 1
            continue
        second = _second_line_kind(header, text, units[top:]) if i == top + 1 and not declared_first else ""
        if second == "subtitle":
            header.title = _with_subtitle(header.title or "", text)
        elif second == "outlet" and not header.outlet:
            header.outlet, header.origins["outlet"] = text.strip(), "parsed"
        elif second == "section":
            header.identifiers.append(("section", text))
        elif second == "place" and not header.place:
            header.place = text
            header.origins["place"] = "parsed"
        elif second == "description":
            header.identifiers.append(("description", text))  # kept as metadata: nothing of the text is lost
            closing_year = YEAR_RE.search(text[-6:])
            if closing_year:  # "…, 2024": the year of the document, unless a date line follows
                header.description_year = closing_year.group()
        if second:
            subtitled = True
            i += 1
            continue
        names = label_over_names(text, units[i + 1].text) if i + 1 < len(units) and not header.authors else []
        if names:  # "Written By" / "Jane Roe, John Doe": a byline's label alone, the names under it
            header.authors.extend(names)
            header.origins["authors"] = "parsed"
            i += 2
            continue
        if take_labelled(header, text):
            mode, after_author = mode_after_label(header, text), False
            i += 1
            continue
        had_authors = bool(header.authors)
        previous = units[i - 1].text if i else ""
        if header.title and (i == top + under or (i == top + 2 and subtitled)):
            previous = header.title  # the line follows the title (and the subtitle joined to it)
        if take_line(header, fold_date_digits(text), previous=previous):  # "２０２４年五月二十七日" is a date too
            mode = ""
            after_author = not had_authors and bool(header.authors)
            i += 1
            continue
        under_date = i == top + under + 1 and bool(DATE_LINE_RE.match(fold_date_digits(units[i - 1].text)))
        if (i == top + under or under_date) and not header.authors and (names := bare_byline(text, units[i + 1 :])):
            header.authors.extend(names)  # "Jane Roe" alone under the title (or under its date line)
            header.origins["authors"] = "parsed"
            after_author = True
            i += 1
            continue
        if (
            i <= top + under + 1
            and not header.authors
            and ZH_SINGLE_NAME_RE.match(text)
            and _date_line_follows(units, i)
        ):
            header.authors.append(text.strip())  # "王毅" over "2023年11月26日" under a speech's title
            header.origins["authors"] = "parsed"
            i += 1
            continue
        if i == top + under and not header.authors and (names := zh_bare_byline(text, units[i + 1 :])):
            header.authors.extend(names)  # "王晓明" alone under a Chinese title, the text under it
            header.origins["authors"] = "parsed"
            after_author = True
            i += 1
            continue
        if mode == "abstract" and not header.abstract and not label_match(text) and not match_numbered(text):
            header.abstract = text  # the paragraph under a bare "Abstract" line
            header.origins["abstract"] = "parsed"
            i += 1
            continue
        if mode == "abstract" and labelled_line_follows(units, i):
            header.abstract = _joined(header.abstract, text)
            i += 1
            continue
        if mode == "parallel_abstract" and labelled_line_follows(units, i):
            header.parallel_abstract = f"{header.parallel_abstract}\n\n{text}"
            i += 1
            continue
        if mode == "notes" and any(text.startswith(name) for name in header.authors):
            header.author_notes.append(text)
            i += 1
            continue
        if any(text.startswith(name) and AUTHOR_BIO_VERB_RE.match(text, len(name)) for name in header.authors):
            header.author_notes.append(text)  # "Jane Roe is Professor of … at …" under the abstract
            mode = "bio"
            i += 1
            continue
        if (
            mode == "bio"
            and _WRAPPED_END_RE.search(header.author_notes[-1])
            and not text.isupper()
            and len(text) <= 200
        ):
            header.author_notes[-1] = f"{header.author_notes[-1]} {text}"  # the note's wrapped line
            i += 1
            continue
        if after_author and is_affiliation(text):
            header.author_notes.append(text)
            i += 1
            continue
        break
    strip_author_prefix(header)
    speaker_from_title(header)
    if header.date_over_title and not header.published:  # the date over the title, when none under it
        header.published = header.date_over_title
        header.origins["published"] = "parsed"
    if header.description_year and not header.published:
        header.published = header.description_year
        header.origins["published"] = "parsed"
    return header, i


def _joined(block: str | None, line: str) -> str:
    """A labelled block and its next line: a new paragraph after a sentence's end, else the wrapped line goes on.

    "…三国" / "领导人首次…" join as a PDF wraps Chinese; "…the" / "secretariat" join with a space.
    """
    if not block:
        return line
    if SENTENCE_END_RE.search(block):
        return f"{block}\n\n{line}"
    cjk = is_cjk_lang(detect_lang(block[-1] + line[:1]))
    return f"{block}{'' if cjk else ' '}{line}"


def _date_line_follows(units: list[Unit], i: int) -> bool:
    following = units[i + 1] if i + 1 < len(units) else None
    return (
        following is not None
        and following.kind == "text"
        and bool(DATE_LINE_RE.match(fold_date_digits(following.text)))
    )


def _header_line_follows(header: Header, units: list[Unit], i: int) -> bool:
    """The unit after units[i] is a header line (read on a copy: nothing is taken yet)."""
    if i + 1 >= len(units) or units[i + 1].kind != "text":
        return False
    return take_line(copy.deepcopy(header), units[i + 1].text.strip(), previous=units[i].text)


def _opens_with_title_heading(units: list[Unit], top: int) -> bool:
    """The unit at `top` is a first-level "# " heading: the text's own title line."""
    if top >= len(units) or units[top].kind != "text":
        return False
    atx = match_atx(units[top].text.strip())
    return atx is not None and atx[0] == 1


def _is_section_heading(text: str, declared_title: str) -> bool:
    atx = match_atx(text)
    return atx is not None and atx[0] >= 2 and " ".join(atx[1].split()) != " ".join(declared_title.split())


# A line cut in the middle of a sentence: it ends with a lower-case word, a comma or a hyphen.
_WRAPPED_END_RE = re.compile(r"(?:\b[a-z]+|[,\-])\s*$")


def _continues_title(header: Header, units: list[Unit], i: int) -> bool:
    """The title line stops on a word that cannot end it ("… The Case of the"), and the next short line goes on."""
    if not header.title or i >= len(units) or units[i].kind != "text" or not TITLE_CUT_RE.search(header.title):
        return False
    following = units[i].text.strip()
    return len(following) <= MAX_SUBTITLE_CHARS and not SENTENCE_END_RE.search(following)


MAX_ZH_TITLE_LINE_CHARS = 24  # a Chinese headline set on two short lines: each at most this long
_ZH_HEADLINE_LINE_RE = re.compile(rf"^[\u4e00-\u9fff]{{2,{MAX_ZH_TITLE_LINE_CHARS}}}$")  # characters only


def _continues_zh_title(header: Header, units: list[Unit], i: int) -> bool:
    """A Chinese headline broken over two short lines of characters alone, an agency's dateline right under them.

    "中日韩外长会" / "将在东京举行" / "新华社北京8月22日电 …": the second line is the headline's end, not a paragraph.
    A name alone ("王晓明") or a header line under the title is no part of it.
    """
    if not header.title or i + 1 >= len(units) or units[i].kind != "text" or units[i + 1].kind != "text":
        return False
    following = units[i].text.strip()
    if not _ZH_HEADLINE_LINE_RE.match(header.title) or not _ZH_HEADLINE_LINE_RE.match(following):
        return False
    if ZH_SINGLE_NAME_RE.match(following) or take_line(copy.deepcopy(header), following, previous=header.title):
        return False
    return opens_with_dateline(units[i + 1].text.strip())


def _second_line_kind(header: Header, text: str, units: list[Unit]) -> str:
    """What a short line right under the title is when an author, date or labelled line follows it.

    "subtitle": the title's second part. "description": a line describing the document ("Policy brief, Example
    Institute, 2024": a list or a closing year), which is no part of the title. "": neither (body or header line).
    """
    if not header.title or len(units) < 3 or units[2].kind != "text" or len(text) > MAX_SUBTITLE_CHARS:
        return ""
    if match_atx(text) or match_numbered(text) or label_match(text) or KEY_VALUE_LINE_RE.match(text):
        return ""
    if is_row(text):
        return ""  # a table row ("Abbreviation | TCS"): no part of the title
    if SENTENCE_END_RE.search(text) and not text.endswith(("?", "？")):
        return ""
    if take_line(copy.deepcopy(header), text, previous=header.title):
        return ""  # the line is itself an author or date line
    if bare_byline(text, units[2:]) or zh_bare_byline(text, units[2:]):
        return ""  # "Jane Roe", "张三": names alone, read as the byline
    if DASH_SUBTITLE_RE.match(text):
        return "subtitle"  # "——在中日韩合作国际论坛上的致辞": whatever follows it
    if is_agency(text) and is_date_alone(units[2].text):
        return "outlet"  # "Kyodo" between the headline and its date: the agency
    if KICKER_LINE_RE.match(text):
        return "section"  # "Explainer", "Analysis" under the headline: the site's section, no subtitle
    if is_place_line(text) and is_date_alone(units[2].text):
        return "place"  # "Seoul" or "Seoul, Republic of Korea" over the date of a statement
    description = len(re.findall(r"[,，、]", text)) >= 2 or YEAR_RE.search(text[-6:]) is not None
    trial = copy.deepcopy(header)
    if not description:
        trial.title = _with_subtitle(header.title, text)
    following = units[2].text.strip()
    if take_labelled(trial, following) or take_line(trial, following, previous=trial.title or ""):
        return "description" if description else "subtitle"
    return ""


def _with_subtitle(title: str, subtitle: str) -> str:
    """Join a subtitle: "Title: Subtitle"; "标题——副标题" keeps its dash, else "标题：副标题"."""
    subtitle = subtitle.strip()
    if subtitle.startswith(("—", "-", "–", ":", "：")):
        return f"{title}{subtitle}" if is_cjk_lang(detect_lang(title)) else f"{title} {subtitle}"
    return f"{title}：{subtitle}" if is_cjk_lang(detect_lang(title)) else f"{title}: {subtitle}"


_TITLE_LABEL_RE = re.compile(
    rf"^\s*(?:{lexicon.alternation(lexicon.current().words('general_title_labels'))})\s*[:：]\s*"
)


def _take_title(header: Header, text: str, units: list[Unit]) -> bool:
    atx = match_atx(text)
    if atx:
        header.title = clean_title(TITLE_STAR_RE.sub("", atx[1]))  # no tag or entity left (header/pagelines.py)
        header.origins["title"] = "parsed"
        return True
    dateline = DATELINE_RE.match(text)
    if dateline:
        header.outlet, header.place = dateline["outlet"].strip(), dateline["place"].strip()
        header.origins.update(outlet="parsed", place="parsed")
        month_day = MONTH_DAY_RE.match(dateline["date"])
        if month_day:
            month, day = MONTHS.index(month_day["month"]) + 1, int(month_day["day"])
            if month_day["year"]:
                header.published = f"{month_day['year']}-{month:02d}-{day:02d}"
                header.origins["published"] = "parsed"
            else:
                header.dateline_month_day = (month, day)
        header.title = dateline["rest"].strip()
        header.origins["title"] = "parsed"
        return True
    if label_match(text) or KEY_VALUE_LINE_RE.match(text) or match_numbered(text) or SLASH_DATELINE_RE.match(text):
        return False
    if KEYWORD_HEADING_RE.match(text):  # "Introduction" opening a text that lost its title: a section's heading
        return False
    if len(text) > MAX_BODY_START_CHARS or len(units) < 2:
        return False
    text = _TITLE_LABEL_RE.sub("", text)  # "原标题：…": a reposted page's label before its title
    if SENTENCE_END_RE.search(text) and not text.endswith(("?", "？", "”", '"')) and not _colon_cut(text, units):
        return False
    header.title = clean_title(TITLE_STAR_RE.sub("", text))
    header.origins["title"] = "parsed"
    return True


def _colon_cut(text: str, units: list[Unit]) -> bool:
    """A title's first line closing with its colon ("Regional Order After the Summit:"), its second line under it.

    A PDF breaks a paper's title after the colon; the line under it is short and no sentence.
    """
    if not text.endswith((":", "：")) or SENTENCE_END_RE.search(text[:-1]) or units[1].kind != "text":
        return False
    following = units[1].text.strip()
    return 0 < len(following) <= MAX_SUBTITLE_CHARS and not SENTENCE_END_RE.search(following)
