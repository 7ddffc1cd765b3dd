"""emit_yaml: the block YAML it writes loads back to the same data, with both loaders; records survive the store."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import GOLDEN
from nea_site.model import DocumentMeta, DocumentRecord, LocalizedText, Paragraph, SourceId
from nea_site.records import dump_yaml, from_plain, read_record, read_records, stage_records, to_plain
from nea_site.records.emit import emit_yaml

LOADERS = [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)]
GOLDEN_RECORDS = sorted((GOLDEN / "records").glob("*.yml"))


def tagged(data: Any) -> Any:
    """`data` with every value's type and every mapping's key order made part of the comparison (True != 1)."""
    if isinstance(data, dict):
        return ("dict", [(key, tagged(value)) for key, value in data.items()])
    if isinstance(data, (list, tuple)):
        return ("list", [tagged(item) for item in data])
    return (type(data).__name__, data)


def assert_loads_back(data: Any) -> str:
    text = emit_yaml(data)
    for loader in LOADERS:
        assert tagged(yaml.load(text, Loader=loader)) == tagged(data), (loader.__name__, text)
    return text


TRICKY_STRINGS = [
    "",
    " ",
    "plain text",
    " leading",
    "trailing ",
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "n",
    "null",
    "Null",
    "~",
    "true",
    "False",
    "0x1F",
    "0o17",
    "017",
    "1_000",
    "1e3",
    "1.0e+3",
    ".5",
    "5.",
    "+1",
    "-1",
    "1:20",
    "190:20:30",
    ".inf",
    "-.Inf",
    ".NaN",
    "2020-01-01",
    "2020-1-1 10:00:00",
    "2001-12-14t21:59:43.10-05:00",
    "<<",
    "=",
    "a: b",
    "a:b",
    "a:",
    ":a",
    "a #b",
    "a#b",
    "#a",
    "- a",
    "-a",
    "--- a",
    "---",
    "...",
    "? a",
    "?a",
    "[a]",
    "{a: b}",
    "a, b",
    "*alias",
    "&anchor",
    "!tag",
    "!!str",
    "|",
    ">",
    "'quoted'",
    '"quoted"',
    "it's",
    'say "hi"',
    "@at",
    "`tick",
    "%percent",
    "back\\slash",
    "slash/and\\/",
    "tab\there",
    "\ttab first",
    "new\nline",
    "new\nline\n",
    "new\nline\n\n",
    "\nleading newline",
    "  indented\nsecond",
    "first\n  indented second",
    "first\n   \nblank line of spaces",
    "trailing spaces  \nsecond",
    "a\r\nb",
    "carriage\rreturn",
    "nul\x00byte",
    "bell\x07",
    "esc\x1b[0m",
    "del\x7f",
    "c1\x80\x85\x9f",
    "line\u2028separator",
    "para\u2029separator",
    "\ufeffbom first",
    "bom\ufeffinside",
    "non\ufffechar",
    "non\uffffchar",
    "nbsp\xa0inside",
    "\xa0nbsp first",
    "ideographic\u3000space\u3000",
    "中日韩人文交流",
    "“一带一路”倡议",
    "（一）经济合作",
    "一、引言",
    "emoji 😀 and 🇯🇵",
    "😀",
    "Ελληνικά",
    "x" * 5000,
    "long: " + "y" * 2000,
]


@pytest.mark.parametrize("value", TRICKY_STRINGS)
def test_tricky_string_loads_back_as_value_and_as_key(value: str) -> None:
    assert_loads_back({"k": value, "list": [value, value], value: value, "nested": {value: [value]}})
    assert_loads_back(value)
    assert_loads_back([value])


@pytest.mark.parametrize(
    "value",
    [0, 1, -1, 10**30, -(10**30), 0.0, -0.0, 0.1, 1.5, -2.25, 1e16, 1e20, 1e-5, 1e-7, 5e-324, 1.7976931348623157e308,
     math.inf, -math.inf, True, False, None],
)  # fmt: skip
def test_numbers_bools_and_null_load_back_with_their_type(value: object) -> None:
    assert_loads_back({"v": value, "l": [value]})


def test_nan_loads_back_as_nan() -> None:
    assert emit_yaml({"v": math.nan}) == "v: .nan\n"
    for loader in LOADERS:
        assert math.isnan(yaml.load(emit_yaml({"v": math.nan}), Loader=loader)["v"])


def test_block_layout_is_like_pyyaml_default_flow_style_false() -> None:
    data = {
        "id": "doc-1",
        "number": "1.1",
        "empty_map": {},
        "empty_list": [],
        "items": ["a", {"x": 1, "y": [True, None]}, [1, 2], []],
        "nested": {"inner": {"deep": "z"}},
        "text": "two\nlines",
        "ending": "one line\n",
    }
    assert emit_yaml(data) == (
        "id: doc-1\n"
        "number: '1.1'\n"
        "empty_map: {}\n"
        "empty_list: []\n"
        "items:\n"
        "- a\n"
        "- x: 1\n"
        "  y:\n"
        "  - true\n"
        "  - null\n"
        "- - 1\n"
        "  - 2\n"
        "- []\n"
        "nested:\n"
        "  inner:\n"
        "    deep: z\n"
        "text: |-\n"
        "  two\n"
        "  lines\n"
        "ending: |\n"
        "  one line\n"
    )
    assert_loads_back(data)


def test_root_values() -> None:
    assert emit_yaml({}) == "{}\n"
    assert emit_yaml([]) == "[]\n"
    assert emit_yaml("two\nlines") == '"two\\nlines"\n'  # a root scalar is never a literal block
    assert_loads_back(["a", ["b", ["c", {}]]])


def test_key_order_is_insertion_order() -> None:
    text = assert_loads_back({"z": 1, "a": 2, "m": {"b": 1, "a": 2}})
    assert text.index("z:") < text.index("a:")


def test_tuples_are_written_as_lists() -> None:
    assert emit_yaml({"t": ("a", ("b",))}) == emit_yaml({"t": ["a", ["b"]]})


def test_long_keys_use_explicit_key_syntax() -> None:
    key = "k" * 2000
    text = assert_loads_back({key: [1, {"a": "b\nc"}], "short": {key: {"x": 1}}, "n" * 300: None})
    assert f"? {key}\n" in text


def test_lone_surrogate_is_escaped() -> None:
    text = emit_yaml({"s": "a\ud800b"})
    assert text == 's: "a\\uD800b"\n'
    assert yaml.load(text, Loader=yaml.SafeLoader) == {"s": "a\ud800b"}  # libyaml refuses surrogate escapes


@pytest.mark.parametrize("value", [{1: "a"}, {None: "a"}, {"a": {1, 2}}, [b"bytes"], object()])
def test_only_plain_data_is_written(value: object) -> None:
    with pytest.raises(TypeError, match="emit_yaml"):
        emit_yaml(value)


@pytest.mark.parametrize("path", GOLDEN_RECORDS, ids=lambda p: p.stem)
def test_seed_record_round_trips(path: Path) -> None:
    record = read_record(path)
    text = dump_yaml(to_plain(record))
    for loader in LOADERS:
        assert from_plain(DocumentRecord, yaml.load(text, Loader=loader)) == record
    assert text == path.read_text(encoding="utf-8")  # the golden file is exactly what we write


def _record(record_id: str, text: str) -> DocumentRecord:
    return DocumentRecord(
        id=SourceId(record_id),
        source=f"{record_id}.txt",
        sha256="0" * 64,
        lang="en",
        title=LocalizedText(en="yes", zh="“标题”: 2020-01-01", original="en"),
        meta=DocumentMeta(title="null", authors=("A B", " ~", "1.5"), origins=(("title", "parsed"),)),
        sections=(),
        paragraphs=(Paragraph(index=1, anchor="p-1", text=text, lang="en", section_id=None),),
        footnotes=(),
    )


def test_staged_records_read_back_equal(tmp_path: Path) -> None:
    # stage_records no longer reads each file back during a build; this is the check it used to make.
    seeds = [read_record(p) for p in GOLDEN_RECORDS]
    made = [_record("b-doc", "多语言 text\nwith a newline\n"), _record("a-doc", "- a: b #c\n\n\x00\u2028 ")]
    records = seeds + made
    staging = stage_records(records, tmp_path / "records.staging")
    assert read_records(staging) == sorted(records, key=lambda r: r.id)
