"""Figures a sentence states: numbers that count or measure, with their units, and a table row's figures."""

from __future__ import annotations

import re

from nea_site.extract.events import SentenceContext
from nea_site.extract.fast_new import maker
from nea_site.model import TABLE_CELL_JOIN, Quantity
from nea_site.text.lang import is_cjk_lang
from nea_site.text.numerals import han_quantities, may_hold_han_quantity, word_quantities
from nea_site.text.patterns import (
    BOOK_TITLE_RE,
    LABEL_BEFORE_RE,
    NUMBER_RE,
    NUMBER_UNIT_RE,
    ORDINAL_AFTER_RE,
    SUFFIXED_NUMBER_RE,
    SUFFIXED_TRIGGER_RE,
)
from nea_site.text.scan import holds_decimal_digit

MIN_CLAIM_CHARS = {"en": 40, "zh": 12}
# A year the date rules do not read (before 1900: "1840年", "372년") or a century ("21世纪", "21세기"): no figure.
# (Each look-behind follows the first digit it guards: a pattern that opens with a digit is searched for in C.)
_YEAR_OR_CENTURY_RE = re.compile(
    r"[0-9](?<![0-9.,][0-9])[0-9]{2,3}\s?[年년](?![0-9])|[0-9](?<![0-9.,][0-9])[0-9]?\s?(?:世纪|世紀|세기)"
)
_quantity = maker(Quantity)  # Quantity(text, value, unit, year) without its __init__ (fast_new)


def find_stated_numbers(sentence: SentenceContext) -> tuple[Quantity, ...]:
    """Numbers in the sentence that are quantities: not dates, not ordinals, not inside names like 10+3."""
    return tuple(quantity for _, _, quantity in stated_numbers(sentence))


def stated_numbers(sentence: SentenceContext, *, number_words: bool = True) -> list[tuple[int, int, Quantity]]:
    """Each quantity of the sentence with its span in the sentence's text (number and unit), in text order.

    Arabic figures ("1,073", "27.1%", "70 billion yen", "87.3万人"), Chinese numerals with a unit or counter
    ("七千亿美元", "两名", "五次"), English number words ("two conditions", "twice", "one-third"). Not a date, a time,
    an ordinal or a label's number, a citation mark, a year alone, a phone number or a number inside a web address.
    `number_words` False: the caller knows the sentence holds no count in English words.
    """
    text = sentence.text
    year = None  # the year the figures are of: the one year the sentence's dates name, if they name one
    if sentence.dates:
        years = {d.start.year for d in sentence.dates if d.start is not None}
        year = years.pop() if len(years) == 1 else None
    found: list[tuple[int, int, Quantity]] = []
    if not text.isascii() and may_hold_han_quantity(text):
        found += [(s, e, _quantity(w, v, u, year)) for s, e, w, v, u in han_quantities(text)]
    if number_words and not is_cjk_lang(sentence.paragraph.lang):  # number words of English text
        found += [(s, e, _quantity(w, v, u, year)) for s, e, w, v, u in word_quantities(text)]
    if holds_decimal_digit(text):
        found += _digit_numbers(sentence, year)
    if not found:
        return []
    taken = [(d.start_offset - sentence.start, d.end_offset - sentence.start) for d in sentence.dates]
    if "年" in text or "년" in text or "世" in text or "세기" in text:  # "1840年", "372년", "21世纪": a year, a century
        taken += [(m.start(), m.end()) for m in _YEAR_OR_CENTURY_RE.finditer(text)]
    if "[" in text or "［" in text:  # "[1]", "[2, 3]": citation marks are no figures either
        taken += [(m.start(), m.end()) for m in CITATION_MARK_RE.finditer(text)]
    if "《" in text:  # "《中日韩合作未来十年展望》": the words of a title are its name's
        taken += [(m.start(), m.end()) for m in BOOK_TITLE_RE.finditer(text)]
    if "://" in text or "www." in text:  # "https://example.org/news/20230512/12345.html"
        taken += [(m.start(), m.end()) for m in WEB_ADDRESS_RE.finditer(text)]
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, Quantity]] = []
    for start, end, quantity in found:
        if kept and start < kept[-1][1]:
            continue  # inside a figure already read
        if taken and any(start < e and s < end for s, e in taken):
            continue  # part of a date ("二〇二三年", ":1.2011年") or of a citation mark or a web address
        kept.append((start, end, quantity))
    return kept


def may_hold_figures(paragraph: str) -> bool:
    """False when no sentence of `paragraph` states a figure in digits or Chinese numerals (`stated_numbers`).

    Both tests are searches without look-arounds: what none finds in a paragraph none finds in its sentences.
    """
    return holds_decimal_digit(paragraph) or (not paragraph.isascii() and may_hold_han_quantity(paragraph))


