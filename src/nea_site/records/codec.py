"""Model <-> plain YAML data, for every record type; decoding collects all problems before failing."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")

_HINTS: dict[type, dict[str, Any]] = {}


def to_plain(value: object) -> Any:
    """Turn a record (frozen dataclass, tuples, scalars) into YAML-ready dicts, lists and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [to_plain(v) for v in value]
    return value


def from_plain(cls: type[T], data: Any, *, where: str = "") -> T:
    """Build a `cls` record from plain data; raise ValueError listing every problem found."""
    problems: list[str] = []
    result = _decode(cls, data, where or cls.__name__, problems)
    if problems:
        raise ValueError("\n".join(problems))
    return typing.cast(T, result)


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
