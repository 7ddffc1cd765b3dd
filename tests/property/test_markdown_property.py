"""Properties of the Markdown reduction: text without Markdown passes unchanged; reduction never adds words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.parse.formats.markup import reduce_markdown

# Any text whose characters cannot start Markdown syntax: no '*', '_', '`', '[', '!', '|', '>', '=', '-', '#' (a
# heading, an empty '#' line included), and no '%' of a note app's "%% comment %%".
_PLAIN = st.text(
    alphabet=st.characters(blacklist_characters="*_`[]!|>=-#%", blacklist_categories=("Cs",)), max_size=300
)
_MARKDOWN = st.text(alphabet=st.sampled_from("ab 中文\n*_`[]()!|>=-#.:/%<x"), max_size=200)
_WORD_RE = re.compile(r"[A-Za-z\u4e00-\u9fff]+")


@settings(max_examples=300)
@given(_PLAIN)
def test_text_without_markdown_passes_unchanged(text: str) -> None:
    assert reduce_markdown(text) == text


def _is_subsequence(part: str, whole: str) -> bool:
    rest = iter(whole)
    return all(ch in rest for ch in part)


@settings(max_examples=300)
@given(_MARKDOWN)
def test_reduction_only_removes_syntax(text: str) -> None:
    reduced = reduce_markdown(text)
    # Letters are only ever removed (an image's alt text, a link's address), never added or moved; what is
    # added ("# " of a setext heading, " | " between cells) holds none.
    letters = "".join(_WORD_RE.findall(reduced))
    assert _is_subsequence(letters, "".join(_WORD_RE.findall(text)))
