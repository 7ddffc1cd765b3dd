"""Header zone: title, authors, date, outlet, abstract, keywords and author notes before the body starts."""

from __future__ import annotations

import copy
import re

from nea_site import lexicon
from nea_site.parse.header.lines import MONTHS, Header, take_line
from nea_site.parse.header.mail import read_mail_fields
from nea_site.parse.headings import match_atx, match_numbered
from nea_site.parse.layout import Unit
from nea_site.text.header_patterns import (
    AFFILIATION_WORD_RE,
    BYLINE_NOT_NAME_WORDS,
    CONTACT_LINE_RE,
    COPYRIGHT_RE,
    DASH_SUBTITLE_RE,
    DATE_LINE_RE,
    DATELINE_RE,
    DOI_LINE_RE,
    EDITOR_CREDIT_RE,
    FIELD_SPLIT_RE,
    JA_DATELINE_RE,
    JOURNAL_LINE_RE,
    KEY_VALUE_LINE_RE,
    KEYWORD_SEPARATOR_RE,
    KO_DATELINE_RE,
    LABELLED_LINE_RE,
    LIST_SEPARATOR_RE,
    MARKED_AUTHORS_LINE_RE,
    MONTH_DAY_RE,
    NAME_MARK_RE,
    PHOTO_CREDIT_RE,
    PLAIN_EDITOR_CREDIT_RE,
    PLAIN_ZH_CREDIT_RE,
    RUN_IN_LABEL_RE,
    SPEAKER_TITLE_RE,
    SPEECH_TITLE_RE,
    TITLE_CUT_RE,
    TITLE_PREFIX_RE,
    TRANSLATED_BY_RE,
    WIRE_CREDIT_RE,
    YEAR_RE,
    ZH_NAME_SEPARATOR_RE,
    ZH_NAMES_LINE_RE,
    ZH_REPORTER_PLACE_RE,
    ZH_SINGLE_NAME_RE,
    ZH_SPEECH_TITLE_RE,
)
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.numerals import fold_date_digits
from nea_site.text.patterns import (
    KEYWORD_HEADING_RE,
    KICKER_LINE_RE,
    SENTENCE_END_RE,
    TABLE_CELL_SEPARATOR,
    TITLE_STAR_RE,
)
from nea_site.text.script import to_simplified

_ZH_BODY_AFTER_BYLINE = 30  # characters: the paragraph under a line of Chinese names alone
# What a label names, matched on the label in lower case (lexicon: abstract_labels, keyword_labels...).
_ABSTRACT_LABELS = frozenset(lexicon.current().words("abstract_labels"))
_KEYWORD_LABELS = frozenset(lexicon.current().words("keyword_labels"))
_AUTHOR_NOTE_LABELS = frozenset(lexicon.current().words("author_note_labels"))
MAX_BODY_START_CHARS = 300  # a header line longer than this is body text
MAX_SUBTITLE_CHARS = 160
_HAN_SPACING_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def match_credit(text: str) -> str | None:
    """The credit a line gives ("Photo by …", "[Translated by …]", "【责任编辑：…】"), or None."""
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
        match = regex.match(text)
        if match:
            return match[group].strip() if group else text.strip()
    return None


def split_keywords(value: str) -> list[str]:
    """Split a keyword line on commas, "、", ";" and a final "and"; drop a closing period."""
    value = value.strip().rstrip(".。")
    parts = [p.strip() for p in KEYWORD_SEPARATOR_RE.split(value) if p.strip()]
    if len(parts) >= 2 and " and " in parts[-1]:  # "A, B and C": the last "and" separates
        parts[-1:] = [p.strip() for p in parts[-1].split(" and ", 1)]
    return parts


