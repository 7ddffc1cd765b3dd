"""Every regex of the layout, heading, footnote, markup and extraction rules, named and compiled once.

Dates: date_patterns.py; the header zone (bylines, field lines, datelines, labels): header_patterns.py; the lines
a page adds around its text (page marks, teasers, running headers): parse/furniture.py.
"""

from __future__ import annotations

import re

from nea_site import lexicon

_LISTS = lexicon.current()


def _listed(name: str, *langs: str, space: str = r"\s+") -> str:
    """A lexicon list (all languages unless named) as a regex alternation in the file's order."""
    return lexicon.alternation(_LISTS.words(name, *langs), space=space)


# Letters of English words, for the words a document uses (line-end hyphens are judged by them).
LATIN_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# A word cut by a hyphen at a line end: "coopera-" and "tion" on the next line.
LINE_END_CUT_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*-[ \t]*\n[ \t\f]*[a-z]+(?:-[A-Za-z]+)*")
# "---", "***", "___" alone on a line: a page or footnote-block separator.
RULE_LINE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# "[1] Author, Title…" or "[^1]: …" at the start of a line: a footnote definition.
FOOTNOTE_DEF_RE = re.compile(r"^\s*\[\^?(?P<label>\d{1,3})\](?::)?\s+(?P<text>\S.*)$")
# "<sup>[1]</sup>", "<sup>1</sup>", "[^1]": a footnote reference in body text.
FOOTNOTE_REF_RE = re.compile(r"<sup>\s*\[?(?P<label>\d{1,3}|\\?\*)\]?\s*</sup>|\[\^(?P<md>\d{1,3})\](?!:)")
# "① 当时称为…": a note that Chinese journals number with circled digits (①–⑳), and its mark in the text: a circled
# digit right after a word and before punctuation or a space ("会议①，"); "①加强合作" opening an item is no mark.
CIRCLED_NOTE_DEF_RE = re.compile(r"^\s*(?P<label>[\u2460-\u2473])\s*(?P<text>\S.*)$")
CIRCLED_NOTE_REF_RE = re.compile(
    r"(?<=[^\s\u2460-\u2473])(?P<label>[\u2460-\u2473])(?=[\s，。；、：:,.;!?！？”’」』）)\]]|$)", re.MULTILINE
)
ANY_CIRCLED_RE = re.compile(r"[\u2460-\u2473]")
# "动力[1]，", "interdependence [12] and": a bare bracketed number in the text, a mark where the notes or the
# reference list are numbered "[1] …" (never "[1](url)", a Markdown link, nor a line's opening "[1]").
BRACKET_NOTE_LINE_RE = re.compile(r"^[ \t]*\[\d{1,3}\][ \t]+\S", re.MULTILINE)
BRACKET_NOTE_REF_RE = re.compile(r"(?<=\S)\s?\[(?P<label>\d{1,3})\](?![(:\]])", re.MULTILINE)
# "# Title", "### （一）…": a Markdown ATX heading.
ATX_HEADING_RE = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# "1. 1. Overview…", "2.3.1 Trade policy…", "3. Conclusion": arabic outline numbering.
ARABIC_NUMBER_RE = re.compile(
    r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)(?:\.(?=\s)|(?=\s))\s*(?:(?P=number)\.\s+)?(?P<rest>\S.*)$"
)
# "I. Introduction", "IV. Conclusion": a Roman-numbered heading; "A. The early years": a lettered one.
ROMAN_NUMBER_RE = re.compile(r"^\s*(?P<number>X{0,3}(?:IX|IV|V?I{1,3}|V))\.\s+(?P<rest>\S.*)$")
LETTER_NUMBER_RE = re.compile(r"^\s*(?P<number>[A-H])\.\s+(?P<rest>\S.*)$")
# "一、合作的现状": a Chinese top-level number.
HAN_NUMBER_RE = re.compile(r"^\s*(?P<number>[一二三四五六七八九十]{1,3})、\s*(?P<rest>\S.*)$")
# "（一）机制建设" or "(一)": a Chinese second-level number.
# "第一章 合作的起步", "第2部分 …", "第三节 机制": a book's chapters (章, 部分, 编) and their sections (节).
CHAPTER_NUMBER_RE = re.compile(
    r"^\s*第\s*(?P<number>[一二三四五六七八九十]{1,3}|\d{1,2})\s*(?P<unit>章|部分|编|节)[\s：:、]*(?P<rest>\S.*)$"
)
HAN_PAREN_NUMBER_RE = re.compile(r"^\s*[（(](?P<number>[一二三四五六七八九十]{1,3})[）)]\s*(?P<rest>\S.*)$")
# First sentence end inside a run-in heading: "… of trade." In this section…
RUN_IN_SPLIT_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？])(?=.)")
# "U.S." or "e.g." or "J." before a candidate sentence break: an abbreviation, not a sentence end.
SENTENCE_ABBREVIATIONS = tuple(_LISTS.words("sentence_abbreviations", "en"))
ABBREVIATION_END_RE = re.compile(rf"(?:\b[A-Z]|\b(?:{lexicon.alternation(SENTENCE_ABBREVIATIONS)}))\.$")
# "Lee Jiyoung is a senior fellow at …", "（作者系某某大学教授）": who the author is, closing the text.
AUTHOR_BIO_ZH_RE = re.compile(rf"^\s*[（(]?\s*(?:本文)?作者(?:{_listed('author_bio_verbs', 'zh')})")
AUTHOR_BIO_VERB_RE = re.compile(rf"\s+(?:{_listed('author_bio_verbs', 'en')})\b")
# "Press Releases", "Speeches", "新闻稿": the site's section named over a saved page's title (kept as a row).
KICKER_LINE_RE = re.compile(
    rf"^\s*(?:{_listed('kicker_lines')}|{_listed('meta_kicker_lines')})\s*$",
    re.IGNORECASE,
)
# "Tags: China, Japan, Northeast Asia", "标签：…": a web page's tags closing the text, read as its keywords.
TAGS_LINE_RE = re.compile(rf"^\s*(?:{_listed('tags_labels')})\s*[:：]\s*(?P<tags>\S.{{0,300}})$", re.IGNORECASE)
# "## Background {#background}", "### Outlook {: .lead}": a Markdown attribute list closing a heading.
MD_ATTRIBUTES_RE = re.compile(r"\s*\{:?\s*[#.][^{}]*\}\s*$")
# "… the end." (End)  or  （完）: an end mark after the last sentence.
END_MARK_RE = re.compile(
    r"\s*(?:\((?:End|end|END)\)|（完）|\(完\))\s*$|^\s*[-—–_\s]*END[-—–_\s]*$|^\s*(?:#{3}|-\s*30\s*-)\s*$"
)
# "\* 本文系…": a note attached to the title's asterisk.
STAR_NOTE_RE = re.compile(r"^\s*\\?\*\s+(?P<text>\S.*)$")
# "<sup>\*</sup>" or a trailing "*" on a title.
TITLE_STAR_RE = re.compile(r"\s*(?:<sup>\s*\\?\*\s*</sup>|\\?\*)\s*$")
# Characters that end a sentence (closing quotes and brackets may follow).
SENTENCE_END_RE = re.compile(r"[.!?。！？…:：;；][\"'”’」』）)\]]*\s*$")
# A lower-case Latin letter or a CJK character opening a continuation line.
CONTINUATION_START_RE = re.compile(r"^\s*[a-z0-9(（“\"'‘,，、\u4e00-\u9fff]")
# Markdown escapes that exports add: "\_", "\*", "\\_".
MARKDOWN_ESCAPE_RE = re.compile(r"\\+(?=[_*\[\]()#>`\\~-])")  # "\~" too: a converter's range "4세기 \~ 6세기"
# "<https://…>" autolinks and "[text](url)" links in footnotes.
MD_AUTOLINK_RE = re.compile(r"<(?P<url>https?://[^>\s]+)>")
MD_LINK_RE = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
# Words that make an unnumbered line a heading: "Introduction", "Conclusion", "结语".
KEYWORD_HEADING_RE = re.compile(
    rf"^\s*(?:{_listed('heading_keywords', space=' ')})\s*[:：]?\s*$",
    re.IGNORECASE,
)


