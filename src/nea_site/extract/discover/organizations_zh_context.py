"""Chinese organisations that the sentence says are bodies though jieba's tags name no proper noun in them.

- A statement's or figure's source: a run of Han characters at a clause's start (or after an opener such as 据,
  lexicon zh `organisation_source_openers`) that ends with an organisation's head word, then maybe a day word
  (`organisation_source_time_words`), then a verb of saying or showing (`organisation_source_verbs`):
  "据甲乙卫生委介绍", "。甲乙集团数据显示", "。甲地媒体办公室今天称". A body that speaks or publishes is one body,
  even when its name holds no proper noun. Not one that a pronoun, a numeral or a one-character word opens
  ("该公司称", "多家银行表示", "市文旅局介绍"), nor a generic one.
- A central state body: a run opened by `organisation_state_openers` (中央, 国家, 全国) at a clause's start that ends
  with an organisation's head word; the words between may be verbs ("中央区域协调发展领导小组"), never a particle,
  a conjunction, a pronoun or an adverb.

Both need the head word to be whole words of jieba's cut ("全国各地部分" holds no "部"). Heads are the lexicon's
organisation head words and `organisation_context_heads` (委: "国家卫生健康委", which jieba cuts alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from nea_site import lexicon
from nea_site.extract.discover.rules import LEADING_NOT, Found, Rules
from nea_site.text.literals import FirstLongest
from nea_site.text.segment import Segmenter

MIN_FORUM_CORE = 3  # characters before a year-branded forum's word: "2020年经济论坛" is a kind
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_CLAUSE_CHARS = frozenset("，。；：！？“”、 \t\n>）)】")  # a clause starts after one of these, or at the text's start
_HAN_RUN_END_RE = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_SOURCE, MAX_SOURCE = 3, 18  # characters of a statement's source
MAX_DAY_WORD = 4  # characters of a day word between a source and its verb ("今天", "27日")
MAX_STATE_GAP = 14  # characters between a state body's opening word and its head word
MIN_BEFORE_HEAD = 2  # characters before the head word: "集团称" alone names no one body
_NOT_IN_SOURCE = frozenset({"v", "p", "c", "u", "uj", "ul", "r", "d", "q", "m", "t", "f", "x"})
_KNOWN_BODY_TAGS = frozenset({"nt", "nz"})
_ONE_BODY_TAGS = frozenset({"nt", "nz", "nr", "nrt", "nrfg", "j"})  # a proper noun that is not a place's
WEAK_HEAD = 2  # characters of a common head word ("公司", "集团") that needs more than places before it
_NOT_IN_STATE_BODY = frozenset({"p", "c", "u", "uj", "ul", "r", "d", "q", "m", "t", "x"})


@dataclass(frozen=True, slots=True)
class _ContextRules:
    verbs: FirstLongest  # a verb of saying
    time_re: re.Pattern[str]  # a day word ending where the verb starts
    strong_verbs: frozenset[str]  # verbs of publishing figures: only one body does ("数据显示")
    openers: tuple[str, ...]  # "据"
    state_openers: FirstLongest  # a state body's opening word
    heads_re: re.Pattern[str]  # an organisation's head word, longest first
    heads: tuple[str, ...]
    year_forum_re: re.Pattern[str]  # a year, then a forum's name
    qualifiers: tuple[str, ...]  # "国际", "全球": a forum's kind, not its name


@lexicon.table
def _context_rules(lex: lexicon.Lexicon) -> _ContextRules:
    heads = {w for name in ("organisation_suffixes", "organisation_extra_suffixes") for w in lex.words(name, "zh")}
    heads.update(lex.words("organisation_cjk_suffixes", "zh") + lex.words("organisation_context_heads", "zh"))
    ordered = tuple(sorted(heads, key=len, reverse=True))

    def alternation(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return _ContextRules(
        verbs=FirstLongest(lex.words("organisation_source_verbs", "zh")),
        strong_verbs=frozenset(lex.words("organisation_source_data_verbs", "zh")),
        time_re=re.compile(rf"(?:{alternation(lex.words('organisation_source_time_words', 'zh'))}|\d{{1,2}}日)$"),
        openers=tuple(sorted(lex.words("organisation_source_openers", "zh"), key=len, reverse=True)),
        state_openers=FirstLongest(lex.words("organisation_state_openers", "zh")),
        heads_re=re.compile(alternation(ordered)),
        heads=ordered,
        # No digit before the year: the look-behind after its first digit, so the search skips to a "1" or "2" in C.
        year_forum_re=re.compile(
            r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d年?(?P<name>[\u4e00-\u9fff]{2,10}?"
            rf"(?P<head>{alternation(lex.words('organisation_year_forum_words', 'zh'))}))"
        ),
        qualifiers=lex.words("pact_generic_qualifiers", "zh"),
    )


def context_organisations(text: str, simplified: str, rules: Rules, segmenter: Segmenter) -> list[Found]:
    """Both rules on one paragraph's Simplified text: each looks from its anchor word (a verb, an opener)."""
    context = _context_rules(lexicon.current())
    found: list[Found] = []
    for verb_start, verb_end in context.verbs.spans(simplified):
        day = context.time_re.search(simplified, max(0, verb_start - MAX_DAY_WORD), verb_start)
        span = _source_name(simplified, day.start() if day else verb_start, context.openers)
        strong = simplified[verb_start:verb_end] in context.strong_verbs
        if span is not None and _is_body(
            simplified, *span, context.heads, rules, segmenter, _NOT_IN_SOURCE, strong=strong
        ):
            found.append(Found(*span, text[span[0] : span[1]], "organization", "organisation_source"))
    for start, opener_end in context.state_openers.spans(simplified):
        if start > 0 and simplified[start - 1] not in _CLAUSE_CHARS:
            continue
        end = _state_body_end(simplified, opener_end, context.heads_re, len(context.heads[0]))
        if end is None or any(map(simplified[start:end].__contains__, rules.zh_joining)):
            continue  # "全国…工作会暨…领导小组": two names joined, no one body
        if _is_body(simplified, start, end, context.heads, rules, segmenter, _NOT_IN_STATE_BODY, strong=False):
            found.append(Found(start, end, text[start:end], "organization", "organisation_state_body"))
    if _YEAR_RE.search(simplified) is not None:
        found.extend(_year_forums(text, simplified, context, segmenter))
    return found


