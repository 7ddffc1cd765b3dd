"""Many literal words as one regex shaped like a trie: the engine reads a shared prefix once, not once per word."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_END = ""  # trie key marking the end of a word

# After a word's first character: the character before it is not a letter or digit. Written after the first
# character rather than before it, the pattern starts with a literal in every branch, so the regex engine skips
# ahead to the next possible first character in C instead of trying the whole pattern at every position.
WORD_START_AFTER_FIRST = r"(?<![A-Za-z0-9].)"


def trie_regex(
    words: Iterable[str],
    end: Callable[[str], str] = lambda word: "",
    after_first: Callable[[str], str] = lambda first: "",
) -> str:
    """A regex matching exactly `words`, the longest first.

    `end(word)` is appended where a word ends; `after_first(ch)` is inserted after the first character `ch` of
    the words that start with it (for a condition on what comes before the word, as a look-behind).
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = end(word)
    return _node_regex(root, after_first)


def _node_regex(node: dict[str, Any], after_first: Callable[[str], str] | None = None) -> str:
    branches = [
        re.escape(ch) + (after_first(ch) if after_first else "") + _node_regex(child)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if _END in node:
        branches.append(node[_END])  # ending here is tried last, so the longest word wins
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
