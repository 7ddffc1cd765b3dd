"""The README documents every CLI option and every record field (datasette's habit)."""

from __future__ import annotations

import dataclasses

import click

from conftest import REPO
from nea_site.cli import main
from nea_site.model import (
    Actor,
    ActorGroup,
    Claim,
    DateMention,
    DocumentMeta,
    DocumentRecord,
    Event,
    Footnote,
    FootnoteRef,
    LocalizedText,
    Mention,
    Paragraph,
    PartialDate,
    Provenance,
    Quantity,
    Section,
    SectionWeight,
    Terms,
    Theme,
    ThemeWeight,
)

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_and_option_is_in_readme() -> None:
    assert isinstance(main, click.Group)
    missing = []
    for name, command in main.commands.items():
        if f"nea-site {name}" not in README:
            missing.append(f"command {name}")
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in README:
                    missing.append(f"{name} {opt}")
    assert not missing


def test_every_record_field_is_in_readme() -> None:
    missing = [
        f"{cls.__name__}.{f.name}"
        for cls in (
            SectionWeight,
            DocumentRecord,
            DocumentMeta,
            Section,
            Paragraph,
            FootnoteRef,
            Footnote,
            LocalizedText,
            Mention,
            DateMention,
            PartialDate,
            ThemeWeight,
            Event,
            Claim,
            Quantity,
            Provenance,
            Actor,
            ActorGroup,
            Theme,
            Terms,
        )  # fmt: skip
        for f in dataclasses.fields(cls)
        if f"`{f.name}`" not in README
    ]
    assert not missing


def test_readme_names_the_two_commands_and_ci_calls_the_test_one() -> None:
    assert "bash scripts/build.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
