"""Datelines that open a news story's first paragraph, as agencies and papers in each language write them.

"SEOUL, Nov. 26 (Yonhap) --", "新华社釜山11月26日电（记者张三）", "(서울=연합뉴스) 김철수 기자 =", "【ソウル共同】".
parse/header reads them (datelines.py, labels.py); extract leaves them out of events' labels.
"""

from __future__ import annotations

import re

from nea_site import lexicon

_LEXICON = lexicon.current()


def _listed(name: str, *langs: str) -> str:
    """A lexicon list as a regex alternation in the file's order (lexicon.alternation)."""
    return lexicon.alternation(_LEXICON.words(name, *langs))


# "Jan", "Feb": the first three letters of a month's name, which open its abbreviations ("Sept.", "Nov.").
_MONTH_OPENINGS = "|".join(re.escape(month[:3]) for month in _LEXICON.words("written_months", "en"))

# "BUSAN, South Korea, Nov 26 (Example Wire) - …", "SEOUL, Nov. 26 (Yonhap) -- …": a wire dateline opening the text.
# The date is required: without it "NATO (North Atlantic Treaty Organization) – …" would read as one.
WIRE_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3})?"
    rf",\s*(?P<mon>{_MONTH_OPENINGS})[a-z]*\.?\s+(?P<day>\d{{1,2}})"
    r"(?:,\s*(?P<year>(?:19|20)\d{2}))?\s*(?:\((?P<outlet>[^()]{2,40})\)\s*)?(?:-{1,2}|—|–)\s"
)
# "SEOUL, South Korea (AP) —", "TOKYO (Reuters) -": the undated form: an all-capital place and an agency of at most
# three capitalised words. An acronym's expansion reads alike ("NATO (North Atlantic Treaty Organization) –"), so
# the reader also asks that the words' initials do not spell the place.
WIRE_DATELINE_UNDATED_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3})?"
    r"\s*\((?P<outlet>[A-Z][A-Za-z.&'\-]*(?:\s[A-Z][A-Za-z.&'\-]*){0,2})\)\s*(?:-{1,2}|—|–)\s"
)
# "新华社釜山11月26日电（记者张三）", "中新社首尔1月26日电", "中国日报网3月5日讯": a Chinese agency's dateline opening
# the text (the longest outlet name that leaves a place, or none).
ZH_DATELINE_RE = re.compile(
    r"^\s*(?P<outlet>[\u4e00-\u9fff]{1,8}[社网报台])[ \u3000]?(?P<place>[\u4e00-\u9fff]{0,10}?)(?P<month>\d{1,2})月"
    rf"(?P<day>\d{{1,2}})日(?:电|讯)(?:\s*[（(](?:{_listed('reporter_titles', 'zh')})"
    r"\s*(?P<reporters>[^）)]{1,30})[）)])?"
)
# "（中央社台北26日專电）", "（中新社香港11月26日电）": an agency's bracketed dateline (matched on the Simplified text);
# with a reporter run into the place ("（中央社记者王小明台北26日电）") only the agency is certain.
ZH_BRACKET_DATELINE_RE = re.compile(
    r"^\s*[（(〔【\[]\s*(?P<outlet>[\u4e00-\u9fff]{1,8}?[社网报台])(?:记者(?P<reporter_place>[\u4e00-\u9fff、]{3,20}?)"
    r"|(?P<place>[\u4e00-\u9fff]{2,10}?))(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日专?(?:电|讯)\s*[）)〕】\]]"
)
# "【明报专讯】", "【本报讯】", "[新华社电]": an outlet's undated credit opening a story (matched on Simplified text).
ZH_BRACKET_CREDIT_RE = re.compile(r"^\s*[（(〔【\[]\s*(?P<outlet>[\u4e00-\u9fff]{1,8}?)专?(?:电|讯)\s*[）)〕】\]]")
# "〔记者王小明／台北报导〕", "（记者王小明/台北报道）": a reporter and place, as Taiwanese papers open a story.
ZH_REPORTER_PLACE_RE = re.compile(
    r"^\s*[（(〔【\[]\s*记者\s*(?P<reporters>[\u4e00-\u9fff、，, ]{2,30}?)\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,10}?)"
    r"\s*(?:报导|报道)\s*[）)〕】\]]"
)
# "(서울=연합뉴스) 김철수 기자 = ", "[도쿄=뉴시스] 이영희 특파원 = ": a Korean agency's dateline: the place, the agency
# and the reporters (no date: the story is dated by its header).
KO_DATELINE_RE = re.compile(
    r"^\s*[(\[（【]\s*(?P<place>[가-힣A-Za-z]{1,12})\s*=\s*(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s*[)\]）】]\s*"
    r"(?:(?P<reporters>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,3})"
    rf"\s*(?:{_listed('reporter_titles', 'ko')})\s*=?\s*)?"
)
# "【ソウル共同】", "【北京時事】", "【ワシントン＝山田太郎】": a Japanese paper's dateline: the place and the agency or
# the correspondent.
JA_DATELINE_RE = re.compile(
    rf"^\s*【\s*(?P<place>[^\s】＝=]{{1,10}}?)\s*(?:[＝=]\s*(?P<reporters>[^】]{{1,20}}?)"
    rf"|(?P<outlet>{_listed('dateline_agencies', 'ja')}))\s*】\s*"
)
# Every form of news dateline that can open a story's first paragraph (the Chinese ones read on Simplified text).
OPENING_DATELINE_RES = (
    WIRE_DATELINE_RE,
    WIRE_DATELINE_UNDATED_RE,
    ZH_DATELINE_RE,
    ZH_BRACKET_DATELINE_RE,
    ZH_REPORTER_PLACE_RE,
    ZH_BRACKET_CREDIT_RE,
    KO_DATELINE_RE,
    JA_DATELINE_RE,
)
