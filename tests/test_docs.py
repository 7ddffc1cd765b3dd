"""docs/ is kept true by tests (datasette's habit), and the README stays short.

The CLI and record-field references are generated from the code and compared here (`--update-golden` rewrites
them); the docs site builds strictly.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import subprocess
import sys
from pathlib import Path

import click
import pytest

from conftest import REPO
from nea_site import model
from nea_site.cli import main

DOCS = REPO / "docs"
README = (REPO / "README.md").read_text(encoding="utf-8")
RECORD_CLASSES = (
    model.DocumentRecord, model.DocumentMeta, model.Section, model.Paragraph, model.FootnoteRef, model.Footnote,
    model.LocalizedText, model.Mention, model.DateMention, model.PartialDate, model.ThemeWeight, model.SectionWeight,
    model.Event, model.Claim, model.Quantity, model.Provenance, model.Actor, model.ActorGroup, model.Theme,
    model.Terms, model.GroupLink,
)  # fmt: skip


def _cli_reference() -> str:
    lines = ["# Command line reference", "", "Generated from each command's `--help` by `tests/test_docs.py`", ""]
    assert isinstance(main, click.Group)
    for name in sorted(main.commands):
        command = main.commands[name]
        with click.Context(command, info_name=f"nea-site {name}") as ctx:
            text = command.get_help(ctx)
        lines += [f"## nea-site {name}", "", "```text", text, "```", ""]
    return "\n".join(lines)


def _field_comments(cls: type) -> dict[str, str]:
    """The `# comment` after each field in the class's source: the model's own documentation of the field."""
    source = inspect.getsource(cls)
    comments: dict[str, str] = {}
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            line = lines[node.lineno - 1]
            comments[node.target.id] = line.split("  # ", 1)[1].strip() if "  # " in line else ""
    return comments


def _records_reference() -> str:
    lines = ["# Record fields", "", "Generated from `src/nea_site/model/` by `tests/test_docs.py`.", ""]
    for cls in RECORD_CLASSES:
        doc = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        lines += [f"## {cls.__name__}", ""] + ([doc, ""] if doc and not doc.startswith(cls.__name__ + "(") else [])
        lines += ["| field | type | meaning |", "|---|---|---|"]
        comments = _field_comments(cls)
        for field in dataclasses.fields(cls):
            kind = str(field.type).replace("|", "\\|")
            meaning = comments.get(field.name, "").replace("|", "\\|")
            lines.append(f"| `{field.name}` | `{kind}` | {meaning} |")
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("name", "make"), [("reference/cli.md", _cli_reference), ("reference/records.md", _records_reference)]
)
def test_reference_pages_are_generated_from_the_code(request: pytest.FixtureRequest, name: str, make: object) -> None:
    assert callable(make)
    actual = make()
    path = DOCS / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file() and path.read_text(encoding="utf-8") == actual, f"{name} is stale: run --update-golden"


def test_every_cli_command_and_option_is_in_the_cli_reference() -> None:
    text = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    assert isinstance(main, click.Group)
    missing = [
        f"{name} {opt}"
        for name, command in main.commands.items()
        for param in command.params
        for opt in getattr(param, "opts", [])
        if opt.startswith("--") and opt not in text
    ] + [f"command {name}" for name in main.commands if f"## nea-site {name}" not in text]
    assert not missing


def test_every_record_field_is_in_the_records_reference() -> None:
    text = (DOCS / "reference" / "records.md").read_text(encoding="utf-8")
    missing = [
        f"{c.__name__}.{f.name}" for c in RECORD_CLASSES for f in dataclasses.fields(c) if f"`{f.name}`" not in text
    ]
    assert not missing


def test_docs_site_builds_strictly(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(REPO / "mkdocs.docs.yml"), "-d", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "reference" / "records" / "index.html").is_file()


def test_readme_is_short_and_names_the_two_commands() -> None:
    assert len(README.splitlines()) <= 150
    assert "bash scripts/build.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for command in main.commands if isinstance(main, click.Group) else ():
        assert f"nea-site {command}" in README, f"the README's command list lacks {command}"
