"""find_actor_spans asks jieba once per text about the names its word-break tests doubt.

It finds what the plain form finds: each doubted name asking `word_starts` on its own, the Han test as a regex
per character.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actor_edges import WORD_ENDINGS, may_follow, may_precede
from nea_site.extract.actors import find_actor_spans
from nea_site.model import ActorId
from nea_site.text.literals import ASCII_WORD_CHARS
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))
GAZETTEER, SEGMENTER = EXTRACTOR.gazetteer, EXTRACTOR.segmenter
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = 1  # extract/actor_edges.py's script codes: Latin, then Hangul and kana (2, 3)
_HANGUL = 2


def _plain_inside_a_word(text: str, start: int, end: int, next_end: int) -> bool:
    before = WORD_ENDINGS.get(text[start])
    if before is None or start == 0 or text[start - 1] not in before:
        return False
    return next_end > end or not SEGMENTER.word_starts(text, [start])


def _plain_straddles(text: str, start: int, end: int, segmenter: Segmenter) -> bool:
    if end - start != 2 or start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if not (_HAN_RE.match(before) and _HAN_RE.match(after) and _HAN_RE.fullmatch(text, start, end)):
        return False
    if not (segmenter.has_word(before + text[start]) and segmenter.has_word(text[end - 1] + after)):
        return False
    return not segmenter.word_starts(text, [start])


def _plain_spans(text: str) -> list[tuple[int, int, tuple[ActorId, ...]]]:
    simplified = to_simplified(text)
    last = len(simplified) - 1
    fitting = [
        (start, -end, actors)
        for start, end, (starts, ends, actors) in GAZETTEER.names.find_all(simplified)
        if not (starts == _LATIN and start and simplified[start - 1] in ASCII_WORD_CHARS)
        and not (ends == _LATIN and end <= last and simplified[end] in ASCII_WORD_CHARS)
        and (starts < _HANGUL or not start or may_follow(simplified, start, starts, GAZETTEER.edges))
        and (ends < _HANGUL or end > last or may_precede(simplified, end, ends, GAZETTEER.edges))
    ]
    if not simplified.isascii():
        reach: dict[int, int] = {}
        for start, negative_end, _ in fitting:
            reach[start] = max(reach.get(start, 0), -negative_end)
        fitting = [
            (start, negative_end, actors)
            for start, negative_end, actors in fitting
            if not _plain_inside_a_word(simplified, start, -negative_end, reach.get(start + 1, 0))
            and not _plain_straddles(simplified, start, -negative_end, SEGMENTER)
        ]
    fitting.sort()
    spans, position = [], 0
    for start, negative_end, actors in fitting:
        if start >= position:
            position = -negative_end
            if actors:
                spans.append((start, position, actors))
    return spans


# Two-character names and the characters that make words with their edges (沿海 + 地区 around 海地, 其中 + 日本),
# names' own characters, and what ends a jieba block.
_PIECES = st.sampled_from(
    ["中国", "日本", "韩国", "中日", "海地", "加纳", "南宁", "美国", "朝鲜", "中日韩", "沿", "地区", "其", "程",
     "过", "今", "欧", "王", "湖", "南", "增", "纳税", "宁乡", "经济", "合作", "的", "在", "，", "。", " ", "A", "1"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_names_found_alike_with_one_question_to_jieba(text: str) -> None:
    found = [(s.start, s.end, s.actors) for s in find_actor_spans(text, GAZETTEER, segmenter=SEGMENTER)]
    assert found == _plain_spans(text)


def test_a_name_across_a_word_break_is_still_dropped() -> None:
    text = "沿海地区的经济"  # 沿海 + 地区: no 海地 (Haiti) here, whatever the vocabulary calls it
    assert [s.surface for s in find_actor_spans(text, GAZETTEER, segmenter=SEGMENTER)] == [
        text[s:e] for s, e, _ in _plain_spans(text)
    ]
    assert "海地" not in [s.surface for s in find_actor_spans(text, GAZETTEER, segmenter=SEGMENTER)]
