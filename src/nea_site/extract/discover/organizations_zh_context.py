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

import functools
import re
from itertools import accumulate

from nea_site import lexicon
from nea_site.extract.discover.rules import LEADING_NOT, Found, Rules
from nea_site.text.segment import Segmenter

_CLAUSE_START = r"(?:^|(?<=[，。；：！？“”、\s>）)】]))"
MIN_BEFORE_HEAD = 2  # characters before the head word: "集团称" alone names no one body
_NOT_IN_SOURCE = frozenset({"v", "p", "c", "u", "uj", "ul", "r", "d", "q", "m", "t", "f", "x"})
_NOT_IN_STATE_BODY = frozenset({"p", "c", "u", "uj", "ul", "r", "d", "q", "m", "t", "x"})


@functools.cache
def _context_rules(lex: lexicon.Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The source pattern, the state-body pattern and the head words (longest first)."""
    heads = {w for name in ("organisation_suffixes", "organisation_extra_suffixes") for w in lex.words(name, "zh")}
    heads.update(lex.words("organisation_cjk_suffixes", "zh") + lex.words("organisation_context_heads", "zh"))
    ordered = tuple(sorted(heads, key=len, reverse=True))

    def alternation(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lex.words(name, "zh"), key=len, reverse=True))

    source = re.compile(
        rf"{_CLAUSE_START}(?:{alternation('organisation_source_openers')})?([\u4e00-\u9fff]{{3,18}}?)"
        rf"(?:{alternation('organisation_source_time_words')}|\d{{1,2}}日)?(?:{alternation('organisation_source_verbs')})"
    )
    state = re.compile(
        rf"{_CLAUSE_START}((?:{alternation('organisation_state_openers')})[\u4e00-\u9fff]{{1,14}}?"
        rf"(?:{'|'.join(map(re.escape, ordered))}))"
    )
    return source, state, ordered


def context_organisations(text: str, simplified: str, rules: Rules, segmenter: Segmenter) -> list[Found]:
    """Both rules on one paragraph's Simplified text."""
    source, state, heads = _context_rules(lexicon.current())
    found: list[Found] = []
    for match in source.finditer(simplified):
        start, end = match.span(1)
        if _is_body(simplified, start, end, heads, rules, segmenter, _NOT_IN_SOURCE):
            found.append(Found(start, end, text[start:end], "organization", "organisation_source"))
    for match in state.finditer(simplified):
        start, end = match.span(1)
        if _is_body(simplified, start, end, heads, rules, segmenter, _NOT_IN_STATE_BODY):
            found.append(Found(start, end, text[start:end], "organization", "organisation_state_body"))
    return found


def _is_body(
    simplified: str,
    start: int,
    end: int,
    heads: tuple[str, ...],
    rules: Rules,
    segmenter: Segmenter,
    not_tags: frozenset[str],
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
    if len(name) not in offsets or len(name) - len(head) not in offsets:
        return False  # the head word is no whole word of the cut: "全国各地部分"
    inside = [word for word, at in zip(tagged, offsets, strict=False) if at < len(name) - len(head)]
    if not inside or len(inside[0][0]) < 2 or inside[0][1] in LEADING_NOT - {"vn"}:
        return False  # "该公司", "市文旅局": a pronoun or one character opens it
    return not any(t in not_tags and not w.startswith("第") for w, t in inside)
