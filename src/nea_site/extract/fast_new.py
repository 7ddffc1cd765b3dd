"""Records made by the ten thousand, without their dataclass `__init__`: same objects, a third of the cost.

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
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in vars(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: a frozen slotted dataclass without __post_init__ is needed")
    fields: tuple[dataclasses.Field[Any], ...] = dataclasses.fields(cast(Any, cls))  # checked to be one above
    names = [f.name for f in fields]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def make({', '.join(names)}):\n    self = _new(_cls)\n{body}    return self\n", namespace)
    made: Callable[..., T] = namespace["make"]
    return made