def parse_header(units: list[Unit], *, declared_title: str | None = None) -> tuple[Header, int]:
    """Read metadata from the first units; return it and the index of the first body unit.

    `declared_title`: the title that front matter declares; an opening "## " heading is then the body's first
    section, not the title.
    """
    header = Header()
    i = _read_preamble(header, units)  # a journal's citation line and the DOI may stand over the title
    top = i  # where the title is
    # Front matter names the title and the text does not open with a "# " heading: the declared title is the
    # title, and the first lines are the header lines under it ("Tokyo, 5 December 1972", a byline).
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
        if i == top and not header.title and _take_title(header, text, units[top:]):
            i += 1
            if _continues_title(header, units, i):
                header.title = f"{header.title} {units[i].text.strip()}"  # "… The Case of the" / "Secretariat"
                i += 1
                top += 1
            continue
        second = _second_line_kind(header, text, units[top:]) if i == top + 1 and not declared_first else ""
        if second == "subtitle":
            header.title = _with_subtitle(header.title or "", text)
        elif second == "description":
            header.identifiers.append(("description", text))  # kept as metadata: nothing of the text is lost
            closing_year = YEAR_RE.search(text[-6:])
            if closing_year and header.published is None:  # "…, 2024": the year of the document
                header.published = closing_year.group()
                header.origins["published"] = "parsed"
        if second:
            subtitled = True
            i += 1
            continue
        if _take_labelled(header, text):
            mode, after_author = _mode_after_label(header, text), False
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
        if (i == top + under or under_date) and not header.authors and (names := _bare_byline(text, units[i + 1 :])):
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
        if i == top + under and not header.authors and (names := _zh_bare_byline(text, units[i + 1 :])):
            header.authors.extend(names)  # "王晓明" alone under a Chinese title, the text under it
            header.origins["authors"] = "parsed"
            after_author = True
            i += 1
            continue
        if mode == "abstract" and not header.abstract and not _label_match(text) and not match_numbered(text):
            header.abstract = text  # the paragraph under a bare "Abstract" line
            header.origins["abstract"] = "parsed"
            i += 1
            continue
        if mode == "abstract" and _labelled_line_follows(units, i):
            header.abstract = (header.abstract + "\n\n" if header.abstract else "") + text
            i += 1
            continue
        if mode == "parallel_abstract" and _labelled_line_follows(units, i):
            header.parallel_abstract = f"{header.parallel_abstract}\n\n{text}"
            i += 1
            continue
        if mode == "notes" and any(text.startswith(name) for name in header.authors):
            header.author_notes.append(text)
            i += 1
            continue
        if after_author and _is_affiliation(text):
            header.author_notes.append(text)
            i += 1
            continue
        break
    _strip_author_prefix(header)
    _speaker_from_title(header)
    return header, i


def _bare_byline(text: str, rest: list[Unit]) -> list[str]:
    """The names of a line under the title that is only people's names ("Jane Roe", "Minji Kim and Wei Chen").

    Such a line reads like a short title-case subtitle; it is taken for names when none of its words is written
    in lower case in the text after it (a subtitle's words, "regional order", recur so) and none names a place or
    a subject (BYLINE_NOT_NAME_WORDS).
    """
    match = MARKED_AUTHORS_LINE_RE.match(text)
    if not match or NAME_MARK_RE.search(match["names"]):
        return []
    words = {w for w in re.findall(r"[A-Za-z]+", match["names"]) if w != "and"}
    if words & BYLINE_NOT_NAME_WORDS:
        return []
    body = "\n".join(u.text for u in rest if u.kind == "text")
    if any(re.search(rf"\b{re.escape(w.lower())}\b", body) for w in words):
        return []
    return [n.strip() for n in LIST_SEPARATOR_RE.split(match["names"]) if n.strip()]


def _zh_bare_byline(text: str, rest: list[Unit]) -> list[str]:
    """The names of a line under a title that is only Chinese names ("王晓明", "王晓明 李华"), with text under it.

    Each name is a common family name and one or two characters; the next unit is a paragraph of the text (30
    characters or more), so a short heading under the title ("结语") is not read as a name.
    """
    if not ZH_NAMES_LINE_RE.match(text) or not rest or rest[0].kind != "text":
        return []
    if len(rest[0].text.strip()) < _ZH_BODY_AFTER_BYLINE:
        return []
    return [name for name in ZH_NAME_SEPARATOR_RE.split(text.strip()) if name]


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


def _read_preamble(header: Header, units: list[Unit]) -> int:
    """Read the lines over an article's title; return the index of the first unit after them.

    They are its journal's citation line ("Journal, Vol. 12, No. 3 (2023), pp. 45-67") and its DOI, the site's
    section that a saved page names over it ("Press Releases"), and an e-mail's fields (whose subject is the title).
    """
    i = read_mail_fields(header, units)  # "From: …" / "Subject: …" over a saved e-mail
    while i < len(units) and units[i].kind == "text":
        text = units[i].text.strip()
        journal = JOURNAL_LINE_RE.match(text)
        doi = DOI_LINE_RE.match(text)
        if journal and not header.outlet:
            header.outlet = journal["journal"].strip()
            header.origins["outlet"] = "parsed"
            header.identifiers.append(("citation", text))
            year = YEAR_RE.search(journal["rest"])
            if year and not header.published:
                header.published = year.group()
                header.origins["published"] = "parsed"
        elif doi:
            header.identifiers.append(("doi", doi["doi"]))
        elif KICKER_LINE_RE.match(text) and i + 1 < len(units) and units[i + 1].kind == "text":
            header.identifiers.append(("section", text))  # "Press Releases" over the title
        elif _is_date_over_title(units, i):
            take_line(header, fold_date_digits(text), previous="")  # "May 27, 2024" over the title
        elif labels := _sections_over_title(header, units, i):
            header.identifiers.extend(("section", u.text.strip()) for u in units[i : i + labels])  # "World" / "Asia"
            i += labels - 1
        else:
            return i
        i += 1
    return i


