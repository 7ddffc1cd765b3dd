"""Chinese organisations named by a known place and a body word, or quoted whole with an organisation's word.

- A country or place the vocabulary knows, right before a body word (lexicon zh `organisation_place_bodies`):
  "甲国军方" (the military of 甲国), "乙省人民政府", "丙国总统府". The place is the vocabulary's; the body is new.
- A name in quotation marks ending with an organisation's word (the head words of `organisation_suffixes`):
  "将建立“甲乙丙创新合作中心”": the marks hold the whole name, so its words need no proper noun (jieba tags
  "中心" names no one body otherwise).

Both read the Simplified text; one regex per rule and paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found, Rules
from nea_site.model import ActorId, ActorType

QUOTED_RE = re.compile(r"[“「『]([\u3400-\u9fff]{4,20})[”」』]")  # a quoted run of Han characters only
MIN_QUOTED_BEFORE_HEAD = 3  # characters before its head word: "合作中心" is a kind of body, not a name


@dataclass(frozen=True, slots=True)
class ZhOrgRules:
    bodies_re: re.Pattern[str]  # a body word, matched right where a place ends


@functools.cache
def zh_org_rules(lex: lexicon.Lexicon) -> ZhOrgRules:
    bodies = sorted(lex.words("organisation_place_bodies", "zh"), key=len, reverse=True)
    return ZhOrgRules(bodies_re=re.compile("|".join(map(re.escape, bodies)) or r"(?!)"))


def zh_organisations(
    text: str, simplified: str, rules: Rules, own: Sequence[Span], kinds: Mapping[ActorId, ActorType]
) -> list[Found]:
    """Both rules on one paragraph."""
    found = place_bodies(text, simplified, own, kinds)
    if "“" in simplified or "「" in simplified or "『" in simplified:
        found.extend(quoted_organisations(text, simplified, rules))
    return found


def place_bodies(text: str, simplified: str, own: Sequence[Span], kinds: Mapping[ActorId, ActorType]) -> list[Found]:
    """A known country or place and the body word right after it: the place's own body."""
    rules = zh_org_rules(lexicon.current())
    found: list[Found] = []
    for span in own:
        if not any(kinds.get(a) in ("country", "place") for a in span.actors):
            continue
        body = rules.bodies_re.match(simplified, span.end)
        if body is not None:
            found.append(Found(span.start, body.end(), text[span.start : body.end()], "organization", "place_body"))
    return found


def quoted_organisations(text: str, simplified: str, rules: Rules) -> list[Found]:
    """A quoted run of Han characters that ends with an organisation's head word and is not the word alone."""
    heads = rules.heads_cjk["zh"]
    generic = rules.generic_cjk["zh"]
    found: list[Found] = []
    for match in QUOTED_RE.finditer(simplified):
        inner = match.group(1)
        head = next((w for w, k in heads.items() if inner.endswith(w) and k == "organization"), None)
        if head is None or inner in generic or len(inner) - len(head) < MIN_QUOTED_BEFORE_HEAD:
            continue
        if any(inner.endswith(g) and g not in heads for g in generic) or inner.endswith(rules.zh_false_endings):
            continue  # "…党员干部", "…新格局": a common word ends it, not the head word
        start, end = match.span(1)
        found.append(Found(start, end, text[start:end], "organization", "quoted_organisation"))
    return found
