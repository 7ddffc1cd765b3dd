"""Every regex of the layout, header and footnote rules, named and compiled once (dates: date_patterns.py)."""

from __future__ import annotations

import re

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
ABBREVIATION_END_RE = re.compile(
    r"(?:\b[A-Z]|\bU\.S|\bU\.K|\be\.g|\bi\.e|\betc|\bNo|\bVol|\bpp|\bMr|\bMrs|\bDr|\bvs)\.$"
)
# "〔摘要〕…", "【Abstract】 …", "Abstract: …", "【Key Words】…": a labelled header line.
LABELLED_LINE_RE = re.compile(
    r"^\s*(?:[〔【\[](?P<bracketed>[^〕】\]]{1,20})[〕】\]]\s*[:：]?"
    r"|(?P<plain>Abstract|Keywords|Key Words|摘\s*要|内容摘要|内容提要|关\s*键\s*词|关键字|作者简介|基金项目|收稿日期"
    r"|中图分类号|文献标识码|文章编号|DOI)\s*(?:[:：]|$))\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "Abstract This article…", "Keywords trade; ports": a label run into its text where a PDF export joined the label's
# line to the next (header zone only; the text must start with a capital or a Han character).
RUN_IN_LABEL_RE = re.compile(
    r"^\s*(?P<plain>Abstract|ABSTRACT|Summary|SUMMARY|Keywords|KEYWORDS|Key [Ww]ords|摘要|关键词)\s+"
    r"(?P<value>[A-Z\u4e00-\u9fff].*)$"
)
# "Min-ho Choi Department of International Studies, Example University": names run into their affiliation.
_PERSON = r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s(?:[A-Z]\.|[A-Z][a-z]+(?:-[a-z]+)?)){1,3}"
NAMES_AFFILIATION_RE = re.compile(
    rf"^\s*(?P<names>{_PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_PERSON})*)\s*,?\s+"
    r"(?P<affiliation>(?:(?:The\s+)?(?:Department|School|Faculty|Institute|Center|Centre|College|University|Academy"
    r"|Graduate\s+School|Research\s+Institute)\b)\s+\S.*)$"
)  # the affiliation goes on after its first word: "Example Policy Institute" is one organisation's name
# "- Time:2021-05-03", "- source:XYZ": a key/value list line at the top of a web export.
KEY_VALUE_LINE_RE = re.compile(r"^\s*[-*]\s*(?P<key>[A-Za-z\u4e00-\u9fff ]{2,20})\s*[:：]\s*(?P<value>\S.*)$")
# "2023-10-18 09:30 来源：新华社", "发布时间：2023-10-18 来源：X 作者：Y", "Source: X | Date: 2021-03-11": a header
# line of fields (optionally opened by a date and time), as web pages print them under the title.
_HEADER_KEYS = (
    r"来源|出处|作者|发布时间|发表时间|发布日期|更新时间|时间|日期|修回日期|Source|Authors?|Date|Published(?:\s+online)?"
    r"|(?:Last\s+)?Updated|Received|Revised|Accepted|Available\s+online|First\s+published"
)
HEADER_FIELD_RE = re.compile(
    rf"(?P<key>{_HEADER_KEYS})\s*[:：]\s*(?P<value>.*?)\s*[|｜/]?\s*(?=(?:{_HEADER_KEYS})\s*[:：]|$)", re.IGNORECASE
)
HEADER_DATE_TIME_RE = re.compile(
    r"^\s*(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)
# "연합뉴스 2024-05-27", "2022-09-21 10:15 示例晚报", "Example Wire 2021/03/11": an outlet's name and a date
# under the title (the name holds no digit or punctuation, 30 characters at most).
_NOT_IN_NAME = r"\d:：,，。!?！？;；\"“”()（）|·•/"
_OUTLET_NAME = rf"(?!(?:By|Posted|Published|Updated|作者)\b)[^\s.{_NOT_IN_NAME}][^{_NOT_IN_NAME}]{{1,29}}?"
_DATE_TIME = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
OUTLET_DATE_LINE_RE = re.compile(
    rf"^\s*(?:(?P<outlet>{_OUTLET_NAME})\s+(?P<date>{_DATE_TIME})|(?P<date2>{_DATE_TIME})\s+(?P<outlet2>{_OUTLET_NAME}))\s*$"
)
# "—by Jane Doe", "-- by …": a byline.
BYLINE_RE = re.compile(r"^\s*(?:—|–|-{1,2})\s*[Bb]y\s+(?P<names>\S.*?)\s*$")
# "Staff Writer", "Seoul Correspondent", "Senior Editor": a byline's job title after the name, not a name.
JOB_TITLE_RE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,2}(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Staff)s?$"
)
# "Related: …", "Read more: …", "相关阅读：…": a teaser linking elsewhere, page furniture in a saved text.
TEASER_LINE_RE = re.compile(
    r"^\s*(?:Related|Read\s+more|Read\s+also|See\s+also|Also\s+read|Recommended|相关阅读|相关新闻|延伸阅读)\s*[:：]"
)
# "Minji Kim1*, Haruka Sato2 and Wei Chen3": names with the marks that point to their affiliations.
_MARKED_PERSON = rf"{_PERSON}[0-9*†‡]+(?:,[0-9]+)*"
MARKED_AUTHORS_LINE_RE = re.compile(
    rf"^\s*(?P<names>(?:{_PERSON}|{_MARKED_PERSON})(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:{_MARKED_PERSON}|{_PERSON}))*)"
    r"\s*$"
)
NAME_MARK_RE = re.compile(r"(?<=[a-z])[0-9*†‡]+(?:,[0-9]+)*")
# "Asian Journal of X, Vol. 12, No. 3 (2023), pp. 45-67": the journal's citation line over an article.
JOURNAL_LINE_RE = re.compile(
    r"^\s*(?P<journal>[A-Z][^,\d]{3,80}?),?\s+(?:Vol(?:ume)?\.?\s*\d+|\d{4},?\s+Vol(?:ume)?\.?\s*\d+)"
    r"(?P<rest>.{0,80})$"
)
# "https://doi.org/10.1234/x", "doi:10.1234/x", "DOI 10.1234/x": the article's DOI alone on a line.
DOI_LINE_RE = re.compile(
    r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*|DOI:?\s*)(?P<doi>10\.\d{3,9}/\S+)\s*$", re.IGNORECASE
)
# A word of an institution's name: a line holding one under an author line is an affiliation, numbered or not.
AFFILIATION_WORD_RE = re.compile(
    r"\b(?:School|Faculty|Department|Institute|University|College|Cent(?:er|re)|Academy|Ministry)\b"
    r"|大学|学院|研究院|研究所|研究中心"
)
# A title line cut before its end: it stops on a small word or a colon ("The Case of the", "Trade:").
TITLE_CUT_RE = re.compile(
    r"(?:\b(?:the|of|and|in|on|for|to|a|an|with|between|among|from|at|by)|[:：—–-])\s*$", re.IGNORECASE
)
# "© 2023 Example Press. All rights reserved.", "Copyright 2023 …": a copyright line, kept as a credit.
COPYRIGHT_RE = re.compile(r"^\s*(?:©|\(c\)\s|Copyright\b)", re.IGNORECASE)
# "□ 张三 李四": an author line marked with a box.
BOX_AUTHOR_RE = re.compile(r"^\s*[□■]\s*(?P<names>\S.*?)\s*$")
# "Author Wang Fang", "作者：…", "Authors: …": an author line.
AUTHOR_LINE_RE = re.compile(r"^\s*(?:Authors?|By|作者)(?:\s*[:：]\s*|\s+)(?P<names>\S.{0,80}?)\s*$")
# "张三1，李四2", "张三¹ 李四²", "王五 赵六": Chinese names under a title, with the marks that point to affiliations.
_ZH_NAME = r"[\u4e00-\u9fff·]{{2,4}}(?P<mark{}>[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*]+(?:,[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)?"
_ZH_NAME_GAP = r"\s*[，,、；;\s]\s*"
ZH_AUTHORS_LINE_RE = re.compile(rf"^\s*(?P<names>{_ZH_NAME.format(1)}(?:{_ZH_NAME_GAP}{_ZH_NAME.format(2)})*)\s*$")
ZH_NAME_MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff·])[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*]+(?:,[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*")
# "中图分类号：D81    文献标识码：A": several labelled fields on one header line, two or more spaces apart.
FIELD_SPLIT_RE = re.compile(r"\s{2,}(?=(?:[\u4e00-\u9fff]{2,6}|DOI)\s*[:：])")
# "WANG, Fang": a "SURNAME, Given" name alone on a line.
SURNAME_COMMA_RE = re.compile(r"^\s*(?P<names>[A-Z][A-Za-z'\-]+,\s+[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?)\s*$")
# "Xinhua, Beijing, March 3rd: Interview…": a news dateline.
DATELINE_RE = re.compile(
    r"^\s*(?P<outlet>[A-Z][A-Za-z.&' ]{2,60}?),\s*(?P<place>[A-Z][A-Za-z .'-]{1,40}?),\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)\s*[:：]\s*(?P<rest>\S.*)$"
)
# "Photo by Jane Doe", "Photograph: …": a photo credit.
PHOTO_CREDIT_RE = re.compile(
    r"^\s*(?:Photo(?:graph)?s?\s+by|Photo(?:graph)?s?\s*:|图片来源|摄影)\s*[:：]?\s*(?P<who>\S.*?)\s*$"
)
# "[Translated by Jane Doe]", "(Translated by …)": a translation credit.
TRANSLATED_BY_RE = re.compile(r"^\s*[\[(（]?\s*(?P<credit>Translated\s+by\s+[^\])）]+?)\s*[\])）]?\s*$", re.IGNORECASE)
# "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by …": a news agency's credit line.
WIRE_CREDIT_RE = re.compile(
    r"^\s*[\[(]?\s*(?P<credit>(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing)\s+by\s+[^\])]{2,200}?)\s*[\])]?\s*$"
)
# "BUSAN, South Korea, Nov 26 (Example Wire) - …", "SEOUL, Nov. 26 (Yonhap) -- …": a wire dateline opening the text.
# The date is required: without it "NATO (North Atlantic Treaty Organization) – …" would read as one.
WIRE_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3})?"
    r",\s*(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>(?:19|20)\d{2}))?\s*\((?P<outlet>[^()]{2,40})\)\s*(?:-{1,2}|—|–)\s"
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
    r"^\s*(?P<outlet>[\u4e00-\u9fff]{1,8}[社网报台])(?P<place>[\u4e00-\u9fff]{0,10}?)(?P<month>\d{1,2})月"
    r"(?P<day>\d{1,2})日(?:电|讯)(?:\s*[（(](?:记者|通讯员)\s*(?P<reporters>[^）)]{1,30})[）)])?"
)
# "【责任编辑：张三】", "（责任编辑：…）": an editor credit.
EDITOR_CREDIT_RE = re.compile(
    r"^\s*[【\[（(]\s*(?P<credit>(?:责任编辑|编辑|校对|责编)\s*[:：]\s*[^】\]）)]+?)\s*[】\]）)]\s*$"
)
# "… the end." (End)  or  （完）: an end mark after the last sentence.
END_MARK_RE = re.compile(r"\s*(?:\((?:End|end|END)\)|（完）|\(完\))\s*$")
# "\* 本文系…": a note attached to the title's asterisk.
STAR_NOTE_RE = re.compile(r"^\s*\\?\*\s+(?P<text>\S.*)$")
# "<sup>\*</sup>" or a trailing "*" on a title.
TITLE_STAR_RE = re.compile(r"\s*(?:<sup>\s*\\?\*\s*</sup>|\\?\*)\s*$")
# Characters that end a sentence (closing quotes and brackets may follow).
SENTENCE_END_RE = re.compile(r"[.!?。！？…:：;；][\"'”’」』）)\]]*\s*$")
# A lower-case Latin letter or a CJK character opening a continuation line.
CONTINUATION_START_RE = re.compile(r"^\s*[a-z0-9(（“\"'‘,，、\u4e00-\u9fff]")
# Markdown escapes that exports add: "\_", "\*", "\\_".
MARKDOWN_ESCAPE_RE = re.compile(r"\\+(?=[_*\[\]()#>`\\-])")
# "<https://…>" autolinks and "[text](url)" links in footnotes.
MD_AUTOLINK_RE = re.compile(r"<(?P<url>https?://[^>\s]+)>")
MD_LINK_RE = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
# Words that make an unnumbered line a heading: "Introduction", "Conclusion", "结语".
KEYWORD_HEADING_RE = re.compile(
    r"^\s*(?:Introduction|Conclusions?|Concluding Remarks|Summary|Executive Summary|Key Findings|Foreword|Preface"
    r"|Acknowledge?ments|Background|References|Bibliography|"
    r"引言|前言|导言|结语|结论|结束语|参考文献)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A reference list's heading: the entries under it are citations, not the text's own statements.
REFERENCES_HEADING_RE = re.compile(
    r"^\s*(?:References|Bibliography|Works Cited|Literature Cited|Further Reading|Notes|Endnotes|参考文献|参考资料"
    r"|引用文献|注释|尾注)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A section of recommendations: "Recommendations", "Policy Recommendations for …", "Policy Implications", "对策建议",
# "政策建议", "几点建议" (not "Conclusions and Recommendations", "结论与建议": those hold findings too).
RECOMMENDATIONS_HEADING_RE = re.compile(
    r"^\s*(?:(?:Policy\s+)?Recommendations?|Policy\s+(?:Implications|Proposals|Options))\b(?!\s+(?:and|&)\s)"
    r"|^\s*[^与和及、，,]{0,10}(?:建议|对策)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# Separators inside author and keyword lists: "、", "，", ",", ";", " and ".
LIST_SEPARATOR_RE = re.compile(r"\s*(?:[、，,;；]|\band\b)\s*")
# Separators of a keyword list; "and" only separates when it opens the last item ("A, B, and C").
KEYWORD_SEPARATOR_RE = re.compile(r"\s*[、，,;；]\s*(?:and\s+)?")
# A run of two or more spaces (PDF extraction artefact) or any whitespace run.
WHITESPACE_RUN_RE = re.compile(r"\s+")
# Han ideographs, kana, hangul and Latin letters, for language detection.
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA_RE = re.compile(r"[\u3040-\u30ff]")
HANGUL_RE = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
LATIN_RE = re.compile(r"[A-Za-z]")
# A 4-digit year 1900–2099 in running text, used to infer a dateline's year.
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Words that make a year a bound, not the time of writing: "since 2019", "by 2030", "到2030年", "2030年前",
# "2019年以来" (a dateline's year is not inferred from them). The first must end where the year starts.
YEAR_BOUND_BEFORE_RE = re.compile(
    r"(?:\b(?:since|by|until|till|before|after|through|to)\s+(?:the\s+end\s+of\s+)?|自|从|到|至|截至|截止)\s*$",
    re.IGNORECASE,
)
YEAR_BOUND_AFTER_RE = re.compile(r"\s*年?\s*(?:前|以前|之前|以后|之后|以来|底前)")
# "*Journal Title*" emphasis in Markdown footnotes.
MD_EMPHASIS_RE = re.compile(r"(?<![\w*])\*{1,2}(?P<text>[^*\n]+?)\*{1,2}(?![\w*])")
# Markdown in body lines, reduced to its text (parse/markup.py): "![alt](src)" images, "[text](url)" links (not
# "[^1]" marks), "**bold**"/"__bold__"/"*em*"/"_em_" (never "\*" or snake_case), "`code`", "> " quote marks.
MD_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
MD_BODY_LINK_RE = re.compile(r"(?<!\\)\[(?P<text>[^\]^\n][^\]\n]*)\]\([^)\s]+(?:\s+\"[^\"\n]*\")?\)")
MD_STRONG_RE = re.compile(r"(?<![\w*\\])(?P<mark>\*\*|__)(?=\S)(?P<text>[^\n]+?)(?<=\S)(?P=mark)(?![\w*])")
MD_EM_RE = re.compile(r"(?<![\w*\\])(?P<mark>[*_])(?=[^\s*_])(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)(?![\w*])")
MD_CODE_RE = re.compile(r"`(?P<text>[^`\n]+)`")
MD_QUOTE_RE = re.compile(r"^(?:\s{0,3}>\s?)+", re.MULTILINE)
# "| a | b |" rows of a Markdown table, and the "|---|:--:|" row under its header.
MD_TABLE_ROW_RE = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
MD_TABLE_RULE_RE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
# "Title" over "=====" or "-----": a setext heading's underline.
MD_SETEXT_RE = re.compile(r"^\s{0,3}(?P<mark>={3,}|-{3,})\s*$")
# Leading indentation that some exports put before paragraphs (ASCII and ideographic spaces).
INDENT_RE = re.compile(r"^[ \t\u3000\u00a0]+")
# A line that is a list item: "- item", "* item", "• item".
BULLET_RE = re.compile(r"^\s*[-*•·]\s+(?P<text>\S.*)$")
# "2023-11-08", "2023/11/08", "2023年11月8日", "2023.11": a date written as a metadata value.
DATE_VALUE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]\s*(?P<m>\d{1,2})\s*(?:[-/.月]\s*(?P<d>\d{1,2})\s*日?)?)?"
)
# "March 11, 2021", "11 March 2021", "Sept. 3 2020", "2021-03-11", "2021年3月11日": a date as bylines write it.
_BYLINE_MONTH = r"(?P<{}>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WRITTEN_DATE = (
    rf"{_BYLINE_MONTH.format('mon')}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_BYLINE_MONTH.format('mon2')},?\s+(?P<year2>(?:19|20)\d{{2}})"
    r"|(?P<iso>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
)
WRITTEN_DATE_RE = re.compile(_WRITTEN_DATE)
# "By Kim Minji · March 11, 2021", "By Jane Doe | 2021-03-11", "By Jane Doe, 11 March 2021": a date closing a byline.
BYLINE_DATE_RE = re.compile(rf"\s*(?:[·•|,—–]|\s-|\s+on)\s*(?:{_WRITTEN_DATE})\s*$")
# "Posted on December 24, 2019 by Lee Junho", "Published by Jane Doe": a blog's byline.
POSTED_BY_RE = re.compile(
    rf"^\s*(?:Posted|Published|Written)(?:\s+(?:on\s+)?(?:{_WRITTEN_DATE}))?\s+by\s+(?P<names>\S.{{0,80}}?)\s*$"
)
# "March 2024", "March 11, 2024", "11 March 2024", "2024-03-11", "2024年3月": a date alone on a header line.
DATE_LINE_RE = re.compile(
    rf"^\s*(?:{_WRITTEN_DATE}|{_BYLINE_MONTH.format('mon3')},?\s+(?P<year3>(?:19|20)\d{{2}})"
    r"|(?P<zh_month>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月))\s*$"
)
# "2024年5月28日外交部发言人…", "May 28, 2024: Press Briefing": a title that opens with the full date of its text.
TITLE_DATE_RE = re.compile(rf"^\s*(?:{_WRITTEN_DATE})(?![0-9])")
# "Seoul, May 27, 2024", "Busan, 26 November 2023": the place and date of a statement under its title.
PLACE_DATE_LINE_RE = re.compile(
    rf"^\s*(?!(?:By|Posted|Published|Written|Updated)\b)(?P<place>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){{0,2}}),"
    rf"\s*(?:{_WRITTEN_DATE})\s*$"
)
# "Example Policy Institute", "Korea Institute for National Unification", "某某大学国际问题研究院": an organisation's
# name alone on a line (it ends with a word that names a kind of organisation).
ORGANISATION_LINE_RE = re.compile(
    r"^\s*(?:(?:The\s+)?(?:[A-Z][A-Za-z&'\-]*\s+){1,7}(?:Institute|Institution|University|Center|Centre|Foundation"
    r"|Council|Forum|Secretariat|Agency|Ministry|Office|Press|Review|Society|Association|Programme|Program"
    r"|Group|Initiative)(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][A-Za-z&'\-]*(?:\s+[A-Z][A-Za-z&'\-]*){0,5})?"
    r"|[\u4e00-\u9fff]{2,20}(?:研究院|研究所|研究中心|大学|学院|基金会|秘书处|出版社|智库))\s*$"
)
# "March 3rd": month and day of a dateline.
MONTH_DAY_RE = re.compile(
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?P<year>\d{4}))?"
)
# "Jane Doe:On Regional Trade…": a name prefixed to a title.
TITLE_PREFIX_RE = re.compile(r"^(?P<prefix>[^:：]{2,40})[:：]\s*(?P<title>\S.*)$")
# A sentence end: "。", "！", "？" anywhere; ".", "!", "?" (with closing quotes) before a space and a capital,
# digit or quote, or at the end. Abbreviations are filtered by ABBREVIATION_END_RE. Written with the first mark
# outside the alternatives (which then look behind at it), so the engine jumps from mark to mark (5x faster); a
# test checks it against the plain form
# [。！？；]+[”’」』）)]*|[.!?]+["'”’)]*(?=\s+["“‘(]?[A-Z0-9\u4e00-\u9fff])|[.!?]+["'”’)]*$
SENTENCE_BREAK_RE = re.compile(
    r"[。！？；.!?](?:(?<=[。！？；])[。！？；]*[”’」』）)]*"
    r"|(?<=[.!?])[.!?]*[\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9\u4e00-\u9fff])|(?<=[.!?])[.!?]*[\"'”’)]*$)"
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
EVENT_TRIGGER_EN_RE = re.compile(
    r"\b(?:sign(?:ed|ing)|held|hold|met|meet(?:ing)?|summit|establish(?:ed|ment)|found(?:ed|ing)|launch(?:ed|ing)?|"
    r"adopt(?:ed)?|announc(?:ed|es)|propos(?:ed|al)|introduc(?:ed|es)|unveil(?:ed)?|enter(?:ed)? into force|"
    r"took effect|came into (?:force|effect)|initiated|started|began|opened|concluded|elected|visited|"
    r"implement(?:ed|ation)|issued|released|revised|reached|agreed|outbreak|broke out|escalat(?:ed|ion)|"
    r"came to power|took office|raised|enacted|passed|chose|ratified|joined|withdrew|resumed|completed|"
    r"published|convened|hosted|inaugurated|set up|formed|created|declared|approved)\b",
    re.IGNORECASE,
)
EVENT_TRIGGER_ZH_RE = re.compile(
    r"主办|组成|成型|签署|签订|举行|举办|召开|会晤|会谈|峰会|成立|设立|建立|启动|开启|发起|提出|发布|宣布|通过|生效|实施|"
    r"达成|开展|出席|访问|爆发|上台|当选|就任|推出|出台|开通|开幕|正式|首次|颁布|同意|执政|取得|开始|发表|"
    r"投票|批准|加入|退出|恢复|重启|中断|决定|倡导|宣告|会见|制定|修订|通过了|完成|升级"
)


def cue_regex(words: tuple[str, ...], *, whole_words: bool) -> re.Pattern[str]:
    """Any of `words` (longest first); English ones case-insensitive and as whole words."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if whole_words else re.compile(alternatives)


# The cues of claim kinds, as word lists (lower case: English cues match in any case), each with its regex.
# Future and forecast cues: such sentences are predictions, not events.
PREDICTION_EN = (
    "will", "shall", "expected to", "is expected", "are expected", "forecast", "forecasts", "projected", "predict",
    "predicts", "predicted", "prediction", "predictions", "likely to", "is set to", "aim to", "aims to", "plan to",
    "plans to", *(f"by {year}" for year in range(2030, 2100)),
)  # fmt: skip
PREDICTION_ZH = (
    "预计", "预测", "预期", "将会", "有望", "即将", "将于", *(f"到{year}年" for year in range(2030, 2100)),
    "未来", "计划",
)  # fmt: skip
# Cues of a recommendation.
RECOMMENDATION_EN = (
    "should", "must", "need to", "needs to", "ought to", "it is necessary", "it is imperative", "is essential to",
    "recommend", "recommends", "recommended", "has to", "have to",
)  # fmt: skip
RECOMMENDATION_ZH = ("应当", "应该", "应", "宜", "需要", "必须", "要着力", "建议", "亟需", "亟待", "务必")
# Cues of a causal claim.
CAUSAL_EN = (
    "because", "due to", "owing to", "as a result", "result in", "results in", "resulted in", "lead to", "leads to",
    "led to", "cause", "causes", "caused", "therefore", "thus", "hence", "consequently", "drive", "drives", "driven",
    "driving", "contribute to", "contributes to", "contributed to",
)  # fmt: skip
CAUSAL_ZH = ("由于", "因为", "导致", "因此", "从而", "使得", "促使", "造成", "所以", "得益于", "推动了", "源于")
# Evaluative cues of an assessment.
ASSESSMENT_EN = (
    "important", "significant", "key", "crucial", "critical", "essential", "obvious", "remarkable", "fierce",
    "serious", "strong", "weak", "difficult", "conducive", "beneficial", "effective", "ineffective", "major",
    "profound", "prominent", "vital", "core", "challenge", "challenges", "problem", "problems", "opportunity",
    "opportunities", "advantage", "advantages",
)  # fmt: skip
ASSESSMENT_ZH = (
    "重要", "关键", "显著", "突出", "核心", "有利于", "不利于", "困境", "挑战", "机遇", "优势", "明显", "严峻",
    "深刻", "积极", "消极", "基础",
)  # fmt: skip
PREDICTION_EN_RE = cue_regex(PREDICTION_EN, whole_words=True)
PREDICTION_ZH_RE = cue_regex(PREDICTION_ZH, whole_words=False)
RECOMMENDATION_EN_RE = cue_regex(RECOMMENDATION_EN, whole_words=True)
RECOMMENDATION_ZH_RE = cue_regex(RECOMMENDATION_ZH, whole_words=False)
CAUSAL_EN_RE = cue_regex(CAUSAL_EN, whole_words=True)
CAUSAL_ZH_RE = cue_regex(CAUSAL_ZH, whole_words=False)
ASSESSMENT_EN_RE = cue_regex(ASSESSMENT_EN, whole_words=True)
ASSESSMENT_ZH_RE = cue_regex(ASSESSMENT_ZH, whole_words=False)
# A number as written: "1,073", "27.1", "3623", "1/2", "8000"; with Chinese units it may be followed by 亿/万.
# Not after a letter, digit or one of ".,/-". The plain form tests that first; the form used matches the first
# digit, then looks back past it, so the pattern starts with \d and the engine jumps from digit to digit in C
# (5x faster scans; a property test checks that both forms match alike).
NUMBER_RE_PLAIN = (
    r"(?<![A-Za-z0-9.,/\-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d/])"
    r"|(?<![A-Za-z0-9.,/\-])\d+(?:\.\d+)?(?:/\d+)?(?![\d/A-Za-z])"
)
NUMBER_RE = re.compile(
    r"\d(?<![A-Za-z0-9.,/\-]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d/])|\d*(?:\.\d+)?(?:/\d+)?(?![\d/A-Za-z]))"
)
# What follows a number: "%", "percent", "billion", "亿美元", "个", "schools".
NUMBER_UNIT_RE = re.compile(
    r"\s*(?P<unit>%|％|percent|per cent|trillion|billion|million|thousand|亿美元|万亿|亿元|亿|万|美元|元|"
    r"个百分点|个|家|所|次|轮|项|国|人|岁|倍|[A-Za-z]+(?:\s[A-Za-z]+)?)"
)
# "30th", "8th", "第七次", "第15轮", "21st century": ordinals are not statistics.
ORDINAL_NUMBER_RE = re.compile(r"(?:\d+(?:st|nd|rd|th)\b|第\s*\d+)")
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
# "从2014年开始", "2010年起": the date where something starts.
START_AFTER_RE = re.compile(r"\s*(?:开始|起)")
# "---\ntitle: …\n---\n" at the very top of a Markdown file: YAML front matter.
FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
# "<!DOCTYPE html>", "<html", "<body": a whole HTML page.
HTML_DOCUMENT_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
# A block-level HTML tag, e.g. "<p class=x>", "</div>", "<h2>", "<li>".
HTML_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|table|tr|td|section|article|blockquote|br|hr)(?:\s[^<>]*)?/?>", re.IGNORECASE
)