_SECTION_LABEL_RE = re.compile(r"^[A-Z][A-Za-z&'-]*(?: [A-Z&][A-Za-z&'-]*)?$")


def _sections_over_title(header: Header, units: list[Unit], i: int) -> int:
    """How many units from i are a news site's section labels ("World", "Asia Pacific") over the title; else 0.

    Two or three such labels, a breadcrumb ("World" / "Asia"; one alone may be a short title, and the site's
    usual sections are read by KICKER_LINE_RE), then a line of four or more words (the title), then a byline or a
    date line.
    """
    j = i
    while j < len(units) and j - i < 3 and units[j].kind == "text" and _SECTION_LABEL_RE.match(units[j].text.strip()):
        j += 1
    if j - i < 2 or j + 1 >= len(units) or units[j].kind != "text" or units[j + 1].kind != "text":
        return 0
    title = units[j].text.strip()
    if len(title.split()) < 4 or SENTENCE_END_RE.search(title):
        return 0
    followed = take_line(copy.deepcopy(header), fold_date_digits(units[j + 1].text.strip()), previous=title)
    return j - i if followed else 0


def _is_date_over_title(units: list[Unit], i: int) -> bool:
    """Unit i is a date alone and a line that can be a title (no sentence, no date) comes next."""
    if not DATE_LINE_RE.match(fold_date_digits(units[i].text)) or i + 1 >= len(units) or units[i + 1].kind != "text":
        return False
    following = units[i + 1].text.strip()
    return not SENTENCE_END_RE.search(following) and not DATE_LINE_RE.match(fold_date_digits(following))


def _continues_title(header: Header, units: list[Unit], i: int) -> bool:
    """The title line stops on a word that cannot end it ("… The Case of the"), and the next short line goes on."""
    if not header.title or i >= len(units) or units[i].kind != "text" or not TITLE_CUT_RE.search(header.title):
        return False
    following = units[i].text.strip()
    return len(following) <= MAX_SUBTITLE_CHARS and not SENTENCE_END_RE.search(following)


def _second_line_kind(header: Header, text: str, units: list[Unit]) -> str:
    """What a short line right under the title is when an author, date or labelled line follows it.

    "subtitle": the title's second part. "description": a line describing the document ("Policy brief, Example
    Institute, 2024": a list or a closing year), which is no part of the title. "": neither (body or header line).
    """
    if not header.title or len(units) < 3 or units[2].kind != "text" or len(text) > MAX_SUBTITLE_CHARS:
        return ""
    if match_atx(text) or match_numbered(text) or _label_match(text) or KEY_VALUE_LINE_RE.match(text):
        return ""
    if TABLE_CELL_SEPARATOR in text:
        return ""  # a table row ("Abbreviation | TCS"): no part of the title
    if SENTENCE_END_RE.search(text) and not text.endswith(("?", "？")):
        return ""
    if take_line(copy.deepcopy(header), text, previous=header.title):
        return ""  # the line is itself an author or date line
    if _bare_byline(text, units[2:]):
        return ""  # "Jane Roe": names alone, read as the byline
    if DASH_SUBTITLE_RE.match(text):
        return "subtitle"  # "——在中日韩合作国际论坛上的致辞": whatever follows it
    description = len(re.findall(r"[,，、]", text)) >= 2 or YEAR_RE.search(text[-6:]) is not None
    trial = copy.deepcopy(header)
    if not description:
        trial.title = _with_subtitle(header.title, text)
    following = units[2].text.strip()
    if _take_labelled(trial, following) or take_line(trial, following, previous=trial.title or ""):
        return "description" if description else "subtitle"
    return ""


def _with_subtitle(title: str, subtitle: str) -> str:
    """Join a subtitle: "Title: Subtitle"; "标题——副标题" keeps its dash, else "标题：副标题"."""
    subtitle = subtitle.strip()
    if subtitle.startswith(("—", "-", "–", ":", "：")):
        return f"{title}{subtitle}" if is_cjk_lang(detect_lang(title)) else f"{title} {subtitle}"
    return f"{title}：{subtitle}" if is_cjk_lang(detect_lang(title)) else f"{title}: {subtitle}"


