"""Regexes of a document's header zone: bylines, field and date lines, datelines, labels and credits (parse/)."""

from __future__ import annotations

import re

from nea_site import lexicon

_LEXICON = lexicon.current()


def _alternation(words: tuple[str, ...]) -> str:
    """Words as a regex alternation, longest first (so "Last updated" wins over "updated")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_SPACES = r"\s+"
_ANY_SPACES = r"\s*"
_OPTIONAL_DOT = r"\.?\s?"  # "H.E.", "H E", "HE", "Mr": an abbreviation's dot may be left out, a space may follow


def _listed(name: str, *langs: str, space: str = _SPACES, dot: str = r"\.") -> str:
    """A lexicon list as a regex alternation in the file's order (lexicon.alternation)."""
    return lexicon.alternation(_LEXICON.words(name, *langs), space=space, dot=dot)


def _initial_either_case(words: tuple[str, ...]) -> str:
    """Words as an alternation; one written in lower case may also open with a capital ("writer", "Writer")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if w[:1].islower() else re.escape(w) for w in words)


# "Jan", "Feb": the first three letters of a month's name, which open its abbreviations ("Sept.", "Nov.").
_MONTH_OPENINGS = "|".join(re.escape(month[:3]) for month in _LEXICON.words("written_months", "en"))


# "〔摘要〕…", "【Abstract】 …", "Abstract: …", "【Key Words】…": a labelled header line.
LABELLED_LINE_RE = re.compile(
    r"^\s*(?:[〔【\[](?P<bracketed>[^〕】\]]{1,20})[〕】\]]\s*[:：]?"
    rf"|(?P<plain>{_listed('header_labels', 'en', space=' ')}|{_listed('header_labels', 'zh', space=_ANY_SPACES)})"
    r"\s*(?:[:：]|$))\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "Abstract This article…", "Keywords trade; ports": a label run into its text where a PDF export joined the label's
# line to the next (header zone only; the text must start with a capital or a Han character).
RUN_IN_LABEL_RE = re.compile(
    rf"^\s*(?P<plain>{_listed('run_in_labels', space=' ')})\s+"
    r"(?P<value>[A-Z\u4e00-\u9fff].*)$"
)
# "Min-ho Choi Department of International Studies, Example University": names run into their affiliation.
_PERSON = r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s(?:[A-Z]\.|[A-Z][a-z]+(?:-[a-z]+)?)){1,3}"
NAMES_AFFILIATION_RE = re.compile(
    rf"^\s*(?P<names>{_PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_PERSON})*)\s*,?\s+"
    rf"(?P<affiliation>(?:(?:The\s+)?(?:{_listed('affiliation_opening_words', 'en')})\b)\s+\S.*)$"
)  # the affiliation goes on after its first word: "Example Policy Institute" is one organisation's name
# "- Time:2021-05-03", "- source:XYZ": a key/value list line at the top of a web export.
KEY_VALUE_LINE_RE = re.compile(r"^\s*[-*]\s*(?P<key>[A-Za-z\u4e00-\u9fff ]{2,20})\s*[:：]\s*(?P<value>\S.*)$")
# "2023-10-18 09:30 来源：新华社", "发布时间：2023-10-18 来源：X 作者：Y", "Source: X | Date: 2021-03-11": a header
# line of fields (optionally opened by a date and time), as web pages print them under the title.
_HEADER_KEYS = lexicon.alternation(_LEXICON.words("header_field_keys") + _LEXICON.words("meta_header_field_keys"))
HEADER_FIELD_RE = re.compile(
    rf"(?P<key>{_HEADER_KEYS})\s*[:：]\s*(?P<value>.*?)\s*[|｜/]?\s*(?=(?:{_HEADER_KEYS})\s*[:：]|$)", re.IGNORECASE
)
# "星期一", "월요일", "月曜日" (bracketed or not): a weekday after a date in a header line.
CJK_WEEKDAYS = frozenset(_LEXICON.words("header_weekdays", "zh", "ko", "ja"))
# "（月）", "(월요일)", "(Mon)": a weekday in brackets after a date, any language's long or short form; a short form
# ("(월)", "（一）") only so. The one definition: parse/header/looselines.py takes it out of header lines.
_ALL_WEEKDAYS = _alternation(_LEXICON.words("header_weekdays") + _LEXICON.words("header_weekdays_short"))
BRACKETED_WEEKDAY = rf"[（(](?:{_ALL_WEEKDAYS})[)）]"
# "（月）", " 星期一": a weekday after a date, bracketed or (a CJK long form) not.
_CJK_WEEKDAY = rf"\s*(?:{BRACKETED_WEEKDAY}|(?:{_alternation(tuple(CJK_WEEKDAYS))}))"
HEADER_DATE_TIME_RE = re.compile(
    r"^\s*(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"(?:{_CJK_WEEKDAY})?\s*(?:[|｜]\s*)?"
)
# "연합뉴스 2024-05-27", "2022-09-21 10:15 示例晚报", "Example Wire 2021/03/11": an outlet's name and a date
# under the title (the name holds no digit or punctuation, 30 characters at most).
_NOT_IN_NAME = r"\d:：,，。!?！？;；\"“”()（）|·•/"
_OUTLET_NAME = rf"(?!(?:By|Posted|Published|Updated|作者)\b)[^\s.{_NOT_IN_NAME}][^{_NOT_IN_NAME}]{{1,29}}?"
_DATE_TIME = r"(?:19|20)\d{2}\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
OUTLET_DATE_LINE_RE = re.compile(
    rf"^\s*(?:(?P<outlet>{_OUTLET_NAME})(?:\s+[·•]\s+|\s+)(?P<date>{_DATE_TIME})"
    rf"|(?P<date2>{_DATE_TIME})\s+(?P<outlet2>{_OUTLET_NAME}))\s*$"
)
# "—by Jane Doe", "-- by …": a byline.
BYLINE_RE = re.compile(r"^\s*(?:—|–|-{1,2})\s*[Bb]y\s+(?P<names>\S.*?)\s*$")
# "Staff Writer", "Seoul Correspondent", "Senior Editor": a byline's job title after the name, not a name.
JOB_TITLE_RE = re.compile(rf"^(?:[A-Z][a-z]+\s+){{0,2}}(?:{_initial_either_case(_LEXICON.words('job_titles'))})s?$")
# "Abstract: …", "Key words: …": the English labels of a Chinese paper's closing English title block.
PARALLEL_ABSTRACT_RE = re.compile(r"^\s*(?:Abstract|ABSTRACT|Summary)\s*[:：]\s*(?P<value>\S.*)$")
PARALLEL_KEYWORDS_RE = re.compile(r"^\s*(?:Key\s*words?|KEY\s*WORDS?|Keywords|KEYWORDS)\s*[:：]\s*(?P<value>\S.*)$")
# "Minji Kim1*, Haruka Sato2 and Wei Chen3": names with the marks that point to their affiliations.
_MARKED_PERSON = rf"{_PERSON}[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+(?:,[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*"  # "Jane Roe1*", "Jane Roe¹"
MARKED_AUTHORS_LINE_RE = re.compile(
    rf"^\s*(?P<names>(?:{_PERSON}|{_MARKED_PERSON})(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:{_MARKED_PERSON}|{_PERSON}))*)"
    r"\s*$"
)
# Capitalised words of places and subjects: a line under a title holding one is no list of names ("South Korea",
# "Northeast Asia", "Regional Cooperation").
BYLINE_NOT_NAME_WORDS = frozenset(_LEXICON.words("byline_not_name_words"))
NAME_MARK_RE = re.compile(r"(?<=[a-z])[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+(?:,[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*")
# "Asian Journal of X, Vol. 12, No. 3 (2023), pp. 45-67": the journal's citation line over an article.
JOURNAL_LINE_RE = re.compile(
    r"^\s*(?P<journal>[A-Z][^,\d]{3,80}?),?\s+(?:Vol(?:ume)?\.?\s*\d+|\d{4},?\s+Vol(?:ume)?\.?\s*\d+)"
    r"(?P<rest>.{0,300})$"
)
# "https://doi.org/10.1234/x", "doi:10.1234/x", "DOI 10.1234/x": the article's DOI alone on a line.
DOI_LINE_RE = re.compile(
    r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*|DOI:?\s*)(?P<doi>10\.\d{3,9}/\S+)\s*$", re.IGNORECASE
)
# "… University of California. DOI: https://doi.org/10.1525/x": a DOI inside a line (a citation line's second line).
DOI_IN_LINE_RE = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*|\bDOI:?\s*)(?P<doi>10\.\d{3,9}/[^\s,;]+)", re.IGNORECASE
)
# "JANE ROE AND KIM MINSU", "JANE ROE, KIM MINSU": authors in capitals over an article's title (two to four words
# a name).
_CAPS_NAME = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,3}"
CAPS_BYLINE_RE = re.compile(rf"^\s*(?P<names>{_CAPS_NAME}(?:(?:,| AND|, AND) {_CAPS_NAME}){{0,5}})\s*$")
# A word of an institution's name: a line holding one under an author line is an affiliation, numbered or not.
AFFILIATION_WORD_RE = re.compile(
    rf"\b(?:{_listed('affiliation_words', 'en')})\b|{_listed('affiliation_words', 'zh', 'ja', 'ko')}"
)
# A title line cut before its end: it stops on a small word or a colon ("The Case of the", "Trade:").
TITLE_CUT_RE = re.compile(rf"(?:\b(?:{_listed('title_cut_words')})|[:：—–-])\s*$", re.IGNORECASE)
# "© 2023 Example Press. All rights reserved.", "Copyright 2023 …": a copyright line, kept as a credit.
COPYRIGHT_RE = re.compile(r"^\s*(?:©|\(c\)\s|Copyright\b)", re.IGNORECASE)
# "□ 张三 李四": an author line marked with a box.
BOX_AUTHOR_RE = re.compile(r"^\s*[□■]\s*(?P<names>\S.*?)\s*$")
# "Author Wang Fang", "作者：…", "Authors: …": an author line.
AUTHOR_LINE_RE = re.compile(
    r"^\s*(?:Authors?|作者|[Bb]y(?=(?:\s*[:：]\s*|\s+)[A-Z\u00c0-\u024f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]))"
    r"(?:\s*[:：]\s*|\s+)(?P<names>\S.{0,80}?)\s*$"
)  # "by Taro Yamada" too; "By" only before a capital or a CJK name ("By 2030, trade will double" is no byline)
# "张三1，李四2", "张三¹ 李四²", "王五 赵六": Chinese names under a title, with the marks that point to affiliations.
_ZH_NAME = r"[\u4e00-\u9fff·]{{2,4}}(?P<mark{}>[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*]+(?:,[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)?"
_ZH_NAME_GAP = r"\s*[，,、；;\s]\s*"
ZH_AUTHORS_LINE_RE = re.compile(rf"^\s*(?P<names>{_ZH_NAME.format(1)}(?:{_ZH_NAME_GAP}{_ZH_NAME.format(2)})*)\s*$")
ZH_NAME_MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff·])[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*]+(?:,[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*")
# "中图分类号：D81    文献标识码：A": several labelled fields on one header line, two or more spaces apart.
# One space is enough after a field's code ("中图分类号：F752 文献标识码：A 文章编号：…").
FIELD_SPLIT_RE = re.compile(r"(?:\s{2,}|(?<=[!-~])\s+)(?=(?:[\u4e00-\u9fff]{2,6}|DOI)\s*[:：])")
# "中华人民共和国国务院总理 李强", "中日韩合作秘书处秘书长 李熙燮": a speaker's office and name under a speech's title.
ZH_ROLE_NAME_RE = re.compile(
    rf"^\s*(?P<role>[\u4e00-\u9fff（）()]{{0,30}}?(?:{_listed('speaker_roles', 'zh')}))"
    r"\s+(?P<name>[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?)\s*$"
)
# The commonest Chinese family names (Simplified and Traditional forms): what a name alone on a line opens with.
_ZH_FAMILY_NAMES = "".join(re.escape(name) for name in _LEXICON.words("family_names", "zh"))
# A Chinese name: a common family name and one or two characters ("王毅", "王晓明").
_ZH_FAMILY_NAME = rf"[{_ZH_FAMILY_NAMES}][\u4e00-\u9fff]{{1,2}}"
# "王毅": one Chinese name alone on a line (an author when a date line follows it in the header).
ZH_SINGLE_NAME_RE = re.compile(rf"^\s*{_ZH_FAMILY_NAME}\s*$")
# "王晓明" or "王晓明 李华" / "王晓明、李华": Chinese names alone on a line (a byline under a Chinese title).
# A journal paper marks each name with its affiliation's number: "张三 1，李四 2", "张三¹", "张三1,2", "张三*".
ZH_AFFILIATION_MARK = r"(?:\s*(?:[0-9]{1,2}(?:[,，][0-9]{1,2})*(?![0-9\u4e00-\u9fff])|[¹²³⁴⁵⁶⁷⁸⁹⁰,]+|\*))"
_ZH_MARKED_NAME = rf"{_ZH_FAMILY_NAME}{ZH_AFFILIATION_MARK}?"
ZH_NAMES_LINE_RE = re.compile(rf"^\s*{_ZH_MARKED_NAME}(?:(?:\s+|\s*[、，,；;]\s*){_ZH_MARKED_NAME}){{0,5}}\s*$")
ZH_NAME_SEPARATOR_RE = re.compile(r"\s*[、，,；;]\s*|\s+")
# "——在中日韩合作国际论坛上的致辞", "— Remarks at the Forum": a dash-led line under the title, its second part.
DASH_SUBTITLE_RE = re.compile(r"^\s*(?:——|—|－－|--)\s*\S")
# "WANG, Fang": a "SURNAME, Given" name alone on a line.
SURNAME_COMMA_RE = re.compile(r"^\s*(?P<names>[A-Z][A-Za-z'\-]+,\s+[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?)\s*$")
# "Xinhua, Beijing, March 3rd: Interview…": a news dateline.
DATELINE_RE = re.compile(
    r"^\s*(?P<outlet>[A-Z][A-Za-z.&' ]{2,60}?),\s*(?P<place>[A-Z][A-Za-z .'-]{1,40}?),\s*"
    rf"(?P<date>(?:{_listed('written_months', 'en')})"
    r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)\s*[:：]\s*(?P<rest>\S.*)$"
)
# "Photo by Jane Doe", "Photograph: …": a photo credit.
PHOTO_CREDIT_RE = re.compile(
    r"^\s*(?:Photo(?:graph)?s?\s+by|Photo(?:graph)?s?\s*:|图片来源|摄影)\s*[:：]?\s*(?P<who>\S.*?)\s*$"
)
# "[Translated by Jane Doe]", "(Translated by …)": a translation credit.
TRANSLATED_BY_RE = re.compile(
    rf"^\s*[\[(（]?\s*(?P<credit>(?:{_listed('translation_credits')})\s+[^\])）]+?)\s*[\])）]?\s*$", re.IGNORECASE
)
# "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by …": a news agency's credit line.
WIRE_CREDIT_RE = re.compile(
    rf"^\s*[\[(]?\s*(?P<credit>(?:{_listed('wire_credit_words')})\s+by\s+[^\])]{{2,200}}?)\s*[\])]?\s*$"
)
# "【责任编辑：张三】", "（责任编辑：…）": an editor credit.
EDITOR_CREDIT_RE = re.compile(
    rf"^\s*[【\[（(]\s*(?P<credit>(?:{_listed('editor_credit_labels', 'zh')})\s*[:：]\s*[^】\]）)]+?)\s*[】\]）)]\s*$"
)
# "责编：李四", "审核：王五", "排版 | 赵六": a Chinese editor's credit alone on a line (a WeChat article closes so).
PLAIN_ZH_CREDIT_RE = re.compile(
    rf"^\s*(?P<credit>(?:{_listed('plain_credit_labels', 'zh')})"
    r"\s*[:：|丨｜]\s*[^\s:：。，,]{1,12}(?:[\s、，,]+[^\s:：。，,]{1,12}){0,3})\s*$"
)
# "原创 张三 东北亚研究 2023-11-27 08:00 发表于北京": a WeChat article's line under its title (authors, the account
# that published it, date and time, the province it was posted from); "原创" or "发表于" tells it from other lines.
WECHAT_BYLINE_RE = re.compile(
    r"^\s*(?P<original>原创\s+)?(?:(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3})\s+)?"
    r"(?P<account>[^\s\d][^\s]{1,29})\s+(?P<date>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2})?"
    r"(?:\s*发表于\s*(?P<place>[\u4e00-\u9fff]{2,8}))?\s*$"
)
# "Editor: Wang Wu", "Web editor: Li Si", "Edited by Jane Roe": an editor credit without brackets (English).
PLAIN_EDITOR_CREDIT_RE = re.compile(
    r"^\s*(?P<credit>(?:(?:Web |Chief |Managing |Executive )?[Ee]ditors?\s*[:：]|Edited\s+by)\s*"
    r"[A-Z][A-Za-z.'\- ]{1,40}?)\s*$"
)
# "mjkim@example.co.kr": a reporter's address alone on a line, closing a news text.
CONTACT_LINE_RE = re.compile(
    r"^\s*(?:(?:(?:Media|Press)\s+)?(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)\s*:\s*[^@\s]*?\s*)?"
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*$"
)
# Separators inside author and keyword lists: "、", "，", ",", ";", " and ".
LIST_SEPARATOR_RE = re.compile(r"\s*(?:[、，,;；]|\band\b)\s*")
# Separators of a keyword list; "and" only separates when it opens the last item ("A, B, and C").
KEYWORD_SEPARATOR_RE = re.compile(r"\s*[、，,;；]\s*(?:and\s+)?")
# A 4-digit year 1900–2099 in running text, used to infer a dateline's year.
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Words that make a year a bound, not the time of writing: "since 2019", "by 2030", "到2030年", "2030年前",
# "2019年以来" (a dateline's year is not inferred from them). The first must end where the year starts.
YEAR_BOUND_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_listed('year_bound_before', 'en')})\s+(?:the\s+end\s+of\s+)?"
    rf"|{_listed('year_bound_before', 'zh')})\s*$",
    re.IGNORECASE,
)
# A sentence of what is to come ("… will sell … in 2038", "预计2030年…"): its years say nothing of when it was written.
YEAR_FUTURE_RE = re.compile(
    rf"\b(?:{_listed('year_future_words', 'en')})\b|{_listed('year_future_words', 'zh')}", re.IGNORECASE
)
# "the 2030s", "2040年代": a decade, no year.
DECADE_AFTER_RE = re.compile(r"['’]?s\b|年代")
YEAR_BOUND_AFTER_RE = re.compile(rf"\s*年?\s*(?:{_listed('year_bound_after', 'zh')})")
# "March 11, 2021", "11 March 2021", "Sept. 3 2020", "2021-03-11", "2021年3月11日": a date as bylines write it.
_BYLINE_MONTH = rf"(?P<{{}}>{_MONTH_OPENINGS})[a-z]*\.?"
# "Fri, ", "Sunday ": a weekday before a date ("Beijing, Fri, May 15, 2020").
_EN_WEEKDAYS = _alternation(_LEXICON.words("header_weekdays", "en"))
_WEEKDAY = rf"(?:\b(?:{_EN_WEEKDAYS})\.?,?\s+)?"
# A time of day after a date: "8:00 AM ET", "at 8:00 a.m. EDT", "10:00".
_TIME_TAIL = r"(?:\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)"
_WRITTEN_DATE = _WEEKDAY + (
    rf"(?:{_BYLINE_MONTH.format('mon')}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_BYLINE_MONTH.format('mon2')},?\s+(?P<year2>(?:19|20)\d{{2}})"
    r"|(?P<iso>(?:19|20)\d{2}\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?))"
)
WRITTEN_DATE_RE = re.compile(_WRITTEN_DATE)
# "(Yonhap)", "(Example Wire)": a news agency's name alone in brackets under the title: the outlet.
BRACKETED_OUTLET_LINE_RE = re.compile(
    r"^\s*[（(]\s*(?P<outlet>[A-Z][A-Za-z.&'\-]*(?:\s[A-Z][A-Za-z.&'\-]*){0,3})\s*[）)]\s*$"
)
# "GMT+9", "UTC+08:00", "GMT -5": a time's offset from UTC (the one definition, which header readers share).
UTC_OFFSET = r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?(?![\d:])"
# "09:40, March 3, 2019", "08:00 | 2019-03-03", "6:12 AM GMT+9, May 27, 2024": a time before a header line's date.
LEADING_TIME_RE = re.compile(
    r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
    rf"(?:\s*{UTC_OFFSET}|\s+[A-Z]{{2,4}}\b)?\s*[,|·•]?\s*(?=\S)"
)
# Labels of the date a text was published: both lexicon lists ("Posted", "기사등록 : 2019-11-15 10:41").
_PUBLISHED_LABELS = _LEXICON.words("date_published_labels") + _LEXICON.words("general_date_published_labels")
# "Published May 27, 2024 8:00 AM ET", "Updated: Mon May 27, 2024": a date label and the rest of its line.
LABEL_PREFIX_RE = re.compile(
    rf"^\s*(?P<label>{_alternation(_PUBLISHED_LABELS + _LEXICON.words('date_updated_labels'))})"
    r"(?:\s*[:：|｜]\s*|\s+)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# Labels before a header line's dates: "입력 2020.05.15 08:00 수정 2020.05.16", "Published: 2020-05-15"; `pub`
# names the label of the publication date, any other is a change's.
DATE_PUBLISHED_LABELS = frozenset(w.casefold() for w in _PUBLISHED_LABELS)
# "2024/11/24 15:30 송고": a news agency's closing line, the label after the date and time.
LABEL_AFTER_DATE_RE = re.compile(
    rf"^\s*(?P<date>{_DATE_TIME})\s*(?P<label>{_alternation(_PUBLISHED_LABELS)})\s*$", re.IGNORECASE
)
LABELLED_DATE_RE = re.compile(
    rf"(?P<label>{_alternation(_PUBLISHED_LABELS + _LEXICON.words('date_updated_labels'))})"
    rf"\s*(?:[:：|｜]\s*)?(?P<date>{_DATE_TIME})",
    re.IGNORECASE,
)
# "KYODO NEWS - Mar 20, 2025 - 11:05 | World, All", "Example Wire · 11 March 2021 · 10:05 JST": an outlet,
# a written date, maybe a time and the page's sections, under the title ("Formation | 1 September 2011" is a
# table row, not an outlet: no "|" between the name and the date).
OUTLET_WRITTEN_DATE_LINE_RE = re.compile(
    rf"^\s*(?P<outlet>{_OUTLET_NAME})\s+[-–—·•]\s+(?:{_WRITTEN_DATE})"
    rf"(?:\s*[-–—|·•,]?\s*\d{{1,2}}:\d{{2}}(?:\s*(?:[AaPp]\.?[Mm]\.?|{_listed('time_zones', 'en')}))?)?"
    r"(?:\s*[|·•]\s*[^|·•]{1,60})?\s*$"
)
# "By Kim Minji · March 11, 2021", "By Jane Doe | 2021-03-11", "By Jane Doe | Published May 27, 2024": a date
# closing a byline (a label run into the byline without a mark is parted by parse/header/newslines.py).
BYLINE_DATE_RE = re.compile(
    rf"\s*(?:[·•|,—–]|\s-|\s+on)"
    rf"\s*(?:(?i:{_alternation(_PUBLISHED_LABELS)})(?:\s+on)?\s*[:：]?\s*)?"
    rf"(?:{_WRITTEN_DATE}){_TIME_TAIL}?\s*$"
)
# "Posted on December 24, 2019 by Lee Junho", "Published by Jane Doe", "date 2023-11-26 By Jane Doe": a byline.
POSTED_BY_RE = re.compile(
    rf"^\s*(?:Posted|Published|Written|[Dd]ated?:?)"
    rf"(?:\s+(?:on\s+)?(?:{_WRITTEN_DATE}))?\s+[Bb]y\s+(?P<names>\S.{{0,80}}?)\s*$"
)
# A time of day after a CJK date or its weekday: "18:45", "20時15分", "18시 45분", "下午3:20".
_CJK_TIME = r"(?:[上下]午|오[전후]\s*)?\d{1,2}(?:\s*[:：]\s*\d{2}(?:[:：]\d{2})?|\s*[時时시]\s*\d{1,2}\s*[分분])"
# "March 2024", "March 11, 2024", "11 March 2024", "2024-03-11", "2024年3月": a date alone on a header line.
DATE_LINE_RE = re.compile(
    rf"^\s*(?:{_WRITTEN_DATE}|{_BYLINE_MONTH.format('mon3')},?\s+(?P<year3>(?:19|20)\d{{2}})"
    r"|(?P<zh_month>(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]))\.?"
    rf"{_CJK_WEEKDAY}?(?:\s*{_CJK_TIME})?\s*$",
    re.IGNORECASE,
)
# "8:15 PM GMT+9 Updated 6 months ago", ", 10:05 JST": the time of day (and an update note) after a date line's year.
DATE_TIME_TAIL_RE = re.compile(
    r"(?:(?<=\d)|(?<=\d\.))\s*[,·|/]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
    rf"(?:\s*(?:{UTC_OFFSET}|GMT|UTC)|\s+[A-Z]{{2,5}})?"
    r"(?:\s*[,·|/]?\s*(?i:updated|last\s+updated)\b.{0,60})?\s*$"
)
# "2024年5月28日外交部发言人…", "May 28, 2024: Press Briefing": a title that opens with the full date of its text.
TITLE_DATE_RE = re.compile(rf"^\s*(?:{_WRITTEN_DATE})(?![0-9])")
# "… Regular Press Conference on May 27, 2024", "…例行记者会（2024年5月27日）", "Statement – 27 May 2024": a title
# closing with the full date of its text ("of 13 December 2008" is left out: it may name a past day).
TITLE_END_DATE_RE = re.compile(rf"(?:\s+on\s+|\s*[（(]\s*|\s+[-–—|]\s+|,\s*)(?:{_WRITTEN_DATE})\s*[）)]?\s*$")
# "《晚间要闻》 (20190314)", "Daily Briefing (2019-03-14)": a programme's or series' title closing with its date in
# brackets, written as eight digits or ISO.
TITLE_END_COMPACT_DATE_RE = re.compile(r"[（(]\s*(?P<y>(?:19|20)\d{2})-?(?P<m>[01]\d)-?(?P<d>[0-3]\d)\s*[）)]\s*$")
# "Done at Seoul on 27 May 2024, in the Chinese, …": where and when a declaration or agreement was made, closing it.
DONE_AT_RE = re.compile(
    rf"\bDone\s+(?:at|in)\s+(?P<place>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){{0,2}})(?:,\s*|\s+)(?:on\s+)?"
    rf"(?:{_WRITTEN_DATE})"
)
# "中华人民共和国外交部 2024年5月27日", "2024年5月27日": an issuing body and the full date closing an official text.
ZH_ISSUER_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}$")  # the issuing body alone: Han characters, no punctuation
ZH_SIGNATURE_RE = re.compile(
    r"^\s*(?P<issuer>[\u4e00-\u9fff（）()]{2,40}?)?\s*(?P<iso>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$"
)
# "Seoul, May 27, 2024", "Busan, 26 November 2023": the place and date of a statement under its title.
# "Seoul, Republic of Korea, 27 May 2024": the city may be followed by its country.
# not a weekday ("Exampleton, Fri, May 15, 2020")
_COUNTRY_PART = (
    rf"(?:,\s*(?!(?:{_EN_WEEKDAYS})\b)(?:the\s+)?[A-Z][A-Za-z.'\-]+(?:\s(?:of\s)?[A-Z][A-Za-z.'\-]+){{0,3}})?"
)
PLACE_DATE_LINE_RE = re.compile(
    rf"^\s*(?!(?:By|Posted|Published|Written|Updated|{_EN_WEEKDAYS})\b)"
    rf"(?P<place>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){{0,2}}{_COUNTRY_PART}),"
    rf"\s*(?:{_WRITTEN_DATE})\s*$"
)
# "서울, 2024년 5월 27일", "首尔，2024年5月27日": a place written in CJK script, then the date.
CJK_PLACE_DATE_LINE_RE = re.compile(
    rf"^\s*(?P<place>[\u3400-\u9fff\uac00-\ud7a3\u30a0-\u30ff]{{2,8}})\s*[，,、]\s*(?:{_WRITTEN_DATE})\s*$"
)
# "From: Example Monitor <news@example.org>", "Subject: …", "发件人：…": the fields of an e-mail over its text.
MAIL_FIELD_RE = re.compile(
    rf"^\s*(?P<key>{_listed('mail_field_keys')})\s*[:：]\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)
MAIL_SUBJECT_PREFIX_RE = re.compile(rf"^(?:(?:{_listed('mail_reply_marks')})\s*[:：]\s*)+", re.IGNORECASE)
MAIL_DISPLAY_NAME_RE = re.compile(r"^\s*[\"']?(?P<name>[^<>@\"']+?)[\"']?\s*<[^<>]+>\s*$")
# "（2024年5月27日，首尔）", "(Seoul, 27 May 2024)", "(27 May 2024)": when and where a speech was given, in brackets
# under its title.
BRACKETED_LINE_RE = re.compile(r"^\s*[（(]\s*(?P<inner>[^（）()]{4,60}?)\s*[）)]\s*$")
# "2024年5月27日，首尔", "27 May 2024, Seoul": a date then a place (a name without digits or sentence marks).
DATE_PLACE_LINE_RE = re.compile(rf"^\s*(?:{_WRITTEN_DATE})\s*[，,、]\s*(?P<place>[^\d，,。.:：;；!?！？]{{1,30}}?)\s*$")
# "Policy brief, 12 March 2024", "Working paper | March 11, 2024": the kind of text (a capitalised word and lower-case
# ones, so no place) and its date.
KIND_DATE_LINE_RE = re.compile(rf"^\s*(?P<kind>[A-Z][a-z]+(?:\s+[a-z]+){{1,3}})\s*[,|·•–—]\s*(?:{_WRITTEN_DATE})\s*$")
# "Remarks by Prime Minister Kishida Fumio at the Ninth Trilateral Summit", "Keynote Speech of H.E. Mr. Wang Yi to
# …": a speech's title naming its speaker, who is the text's author.
SPEECH_TITLE_RE = re.compile(
    rf"^(?:(?:{_listed('speech_qualifiers', 'en')})\s+)?"
    rf"(?:{_listed('speech_kinds', 'en')})\s+(?:by|of)\s+(?P<who>.+?)"
    r"(?:\s+(?:at|on|to|before|during|for|in|upon)\s+.*)?$"
)
# Titles and offices before a speaker's name: "Prime Minister", "H.E. Mr.", "Chinese Premier".
SPEAKER_TITLE_RE = re.compile(
    rf"^(?:(?:{_listed('speaker_title_words', 'en', dot=_OPTIONAL_DOT)})\s*)+"
)  # the order of the list decides: the first word that fits is taken
# "李强在第九次中日韩领导人会议上的讲话", "王毅在中日韩外长会上的致辞": a Chinese speech title, its speaker first.
ZH_SPEECH_TITLE_RE = re.compile(
    rf"^(?P<who>{_ZH_FAMILY_NAME})在.{{2,60}}?(?:上|中)?的(?:{_listed('speech_kinds', 'zh')})$"
)
# "Policy Report No. 17 | March 2024": the kind of text, named by a word such as Report or Brief (so no place or
# outlet), then its date, in fields a bar parts.
KIND_FIELD_RE = re.compile(
    rf"^(?:[A-Z][A-Za-z-]*(?:\s+[A-Za-z-]+){{0,4}}?\s+)?\b(?:{_listed('text_kind_words', 'en')})s?"
    r"(?:\s+(?:No\.|Number|Vol\.|#)\s*\d+(?:[./-]\d+)*)?$",
    re.IGNORECASE,
)
# "26–27 November 2023", "Nov. 26-27, 2023": a range of days as a header writes it; its first day dates the text.
WRITTEN_DAY_RANGE_RE = re.compile(
    rf"{_BYLINE_MONTH.format('mon')}\s+(?P<day>\d{{1,2}})\s*[-–—]\s*\d{{1,2}},?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<day2>\d{{1,2}})\s*[-–—]\s*\d{{1,2}}\s+{_BYLINE_MONTH.format('mon2')},?\s+(?P<year2>(?:19|20)\d{{2}})"
)
# "Example Policy Institute", "Korea Institute for National Unification", "某某大学国际问题研究院": an organisation's
# name alone on a line (it ends with a word that names a kind of organisation).
ORGANISATION_LINE_RE = re.compile(
    rf"^\s*(?:(?:The\s+)?(?:[A-Z][A-Za-z&'\-]*\s+){{1,7}}(?:{_listed('organisation_line_endings', 'en')})"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][A-Za-z&'\-]*(?:\s+[A-Z][A-Za-z&'\-]*){0,5})?"
    rf"|[\u4e00-\u9fff]{{2,20}}(?:{_listed('organisation_line_endings', 'zh')}))\s*$"
)
# "March 3rd": month and day of a dateline.
MONTH_DAY_RE = re.compile(
    rf"(?P<month>{_listed('written_months', 'en')})"
    r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?P<year>\d{4}))?"
)
# "Jane Doe:On Regional Trade…": a name prefixed to a title.
TITLE_PREFIX_RE = re.compile(r"^(?P<prefix>[^:：]{2,40})[:：]\s*(?P<title>\S.*)$")
