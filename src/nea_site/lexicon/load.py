"""Reads the package's word lists and a project's additions; every problem is reported with its file and line."""

from __future__ import annotations

import difflib
import functools
import hashlib
import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from nea_site.errors import BuildError, RecordError

LANGS: tuple[str, ...] = ("en", "zh", "ko", "ja")
PROJECT_FILE = "lexicon.yml"  # in corpus/curated/
_PACKAGE_DIR = Path(__file__).parent
# libyaml's loader when installed: the same nodes and lines, ten times faster (every process reads the lists).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Lexicon:
    lists: Mapping[str, Mapping[str, tuple[str, ...]]]  # list name -> language -> words, in file order
    version: str  # content hash: matchers are cached by it, the extraction cache key holds it

    def words(self, name: str, *langs: str) -> tuple[str, ...]:
        """The words of list `name` in the given languages (all four when none is given), without repeats."""
        if name not in self.lists:
            raise KeyError(f"no word list {name!r} in the lexicon")
        by_lang = self.lists[name]
        out: dict[str, None] = {}
        for lang in langs or LANGS:
            out.update(dict.fromkeys(by_lang.get(lang, ())))
        return tuple(out)

    def __hash__(self) -> int:
        return hash(self.version)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.version == self.version


def load_lexicon(project_file: Path | None = None) -> Lexicon:
    """The package's lists, extended by `project_file` when it exists; RecordError names every problem."""
    lists: dict[str, dict[str, list[str]]] = {}
    digest = hashlib.sha256()
    problems: list[tuple[Path, list[str]]] = []
    for lang in LANGS:
        path = _PACKAGE_DIR / f"{lang}.yml"
        text = path.read_text(encoding="utf-8")
        digest.update(text.encode())
        found, errors = _read_lists(text, lang_of_file=lang)
        if errors:
            problems.append((path, errors))
        for name, words in found.items():
            lists.setdefault(name, {}).setdefault(lang, []).extend(words[lang])
    if project_file is not None and project_file.is_file():
        text = project_file.read_text(encoding="utf-8")
        digest.update(text.encode())
        found, errors = _read_lists(text, lang_of_file=None, known=set(lists))
        if errors:
            problems.append((project_file, errors))
        for name, added in found.items():
            for lang, extra in added.items():
                lists[name].setdefault(lang, []).extend(w for w in extra if w not in lists[name].get(lang, ()))
    if problems:
        path, errors = problems[0]
        raise RecordError(path, errors + [f"{p}: {e}" for p, more in problems[1:] for e in more])
    frozen = {name: {lang: tuple(words) for lang, words in by_lang.items()} for name, by_lang in lists.items()}
    return Lexicon(lists=frozen, version=digest.hexdigest()[:16])


def _read_lists(
    text: str, *, lang_of_file: str | None, known: set[str] | None = None
) -> tuple[dict[str, dict[str, list[str]]], list[str]]:
    """Lists of one file. A language file maps name -> words; the project file maps name -> {lang: words}."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        return {}, [str(exc)]
    if root is None:
        return {}, []
    if not isinstance(root, yaml.MappingNode):
        return {}, [f"{root.start_mark.line + 1}: expected a mapping of list names"]
    found: dict[str, dict[str, list[str]]] = {}
    errors: list[str] = []
    for key, value in root.value:
        line = key.start_mark.line + 1
        name = str(key.value)
        if known is not None and name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=3)
            hint = f"did you mean {' or '.join(map(repr, close))}?" if close else "see src/nea_site/lexicon/<lang>.yml"
            errors.append(f"{line}: unknown word list {name!r} ({hint})")
            continue
        if lang_of_file is not None:
            words, problem = _words(value)
            if problem:
                errors.append(f"{line}: {name}: {problem}")
            found[name] = {lang_of_file: words}
            continue
        if not isinstance(value, yaml.MappingNode):
            errors.append(f"{line}: {name}: expected languages ({', '.join(LANGS)}) mapped to lists of words")
            continue
        for lang_key, lang_value in value.value:
            lang = str(lang_key.value)
            if lang not in LANGS:
                errors.append(f"{lang_key.start_mark.line + 1}: {name}: unknown language {lang!r}")
                continue
            words, problem = _words(lang_value)
            if problem:
                errors.append(f"{lang_key.start_mark.line + 1}: {name}.{lang}: {problem}")
            found.setdefault(name, {})[lang] = words
    return found, errors


def _words(node: yaml.Node) -> tuple[list[str], str]:
    if not isinstance(node, yaml.SequenceNode):
        return [], "expected a list of words"
    words = [str(item.value) for item in node.value if isinstance(item, yaml.ScalarNode) and str(item.value).strip()]
    if len(words) != len(node.value):
        return words, "every word must be a non-empty string"
    return words, ""


def alternation(words: tuple[str, ...], *, space: str = r"\s+", dot: str = r"\.") -> str:
    """Words as a regex alternation in their list's order: where one word may open another, the first listed wins.

    A space in a word matches `space` (one or more spaces unless asked otherwise), a "." matches `dot`.
    """
    return "|".join(re.escape(word).replace(r"\ ", space).replace(r"\.", dot) for word in words)


_T = TypeVar("_T")
_TABLES: list[Callable[[Lexicon], object]] = []


def table(build: Callable[[Lexicon], _T]) -> Callable[[Lexicon], _T]:
    """A rule table built from a lexicon's lists: once per lexicon (cached), and listed for `build_tables`."""
    cached = functools.cache(build)
    _TABLES.append(cached)
    return cached


def build_tables() -> None:
    """Build every table of the imported modules now, from the current lexicon.

    A worker does it with its extractor, before its first document: a table first asked for inside a document
    would cost that document its compilation (tens of ms, once per process).
    """
    lex = current()
    for build in _TABLES:
        build(lex)


_current: Lexicon | None = None


def current() -> Lexicon:
    """This process's lexicon: the one `activate` made current, else the package's lists (read once).

    Matchers are built from it when their module is first imported, so it never changes afterwards.
    """
    global _current
    if _current is None:
        _current = load_lexicon()
    return _current


def activate(project_file: Path) -> Lexicon:
    """Make the package's lists extended by `project_file` (when it exists) this process's lexicon; returns it.

    Call it before importing any stage: their matchers are built at import from `current()`. Called again with
    lists of the same content (any project, the same words) it changes nothing. RecordError names a bad file's
    lines; BuildError says the matchers of this process were already built from other lists.
    """
    global _current
    wanted = load_lexicon(project_file)
    if _current is None:
        _current = wanted
    elif _current.version != wanted.version:
        raise BuildError(
            f"{project_file}: this process's matchers were built from other word lists "
            f"(lexicon {_current.version}, this project's is {wanted.version})\n"
            "  hint: run each project in its own `nea-site` command, or call lexicon.activate() before importing "
            "a stage"
        )
    return _current


def start_worker(project_file: Path, then: str, *args: Any) -> None:
    """A worker process's initializer: activates the project's lexicon, then imports and calls `then` with `args`.

    `then` is "module:function". A spawned (not forked) child imports the stages afresh; being given this function
    (which imports no stage) as its initializer, it builds their matchers from the project's lists, not the
    package's. A forked child already holds those lists, and activating them again changes nothing.
    """
    activate(project_file)
    module, _, name = then.partition(":")
    getattr(importlib.import_module(module), name)(*args)
