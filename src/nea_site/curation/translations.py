"""Curated translations of event labels and claim texts, keyed by record id so they survive re-extraction."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from nea_site.errors import RecordError
from nea_site.model import Claim, DocumentRecord, Event, LocalizedText
from nea_site.records import load_yaml

TRANSLATIONS_DIR = "translations"


@dataclass(frozen=True, slots=True, kw_only=True)
class Translation:
    en: str | None = None
    zh: str | None = None


def read_translations(curated_dir: Path) -> dict[str, Translation]:
    """All files under corpus/curated/translations/: {record id: {en: …, zh: …}}."""
    folder = curated_dir / TRANSLATIONS_DIR
    found: dict[str, Translation] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.yml")):
        data = load_yaml(path) or {}
        problems: list[str] = []
        if not isinstance(data, dict):
            raise RecordError(path, ["expected a mapping of record id -> {en: …, zh: …}"])
        for record_id, entry in data.items():
            if not isinstance(entry, dict) or set(entry) - {"en", "zh"}:
                problems.append(f"{record_id}: expected a mapping with keys en and/or zh, found {entry!r}"[:160])
                continue
            if any(v is not None and not isinstance(v, str) for v in entry.values()):
                problems.append(f"{record_id}: translations must be text")
                continue
            found[str(record_id)] = Translation(en=entry.get("en"), zh=entry.get("zh"))
        if problems:
            raise RecordError(path, problems, hint="each entry is `<record id>: {en: …, zh: …}`")
    return found


def sentence_key(claim_id: str) -> str:
    """Claims of one sentence share its translation: "cl-1a2b3c4d-stat" -> "cl-1a2b3c4d"."""
    return claim_id.rsplit("-", 1)[0] if claim_id.count("-") >= 2 else claim_id


def _fill(text: LocalizedText, translation: Translation | None) -> LocalizedText:
    """Add the curated language to a source-language text; the source text itself is never replaced."""
    if translation is None:
        return text
    return LocalizedText(
        en=text.en if text.original == "en" else (translation.en or text.en),
        zh=text.zh if text.original == "zh" else (translation.zh or text.zh),
        original=text.original,
    )


def apply_translations(record: DocumentRecord, translations: dict[str, Translation]) -> DocumentRecord:
    """Fill the missing language of every event label and claim text from the curated translations.

    A record none of whose events and claims has a translation is returned as it is (no copy of each row).
    """
    if not translations:
        return record
    events = tuple(
        e if (found := translations.get(e.id)) is None else dataclasses.replace(e, label=_fill(e.label, found))
        for e in record.events
    )
    claims = tuple(
        c
        if (found := translations.get(c.id) or translations.get(sentence_key(c.id))) is None
        else dataclasses.replace(c, text=_fill(c.text, found))
        for c in record.claims
    )
    return dataclasses.replace(record, events=events, claims=claims)


def missing_translations(record: DocumentRecord) -> list[Event | Claim]:
    """Events and claims of the record that lack English or Chinese text."""
    lacking: list[Event | Claim] = [e for e in record.events if not (e.label.en and e.label.zh)]
    lacking.extend(c for c in record.claims if not (c.text.en and c.text.zh))
    return lacking
