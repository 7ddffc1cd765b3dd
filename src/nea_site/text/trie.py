"""Many literal words as one regex shaped like a trie: the engine reads a shared prefix once, not once per word."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_END = ""  # trie key marking the end of a word


def trie_regex(words: Iterable[str], end: Callable[[str], str] = lambda word: "") -> str:
    """A regex matching exactly `words`, the longest first; `end(word)` is appended where a word ends."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = end(word)
    return _node_regex(root)


def _node_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch != _END]
    if _END in node:
        branches.append(node[_END])  # ending here is tried last, so the longest word wins
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
