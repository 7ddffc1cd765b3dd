"""The gazetteer's one regex finds what a plain scan of the vocabulary's names finds, and so do nested names."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site import lexicon
from nea_site.curation import read_vocabulary
from nea_site.extract.actors import (
    Gazetteer,
    Span,
    build_gazetteer,
    find_actor_spans,
    find_nested_spans,
    names_its_own,
)
from nea_site.model import Actor, ActorId, LocalizedText, Vocabulary
from nea_site.text.script import to_simplified

GAZETTEER = build_gazetteer(read_vocabulary(Path(__file__).parents[2] / "corpus" / "curated"))
NAMES = sorted(GAZETTEER.targets)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def _is_kana(ch: str) -> bool:
    return ("\u30a1" <= ch <= "\u30ff" and ch != "\u30fb") or "\uff66" <= ch <= "\uff9f"


ENDINGS = lexicon.current().words("name_endings", "ko")
PREFIXES = lexicon.current().words("name_prefixes", "ko")


def _made_of_endings(run: str) -> bool:
    """`run` is one ending after another (by trying every first ending: the reference of the code's regex)."""
    return not run or any(run.startswith(e) and _made_of_endings(run[len(e) :]) for e in ENDINGS)


def _fits(text: str, at: int, name: str) -> bool:
    """`name` is at `at`, and a name that starts (ends) with a Latin letter starts (ends) a word there.

    A Korean name has no Hangul letter before it but a prefix at a word's start, and only endings after it up to
    the next non-Hangul character; a katakana name touches no katakana letter.
    """
    if not text.startswith(name, at):
        return False
    if name[0].isascii() and name[0].isalpha() and at > 0 and _is_word_char(text[at - 1]):
        return False
    after = at + len(name)
    if name[-1].isascii() and name[-1].isalpha() and after < len(text) and _is_word_char(text[after]):
        return False
    if _is_hangul(name[0]) and at > 0 and _is_hangul(text[at - 1]):
        if not (text[at - 1] in PREFIXES and (at == 1 or not _is_hangul(text[at - 2]))):
            return False
    if _is_hangul(name[-1]):
        run = ""
        while after + len(run) < len(text) and _is_hangul(text[after + len(run)]):
            run += text[after + len(run)]
        if len(run) > 8 or not _made_of_endings(run):  # endings are a few letters: a longer run is a word
            return False
    if _is_kana(name[0]) and at > 0 and _is_kana(text[at - 1]):
        return False
    return not (_is_kana(name[-1]) and after < len(text) and _is_kana(text[after]))


def _scan(text: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """Leftmost-longest names, one position at a time (the reference)."""
    found, at = [], 0
    while at < len(text):
        fitting = [name for name in gazetteer.targets if _fits(text, at, name)]
        if fitting:
            name = max(fitting, key=len)
            found.append((at, name))
            at += len(name)
        else:
            at += 1
    return found


def _nested_by_positions(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Names inside a name, trying the pattern at every position of it (the reference)."""
    assert gazetteer.pattern is not None
    inner: list[Span] = []
    simplified = to_simplified(span.surface)  # names are Simplified; the inner spans keep the surface as written
    for start in range(len(simplified)):
        if inner and start < inner[-1].end:
            continue
        match = gazetteer.pattern.match(simplified, start, len(simplified) - (start == 0))
        if match and len(match.group()) < len(simplified):
            inner.append(Span(start, match.end(), match.group(), gazetteer.targets[match.group()]))
    # The same rule as the code for which inner names are mentions of their own ("North Korea" holds no Korea).
    inner = [s for s in inner if names_its_own(span.actors, s, simplified, gazetteer.kinds)]
    return [Span(span.start + s.start, span.start + s.end, span.surface[s.start : s.end], s.actors) for s in inner]


pieces = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).map(lambda name: "x" + name),
    st.sampled_from(NAMES).map(lambda name: name + "s"),
    st.sampled_from(NAMES).map(lambda name: name[: max(1, len(name) - 1)]),
    st.sampled_from([" ", ", ", "-", "\n", "的", "和", "1", "é", "the ", "North"]),
    st.text(alphabet="AKCJNaekors中日韩国东北亚 -", max_size=4),
    # Hangul and katakana around Korean and Japanese names: particles, suffixes, prefixes, other letters
    st.sampled_from(["에서", "는", "의", "인", "측", "경제", "태", "대", "주", "적", "은행", "ー", "ト", "・", "ア"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=12).map("".join))
def test_the_pattern_finds_the_leftmost_longest_names(text: str) -> None:
    spans = find_actor_spans(text, GAZETTEER)
    assert all(text[s.start : s.end] == s.surface for s in spans)
    # Names are matched on the text in Simplified characters; a not-name ("US dollars") is matched, then dropped.
    named = [(at, name) for at, name in _scan(to_simplified(text), GAZETTEER) if GAZETTEER.targets[name]]
    assert [(s.start, to_simplified(s.surface)) for s in spans] == named


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3).map("".join))
def test_nested_names_skip_ahead_as_a_scan_of_every_position_would(text: str) -> None:
    for span in find_actor_spans(text, GAZETTEER):
        assert find_nested_spans(span, GAZETTEER) == _nested_by_positions(span, GAZETTEER)


def test_a_name_inside_a_longer_name_is_nested() -> None:
    longer = [n for n in NAMES if any(m != n and m in n and len(m) > 1 for m in NAMES)]
    assert longer  # the vocabulary has names inside names ("日本" in "日本外务省"-like names)
    span = find_actor_spans(longer[0], GAZETTEER)[0]
    assert find_nested_spans(span, GAZETTEER)


def test_a_name_written_in_traditional_characters_is_found() -> None:
    traditional = [n for n in NAMES if to_simplified(n) != n]
    assert traditional  # the vocabulary has some ("离於岛")
    for name in traditional:
        spans = find_actor_spans(f"关于{name}的问题", GAZETTEER)
        assert [(s.surface, s.actors) for s in spans if s.start == 2] == [(name, GAZETTEER.targets[name])]


def _vocabulary_of(names: list[str]) -> Vocabulary:
    return Vocabulary(
        actors=tuple(
            Actor(id=ActorId(f"a{i}"), type="organization", name=LocalizedText(en=name)) for i, name in enumerate(names)
        )
    )


# Names that start with a lowercase letter overlapping, containing and following others.
MIXED = build_gazetteer(
    _vocabulary_of(
        ["the United States", "United States", "the Union", "new Silk Road", "Silk Road", "silk", "road", "road map",
         "Road", "east Asia", "East Asia", "asia", "the East", "states"]
    )
)  # fmt: skip
MIXED_NAMES = sorted(MIXED.targets)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(MIXED_NAMES), st.sampled_from(["the ", "new ", " ", "s", "x", "-", "map"])),
        max_size=12,
    ).map("".join)
)
def test_overlapping_names_are_found_as_the_one_pattern_finds_them(text: str) -> None:
    assert [(s.start, s.surface) for s in find_actor_spans(text, MIXED)] == _scan(text, MIXED)
    assert MIXED.pattern is not None  # the definition of a name match
    assert [(m.start(), m.group()) for m in MIXED.pattern.finditer(text)] == _scan(text, MIXED)


def test_many_names_are_found_in_one_pass() -> None:
    names = [f"name{i} here" for i in range(300)]
    gazetteer = build_gazetteer(_vocabulary_of(names))
    text = " ".join(names[::-1])
    assert [s.surface for s in find_actor_spans(text, gazetteer)] == names[::-1]
    assert find_actor_spans("xname1 here", gazetteer) == []


def test_an_empty_vocabulary_finds_nothing() -> None:
    assert find_actor_spans("China and Japan", build_gazetteer(Vocabulary())) == []
