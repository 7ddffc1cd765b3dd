"""Errors shown to users: each names the file (and line) and says what to do."""

from __future__ import annotations

from pathlib import Path


class NeaSiteError(Exception):
    """Base of every error the CLI turns into a message and exit code 1."""


def _format_problem(where: str, problem: str, hint: str) -> str:
    return f"{where}: {problem}" + (f"\n  hint: {hint}" if hint else "")


class SourceError(NeaSiteError):
    """A source file cannot be read or parsed."""

    def __init__(self, path: Path | str, problem: str, *, line: int | None = None, hint: str = "") -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(_format_problem(where, problem, hint))


class RecordError(NeaSiteError):
    """A YAML record or curated file is invalid; carries every problem found."""

    def __init__(self, path: Path | str, problems: list[str], *, hint: str = "") -> None:
        self.problems = problems
        body = "\n".join(f"{path}:{p}" if p[:1].isdigit() else f"{path}: {p}" for p in problems)
        super().__init__(body + (f"\n  hint: {hint}" if hint else ""))


class RenderError(NeaSiteError):
    """A page cannot be rendered."""


class BuildError(NeaSiteError):
    """The MkDocs build or the site swap failed."""
