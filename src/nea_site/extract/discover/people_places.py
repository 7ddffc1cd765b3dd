"""Places no vocabulary knows, read from how texts name them.

- Chinese: a proper noun and a head word that says what kind of place it is ("凭祥友谊关口岸", "延庆奥林匹克园区",
  "某某国际机场", "顿涅茨克地区"); the head words are the lexicon's `place_heads` (zh), the name's words are what
  jieba tags as nouns, and one of them must be a proper noun (a place's, a person's, another proper name).
- English: a name whose head word an editor set in square brackets ("Manus [Island]"); a single capitalised word
  placed inside a known place ("a plant at Chitose in Hokkaido").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.extract.discover.rules import Found, Rules
from nea_site.model import ActorType
from nea_site.text.literals import FirstLongest
from nea_site.text.segment import Segmenter

# jieba's tags of the words a place's name is built from, and those of which one must stand in it.
_PLACE_NAME_TAGS = frozenset({"n", "ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "s"})
_PROPER = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt"})  # not "j": "交通运输枢纽" names no place
MAX_ZH_PLACE = 12  # characters of a place's name, head word included
_NOT_HEAD_OF = ("该", "这", "那", "本", "各", "此", "全")  # "该地区", "各口岸": a place referred to, not named
# Points of the compass alone ("中东部", which jieba may tag as a name) name no place: "中东部地区".
_DIRECTIONS_RE = re.compile(r"[东南西北中]+部?")


@dataclass(frozen=True, slots=True)
class PlaceRules:
    heads: FirstLongest  # the Chinese head words (the longest at an offset)
    loose_heads: frozenset[str]  # heads too common to follow a common noun: they need a proper noun right before
    words_en: frozenset[str]  # English place words ("Island"), folded


@lexicon.table
def place_rules(lex: lexicon.Lexicon) -> PlaceRules:
    heads = sorted(lex.words("place_heads", "zh"), key=len, reverse=True)
    return PlaceRules(
        heads=FirstLongest(heads),
        loose_heads=frozenset(lex.words("place_heads_loose", "zh")),
        words_en=frozenset(w.casefold() for w in lex.words("place_words", "en")),
    )


def zh_places(text: str, simplified: str, segmenter: Segmenter, known: Callable[[int, int], bool]) -> list[Found]:
    """Chinese places: a run of jieba's nouns ended by a place head word, a proper noun among them.

    `known(start, end)`: whether a known name spans exactly that stretch ("四川地区" is Sichuan, named).
    """
    rules = place_rules(lexicon.current())
    found: list[Found] = []
    done = 0
    for head_start, head_end in rules.heads.spans(simplified):
        head = simplified[head_start:head_end]
        if head_start < done:
            continue
        window_start = max(done, head_start - MAX_ZH_PLACE)
        words: list[tuple[int, str, str]] = []  # jieba's words of the window: start, word, tag
        at = window_start
        # A few characters after the head word are cut with it: "海滨岛屿" holds no "岛".
        for word, tag in segmenter.quick_tags(simplified[window_start : head_end + 3]):
            if at >= head_end:
                break
            words.append((at, word, tag))
            at += len(word)
        if at != head_end or not words:
            continue  # the head word cut in two ("港澳", "岛屿")
        # The jieba word that holds the head word's start: the head word is it ("口岸"), ends it ("跨海大桥",
        # "上海浦东国际机场") or spans it and the next ("国际" + "机场"); the name goes on before it.
        first = next(k for k in range(len(words) - 1, -1, -1) if words[k][0] <= head_start)
        if any(tag not in _PLACE_NAME_TAGS for _, _, tag in words[first:]):
            continue
        own_word = words[first][0] == head_start
        proper = not own_word and _is_proper(*words[first][1:])
        while first > 0:
            start, word, tag = words[first - 1]
            if tag not in _PLACE_NAME_TAGS or word.startswith(_NOT_HEAD_OF) or head_end - start > MAX_ZH_PLACE:
                break
            first -= 1
            proper = proper or _is_proper(word, tag)
        start = words[first][0]
        if not proper or head_end - start <= len(head) or simplified[start] in _NOT_HEAD_OF:
            continue  # "部分地区", "贫困地区": no name of its own
        before = next((tag for at, _, tag in reversed(words) if at < head_start), "x")
        if head in rules.loose_heads and (not own_word or before not in _PROPER or known(start, head_start)):
            continue  # "沿海经济地区", "秦皇岛" (a city), "四川地区" (Sichuan)
        found.append(Found(start, head_end, text[start:head_end], "place", "place_word"))
        done = head_end
    return found


def _is_proper(word: str, tag: str) -> bool:
    return tag in _PROPER and _DIRECTIONS_RE.fullmatch(word) is None


# "Manus [Island]": an editor's completion of a name in square brackets.
_BRACKETED_HEAD_RE = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s\[(?P<head>[A-Z][a-z]+)\]")
# "at Chitose in Hokkaido": one or two capitalised words after "at"/"in"/"near", then "in" and a known place.
# The word boundary before "at" is a look-behind after it: a pattern that opens with a literal lets the engine skip
# to the next "a", "i" or "n" in C (twice as fast as "\b(?:at|in|near)").
_PLACED_IN_RE = re.compile(
    r"(?:at|in|near)(?<!\wat)(?<!\win)(?<!\wnear)\s(?P<name>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)(?P<link>\sin\s|,\s)(?P<where>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
)


def placed_in_before(text: str, at: int) -> bool:
    """Whether a match of _PLACED_IN_RE may end its link at `at` (where a known place starts).

    "at|in|near", a name of one or two capitalised words, then " in " or ", " right before `at`, read backwards
    by comparing characters. Where no known place has it, the rule's search (which stops at every "a", "i" and
    "n" of the text) is left out; a property test checks the rule finds the same with and without this test.
    """
    if at < 2 or not text[at - 1].isspace():
        return False
    ends = [at - 4] if at >= 4 and text[at - 4].isspace() and text[at - 3 : at - 1] == "in" else []
    if text[at - 2] == ",":
        ends.append(at - 2)
    for end in ends:
        start = _capitalised_word_before(text, end)
        if start is None:
            continue
        if _placing_word_before(text, start):
            return True
        if start > 0 and text[start - 1].isspace():
            first = _capitalised_word_before(text, start - 1)
            if first is not None and _placing_word_before(text, first):
                return True
    return False


def _capitalised_word_before(text: str, end: int) -> int | None:
    """The start of a word of _PLACED_IN_RE's name ("[A-Z][a-z]{2,}") that ends at `end`, if one does."""
    start = end
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    if end - start < 2 or start == 0 or not "A" <= text[start - 1] <= "Z":
        return None
    return start - 1