def _year_forums(text: str, simplified: str, context: _ContextRules, segmenter: Segmenter) -> list[Found]:
    """A forum branded with its year: "2025甲乙街论坛年会" is the 甲乙街论坛, that year's round of it."""
    found: list[Found] = []
    for match in context.year_forum_re.finditer(simplified):
        start, end = match.span("name")
        core = simplified[start : match.start("head")]
        if (
            len(core) < MIN_FORUM_CORE
            or core.startswith(context.qualifiers)
            or any(t in _NOT_IN_SOURCE for _, t in segmenter.quick_tags(core))
        ):
            continue  # "2020年经济论坛", "2025国际论坛": a kind of forum; "2025召开论坛": a verb
        found.append(Found(start, end, text[start:end], "organization", "organisation_year_forum"))
    return found


def _source_name(simplified: str, end: int, openers: tuple[str, ...]) -> tuple[int, int] | None:
    """The Han run that ends at `end` and starts a clause (after an opener such as 据), of 3 to 18 characters."""
    reach = MAX_SOURCE + max(map(len, openers), default=0)
    run = _HAN_RUN_END_RE.search(simplified, max(0, end - reach - 1), end)
    if run is None or (run.start() > 0 and simplified[run.start() - 1] not in _CLAUSE_CHARS):
        return None  # the run goes on further back, or something other than a clause's start is before it
    start = run.start() + next((len(o) for o in openers if simplified.startswith(o, run.start())), 0)
    return (start, end) if MIN_SOURCE <= end - start <= MAX_SOURCE else None


def _state_body_end(simplified: str, after: int, heads_re: re.Pattern[str], longest: int) -> int | None:
    """Where the first head word after an opener ends, Han characters only between (1 to 14)."""
    for head in heads_re.finditer(simplified, after + 1, after + MAX_STATE_GAP + longest):
        if not _HAN_ONLY_RE.fullmatch(simplified, after, head.start()):
            return None
        if head.start() - after <= MAX_STATE_GAP:
            return head.end()
    return None


def _is_body(
    simplified: str,
    start: int,
    end: int,
    heads: tuple[str, ...],
    rules: Rules,
    segmenter: Segmenter,
    not_tags: frozenset[str],
    *,
    strong: bool,
) -> bool:
    name = simplified[start:end]
    head = next((h for h in heads if name.endswith(h)), None)
    if head is None or len(name) - len(head) < MIN_BEFORE_HEAD:
        return False
    generic = rules.generic_cjk["zh"]
    if name in generic or name.endswith(rules.zh_false_endings):
        return False
    tagged = segmenter.quick_tags(simplified[start : min(len(simplified), end + 4)])
    offsets = list(accumulate((len(w) for w, _ in tagged), initial=0))
    if len(name) not in offsets:
        return False  # the name's end cuts a word: "全国各地部分" holds no "部"
    if tagged[0][0] == name:
        return tagged[0][1] in _KNOWN_BODY_TAGS  # jieba knows the whole name: "中国汽车工业协会" (nt)
    if len(name) - len(head) not in offsets:
        return False  # the head word is no whole word of the cut: "市文" + "旅局"
    inside = [word for word, at in zip(tagged, offsets, strict=False) if at < len(name) - len(head)]
    if not inside or len(inside[0][0]) < 2 or inside[0][1] in LEADING_NOT - {"vn"}:
        return False  # "该公司", "市文旅局": a pronoun or one character opens it
    if any(t in not_tags and not w.startswith("第") for w, t in inside):
        return False
    # A common head word of two characters after places and common nouns names a kind ("中国公司表示",
    # "美国科技公司称"), unless the sentence says the body publishes figures ("甲铁集团数据显示").
    weak = head in rules.generic_cjk["zh"] and len(head) <= WEAK_HEAD
    return not weak or strong or any(t in _ONE_BODY_TAGS for _, t in inside)
