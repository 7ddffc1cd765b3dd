"""Plain data -> block YAML text, written by hand: 10x+ faster than PyYAML's representer, same data on load.

Only plain data: dicts with str keys, lists/tuples, str, bool, int, float, None. A string is written plain
only when it provably loads back as that string; otherwise single-quoted, as a literal block, or double-quoted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import yaml

# Characters both YAML readers (PyYAML's and libyaml's) take as printable, minus line breaks (\x85, U+2028,
# U+2029), tab and the byte order mark (libyaml skips a U+FEFF at the start of a line).
_SAFE_NON_ASCII = "\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff"
_SAFE = "\x20-\x7e" + _SAFE_NON_ASCII

# Plain scalar: starts with a letter, digit, "(" or a non-ASCII character (never a YAML indicator, sign or
# dot); inside, no "#", "`", brackets or braces; never ends in a space or ":". ": " is checked separately, and
# what the loaders' resolver would read as another type (true, null, 1.5, 0x1F, 2020-01-01, 1:20) is quoted.
_PLAIN_RE = re.compile(
    rf"[A-Za-z0-9({_SAFE_NON_ASCII}][A-Za-z0-9 !\"$%&'()*+,\-./:;<=>?@\\^_|~{_SAFE_NON_ASCII}]*(?<![ :])"
)
# Single-quoted scalar: one line of printable characters; only "'" needs escaping (doubled).
_SINGLE_QUOTED_RE = re.compile(rf"[{_SAFE}]*")
# Literal block (|, |-): printable lines; the first must not start with a space (that would need an explicit
# indentation indicator) and no line may hold only spaces.
_LITERAL_RE = re.compile(rf"[\x21-\x7e{_SAFE_NON_ASCII}][{_SAFE}\n]*")
_BLANK_LINE_RE = re.compile(r"(?:^|\n) +(?:\n|$)")
# Inside double quotes: the quote, the backslash, and everything not printable or a line break.
_DOUBLE_QUOTED_ESCAPE_RE = re.compile('[\x00-\x1f"\\\\\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\"}

# A simple key must end within 1024 characters of its start (both readers); longer keys use "? key".
_MAX_SIMPLE_KEY = 128

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()  # stateless for resolve(): the implicit types the safe loaders apply
# PyYAML's resolve() is untyped: named here with the type it has, so calls to it are checked.
_resolve_tag: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = _RESOLVER.resolve


def emit_yaml(data: Any) -> str:
    """Write plain data as block YAML (2-space indent, insertion order) that loads back equal to `data`."""
    out: list[str] = []
    write = out.append
    # Per-call memos: a record repeats its field names, ids and codes thousands of times.
    key_texts: dict[str, str] = {}
    lines: dict[str, str] = {}

    # Nested functions (closing over `write` and the memos) rather than module functions passing them along:
    # this loop runs once per value of every record, and it is most of the cost of writing one.
    def emit_mapping(data: dict[Any, Any], indent: str, lead: str) -> None:
        child = indent + "  "
        for key, value in data.items():
            key_text = key_texts.get(key)
            if key_text is None:
                key_text = key_texts[key] = _format_key(key)
            kind = type(value)
            if len(key_text) > _MAX_SIMPLE_KEY:
                write(f"{lead}? {key_text}\n{indent}: ")
                emit_node(value, child)
            elif kind is str:  # the common cases first, each in one write
                write(f"{lead}{key_text}: {lines.get(value) or str_lines(value, child)}")
            elif value is None:
                write(f"{lead}{key_text}: null\n")
            elif kind is int:
                write(f"{lead}{key_text}: {value}\n")
            elif (kind is dict or kind is list or kind is tuple) and value:
                write(f"{lead}{key_text}:\n")
                if kind is dict:
                    emit_mapping(value, child, child)
                else:
                    emit_sequence(value, indent, indent)  # "key:\n- item", as PyYAML writes block sequences
            else:
                write(f"{lead}{key_text}: ")
                emit_node(value, child)
            lead = indent

    def emit_sequence(items: list[Any] | tuple[Any, ...], indent: str, lead: str) -> None:
        child = indent + "  "
        for item in items:
            write(f"{lead}- ")
            emit_node(item, child)
            lead = indent

    def str_lines(value: str, indent: str) -> str:
        """A string's text and newline: a literal block at `indent` or, memoised, one line."""
        if "\n" in value and _is_literal_safe(value):
            return _format_literal(value, indent)  # depends on the indent: not memoised
        line = lines[value] = _format_inline_str(value) + "\n"
        return line

    def emit_node(value: Any, indent: str) -> None:
        """Any node right after "key: ", "- " or ": "; its further lines (if any) at `indent`."""
        kind = type(value)
        if kind is str:
            write(lines.get(value) or str_lines(value, indent))
        elif kind is dict and value:
            emit_mapping(value, indent, "")
        elif (kind is list or kind is tuple) and value:
            emit_sequence(value, indent, "")
        elif value is None:
            write("null\n")
        elif kind is bool:
            write("true\n" if value else "false\n")
        elif kind is int:
            write(f"{value}\n")
        elif kind is float:
            write(_format_float(value) + "\n")
        elif isinstance(value, dict) and value:  # subclasses of dict, list, tuple
            emit_mapping(dict(value), indent, "")
        elif isinstance(value, (list, tuple)) and value:
            emit_sequence(tuple(value), indent, "")
        else:  # {} and [], subclasses of str/int/float, or not plain data (TypeError)
            write(_format_scalar(value) + "\n")

    if isinstance(data, dict) and data:
        emit_mapping(data, "", "")
    elif isinstance(data, (list, tuple)) and data:
        emit_sequence(data, "", "")
    else:
        write(_format_scalar(data) + "\n")  # a root scalar is never a literal block
    return "".join(out)


