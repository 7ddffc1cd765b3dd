"""Model <-> plain YAML data, for every record type; decoding collects all problems before failing."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")

_HINTS: dict[type, dict[str, Any]] = {}


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_plain(value: object) -> Any:
    """Turn a record (frozen dataclass, tuples, scalars) into YAML-ready dicts, lists and scalars."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return [to_plain(v) for v in value] if isinstance(value, tuple) else value
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
    return {name: to_plain(getattr(value, name)) for name in names}


def from_plain(cls: type[T], data: Any, *, where: str = "") -> T:
    """Build a `cls` record from plain data; raise ValueError listing every problem found.

    Valid data takes the compiled fast path (`_fast`: one decoder per type, no field paths built); data with a
    problem is decoded again by the checking path, which names every problem with its field.
    """
    try:
        return typing.cast(T, _fast(cls)(data))
    except _Invalid:
        pass
    problems: list[str] = []
    result = _decode(cls, data, where or cls.__name__, problems)
    if problems:
        raise ValueError("\n".join(problems))
    return typing.cast(T, result)


class _Invalid(Exception):
    """Raised by a fast decoder at the first problem: the checking path then says what and where."""


_Decoder = typing.Callable[[Any], Any]
_FAST: dict[Any, _Decoder] = {}


def _fast(tp: Any) -> _Decoder:
    """The decoder of `tp` that accepts exactly what `_decode` accepts without a problem, and returns the same."""
    decoder = _FAST.get(tp)
    if decoder is None:
        decoder = _FAST[tp] = _compile(tp)
    return decoder


def _compile(tp: Any) -> _Decoder:  # noqa: C901, PLR0911 - one branch per kind of type, as in _decode
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _compile_dataclass(tp)
    if origin in (typing.Union, types.UnionType):
        options = get_args(tp)
        nullable = type(None) in options
        inner = [o for o in options if o is not type(None)]
        if len(inner) == 1:
            one = inner[0]

            def optional(data: Any) -> Any:
                return None if data is None and nullable else _fast(one)(data)

            return optional

        def union(data: Any) -> Any:
            if data is None and nullable:
                return None
            for option in inner:
                try:
                    return _fast(option)(data)
                except _Invalid:
                    continue
            raise _Invalid

        return union
    if origin is Literal:
        allowed = get_args(tp)

        def literal(data: Any) -> Any:
            if data not in allowed:
                raise _Invalid
            return data

        return literal
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item_type = args[0]

            def sequence(data: Any) -> Any:
                if not isinstance(data, list):
                    raise _Invalid
                item = _fast(item_type)
                return tuple([item(value) for value in data])

            return sequence

        def fixed(data: Any) -> Any:
            if not isinstance(data, list) or len(data) != len(args):
                raise _Invalid
            return tuple([_fast(a)(value) for a, value in zip(args, data, strict=True)])

        return fixed
    supertype = getattr(tp, "__supertype__", None)
    if supertype is not None:  # NewType
        return _fast(supertype)
    if tp is float:

        def number(data: Any) -> Any:
            if isinstance(data, bool) or not isinstance(data, (int, float)):
                raise _Invalid
            return float(data)

        return number
    if tp in (str, int, bool):

        def scalar(data: Any) -> Any:
            if type(data) is not tp:
                raise _Invalid
            return data

        return scalar

    def unknown(data: Any) -> Any:
        raise TypeError(f"codec cannot decode type {tp!r}")  # a bug in the model, not in the data

    return unknown


def _compile_dataclass(cls: type) -> _Decoder:
    fields = dataclasses.fields(cls)
    names = frozenset(f.name for f in fields)
    required = frozenset(
        f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    plan: list[tuple[str, _Decoder]] = []  # filled at the first call: a field's type may be `cls` itself

    def decode(data: Any) -> Any:
        if not isinstance(data, dict) or not names.issuperset(data) or not required.issubset(data):
            raise _Invalid
        if not plan:
            hints = _hints(cls)
            plan.extend((f.name, _fast(hints[f.name])) for f in fields)
        values = {name: field(data[name]) for name, field in plan if name in data}
        try:
            return cls(**values)
        except (TypeError, ValueError):
            raise _Invalid from None

    return decode


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _describe(data: Any) -> str:
    return f"{type(data).__name__} {data!r}"[:80]


def _decode(tp: Any, data: Any, where: str, problems: list[str]) -> Any:
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, data, where, problems)
    if origin in (typing.Union, types.UnionType):
        options = get_args(tp)
        if data is None and type(None) in options:
            return None
        inner = [o for o in options if o is not type(None)]
        if len(inner) == 1:
            return _decode(inner[0], data, where, problems)
        for option in inner:
            attempt: list[str] = []
            value = _decode(option, data, where, attempt)
            if not attempt:
                return value
        problems.append(f"{where}: expected {tp}, found {_describe(data)}")
        return None
    if origin is Literal:
        if data not in get_args(tp):
            allowed = ", ".join(repr(a) for a in get_args(tp))
            problems.append(f"{where}: expected one of {allowed}, found {_describe(data)}")
        return data
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(data, list):
            problems.append(f"{where}: expected a list, found {_describe(data)}")
            return ()
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item, f"{where}[{i}]", problems) for i, item in enumerate(data))
        if len(data) != len(args):
            problems.append(f"{where}: expected a list of {len(args)} items, found {len(data)}")
            return ()
        return tuple(
            _decode(a, item, f"{where}[{i}]", problems) for i, (a, item) in enumerate(zip(args, data, strict=True))
        )
    supertype = getattr(tp, "__supertype__", None)
    if supertype is not None:  # NewType
        return _decode(supertype, data, where, problems)
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            problems.append(f"{where}: expected a number, found {_describe(data)}")
        return float(data) if isinstance(data, (int, float)) else 0.0
    if tp in (str, int, bool):
        if type(data) is not tp:
            problems.append(f"{where}: expected {tp.__name__}, found {_describe(data)}")
        return data
    raise TypeError(f"codec cannot decode type {tp!r}")  # a bug in the model, not in the data


def _decode_dataclass(cls: type, data: Any, where: str, problems: list[str]) -> Any:
    if not isinstance(data, dict):
        problems.append(f"{where}: expected a mapping, found {_describe(data)}")
        return None
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in fields:
            problems.append(f"{where}: unknown field {key!r} (expected one of: {', '.join(fields)})")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for name, f in fields.items():
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                problems.append(f"{where}: missing field {name!r}")
            continue
        values[name] = _decode(hints[name], data[name], f"{where}.{name}", problems)
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        problems.append(f"{where}: {exc}")
        return None