def _digit_numbers(sentence: SentenceContext, year: int | None) -> list[tuple[int, int, Quantity]]:
    """Figures in Arabic digits, each with the unit that follows it (see `stated_numbers`).

    What makes a number no figure is looked for around each number found, not over the whole sentence: most
    sentences hold a few numbers and many words.
    """
    text = sentence.text
    numbers: list[tuple[int, int, Quantity]] = []
    done = 0
    if SUFFIXED_TRIGGER_RE.search(text):
        for match in SUFFIXED_NUMBER_RE.finditer(text):  # "$1.2bn": not "1" alone
            value = _value_of(match["number"])
            numbers.append((match.start(), match.end(), _quantity(match.group(), value, match["unit"], year)))
    taken = [(s, e) for s, e, _ in numbers]
    for match in NUMBER_RE.finditer(text):
        start, end = match.start(), match.end()
        if start < done or (taken and any(s <= start < e for s, e in taken)) or _is_label(text, start, end):
            continue
        if text[end : end + 1] == "-":
            phone = PHONE_NUMBER_RE.match(text, start)  # "02-2123-4567": a phone number
            if phone:
                done = phone.end()
                continue
        unit_match = NUMBER_UNIT_RE.match(text, end)
        unit = unit_match["unit"].translate(_NOT_UNIT) if unit_match else ""  # "30多个": 个, more than 30
        if not unit:
            second = RANGE_END_RE.match(text, end)  # "$7–15 billion": one figure, the unit and scale of its end
            if second:
                end = second.end()
                unit_match = NUMBER_UNIT_RE.match(text, end)
                unit = unit_match["unit"].translate(_NOT_UNIT) if unit_match else ""
        written = match.group()
        if not unit and (
            YEAR_LIKE_RE.fullmatch(written)
            or text[end : end + 1] in _DATE_MARKS
            or (len(written) > _MAX_BARE_DIGITS and written.isdigit())
        ):
            # "designate 2025 and 2026 as …": a year the date rules found no context for; "1—9月份", "10时许": a
            # month, a day, an hour; "1761570509454": an id or a timestamp (figures that large have separators)
            continue
        stop = done = unit_match.end() if unit and unit_match else end
        value = _value_of(written)
        if unit in _NEXT_SCALE and unit_match is not None:  # "8兆2000億ドル", "1亿2000万人": one figure
            lower = _LOWER_NUMBER_RE.match(text, stop)
            lower_unit = NUMBER_UNIT_RE.match(text, lower.end()) if lower is not None else None
            if lower is not None and lower_unit is not None and lower_unit["unit"].startswith(_NEXT_SCALE[unit]):
                value += _value_of(lower.group()) / 10_000
                unit += lower_unit["unit"][len(_NEXT_SCALE[unit]) :]
                stop = done = lower_unit.end()
        numbers.append((start, stop, _quantity(text[start:stop], value, unit, year)))
    return numbers


# A magnitude of East Asian numbers and the next lower one, 10,000 times smaller: 兆 then 億, 億/亿 then 万.
_NEXT_SCALE = {"兆": "億", "億": "万", "亿": "万", "万亿": "亿"}
# The lower part's digits right after a higher magnitude: "2000" of "8兆2000億ドル"
_LOWER_NUMBER_RE = re.compile(r"[0-9]{1,4}(?:\.[0-9]+)?")


def _is_label(text: str, start: int, end: int) -> bool:
    r"""Whether the number at text[start:end] labels or names something rather than counting.

    An ordinal ("30th", "第3"), a labelled part's number ("Figure 1", "Article 5", "No. 17", "图1"), a time
    ("10:00"), an item's number ("(1)", "10\. The minister…" opening the sentence), a "10+3"-style name, a value
    of markup ('rowspan="2"', "font-size:125%").
    """
    before = text[start - 1] if start else ""
    after = text[end : end + 1]
    if ORDINAL_AFTER_RE.match(text, end) or (before and LABEL_BEFORE_RE.search(text, max(0, start - 16), start)):
        return True
    if before == "+" or after == "+":
        return True
    if (after == ":" and text[end + 1 : end + 2].isdigit() and end - start <= 2) or (
        before == ":" and start >= 2 and text[start - 2].isdigit()
    ):
        return True  # "10:00", "9:30"
    if before in "(（" and after in ")）" and before and after and end - start <= 2:
        return True  # "(1)"
    if before in "=\"'" and before and MARKUP_VALUE_BEFORE_RE.search(text, max(0, start - 30), start):
        return True
    if before == ":" and MARKUP_KEY_RE.search(text, max(0, start - 30), start - 1):
        return True
    return not text[:start].strip() and bool(ITEM_NUMBER_RE.match(text, start))


def _value_of(number: str) -> float:
    if "/" in number:
        top, bottom = number.split("/", 1)
        return round(float(top) / float(bottom), 4) if float(bottom) else 0.0
    return float(number.replace(",", ""))


