"""A paragraph's cues, found once, classify each of its sentences as searching the sentence alone does."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.extract.claims import CUE_WORDS, CUES, FOLDS_TO_LATIN, paragraph_cues
from nea_site.extract.events import SentenceContext
from nea_site.extract.sentences import split_sentences
from nea_site.model import ClaimKind, Paragraph

SAMPLE_CUES = [
    "will", "should", "must", "need to", "because", "due to", "led to", "thus", "important", "key", "challenges",
    "by 2035", "Will", "MUST", "keynote", "musts", "\u017fhould", "\u212aey", "\u0130MPORTANT",
    "预计", "应", "由于", "导致", "重要", "挑战", "未来", "到2040年", "供应", "相应当", "应对", "基础设施", "基础",
    "超出预期", "事宜", "political will", "POLITICAL WILL", "the will to", "bathe will", "strong will",
    "strong willingness",
]  # fmt: skip


def classify_sentence(sentence: SentenceContext) -> ClaimKind | None:
    """The reference: the first kind in CUES with a pattern that finds a cue in the sentence alone."""
    for kind, patterns in CUES:
        if any(pattern.search(sentence.text) for pattern in patterns):
            return kind
    return None


pieces = st.one_of(
    st.sampled_from(SAMPLE_CUES),
    st.sampled_from([" ", "  ", ". ", "! ", "? ", "。", "；", "！", "\n", ", ", "，", "U.S. ", "No. ", "\u201d", ")"]),
    st.sampled_from(["the plan", "trade", "中日韩", "合作", "A", "x", "1", "2019"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_paragraph_cues_classify_each_sentence_as_a_search_of_it(text: str) -> None:
    paragraph = Paragraph(index=1, text=text, lang="en", anchor="p1", section_id=None)
    cues = paragraph_cues(text)
    for start, end in split_sentences(text):
        sentence = SentenceContext(paragraph=paragraph, start=start, end=end, dates=(), themes=())
        assert cues.kind(start, end) == classify_sentence(sentence), text[start:end]


def test_the_first_kind_with_a_cue_wins() -> None:
    text = "Trade is important. It should grow because demand will rise. 由于需求，贸易很重要。"
    cues = paragraph_cues(text)
    assert [cues.kind(s, e) for s, e in split_sentences(text)] == ["assessment", "prediction", "causal"]


def test_paragraphs_of_one_script_find_their_cues() -> None:
    # No Latin letter: the English cues' automaton is skipped; ASCII only: the Chinese cues' one.
    for text, kinds in (
        ("由于需求，贸易很重要。预计将增长。", ["causal", "prediction"]),
        ("Trade will grow.", ["prediction"]),
    ):
        cues = paragraph_cues(text)
        assert [cues.kind(s, e) for s, e in split_sentences(text)] == kinds


def test_letters_that_match_latin_ones_case_insensitively_are_not_skipped() -> None:
    # No ASCII letter in these paragraphs, yet the English cues match: "ſhould" (long s), the Kelvin sign in
    # "Key", "İmportant" (dotted capital I).
    for text in ("各国 \u017fhould 合作。", "这是 \u212aey 问题。", "\u0130MPORTANT：合作。"):
        paragraph = Paragraph(index=1, text=text, lang="zh", anchor="p1", section_id=None)
        sentence = SentenceContext(paragraph=paragraph, start=0, end=len(text), dates=(), themes=())
        assert classify_sentence(sentence) is not None
        assert paragraph_cues(text).kind(0, len(text)) == classify_sentence(sentence)


def test_the_characters_that_fold_to_latin_letters_are_exactly_the_listed_ones() -> None:
    # Cue matching on lower-cased text relies on these facts about Python's `re` and `str.lower`, checked over
    # every code point: (1) only FOLDS_TO_LATIN match a Latin letter case-insensitively besides ASCII letters,
    # (2) lower-casing a character to one character never changes whether it is a word character or a digit,
    # (3) a word character of `re` is one that is alphanumeric or "_".
    any_latin = re.compile("[a-z]", re.IGNORECASE)
    word, digit = re.compile(r"\w"), re.compile(r"\d")
    folding, changed, unlike = set(), [], []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if not ch.isascii() and any_latin.fullmatch(ch):
            folding.add(ch)
        if bool(word.match(ch)) != (ch.isalnum() or ch == "_"):
            unlike.append(ch)
        lower = ch.lower()
        if len(lower) == 1 and (
            bool(word.match(ch)) != bool(word.match(lower)) or bool(digit.match(ch)) != bool(digit.match(lower))
        ):
            changed.append(ch)
    assert folding == set(FOLDS_TO_LATIN)
    assert changed == []
    assert unlike == []


def test_no_cue_word_belongs_to_two_kinds() -> None:
    # The automata keep one kind per word: a word listed under two kinds would be lost for the second.
    words = [word for _, (english, chinese) in CUE_WORDS for word in (*english, *chinese)]
    assert len(words) == len(set(words))


def test_each_pattern_is_its_cue_words() -> None:
    # English cues are lower case and start and end with a word character, so "\b" around them means no word
    # character next to them; each pattern matches exactly its words.
    # Each alternative is its word after lookaheads that rule out the words holding it ("供应", "political will").
    guards = re.compile(r"\(\?!(?:\(\?<=[^)]*\))?[^)]*\)")
    for (kind, (english, chinese)), (same_kind, (english_words, chinese_words)) in zip(CUES, CUE_WORDS, strict=True):
        assert kind == same_kind
        assert english.flags & re.IGNORECASE and not chinese.flags & re.IGNORECASE
        for word in english_words:
            assert word == word.lower() and word[0].isalnum() and word[-1].isalnum(), word
            assert english.fullmatch(word) and english.fullmatch(word.upper())
        for word in chinese_words:
            assert chinese.fullmatch(word)
        bare = guards.sub("", re.sub(r"\\b", "", english.pattern))
        assert sorted(bare[3:-1].replace("\\", "").split("|")) == sorted(english_words)
        assert sorted(guards.sub("", chinese.pattern).split("|")) == sorted(chinese_words)


def test_a_chinese_cue_inside_a_word_that_holds_it_is_no_cue() -> None:
    for text, kind in [
        ("中日韩供应链合作持续深化。", None),
        ("三国共同应对人口老龄化。", None),
        ("设立相应工作组。", None),
        ("加快基础设施建设。", None),
        ("三国应加强供应链合作。", "recommendation"),
        ("这是合作的基础。", "assessment"),
        ("The summit showed the political will of all three governments.", None),
        ("The three governments will meet again in Tokyo.", "prediction"),
    ]:
        assert paragraph_cues(text).kind(0, len(text)) == kind, text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(pieces, st.sampled_from(["TRADE WILL", "Must", "DUE TO", "\u212aEY", "\u0130S", "\u00c9"])),
        max_size=20,
    ).map("".join)
)
def test_cues_start_where_a_pattern_matches(text: str) -> None:
    cues = dict(paragraph_cues(text).starts)
    for kind, (english, chinese) in CUES:
        expected = [at for at in range(len(text)) if english.match(text, at) or chinese.match(text, at)]
        # A cue inside another (the English ones on the lower-cased text) counts; finditer would skip it.
        assert sorted(set(cues[kind])) == expected
        assert {m.start() for p in (english, chinese) for m in p.finditer(text)} <= set(cues[kind])
