"""Chinese organisations named by a known place and a body word, or quoted whole with an organisation's word.

- A country or place the vocabulary knows, right before a body word (lexicon zh `organisation_place_bodies`):
  "甲国军方" (the military of 甲国), "乙省人民政府", "丙国总统府". The place is the vocabulary's; the body is new.
  Two places joined by 驻 (`organisation_stationed_words`) before an organisation's word: "甲国驻乙国大使馆",
  the first's embassy in the second, one name.
- A name in quotation marks ending with an organisation's word (the head words of `organisation_suffixes`):
  "将建立“甲乙丙创新合作中心”": the marks hold the whole name, so its words need no proper noun (jieba tags
  "中心" names no one body otherwise).

Both read the Simplified text; one regex per rule and paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import HEAD_LISTS, Found, Rules
from nea_site.model import ActorId, ActorType

QUOTED_RE = re.compile(r"[“「『]([\u3400-\u9fff]{4,20})[”」』]")  # a quoted run of Han characters only
MIN_QUOTED_BEFORE_HEAD = 3  # characters before its head word: "合作中心" is a kind of body, not a name


@dataclass(frozen=True, slots=True)
class ZhOrgRules:
    bodies_re: re.Pattern[str]  # a body word, matched right where a place ends
    bodies: tuple[str, ...]
    stationed: tuple[str, ...]  # "驻": a body of the first place in the second
    heads_re: re.Pattern[str]  # an organisation's head word, longest first
    org_heads: tuple[str, ...]  # the organisation head words
    common_endings: tuple[str, ...]  # generic words that are no head word ("干部", "格局"), false endings


@lexicon.table
def zh_org_rules(lex: lexicon.Lexicon) -> ZhOrgRules:
    bodies = sorted(lex.words("organisation_place_bodies", "zh"), key=len, reverse=True)
    heads = {w for _, name in HEAD_LISTS for w in lex.words(name, "zh")}
    org_heads = {w for name in ("organisation_suffixes", "organisation_extra_suffixes") for w in lex.words(name, "zh")}
    generic = lex.words("organisation_generic_words", "zh") + lex.words("agreement_generic_words", "zh")
    return ZhOrgRules(
        bodies_re=re.compile("|".join(map(re.escape, bodies)) or r"(?!)"),
        bodies=tuple(bodies),
        stationed=lex.words("organisation_stationed_words", "zh"),
        heads_re=re.compile("|".join(map(re.escape, sorted(org_heads, key=len, reverse=True)))),
        org_heads=tuple(sorted(org_heads, key=len, reverse=True)),
        common_endings=tuple(g for g in generic if g not in heads) + lex.words("false_name_endings", "zh"),
    )


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
    bodies = any(map(simplified.__contains__, rules.bodies))
    stationed = any(map(simplified.__contains__, rules.stationed))
    if not own or not (bodies or stationed):
        return []  # most paragraphs hold no body word: substring tests, no look at the places
    places = {s.start: s for s in own if any(kinds.get(a) in ("country", "place") for a in s.actors)}
    found: list[Found] = []
    for span in places.values():
        body = rules.bodies_re.match(simplified, span.end) if bodies else None
        if body is not None:
            found.append(Found(span.start, body.end(), text[span.start : body.end()], "organization", "place_body"))
            continue
        # "甲国驻乙国大使馆": the first place's embassy in the second, one name (not "乙国大使馆").
        word = next((w for w in rules.stationed if simplified.startswith(w, span.end)), None) if stationed else None
        host = places.get(span.end + len(word)) if word else None
        head = rules.heads_re.match(simplified, host.end) if host is not None else None
        if head is not None:
            found.append(Found(span.start, head.end(), text[span.start : head.end()], "organization", "place_body"))
    return found


def quoted_organisations(text: str, simplified: str, rules: Rules) -> list[Found]:
    """A quoted run of Han characters that ends with an organisation's head word and is not the word alone."""
    org = zh_org_rules(lexicon.current())
    found: list[Found] = []
    for match in QUOTED_RE.finditer(simplified):
        inner = match.group(1)
        if not inner.endswith(org.org_heads) or inner.endswith(org.common_endings):
            continue  # no organisation's word ends it; "…党员干部", "…新格局": a common word does
        if rules.heads_cjk["zh"].get(_longest_head(inner, org.org_heads)) != "organization":
            continue  # the head word is an agreement's or initiative's too: the bracketed rules read it
        if len(inner) - len(_longest_head(inner, org.org_heads)) < MIN_QUOTED_BEFORE_HEAD:
            continue
        start, end = match.span(1)
        found.append(Found(start, end, text[start:end], "organization", "quoted_organisation"))
    return found


def _longest_head(name: str, heads: Sequence[str]) -> str:
    """The longest of `heads` (longest first) that ends `name`."""
    return next(h for h in heads if name.endswith(h))