def _take_title(header: Header, text: str, units: list[Unit]) -> bool:
    atx = match_atx(text)
    if atx:
        header.title = TITLE_STAR_RE.sub("", atx[1]).strip()
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
    if _label_match(text) or KEY_VALUE_LINE_RE.match(text) or match_numbered(text):
        return False
    if len(text) > MAX_BODY_START_CHARS or len(units) < 2:
        return False
    if SENTENCE_END_RE.search(text) and not text.endswith(("?", "？", "”", '"')):
        return False
    header.title = TITLE_STAR_RE.sub("", text).strip()
    header.origins["title"] = "parsed"
    return True


def _label_match(text: str) -> re.Match[str] | None:
    if text.lstrip()[:1] in "〔【[（(" and (
        ZH_REPORTER_PLACE_RE.match(to_simplified(text)) or KO_DATELINE_RE.match(text) or JA_DATELINE_RE.match(text)
    ):
        return None  # "〔記者王小明／台北報導〕…", "[도쿄=뉴시스] …", "【ソウル共同】…": a story opening, no field
    return LABELLED_LINE_RE.match(text) or RUN_IN_LABEL_RE.match(text)


def _mode_after_label(header: Header, text: str) -> str:
    match = _label_match(text)
    label = _label_of(match) if match else ""
    if label in _ABSTRACT_LABELS:
        return (
            "parallel_abstract"
            if header.parallel_abstract and match and match["value"].strip() == (header.parallel_abstract)
            else "abstract"
        )
    if label in _AUTHOR_NOTE_LABELS:
        return "notes"
    return ""


def _label_of(match: object) -> str:
    groups = match.groupdict()  # type: ignore[attr-defined]
    label = str(groups.get("bracketed") or groups["plain"] or "").strip().lower()
    return _HAN_SPACING_RE.sub("", label)  # "摘  要", "关 键 词": spaced out to the width of a column


def _take_labelled(header: Header, text: str) -> bool:
    match = _label_match(text)
    if not match:
        return False
    label, value = _label_of(match), match["value"].strip()
    value, *more = FIELD_SPLIT_RE.split(value)  # "中图分类号：D81    文献标识码：A": one field each
    parallel = _in_other_language(header, value)  # "Abstract: …" after "摘要：…" under a Chinese title
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
    for field_text in more:
        _take_labelled(header, field_text)
    return True


def _in_other_language(header: Header, value: str) -> bool:
    """A labelled value in the other site language than the title, given after the title's own (a parallel one)."""
    if not header.title or not value or not (header.abstract or header.keywords):
        return False
    return is_cjk_lang(detect_lang(header.title)) != is_cjk_lang(detect_lang(value))


def _labelled_line_follows(units: list[Unit], start: int) -> bool:
    """True when a labelled header line comes after `start` with only plain text between (abstract goes on)."""
    for unit in units[start : start + 6]:
        if unit.kind != "text" or match_numbered(unit.text) or match_atx(unit.text):
            return False
        if _label_match(unit.text):
            return True
    return False


def _is_affiliation(text: str) -> bool:
    """A short line under the author that is not a sentence: position and institution."""
    if AFFILIATION_WORD_RE.search(text) and len(text) <= 200 and not SENTENCE_END_RE.search(text):
        return True  # "1 Graduate School of International Studies, Example University, Seoul": numbered, not a heading
    if match_atx(text) or match_numbered(text) or KEYWORD_HEADING_RE.match(text):
        return False  # a heading right under the author line ("## 1. Introduction") starts the body
    return len(text) <= 160 and not SENTENCE_END_RE.search(text.rstrip(",，"))


def _speaker_from_title(header: Header) -> None:
    """A speech's title names its speaker: the author, where the header names none.

    "Remarks by Prime Minister Kishida Fumio at the Summit" gives "Kishida Fumio" (titles and offices dropped,
    two to four capitalised words left); "李强在第九次中日韩领导人会议上的讲话" gives "李强".
    """
    if header.authors or not header.title:
        return
    speech = SPEECH_TITLE_RE.match(header.title)
    # "H.E. Mr. Wang Yi, Minister of Foreign Affairs of China": the name before the office that follows it
    who = SPEAKER_TITLE_RE.sub("", speech["who"]).split(",")[0].strip() if speech else ""
    if speech and 2 <= len(words := who.split()) <= 4 and all(w[:1].isupper() for w in words):
        header.authors.append(who)
        header.origins["authors"] = "parsed"
        return
    zh_speech = ZH_SPEECH_TITLE_RE.match(header.title)
    if zh_speech:
        header.authors.append(zh_speech["who"])
        header.origins["authors"] = "parsed"


def _strip_author_prefix(header: Header) -> None:
    """Turn "Jane Doe:On Trade…" into "On Trade…" when the prefix is one of the parsed authors."""
    if not header.title:
        return
    match = TITLE_PREFIX_RE.match(header.title)
    if match and match["prefix"].strip() in header.authors:
        header.title = match["title"].strip()