YEAR_LIKE_RE = re.compile(r"(?:19|20)\d{2}")
# "02-2123-4567", "+82-2-123-4567", "010-1234-5678": a phone number.
PHONE_NUMBER_RE = re.compile(r"(?:\+\d{1,3}[ -])?\d{1,4}(?:-\d{2,4}){2,3}(?![\d,])")
# 'rowspan="2"', 'border=1', "font-size:125%", "padding-left:1.0em": a value of markup left in the text.
MARKUP_VALUE_BEFORE_RE = re.compile(r"[A-Za-z0-9]=[\"']?$")
MARKUP_KEY_RE = re.compile(r"[a-z]+(?:-[a-z]+)+$")
# "10\. ", "3399\." opening a sentence: a numbered paragraph's or a cable's number.
ITEM_NUMBER_RE = re.compile(r"\d{1,4}\\?\.(?=\s|$)")
# After a number: a date's or a time's mark ("1—9月份", "27日", "10时许", "5월").
_DATE_MARKS = frozenset("月日号时時월일시")
_MAX_BARE_DIGITS = 8
_NOT_UNIT = str.maketrans("", "", "多余")
# "–15" after "7" in "$7–15 billion", "2-3" in "2-3 times": the end of a range.
RANGE_END_RE = re.compile(r"\s?[–—~～-]\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d/])")
# "https://example.org/news/2023/12345.html", "www.example.org/?id=12": a web address.
WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\"]+")
# "[1]", "[2, 3]", "[4-6]": citation marks.
CITATION_MARK_RE = re.compile(r"[\[［]\d{1,3}(?:\s*[,，\-–]\s*\d{1,3})*[\]］]")


def is_lone_figure(text: str, found: list[tuple[int, int, Quantity]]) -> bool:
    """Whether the text is figures alone, with their units and brackets: a table's cell.

    "100,210", "0.891 (15위)", "9척,50대" are; "3위 도시" (a header) is not, nor a bare integer below ten (a row's or
    an item's number more often than a figure).
    """
    done = 0
    for start, end, _ in found:
        if any(ch.isalnum() for ch in text[done:start]):
            return False
        done = end
    if any(ch.isalnum() for ch in text[done:]):
        return False
    only = found[0][2]
    return len(found) > 1 or bool(only.unit) or not (only.text.isdigit() and only.value < 10)


def has_words(text: str, found: list[tuple[int, int, Quantity]], *, cjk: bool) -> bool:
    """Whether, besides its figures, the text has words enough to say what they count.

    Twelve letters of English ("Trade grew by 25% in 2023."), four characters of Chinese, Japanese or Korean.
    """
    done, letters = 0, 0
    for start, end, _ in found:
        letters += sum(ch.isalpha() for ch in text[done:start])
        done = end
    letters += sum(ch.isalpha() for ch in text[done:])
    return letters >= (_MIN_CJK_LETTERS if cjk else _MIN_LATIN_LETTERS)


_MIN_LATIN_LETTERS = 12
_MIN_CJK_LETTERS = 4


def row_separators(sentence: SentenceContext) -> list[tuple[int, int]]:
    """Where the separators between a table row's cells stand in the sentence (start, end; clipped to it).

    Read from the paragraph's cells (parse knows a row from its source's table), never from the text.
    """
    if not sentence.paragraph.is_row:
        return []
    found: list[tuple[int, int]] = []
    start, end = sentence.start, sentence.end
    for _, cell_end in sentence.paragraph.cell_spans()[:-1]:
        bar_end = cell_end + len(TABLE_CELL_JOIN)
        if bar_end > start and cell_end < end:
            found.append((max(cell_end, start) - start, min(bar_end, end) - start))
    return found


def crosses_cells(sentence: SentenceContext) -> bool:
    """The sentence holds a whole separator between two cells of a table row: it reads across the row."""
    width = len(TABLE_CELL_JOIN)
    return any(bar_end - bar_start == width for bar_start, bar_end in row_separators(sentence))


def figures_of_row(sentence: SentenceContext) -> tuple[Quantity, ...]:
    """The figures of a table row that stand alone in a cell: "Korea | 100,210 | 50,004,441 | 0.891 (15위)".

    The first cell is the row's label ("2015 | …", "1 | …"), unless it is as long as a sentence: then it is one
    whose figures count, and the rest is markup's fields ("… 70周年談話 …<ref>{{cite web | url = … | date = …").
    A row whose first cell is empty (a flag or an image was its label: "| 100,210 | …") has no label.
    """
    found = stated_numbers(sentence)
    if not found:
        return ()
    text = sentence.text
    separators = row_separators(sentence)
    starts = [0] + [bar_end for _, bar_end in separators]
    ends = [bar_start for bar_start, _ in separators] + [len(text)]
    figures: list[Quantity] = []
    if ends[0] >= MIN_CLAIM_CHARS["zh" if is_cjk_lang(sentence.paragraph.lang) else "en"]:
        figures += [q for s, e, q in found if e <= ends[0]]
    for cell_start, cell_end in zip(starts[1:], ends[1:], strict=True):
        inside = [(s - cell_start, e - cell_start, q) for s, e, q in found if cell_start <= s and e <= cell_end]
        if inside and is_lone_figure(text[cell_start:cell_end], inside):
            figures.extend(q for _, _, q in inside)
    return tuple(figures)