# A reference list's heading (lexicon: references_headings, every language): the entries under it are citations,
# not the text's own statements. The whole heading, any case; a space of a heading's words may be any space or none
# ("참고 문헌", "참고문헌"), a colon may close it.
def _heading_words(words: tuple[str, ...]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s*".join(re.escape(part) for part in word.split()) for word in ordered)


REFERENCES_HEADING_RE = re.compile(
    rf"^\s*(?:{_heading_words(lexicon.current().words('references_headings'))})\s*[:：]?\s*$", re.IGNORECASE
)
# A section of recommendations: "Recommendations", "Policy Recommendations for …", "Policy Implications", "对策建议",
# "政策建议", "几点建议" (not "Conclusions and Recommendations", "结论与建议": those hold findings too).
RECOMMENDATIONS_HEADING_RE = re.compile(
    r"^\s*(?:(?:Policy\s+)?Recommendations?|Policy\s+(?:Implications|Proposals|Options))\b(?!\s+(?:and|&)\s)"
    r"|^\s*[^与和及、，,]{0,10}(?:建议|对策)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A run of two or more spaces (PDF extraction artefact) or any whitespace run.
WHITESPACE_RUN_RE = re.compile(r"\s+")
# Han ideographs, kana, hangul and Latin letters, for language detection.
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA_RE = re.compile(r"[\u3040-\u30ff]")
HANGUL_RE = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
LATIN_RE = re.compile(r"[A-Za-z]")
# "*Journal Title*" emphasis in Markdown footnotes.
MD_EMPHASIS_RE = re.compile(r"(?<![\w*])\*{1,2}(?P<text>[^*\n]+?)\*{1,2}(?![\w*])")
# Markdown in body lines, reduced to its text (parse/formats/markup.py): "![alt](src)" images, "[text](url)" links (not
# "[^1]" marks), "**bold**"/"__bold__"/"*em*"/"_em_" (never "\*" or snake_case), "`code`", "> " quote marks.
MD_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# A target may hold parentheses escaped ("…/Example_\\(city\\)") or in a pair ("…/Example_(city)").
MD_BODY_LINK_RE = re.compile(
    r"(?<!\\)\[(?P<text>[^\]^\n][^\]\n]*)\]\((?P<target>(?:\\[()]|\([^()\s]*\)|[^()\s])+)(?:\s+\"[^\"\n]*\")?\)"
)
MD_STRONG_RE = re.compile(r"(?<![\w*\\])(?P<mark>\*\*|__)(?=\S)(?P<text>[^\n]+?)(?<=\S)(?P=mark)(?![\w*])")
MD_EM_RE = re.compile(r"(?<![\w*\\])(?P<mark>[*_])(?=[^\s*_])(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)(?![\w*])")
MD_CODE_RE = re.compile(r"`(?P<text>[^`\n]+)`")
# "# Title", "## Overview" at a line's start: a Markdown heading line anywhere in a text.
MD_ATX_LINE_RE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
# Comments a Markdown file keeps from its readers: "<!-- … -->", and a note app's "%% … %%" (Obsidian).
MD_COMMENT_RE = re.compile(r"<!--.*?-->|%%.*?%%", re.DOTALL)
# "[[Target]]", "[[Target|shown words]]", "[[Target#Heading]]": a note app's link; "![[file.png]]" embeds a file.
MD_WIKILINK_RE = re.compile(
    r"(?P<embed>!)?\[\[(?P<target>[^\]|#\n]*)(?:#(?P<heading>[^\]|\n]*))?(?:\|(?P<alias>[^\]\n]+))?\]\]"
)
# "==highlighted words==".
MD_HIGHLIGHT_RE = re.compile(r"(?<![=\w])==(?=\S)(?P<text>[^=\n]+?)(?<=\S)==(?![=\w])")
# "- [ ] to do", "- [x] done": a task list item's box.
MD_TASK_RE = re.compile(r"^(?P<item>\s*[-*+]\s+)\[(?P<done>[ xX])\]\s+")
# "[!NOTE]", "[!tip]- Title": the type of a callout opening a quote.
MD_CALLOUT_RE = re.compile(r"^\s*\[![A-Za-z-]+\][+-]?\s*")
MD_QUOTE_RE = re.compile(r"^(?:\s{0,3}>\s?)+", re.MULTILINE)
# "| a | b |" rows of a Markdown table, and the "|---|:--:|" row under its header.
MD_TABLE_ROW_RE = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
MD_TABLE_RULE_RE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
# "Title" over "=====" or "-----": a setext heading's underline.
MD_SETEXT_RE = re.compile(r"^\s{0,3}(?P<mark>={3,}|-{3,})\s*$")
# Leading indentation that some exports put before paragraphs (ASCII and ideographic spaces).
INDENT_RE = re.compile(r"^[ \t\u3000\u00a0]+")
# "• item", "◆ 1999年…", "\uf0b7 item" (a PDF's Symbol-font bullet): a list item marked with a glyph ("□"/"■"
# are left out: they mark author lines).
BULLET_RE = re.compile(
    r"^[ \t\u3000\u00a0]*[•●◆◇▪▫▸►▶➢➤✓✔○◦\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8][ \t\u3000\u00a0]*(?=\S)"
)
# "09:00–09:30 Opening Remarks", "14:30 Closing", "9:00 a.m. Registration": a line of a programme opened by its time.
TIME_ITEM_RE = re.compile(
    r"^\s*(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9](?:\s*(?:[-–—~～]|to)\s*(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9])?"
    r"(?:\s*(?:[ap]\.m\.|[AP]M|[ap]m))?\s+(?=\S)"
)
# "2023-11-08", "2023/11/08", "2023年11月8日", "2023.11": a date written as a metadata value.
DATE_VALUE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]\s*(?P<m>\d{1,2})\s*(?:[-/.月]\s*(?P<d>\d{1,2})\s*日?)?)?"
)
# A sentence end: "。", "！", "？" anywhere; ".", "!", "?" (with closing quotes) before a space and a capital,
# digit, quote, Chinese character, Hangul syllable or kana (Korean ends its sentences with ". "), or at the end.
# Abbreviations are filtered by ABBREVIATION_END_RE. Written with the first mark outside the alternatives (which
# then look behind at it), so the engine jumps from mark to mark (5x faster); a test checks it against the plain
# form
# [。！？；]+[”’」』）)]*|[.!?]+["'”’)]*(?=\s+["“‘(「『]?[A-Z0-9\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff])
# |[.!?]+["'”’)]*$
SENTENCE_BREAK_RE = re.compile(
    r"[。！？；.!?](?:(?<=[。！？；])[。！？；]*[”’」』）)]*"
    r"|(?<=[.!?])[.!?]*[\"'”’)]*(?=\s+[\"“‘(「『]?[A-Z0-9\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff])"
    r"|(?<=[.!?])[.!?]*[\"'”’)]*$)"
)
# "Port Authority", "Free Trade Zone", "Ministry of Finance": capitalised name spans.
CAPITALISED_SPAN_RE = re.compile(
    r"(?<![A-Za-z0-9'’-])(?:[A-Z][a-z'’]+|[A-Z]{2,})"
    r"(?:[ -](?:(?:of|and|for|the|on|de)[ -])?(?:[A-Z][a-z'’]+|[A-Z]{2,}))+"
    r"(?![A-Za-z0-9])"
)
# "KITA", "TJAP", "IPEF": an acronym of 2–6 capitals not in a vocabulary.
ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])")
# Verbs and nouns of real-world happenings: "signed", "was established", "举行", "成立".
# Words of a happening, in English: signed, held, met… (case-insensitive, whole words). A word list rather than a
# pattern, so that extract/event_triggers.py can look for them all with one automaton.
EVENT_TRIGGER_EN_WORDS = (
    "signed", "signing", "held", "hold", "met", "meet", "meeting", "summit", "established", "establishment",
    "founded", "founding", "launch", "launched", "launching", "adopt", "adopted", "announced", "announces",
    "proposed", "proposal", "introduced", "introduces", "unveil", "unveiled", "enter into force",
    "entered into force", "took effect", "came into force", "came into effect", "initiated", "started", "began",
    "opened", "concluded", "elected", "visited", "implemented", "implementation", "issued", "released", "revised",
    "agreed", "outbreak", "broke out", "escalated", "escalation", "reached", "came to power", "took office",
    "raised", "enacted", "passed", "chose", "ratified", "joined", "withdrew", "resumed", "completed", "published",
    "convened", "hosted", "inaugurated", "set up", "formed", "created", "declared", "approved", "attend", "attends",
    "attended", "attending", "participated", "took part", "imposed", "imposes", "lifted", "tightened",
    "restricted", "suspended", "banned",
)  # fmt: skip
# "reached an agreement", not "trade reached USD 780 billion" or "a record": a figure is no happening. What must
# not follow "reached" for it to be a trigger (matched case-insensitively right after the word).
REACHED_A_FIGURE = (
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?"
    r"(?:US\$|USD|US|\$|¥|€|£|RMB|KRW|JPY|CNY|[0-9]|an?\s+(?:record|all-time|new)|record|new\s+highs?)"
)
EVENT_TRIGGER_EN_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(word) + (f"(?!{REACHED_A_FIGURE})" if word == "reached" else "")
        for word in sorted(EVENT_TRIGGER_EN_WORDS, key=lambda w: (-len(w), w))
    )
    + r")\b",
    re.IGNORECASE,
)
EVENT_TRIGGER_ZH_RE = re.compile(
    r"主办|组成|成型|签署|签订|举行|举办|召开|会晤|会谈|峰会|成立|设立|建立|启动|开启|发起|提出|发布|宣布|通过(?!量)|生效|实施|"
    r"达成|开展|出席|访问|爆发|上台|当选|就任|推出|出台|开通|开幕|正式|首次|颁布|同意|执政|取得|开始|发表|"
    # "恢复对话" is a happening; "恢复至疫情前的七成" a level, as "reached USD 780 billion" is
    r"投票|批准|加入|退出|恢复(?![至到])|重启|中断|决定|倡导|宣告|会见|制定|修订|通过了|完成|升级|暂停|解除|收紧|禁止"
)


