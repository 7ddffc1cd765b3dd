"""Records made by the ten thousand, without their dataclass `__init__`: same objects, a third of the cost.

`fast_init(cls)` does the same for a class's own `__init__`, keeping its signature (defaults, keyword-only
fields): for classes made in many places with keywords ("Reading(first=Parts(year))"), no call changes.

A frozen dataclass's `__init__` sets each field through `object.__setattr__` (a frozen class forbids plain
assignment), which costs ~2.5x setting its slot through the slot's descriptor. `maker(cls)` gives a function
that takes every field in declared order and sets the slots directly. Only for frozen, slotted dataclasses
without `__post_init__` (checked here); tests check that what it makes equals what the class makes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")


def maker(cls: type[T]) -> Callable[..., T]:
    """A function of all of `cls`'s fields, positional and in declared order, that returns a `cls`."""
    fields = _checked_fields(cls)
    names = [f.name for f in fields]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def make({', '.join(names)}):\n    self = _new(_cls)\n{body}    return self\n", namespace)
    made: Callable[..., T] = namespace["make"]
    return made


def fast_init(cls: type[T]) -> type[T]:
    """`cls` with an `__init__` that sets its slots directly; same parameters, defaults and keyword-only fields.

    A class decorator, above `@dataclass`. Only for frozen, slotted dataclasses without `__post_init__`, whose
    fields are all parameters with a plain default or none (checked here).
    """
    fields = _checked_fields(cls)
    namespace: dict[str, Any] = {}
    parameters: list[str] = []
    for f in fields:
        if f.init is False or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: a field set outside __init__ or by a factory")
        if f.kw_only and "*" not in parameters:
            parameters.append("*")
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in fields)
    exec(f"def __init__(self, {', '.join(parameters)}):\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__, init.__annotations__ = cls.__init__.__doc__, cls.__init__.__annotations__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def _checked_fields(cls: type[T]) -> tuple[dataclasses.Field[Any], ...]:
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in vars(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: a frozen slotted dataclass without __post_init__ is needed")
    return dataclasses.fields(cast(Any, cls))
