"""The words the search index holds: Chinese (and Japanese kana) as overlapping character pairs, the rest as is.

A run of CJK characters "秘书处成立" is written as "秘书 书处 处成 成立 立": every character starts one
token (the run's last one a single character). The browser cuts a query's CJK runs into the same pairs
(assets/javascripts/nea-search.js), and Pagefind matches each query term as a prefix of an indexed word, so a
query finds every page that holds it as a substring: index and query are segmented the same way by construction,
with no dictionary in the browser (a dictionary segmenter such as jieba cuts a compound one way in a page and
another way in a query, and the two never meet; Pagefind issue 1237).
"""

from __future__ import annotations

import re

# Han (with extension A and compatibility ideographs), hiragana and katakana: scripts written without spaces.
CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")


def pair_tokens(run: str) -> list[str]:
    """A CJK run as the tokens that start at each of its characters: pairs, then the last character alone."""
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]] if run else []


def index_text(text: str) -> str:
    """`text` with each CJK run replaced by its pair tokens, set off by spaces from the text around it."""
    out: list[str] = []
    last = 0
    for match in _CJK_RUN.finditer(text):
        out.append(text[last : match.start()])
        out.append(" " + " ".join(pair_tokens(match.group())) + " ")
        last = match.end()
    out.append(text[last:])
    return " ".join("".join(out).split())


def join_pairs(tokens: list[str]) -> str:
    """Undo `index_text` for a run of tokens (what the browser does to an excerpt): "秘书 书处 处" -> "秘书处"."""
    text = ""
    for token in tokens:
        if text and token and _CJK_RUN.fullmatch(token) and _CJK_RUN.fullmatch(text[-1]) and token[0] == text[-1]:
            text += token[1:]
        else:
            text += (" " if text else "") + token
    return text