def cue_regex(words: tuple[str, ...], *, whole_words: bool, not_inside: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Any of `words` (longest first); English ones case-insensitive and as whole words.

    A word is not matched where it is part of one of `not_inside` ("应" in "供应链", "基础" in "基础设施").
    """
    if not words:
        return re.compile(r"(?!)")  # no word: matches nothing (an empty alternation would match everywhere)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    alternatives = "|".join(_guarded(w, not_inside, whole_words=whole_words) for w in ordered)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if whole_words else re.compile(alternatives)


def _guarded(word: str, not_inside: tuple[str, ...], *, whole_words: bool) -> str:
    """`word` escaped, then a lookaround per place it has in a longer word of `not_inside` that rules that out.

    With `whole_words` the longer ones are whole words too ("strong will" is not in "strong willingness"). The
    guards follow the word ("출(?<!수출)국", not "(?!(?<=수)출국)출국"): where every alternative opens with a
    character, the regex engine looks for those characters in C before it tries any (a Chinese cue regex
    searched an English window ~15x faster so).
    """
    edge = r"\b" if whole_words else ""
    guards = []
    for longer in not_inside:
        at = longer.find(word)
        while at >= 0 and longer != word:
            before, after = longer[:at], longer[at + len(word) :]
            behind = f"(?<={edge}{re.escape(before + word)})" if before else ""
            guards.append(f"(?!{behind}{re.escape(after)}{edge})")
            at = longer.find(word, at + 1)
    return re.escape(word) + "".join(guards)


# The cues of claim kinds, as word lists (lower case: English cues match in any case), each with its regex.
# Claim cues: word lists of the lexicon (src/nea_site/lexicon/<lang>.yml: prediction_cues, recommendation_cues,
# causal_cues, assessment_cues, not_cues). Only what is grammar stays here: a target year ("by 2030", "到2030年").
PREDICTION_EN = (*_LISTS.words("prediction_cues", "en"), *(f"by {year}" for year in range(2030, 2100)))
PREDICTION_ZH = (*_LISTS.words("prediction_cues", "zh"), *(f"到{year}年" for year in range(2030, 2100)))
NOT_CUES_ZH = _LISTS.words("not_cues", "zh")
NOT_CUES_EN = _LISTS.words("not_cues", "en")
RECOMMENDATION_EN = _LISTS.words("recommendation_cues", "en")
RECOMMENDATION_ZH = _LISTS.words("recommendation_cues", "zh")
CAUSAL_EN = _LISTS.words("causal_cues", "en")
CAUSAL_ZH = _LISTS.words("causal_cues", "zh")
ASSESSMENT_EN = _LISTS.words("assessment_cues", "en")
ASSESSMENT_ZH = _LISTS.words("assessment_cues", "zh")
PREDICTION_EN_RE = cue_regex(PREDICTION_EN, whole_words=True, not_inside=NOT_CUES_EN)
PREDICTION_ZH_RE = cue_regex(PREDICTION_ZH, whole_words=False, not_inside=NOT_CUES_ZH)
RECOMMENDATION_EN_RE = cue_regex(RECOMMENDATION_EN, whole_words=True, not_inside=NOT_CUES_EN)
RECOMMENDATION_ZH_RE = cue_regex(RECOMMENDATION_ZH, whole_words=False, not_inside=NOT_CUES_ZH)
CAUSAL_EN_RE = cue_regex(CAUSAL_EN, whole_words=True, not_inside=NOT_CUES_EN)
CAUSAL_ZH_RE = cue_regex(CAUSAL_ZH, whole_words=False, not_inside=NOT_CUES_ZH)
ASSESSMENT_EN_RE = cue_regex(ASSESSMENT_EN, whole_words=True, not_inside=NOT_CUES_EN)
ASSESSMENT_ZH_RE = cue_regex(ASSESSMENT_ZH, whole_words=False, not_inside=NOT_CUES_ZH)
# A number as written: "1,073", "27.1", "3623", "1/2", "8000"; with Chinese units it may be followed by 亿/万.
# Not after a letter, digit or one of "./-", nor after a digit's comma ("1,073" is one number; "9척,50대" two).
# The plain form tests that first; the form used matches the first
# digit, then looks back past it, so the pattern starts with \d and the engine jumps from digit to digit in C
# (5x faster scans; a property test checks that both forms match alike).
NUMBER_RE_PLAIN = (
    r"(?<![A-Za-z0-9./\-])(?<!\d,)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d/])"
    r"|(?<![A-Za-z0-9./\-])(?<!\d,)\d+(?:\.\d+)?(?:/\d+)?(?![\d/A-Za-z])"
)
NUMBER_RE = re.compile(
    r"\d(?<![A-Za-z0-9./\-]\d)(?<!\d,\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d/])|\d*(?:\.\d+)?(?:/\d+)?(?![\d/A-Za-z]))"
)


# What follows a number and says what it measures, from the lexicon's lists (statistic_scales, statistic_units,
# statistic_counters): "%", "6 percent", "70 billion yen", "41.92万亿元", "87.3万人", "15위", "8カ国". Chinese
# scales (万, 亿, 兆) may stand alone or before a unit, "多"/"余" (more than) before or after them ("30多个",
# "30多万人次"). English words are whole words.
def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_EN_SCALES = _alternatives(_LISTS.words("statistic_scales", "en"))
_EN_UNITS = _alternatives(_LISTS.words("statistic_units", "en"))
_CJK_UNITS = _alternatives(
    _LISTS.words("statistic_units", "zh", "ja", "ko") + _LISTS.words("statistic_counters", "zh", "ja", "ko")
)
NUMBER_UNIT_RE = re.compile(
    rf"\s*(?P<unit>[%％‰]|(?:{_EN_SCALES})(?:\s+(?:{_EN_UNITS}))?\b|(?:{_EN_UNITS})\b"
    rf"|[多余]?(?:万亿|[万亿兆億])?[多余]?(?:{_CJK_UNITS})|[多余]?(?:万亿|[万亿兆億]))",
    re.IGNORECASE,
)
# "$1.2bn", "£3m", "5tn": a number with its scale's letters (lexicon: statistic_scale_suffixes), which NUMBER_RE
# leaves out as it does "v2" or "x12".
SUFFIXED_NUMBER_RE = re.compile(
    r"(?<![A-Za-z0-9./\-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?P<unit>{_alternatives(_LISTS.words('statistic_scale_suffixes', 'en'))})(?![A-Za-z0-9])"
)
SUFFIXED_TRIGGER_RE = re.compile(
    rf"\d(?:{_alternatives(_LISTS.words('statistic_scale_suffixes', 'en'))})(?![A-Za-z0-9])"
)
# "30th", "8th", "第七次", "第15轮", "21st century": ordinals are not statistics; nor the number of a labelled part:
# "Figure 1", "Table 2.3", "Article 5", "No. 17", "图1", "表2". Read around one number: its ordinal ending, and the
# label right before it.
ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b")
LABEL_BEFORE_RE = re.compile(
    rf"(?:{lexicon.alternation(_LISTS.words('numbered_part_labels', 'zh'))}"
    rf"|\b(?:{lexicon.alternation(_LISTS.words('numbered_part_labels', 'en'))}))\s*$"
)
# "By the end of 2016", "As of the end of 2017", "截至2022年底", "到2021年": figures as of a date.
AS_OF_RE = re.compile(
    r"\b(?:as of|by the end of|at the end of|as at)\b[^.]*$|^(?:as of|by the end of|at the end of)\b"
    r"|(?:截至|截止|到)\s*$|^(?:截至|截止)",
    re.IGNORECASE,
)
# "since", "自", "从" before a date: the start of a duration.
SINCE_RE = re.compile(r"(?:\bsince\s*$|[自从]\s*$|^since\b|^[自从])", re.IGNORECASE)
# "(Liu He, 2020)", "(Smith et al., 2019a)": an author–year citation in running text.
CITATION_RE = re.compile(r"\([^()]{1,80}?,\s*(?:19|20)\d{2}[a-z]?\)")
# "《某某合作展望》": a title in book quotes (its words are a name, not a cue).
BOOK_TITLE_RE = re.compile(r"《[^《》]{1,80}》")
# "2022年的近8000亿美元": a year that labels the figure right after it.
DATA_LABEL_AFTER_RE = re.compile(r"\s*的\s*(?:近|约|超过|逾)?\s*\d")
# A year named as what something is designated to be, not when it happened: "将2025年和2026年定为…交流年",
# "designated 2025 and 2026 as the Years of …".
_LISTED_YEARS = r"(?:\s*(?:[和、与及至到–-]|and|,)\s*\d{4}年?)*"
DESIGNATED_AFTER_RE = re.compile(rf"{_LISTED_YEARS}\s*(?:定为|确定为|设为|设定为|命名为)")
DESIGNATED_BEFORE_RE = re.compile(
    rf"\b(?:designat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))\s+(?:the\s+years?\s+)?(?:\d{{4}}{_LISTED_YEARS}\s*(?:and|,)\s*)?$",
    re.IGNORECASE,
)
# "从2014年开始", "2010年起": the date where something starts.
START_AFTER_RE = re.compile(r"\s*(?:开始|起)")
# "---\ntitle: …\n---\n" at the very top of a Markdown file: YAML front matter.
FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
# "+++" / "title = …" / "+++": TOML front matter, as Hugo writes it.
TOML_FRONT_MATTER_RE = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(?P<toml>.*?\n)\+\+\+[ \t]*\n", re.DOTALL)
# "<!DOCTYPE html>", "<html", "<body": a whole HTML page.
HTML_DOCUMENT_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
# A block-level HTML tag, e.g. "<p class=x>", "</div>", "<h2>", "<li>".
HTML_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|table|tr|td|section|article|blockquote|br|hr)(?:\s[^<>]*)?/?>", re.IGNORECASE
)
