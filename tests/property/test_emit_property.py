"""Properties of emit_yaml: any plain data loads back equal (types and key order too) with both loaders."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.records.emit import emit_yaml

LOADERS = [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)]

# Pieces YAML treats specially: implicit types of YAML 1.1, indicators, quotes, line breaks, odd characters.
PIECES = [
    "yes", "No", "on", "OFF", "y", "n", "null", "~", "true", "False", "0x1F", "0o7", "017", "1_000", "1e3",
    "1.0e+3", ".5", "5.", "+1", "-1", "1:20", ".inf", ".nan", "2020-01-01", "2020-01-01 10:00:00", "<<", "=",
    ": ", ":", " #", "#", "- ", "-", "---", "...", "? ", "[", "]", "{", "}", ",", "*", "&", "!", "|", ">", "'",
    '"', "%", "@", "`", "\\", "\\/", "/", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\x00", "\x1b", "\x7f",
    "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\xa0", "\u3000", "中日韩", "“一带一路”", "（一）", "😀",
]  # fmt: skip

texts = st.one_of(
    st.text(),
    st.sampled_from(PIECES),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=8).map("".join),
)
multiline_texts = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(PIECES)), min_size=2, max_size=6).map(
    "\n".join
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    texts,
    multiline_texts,
)
plain_data = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(texts, children, max_size=4),
    ),
    max_leaves=20,
)


def tagged(data: Any) -> Any:
    """`data` with every value's type and every mapping's key order made part of the comparison (True != 1)."""
    if isinstance(data, dict):
        return ("dict", [(key, tagged(value)) for key, value in data.items()])
    if isinstance(data, list):
        return ("list", [tagged(item) for item in data])
    return (type(data).__name__, data)


@given(plain_data)
@settings(max_examples=500)
def test_any_plain_data_loads_back_equal(data: Any) -> None:
    text = emit_yaml(data)
    for loader in LOADERS:
        assert tagged(yaml.load(text, Loader=loader)) == tagged(data)


@given(st.dictionaries(texts, st.one_of(texts, multiline_texts), min_size=1, max_size=6))
@settings(max_examples=500)
def test_any_strings_as_keys_and_values_load_back_equal(data: dict[str, str]) -> None:
    text = emit_yaml({"outer": [data, {"nested": data}]})
    for loader in LOADERS:
        assert yaml.load(text, Loader=loader) == {"outer": [data, {"nested": data}]}


@given(plain_data)
@settings(max_examples=200)
def test_emit_load_emit_is_identical(data: Any) -> None:
    text = emit_yaml(data)
    assert emit_yaml(yaml.load(text, Loader=LOADERS[-1])) == text
