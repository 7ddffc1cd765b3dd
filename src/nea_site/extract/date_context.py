"""What stands around a date expression: words that make a number a year, counts and pages that do not.

Also the qualifiers that belong to the expression and the gaps of lists; extract/dates.py reads them.
"""

from __future__ import annotations

import re

# Just before a bare year: "in ", "since ", "by ", "the year ", "mid-", "early ", "compared to ".
# The match must end at the year.
YEAR_CONTEXT_BEFORE_RE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|year|the|during|before|after|around|early|late|mid|summer|spring"
    r"|autumn|fall|winter|fy|compared\s+(?:to|with))[\s-]+|\bc\.\s*)$",
    re.IGNORECASE,
)
# A bare year opening a line of a timeline, a colon or a dash and words after it: "2011: The secretariat opens",
# "2015 – Talks resume", "2015 (November 1): …". A figure after it ("2019: 5.2%") leaves it a data label.
TIMELINE_YEAR_BEFORE_RE = re.compile(r"^[\s*•·(（]*$")
TIMELINE_YEAR_AFTER_RE = re.compile(r"[*)）]*\s*(?::|：|\s[-–—]\s|[(（](?=[^\W\d_]+\.?\s*\d))\s*[*]*[^\W\d_]")
# Just before a lone month name: "in ", "since ", "by ", "early ". The match must end at the month.
MONTH_CONTEXT_BEFORE_RE = re.compile(
    r"\b(?:in|during|since|by|until|till|from|of|early|late|mid)[\s-]+$",
    re.IGNORECASE,
)
# Just after a bare year that is a count: "2000 students", "2015 多", "1999 亿": not a year.
QUANTITY_AFTER_RE = re.compile(
    r"\s*(?:[亿万千百多余个名人家所元吨次项件篇]|美元)"
    r"|\s+(?:people|persons|students|projects|units|schools|companies|firms|enterprises|times|tons|tonnes|yuan"
    r"|dollars|won|yen|percent|per\s+cent|million|billion|trillion|members|cases|visitors|participants|km)\b",
    re.IGNORECASE,
)
# Between a weekday and the date of its day: ", ", " (", "（", ")": "Monday, May 27", "5月27日（周一）".
BESIDE_GAP_RE = re.compile(r"[\s,，(（]*|の")  # "前日の25日": the day before, the 25th
# Between two years of a list: ", ", " and ", "和", "、", ", and ": "in 2022 and 2023", "2022和2023年".
YEAR_LIST_GAP_RE = re.compile(r"\s*(?:[,，、]\s*)?(?:(?:and|or|&|和|与|及)\s*)?")
# Just before a number that is a page: "pp.", "p. ", "pages ", "第": "pp.1990-1995" is no range of years.
PAGE_BEFORE_RE = re.compile(r"(?:\bpp?\.|\bpages?|第)\s*$", re.IGNORECASE)
# Just after a number that is a page: "页", "頁": "2012-2021页".
PAGE_AFTER_RE = re.compile(r"\s*[页頁]")
# Words that qualify the date after them and so belong to the expression: "since ", "by the end of ",
# "As of the end of ", "the first half of ", "early ", "自", "截至", "到".
QUALIFIER_BEFORE_RE = re.compile(
    r"(?:(?i:\b(?:(?:since|until|till|by|before|after|as\s+of|from)\s+(?:(?:at\s+)?the\s+(?:end|beginning|start"
    r"|middle|first\s+half|second\s+half)\s+of\s+)?|(?:at\s+)?the\s+(?:end|beginning|start|middle|first\s+half"
    r"|second\s+half)\s+of\s+|(?:early|mid|late)[\s-]+))|(?:自|从|截至|截止到?|直至|直到|到|至)\s*)$"
)
# Words that qualify the date before them: "年底", "月初", "以来", " onwards": "截至2016年底", "自1999年以来".
QUALIFIER_AFTER_RE = re.compile(
    r"(?<=[年月년월])\s*(?:底|末|初(?![步次代]))(?:以来)?|\s*(?:以来|以后|之后|以前|之前)|\s+onwards?\b"
)
# The word before a bare weekday: lower-case, and not one of a habit ("every Monday") or a kind ("a Monday").
BARE_WEEKDAY_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?!(?:every|each|per|a|one|any|some|most)\s)[a-z]+\s$")
# "by the beginning of ", "by ", "before ", "到": a deadline before a date, which is then to come.
DEADLINE_BEFORE_RE = re.compile(
    r"(?:\b(?:by|before)\s+(?:the\s+(?:beginning|start|middle|end)\s+of\s+)?|(?:到|之前的?))$", re.IGNORECASE
)
DEADLINE_START_RE = re.compile(r"(?:by|before)\b|到", re.IGNORECASE)  # the same, taken into the date's span
# "https://…/2022/05/23/…", "www.example.org/20230217": dates inside links are not date expressions.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”‘’（）\[\]【】，。、；]+")


# The characters other than spaces (str.isspace, as `\s`) that a match of each "$"-anchored pattern above may end
# with: `dates._ending_at` searches only where the character before the offset is one of them or a space (a
# superset is safe; a property test checks that the answers stay those of the plain search). "ſ" folds to "s".
LAST_CHARACTERS: dict[re.Pattern[str], frozenset[str]] = {
    YEAR_CONTEXT_BEFORE_RE: frozenset("-."),  # "in ", "mid-", "c."
    MONTH_CONTEXT_BEFORE_RE: frozenset("-"),  # "in ", "mid-"
    PAGE_BEFORE_RE: frozenset(".eEsSſ第"),  # "p.", "page", "pages", "第"
    QUALIFIER_BEFORE_RE: frozenset("-自从至止到"),  # "since ", "early-", "自", "截至", "截止", "直到"
}
