"""Chinese segmentation with jieba's dictionary and model, whose user words are the vocabulary's names.

Cutting goes through rjieba (jieba-rs, a compiled port of jieba with the same dictionary, frequencies and HMM):
it cuts the blocks extraction needs ~15x faster than the Python jieba and gives the same words (checked by a
property test). Part-of-speech tagging, needed only by the curators' `candidates` list, stays with Python jieba,
whose dictionary (~1.5 s to load) is then read on first use only.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING

import jieba
import jieba.posseg

if TYPE_CHECKING:
    import rjieba

jieba.setLogLevel(logging.WARNING)


_MAX_KEPT = 50_000  # the most cuts or dictionary answers a segmenter keeps: some MB


# jieba's block: a run of Han, Latin letters, digits and "+#&._%-" (jieba.re_han_default is "([...]+)").
_BLOCK_CHAR_RE = re.compile(jieba.re_han_default.pattern[1:-2])
_BLOCK_RUN_RE = re.compile(jieba.re_han_default.pattern[1:-1])


@dataclass(frozen=True, slots=True)
class UserWord:
    word: str
    tag: str  # jieba POS tag: "nt" organisation, "ns" place, "nr" person, "nz" other proper noun, "n" noun


@dataclass(slots=True)
class Segmenter:
    """Tokenizers of our own (never the libraries' module-level ones), each loaded on first use."""

    words: tuple[UserWord, ...]
    _cutter: rjieba.Jieba | None = field(default=None, init=False)
    _tokenizer: jieba.Tokenizer | None = field(default=None, init=False)
    _pos: jieba.posseg.POSTokenizer | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    # Word starts of each block cut since the last `forget()`, and has_word answers: a document's themes and
    # names ask about the same blocks and character pairs again and again. The dictionary never changes once
    # loaded, so an answer kept is the answer the cutter would give.
    _block_starts: dict[str, frozenset[int]] = field(default_factory=dict, init=False)
    _known_words: dict[str, bool] = field(default_factory=dict, init=False)

    def _load(self) -> tuple[jieba.Tokenizer, jieba.posseg.POSTokenizer]:
        with self._lock:
            if self._tokenizer is None or self._pos is None:
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                for user_word in self.words:
                    tokenizer.add_word(user_word.word, freq=None, tag=user_word.tag)
                self._tokenizer = tokenizer
                self._pos = jieba.posseg.POSTokenizer(tokenizer)
                for user_word in self.words:  # POS tags of user words live in the POS tokenizer
                    self._pos.word_tag_tab[user_word.word] = user_word.tag
            return self._tokenizer, self._pos

    def _load_cutter(self) -> rjieba.Jieba:
        # Imported here: importing rjieba builds its module-level default tokenizer (~35 MB, ~0.2 s), which only
        # the processes that cut text should pay for (not, say, the build's parent while MkDocs runs).
        if self._cutter is not None:
            return self._cutter  # loaded: no lock to take (it is never unset)
        import rjieba

        with self._lock:
            if self._cutter is None:
                cutter = rjieba.Jieba()
                for user_word in self.words:  # same order and suggested frequencies as the Python tokenizer
                    cutter.add_word(user_word.word, None, user_word.tag)
                self._cutter = cutter
            return self._cutter

    def preload(self) -> None:
        """Load the cutter's dictionary now (a worker does it before its first document, not inside it).

        What the process holds by then (the vocabulary's automata, the lexicon, the rules' tables) lives as long
        as it does: after a collection (no garbage is kept) it leaves the collector's generations (gc.freeze), so
        the full collections that documents' allocations set off do not walk it again and again (on the bench
        corpus: 30 ms of 1.1 s of extraction, 2 ms frozen). Objects still die when nothing refers to them.
        """
        # The tagger builds its tables on first use, and its tables for words no dictionary holds (a model of
        # characters, ~40 ms) on the first such word: an invented name here.
        self._load_cutter().tag("预热谭文丽")
        gc.collect()
        gc.freeze()

    def cut(self, text: str) -> list[str]:
        """Segment `text` into words (accurate mode, with the HMM for unknown words)."""
        return self._load_cutter().cut(text)

    def cut_for_search(self, text: str) -> list[str]:
        """The words of `cut`, each long one preceded by the dictionary words inside it (jieba's search mode).

        What a full-text index should hold: a search for a short word then finds it inside a compound too.
        """
        return list(self._load_cutter().cut_for_search(text, True))

    def word_starts(self, text: str, offsets: Iterable[int]) -> set[int]:
        """Which of `offsets` begin a word in `cut(text)`, cutting only the jieba blocks that hold them.

        jieba cuts each run of Han/alphanumeric characters (a block) on its own and every other character is a
        word by itself, so cutting one block gives the same words as cutting the whole text.
        """
        found: set[int] = set()
        for offset, block in _blocks_of(text, offsets).items():
            if block is None or offset - block[0] in self._starts_in_block(text[block[0] : block[1]]):
                found.add(offset)
        return found

    def either_starts_word(self, text: str, pairs: Sequence[tuple[int, int]]) -> list[bool]:
        """For each (a, b) of `pairs`: whether a or b begins a word in `cut(text)`, as `word_starts` answers.

        An offset outside every block or at a block's start begins a word without a cut, so a block is cut only
        for a pair that neither of those settles (a keyword that ends a clause needs no cut of it).
        """
        blocks = _blocks_of(text, [offset for pair in pairs for offset in pair])
        answers: list[bool] = []
        cut: dict[tuple[int, int], frozenset[int]] = {}  # a block's word starts, looked up once per block here
        for a, b in pairs:
            of_a, of_b = blocks[a], blocks[b]
            if of_a is None or of_b is None:
                answers.append(True)
                continue
            starts = cut.get(of_a)
            if starts is None:
                starts = cut[of_a] = self._starts_in_block(text[of_a[0] : of_a[1]])
            if a - of_a[0] in starts:
                answers.append(True)
                continue
            starts = cut.get(of_b)
            if starts is None:
                starts = cut[of_b] = self._starts_in_block(text[of_b[0] : of_b[1]])
            answers.append(b - of_b[0] in starts)
        return answers

    def _starts_in_block(self, block: str) -> frozenset[int]:
        """Offsets (from the block's start) of the words of `cut(block)`, kept until `forget()`."""
        starts = self._block_starts.get(block)
        if starts is None:
            if len(self._block_starts) >= _MAX_KEPT:
                self._block_starts.clear()
            words = self._load_cutter().cut(block)  # each word starts where the ones before it end
            starts = self._block_starts[block] = frozenset(accumulate(map(len, words[:-1]), initial=0) if words else ())
        return starts

    def forget(self) -> None:
        """Drop the kept cuts (extraction calls it before each document, so they never pile up)."""
        self._block_starts.clear()

    def has_word(self, word: str) -> bool:
        """True when the cutter's dictionary (jieba's, with our user words) has the word (no Python jieba load)."""
        known = self._known_words.get(word)
        if known is None:  # two-character words mostly, kept for the build (up to a bound)
            if len(self._known_words) >= _MAX_KEPT:
                self._known_words.clear()
            known = self._known_words[word] = bool(self._load_cutter().has_word(word))
        return known

    def quick_tags(self, text: str) -> list[tuple[str, str]]:
        """Segment `text` into (word, POS tag) pairs with the compiled cutter (~100x faster than `tag`)."""
        return self._load_cutter().tag(text)

    def is_known_word(self, word: str) -> bool:
        """True when jieba's dictionary (or our user words) has the word; names it never saw are not known."""
        tokenizer, _ = self._load()
        return bool(tokenizer.FREQ.get(word))

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Segment `text` into (word, POS tag) pairs."""
        _, pos = self._load()
        return [(pair.word, pair.flag) for pair in pos.cut(text)]


def _blocks_of(text: str, offsets: Iterable[int]) -> dict[int, tuple[int, int] | None]:
    """Each offset with the block (start, end) it lies inside, or None where it begins a word without a cut.

    An offset outside every block is a word by itself, one at a block's start begins its first word. The blocks
    are walked in step with the sorted offsets: one scan of the text, in C, up to the last offset.
    """
    wanted = sorted(set(offsets))
    placed: dict[int, tuple[int, int] | None] = {}
    runs = _BLOCK_RUN_RE.finditer(text)
    block = (-1, -1)  # the block that holds or follows the last offset
    for offset in wanted:
        if offset >= block[1]:
            for run in runs:
                if run.end() > offset:
                    block = run.span()
                    break
            else:
                block = (wanted[-1] + 1, wanted[-1] + 1)  # no block holds this offset or any after it
        placed[offset] = block if offset > block[0] else None
    return placed


def make_segmenter(words: Iterable[UserWord]) -> Segmenter:
    """A segmenter whose dictionary includes `words` (sorted, so the result never depends on input order)."""
    unique = sorted({(w.word, w.tag) for w in words if w.word.strip()})
    return Segmenter(words=tuple(UserWord(word, tag) for word, tag in unique))


def user_dict_text(words: Iterable[UserWord]) -> str:
    """The words as a jieba user-dictionary file ("word tag" lines, no frequency: jieba suggests one)."""
    unique = sorted({(w.word, w.tag) for w in words if " " not in w.word and w.word.strip()})
    return "".join(f"{word} {tag}\n" for word, tag in unique)