def _format_literal(value: str, indent: str) -> str:
    """`value` as a literal block scalar (| keeps one final newline, |- none), its lines at `indent`."""
    body, chomp = (value[:-1], "") if value.endswith("\n") else (value, "-")
    return f"|{chomp}\n" + "".join(f"{indent}{line}\n" if line else "\n" for line in body.split("\n"))


def _is_literal_safe(value: str) -> bool:
    """Whether `|` / `|-` gives back exactly `value`: printable lines, at most one final newline."""
    return (
        _LITERAL_RE.fullmatch(value) is not None and not value.endswith("\n\n") and _BLANK_LINE_RE.search(value) is None
    )


def _format_key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError(f"emit_yaml: mapping keys must be str, found {type(key).__name__} {key!r}")
    return _format_inline_str(str(key))


def _format_scalar(value: Any) -> str:
    if isinstance(value, str):
        return _format_inline_str(str(value))
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, dict) and not value:
        return "{}"
    if isinstance(value, (list, tuple)) and not value:
        return "[]"
    raise TypeError(f"emit_yaml: cannot write {type(value).__name__} {value!r} (plain data only)")


def _format_inline_str(value: str) -> str:
    """One-line form of a string: plain if it provably reads back as itself, else single or double quoted."""
    if (
        _PLAIN_RE.fullmatch(value) is not None
        and ": " not in value
        and _resolve_tag(yaml.ScalarNode, value, (True, False)) == _STR_TAG
    ):
        return value
    if _SINGLE_QUOTED_RE.fullmatch(value) is not None:
        return "'" + value.replace("'", "''") + "'"
    return '"' + _DOUBLE_QUOTED_ESCAPE_RE.sub(_escape_char, value) + '"'


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}"


def _format_float(value: float) -> str:
    """repr() in the form YAML 1.1 reads as a float: it needs a dot (1e+20 -> 1.0e+20)."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = float.__repr__(value)
    if "." not in text:
        mantissa, _, exponent = text.partition("e")
        text = f"{mantissa}.0" + (f"e{exponent}" if exponent else "")
    return text