def _placing_word_before(text: str, start: int) -> bool:
    """Whether "at", "in" or "near" and a space stand right before `start`, no word character before them."""
    if start < 3 or not text[start - 1].isspace():
        return False
    for word in ("at", "in", "near"):
        begin = start - 1 - len(word)
        if begin >= 0 and text.startswith(word, begin) and not (begin and _is_word_char(text[begin - 1])):
            return True
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex's \w matches


def english_places(
    text: str,
    rules: Rules,
    known: Callable[[int, int], bool],
    known_at: Callable[[int], tuple[ActorType, int] | None],
    *,
    placed: Sequence[int] | None = None,
) -> list[Found]:
    """English places: a bracketed head word completing a name; a name placed inside a known place.

    `known_at(offset)`: the kind and end of the known name that starts there, if any. `placed`, when the caller
    knows them: where the known places and countries start (none: no name is placed in one, no search for it).
    """
    words = place_rules(lexicon.current()).words_en
    found: list[Found] = []
    if "[" in text:
        for match in _BRACKETED_HEAD_RE.finditer(text):
            if match.group("head").casefold() in words and not known(match.start("name"), match.end("name")):
                name = f"{match.group('name')} {match.group('head')}"
                found.append(Found(match.start(), match.end(), name, "place", "place_word"))
    if placed is not None and not any(
        placed_in_before(text, at)
        for at in placed
        if text[at - 2 : at - 1] == "," or text[at - 3 : at - 1] == "in"  # what placed_in_before needs first
    ):
        return found  # no "at Name in " or "in Name, " before a known place: no name placed in one (most texts)
    for match in _PLACED_IN_RE.finditer(text):
        start, end = match.span("name")
        where = known_at(match.start("where"))
        if known(start, end) or where is None or where[0] not in ("place", "country"):
            continue
        if any(w.casefold() in rules.not_names or w.casefold() in rules.org_en for w in match.group("name").split()):
            continue
        # "Albany, New York": a town named with its state or province after a comma goes by both.
        name = match.group("name")
        if where[0] == "place" and match.group("link") == ", ":
            name = f"{name}, {text[match.start('where') : where[1]]}"
        found.append(Found(start, end, name, "place", "place_in_place"))
    return found
