"""Chinese names: names headed by a lexicon word, people next to a title (bracketed titles: bracketed.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import accumulate
from operator import itemgetter

from nea_site.extract.discover.agreements import names_a_kind
from nea_site.extract.discover.rules import (
    HEAD_TAGS,
    LATIN_NAME_AFTER_RE,
    LEADING_NOT,
    MAX_CJK_NAME,
    MAX_CJK_WORDS,
    MINISTRY_ENDINGS,
    NAME_PIECE_TAGS,
    NAME_TAGS,
    PERSON_TAGS,
    PROPER_TAGS,
    ZH_PUNCT,
    Found,
    Rules,
)
from nea_site.extract.discover.zh_name_openings import abbreviation_pair, joined_field, with_dash_parties
from nea_site.model import ActorType
from nea_site.text.segment import Segmenter

HAN_FIRST, HAN_LAST = "\u4e00", "\u9fff"


def _zh_windows(simplified: str, rules: Rules) -> list[tuple[int, int]]:
    """Stretches of the text that may hold a name: before a head word, around a title; merged."""
    wanted = [(start - MAX_CJK_NAME - 4, end + 3) for start, end in rules.zh_heads_found.spans(simplified)]
    wanted.extend((start - 4, end + 24) for start, end in rules.zh_titles_found.spans(simplified))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(wanted):
        start, end = max(0, start), min(len(simplified), end)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def zh_names(text: str, simplified: str, rules: Rules, segmenter: Segmenter) -> list[Found]:
    """Organisations, agreements and initiatives headed by a lexicon word; people next to a title (jieba's tags).

    Only the stretches around head words and titles are cut and tagged (a fifth of a Chinese text, typically); a
    stretch reaches further back than the longest name, so its cut edge never falls inside one.
    """
    found: list[Found] = []
    for start, end in _zh_windows(simplified, rules):
        found.extend(_zh_window(text, simplified, start, end, rules, segmenter))
    return found


def _zh_window(
    text: str, simplified: str, window_start: int, window_end: int, rules: Rules, segmenter: Segmenter
) -> list[Found]:
    heads = rules.heads_cjk["zh"]
    title_set = rules.zh_title_set
    generic = rules.generic_cjk["zh"]
    found: list[Found] = []
    tagged = segmenter.quick_tags(simplified[window_start:window_end])
    offsets = list(accumulate(map(len, map(itemgetter(0), tagged)), initial=window_start))
    last_chars, lengths = rules.head_last_chars["zh"], rules.head_lengths["zh"]
    for i in [i for i, (w, _) in enumerate(tagged) if w[-1] in last_chars or (w[-1] == "长" and w in title_set)]:
        word, tag = tagged[i]
        j = i  # the head word's first word in jieba's cut
        if word in title_set:  # "美国财政部长": the office holds its ministry's name
            word, tag = word[:-1], "n"
            if _kind_by_last(word, heads, lengths) != "organization" or len(word) < 3:
                continue
        kind = _kind_by_last(word, heads, lengths)
        if kind is None and i > 0 and _kind_by_last(tagged[i - 1][0] + word, heads, lengths) is not None:
            word, j = tagged[i - 1][0] + word, i - 1  # "战略伙伴" + "关系": jieba cut the head word in two
            kind = _kind_by_last(word, heads, lengths)
        if kind is None:
            continue  # no head word ends it (most words that end like one)
        # "复旦大学" + "经济" + "学院": a unit of a named organisation (jieba's nt just before) has a name
        unit = kind == "organization" and any(t == "nt" for _, t in tagged[max(0, j - 2) : j])
        before = tagged[j - 1][0] if j > 0 else ""
        generic_head = (
            word in generic
            and not (kind == "organization" and len(word) >= 3)
            and not unit
            and names_a_kind(word, before)
        )
        if generic_head and kind != "organization":
            continue  # "战略", "中心" alone head no name ("党中央战略"); "研究院", "委员会", "甲乙伙伴关系" do
        if word.endswith(rules.zh_false_endings) and word not in heads:
            continue  # "战略部署" (deploy), "村干部" (cadres): no organisation's word
        if kind == "organization" and tag not in HEAD_TAGS:
            continue  # "组织" (organise): a verb, no organisation
        if kind != "organization" and tag in ("v", "vn") and word not in heads:
            continue  # "发表声明" (make a statement)
        first = j
        while first > 0 and i - first + 1 < MAX_CJK_WORDS:
            before, tag = tagged[first - 1]
            if (tag not in _WALK_TAGS and not _is_ordinal(before, tag)) or before in title_set:
                break
            if before in rules.zh_boundaries:
                break
            if offsets[j] + len(word) - offsets[first - 1] > MAX_CJK_NAME:
                break
            first -= 1
        while first < j and (tagged[first][0] in rules.zh_boundaries or tagged[first][1] in LEADING_NOT):
            if abbreviation_pair(tagged, first):
                break  # "中" + "阿" of "中阿命运共同体": two countries' one-character names, its own
            if tagged[first][1] == "vn" and word.endswith(MINISTRY_ENDINGS) and first == j - 1:
                break  # "应急" + "管理部": a ministry's name may open with a verbal noun
            first += 1  # "援引研究所": the verb before a name is not its own
        if kind == "organization" and word.endswith(MINISTRY_ENDINGS) and joined_field(tagged, first):
            first -= 2  # "文化和旅游部", "住房和城乡建设部": a ministry of two fields, one name
        first = with_dash_parties(tagged, first)  # "中国—东盟命运共同体": the parties a dash joins open the name
        start, end = offsets[first], offsets[j] + len(word)
        name = simplified[start:end]
        if name in generic or len(name) < 3 or name in heads:
            continue
        if generic_head and (j - first < 2 or not _names_one_body(tagged[first:j])):
            continue  # "中国公司", "美国科技公司": a kind of firm; "甲市第一医院", "甲乙(nz)集团" name one
        if first == j and len(word) <= 2:
            continue
        proper = any(t in PROPER_TAGS for _, t in tagged[first : i + 1])
        # "全国委员会": a state's body by its opening word, not after an edition ("甲会第十四届全国委员会" is 甲会's)
        edition = first > 0 and _EDITION_RE.fullmatch(tagged[first - 1][0]) is not None
        proper = proper or (kind == "organization" and tagged[first][0] in rules.zh_state_openers and j > first)
        proper = proper and not (edition and not any(t in PROPER_TAGS for _, t in tagged[first : i + 1]))
        if kind == "organization" and not proper and not word.endswith(MINISTRY_ENDINGS):
            continue  # "证券公司", "民间组织": a kind of organisation, not one that a name says
        if kind != "organization" and not proper:
            continue  # "国际合作备忘录", "水利工程": no name of its own
        rule = {"organization": "organisation_suffix", "agreement": "agreement_word", "initiative": "initiative_word"}
        found.append(Found(start, end, text[start:end], kind, rule[kind]))
    # People: a name jieba tags as a person's, or a run of characters ended by a boundary word, next to a title.
    # A title is found in the characters ("室主任张建平": jieba's word holds more than the title) where jieba's cut
    # ends a word with it ("会长期" holds no 会长).
    titles = list(rules.titles_cjk_re.finditer(simplified, window_start, window_end))
    if not titles:
        return found  # most windows: a head word's, no title in them
    word_starts = frozenset(offsets)
    index_at = {offset: k for k, offset in enumerate(offsets)}
    for match in titles:
        title_start, title_end = match.span()
        k = index_at.get(title_end)
        if k is None:
            continue
        after = _zh_name_after(simplified, title_end, rules, tagged, offsets, k)
        if after is not None and _qualifies_the_title(simplified, after, segmenter):
            continue  # "主席非凡的领导才能": a word of the dictionary and "的" say what the title's holder has
        if after is None or not _ends_name(simplified, after[1], rules):
            after = _zh_name_run(simplified, title_end, rules, segmenter) or after  # "孙立坚说": "孙立" + "坚说"
        if after is not None:
            found.append(_zh_person(text, after))
            listed = _zh_listed_names(simplified, after[1], rules, word_starts, segmenter)
            found.extend(_zh_person(text, span) for span in listed)
        if title_start in word_starts:
            ahead = _zh_name_before(simplified, title_start, rules, word_starts)
            if ahead is not None:
                found.append(_zh_person(text, ahead))
    return found


def _is_ordinal(word: str, tag: str) -> bool:
    """An ordinal numeral ("第一"): it may stand inside an organisation's name ("甲市第一医院")."""
    return tag == "m" and _ORDINAL_RE.fullmatch(word) is not None


_ORDINAL_RE = re.compile(r"第[一二三四五六七八九十百零〇\d]+")  # "第一", not an edition's "第十四届"
_EDITION_RE = re.compile(r"第[一二三四五六七八九十百零〇\d]+[届次]")  # "第十四届"


# Words a name's walk back from its head word goes over: a name's words, and a place word inside a unit's name
# ("甲委" + "对外(s)" + "经济研究所").
_WALK_TAGS = NAME_TAGS | {"s"}
_ONE_BODY_TAGS = frozenset({"nt", "nz", "nr", "nrt", "nrfg", "j"})


def _names_one_body(words: Sequence[tuple[str, str]]) -> bool:
    """Whether the words before a common head word ("医院", "集团") make it one body.

    An ordinal or a proper noun that is not a place's does ("甲市第一医院", "甲乙(nz)集团"); a place alone makes a
    kind ("中国公司").
    """
    return any(_is_ordinal(w, t) or t in _ONE_BODY_TAGS for w, t in words)


def _ends_name(simplified: str, end: int, rules: Rules) -> bool:
    """Whether a name may end at `end`: punctuation, a digit or a boundary word follows, or the text ends."""
    return (
        end >= len(simplified)
        or simplified[end] in ZH_PUNCT
        or simplified[end].isdigit()
        or simplified.startswith(rules.zh_boundaries, end)
    )


def _zh_name_run(simplified: str, start: int, rules: Rules, segmenter: Segmenter) -> tuple[int, int] | None:
    """A Chinese name of two or three characters from `start`: a family name first, a boundary word after it.

    Not a word jieba knows as something else ("任期是", a term of office, not a name).
    """
    for length in (2, 3):
        piece = simplified[start : start + length]
        if (
            len(piece) < length
            or piece[0] not in rules.zh_family
            or not all(HAN_FIRST <= ch <= HAN_LAST for ch in piece)
        ):
            continue
        if any(map(piece.__contains__, rules.zh_boundaries)) or any(map(piece.__contains__, rules.titles_cjk["zh"])):
            continue
        if _ends_name(simplified, start + length, rules) and not _common_word(piece, segmenter):
            return start, start + length
    return None


def _qualifies_the_title(simplified: str, span: tuple[int, int], segmenter: Segmenter) -> bool:
    """A dictionary word right after a title and before "的": an attribute ("非凡的"), no name."""
    return simplified[span[1] : span[1] + 1] == "的" and segmenter.is_known_word(simplified[span[0] : span[1]])


def _common_word(piece: str, segmenter: Segmenter) -> bool:
    """A word of jieba's dictionary that it does not tag as a person's name ("任期"; "王毅" is a name)."""
    if not segmenter.has_word(piece):
        return False
    tagged = segmenter.quick_tags(piece)
    return len(tagged) == 1 and tagged[0][1] not in PERSON_TAGS


def _zh_listed_names(
    simplified: str, end: int, rules: Rules, word_starts: frozenset[int], segmenter: Segmenter
) -> list[tuple[int, int]]:
    """The names a title's name heads a list of: "副主席甲乙丙、丁戊、己庚辛围绕…" (each 、 then a name).

    Each is two or three characters from a family name, a word of jieba's cut or ended like a name.
    """
    names: list[tuple[int, int]] = []
    while simplified.startswith("、", end):
        start = end + 1
        span = _zh_name_run(simplified, start, rules, segmenter)
        if span is None:
            span = next(
                (
                    (start, start + n)
                    for n in (2, 3)
                    if start in word_starts
                    and start + n in word_starts
                    and simplified[start] in rules.zh_family
                    and all(HAN_FIRST <= ch <= HAN_LAST for ch in simplified[start : start + n])
                    and not any(b in simplified[start : start + n] for b in rules.zh_boundaries)
                    and not any(t in simplified[start : start + n] for t in rules.titles_cjk["zh"])
                    and not _common_word(simplified[start : start + n], segmenter)
                ),
                None,
            )
        if span is None:
            break
        names.append(span)
        end = span[1]
    return names


def zh_speakers(text: str, simplified: str, rules: Rules, segmenter: Segmenter) -> list[Found]:
    """A name that opens a sentence with an act of office after it: "甲乙丙主持，丁戊己出席。" (jieba's person word).

    The acts are the lexicon's `person_action_words`; the name is two or three characters from a family name.
    """
    found: list[Found] = []
    if rules.zh_action_re.search(simplified) is None:
        return found  # most paragraphs: no act of office (their first characters: the engine skips to one in C)
    for match in rules.zh_speaker_re.finditer(simplified):
        start, end = match.span(1)
        piece = match.group(1)
        if piece[0] not in rules.zh_family or any(map(piece.__contains__, rules.titles_cjk["zh"])):
            continue
        tagged = segmenter.quick_tags(simplified[start : end + 2])
        if tagged and tagged[0][0] == piece and tagged[0][1] in PERSON_TAGS:
            found.append(Found(start, end, text[start:end], "person", "person_action"))
    return found


def _kind_by_last(
    word: str, heads: Mapping[str, ActorType], lengths: Mapping[str, tuple[int, ...]]
) -> ActorType | None:
    """kind_by_ending, trying only the lengths of the head words that end with the word's last character."""
    for length in lengths.get(word[-1:], ()):
        if length <= len(word):
            kind = heads.get(word[-length:])
            if kind is not None:
                return kind
    return None


def kind_by_ending(word: str, heads: Mapping[str, ActorType], longest: int) -> ActorType | None:
    """The kind of name that `word` ends like (its longest ending among the head words), if any."""
    for length in range(min(longest, len(word)), 0, -1):
        kind = heads.get(word[-length:])
        if kind is not None:
            return kind
    return None


def _zh_name_after(
    simplified: str,
    start: int,
    rules: Rules,
    tagged: Sequence[tuple[str, str]],
    offsets: Sequence[int],
    index: int,
) -> tuple[int, int] | None:
    """The name right after a title: jieba's person word, or the shortest run that a boundary word ends."""
    if index >= len(tagged):
        return None
    word, tag = tagged[index]
    if word[0] in ZH_PUNCT:
        return None  # "副主任、某某学者": a list of titles goes on, no name follows this one
    if len(word) == 1 and index + 1 < len(tagged) and word not in rules.zh_boundaries:
        following, following_tag = tagged[index + 1]
        # "王" + "东峰", "安" + "瓦尔": a name jieba cut after its first character
        if (word in rules.zh_family and len(following) <= 2 and following_tag not in LEADING_NOT) or (
            following_tag in PERSON_TAGS and len(following) >= 2
        ):
            if not (following in rules.zh_boundaries or following in rules.zh_title_set):
                word, tag = word + following, "nr"
                index += 1
    if tag == "ns" and 2 <= len(word) <= 4 and _ends_name(simplified, start + len(word), rules):
        tag = "nr"  # "总统塞西、": a name after a title, that jieba takes for a place's (a known place is no name)
    if tag not in PERSON_TAGS or len(word) < 2 or any(map(word.__contains__, rules.titles_cjk["zh"])):
        return None
    if word[0] in rules.zh_boundaries and word[0] not in rules.zh_family:
        return None  # "主席对某某国王": jieba took the preposition into the next name; the title's clause goes on
    if len(word) == 4 and word[0] in rules.zh_family and word[3] in rules.zh_name_trailers:
        word = word[:3]  # "杨晓超作" + "了说明": jieba took the verb after a name of three into it
    end = start + len(word)
    if word[0] in rules.zh_family and len(word) == 3 and not _continues_name(tagged, index):
        return start, end  # a Chinese name is whole in three characters ("曾培炎", not "曾培炎曾")
    # A foreign name jieba cuts in pieces: "阿尔巴尼" + "斯", "克莱门斯" + "·" + "菲" + "斯特".
    while index + 1 < len(tagged):
        following, following_tag = tagged[index + 1]
        if following != "·" and following[0] in ZH_PUNCT:
            break  # "阿尔巴尼斯。" at a paragraph's end: the full stop is no piece of the name
        after = simplified[end + len(following) : end + len(following) + 2]
        next_tag = tagged[index + 2][1] if index + 2 < len(tagged) else "x"
        ends_name = (
            not after
            or after[0] in ZH_PUNCT
            or after[0].isdigit()
            or after.startswith(rules.zh_boundaries)
            or next_tag in LEADING_NOT
        )
        if following == "·" or (
            end - start < 8
            and len(following) <= 2
            and (following_tag in NAME_PIECE_TAGS or (len(following) == 1 and ends_name))
        ):
            if following in rules.zh_boundaries or following.startswith(rules.zh_boundaries):
                break
            end += len(following)
            index += 1
        else:
            break
    if simplified[end - 1] == "·":
        end -= 1
    del offsets
    return start, end


def _continues_name(tagged: Sequence[tuple[str, str]], index: int) -> bool:
    """Whether jieba's next word goes on with a name ("施泰因" + "迈尔"): a name's piece of two characters."""
    return index + 1 < len(tagged) and tagged[index + 1][1] in NAME_PIECE_TAGS and len(tagged[index + 1][0]) == 2


def _zh_name_before(simplified: str, end: int, rules: Rules, word_starts: frozenset[int]) -> tuple[int, int] | None:
    """A Chinese name right before a title ("，赵乐际委员长").

    A family name and one or two characters that start a word, after punctuation, a digit or a boundary word.
    """
    for length in (3, 2):
        start = end - length
        if start < 0 or start not in word_starts:
            continue
        piece = simplified[start:end]
        if piece[0] not in rules.zh_family or any(ch in ZH_PUNCT or ch.isdigit() for ch in piece):
            continue
        if any(map(piece.__contains__, rules.zh_boundaries)) or any(map(piece.__contains__, rules.titles_cjk["zh"])):
            continue
        before = simplified[:start]
        if not before or before[-1] in ZH_PUNCT or before[-1].isdigit() or before.endswith(rules.zh_boundaries):
            return start, end
    return None


def _zh_person(text: str, span: tuple[int, int]) -> Found:
    other = LATIN_NAME_AFTER_RE.match(text, span[1])
    return Found(span[0], span[1], text[span[0] : span[1]], "person", "person_title", other=other and other.group(1))
