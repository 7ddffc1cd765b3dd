"""Records drawn from documents (events, claims, mentions) and the curated vocabulary they refer to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from nea_site.model.document import ContentLang, DocumentMeta, Footnote, Paragraph, Section
from nea_site.model.groups import GroupLink
from nea_site.model.ids import ActorId, ClaimId, EventId, SourceId, ThemeId

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")
Precision = Literal["year", "month", "day", "decade"]
Resolution = Literal["explicit", "relative", "inferred", "unresolved"]
ActorType = Literal["country", "organization", "person", "agreement", "initiative", "place"]
ClaimKind = Literal["statistic", "causal", "recommendation", "assessment", "prediction"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LocalizedText:
    en: str | None = None
    zh: str | None = None
    original: Lang | None = None  # the language taken from the source; the other is a curated translation

    def get(self, lang: Lang) -> str | None:
        """Return the text in `lang`, or None when it is missing."""
        return self.en if lang == "en" else self.zh

    def best(self, lang: Lang) -> str:
        """Return the text in `lang`, falling back to the other language, then to ""."""
        return self.get(lang) or self.get("zh" if lang == "en" else "en") or ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        """How much of the date the text gave."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """Return "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; raise ValueError otherwise."""
        parts = value.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        nums = [int(p) for p in parts]
        date = cls(year=nums[0], month=nums[1] if len(nums) > 1 else None, day=nums[2] if len(nums) > 2 else None)
        if date.month is not None and not 1 <= date.month <= 12:
            raise ValueError(f"month out of range in {value!r}")
        if date.day is not None and not 1 <= date.day <= 31:
            raise ValueError(f"day out of range in {value!r}")
        return date


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    source_id: SourceId
    paragraph: int  # 1-based index into Document.paragraphs
    quote: str  # verbatim slice of the paragraph text


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    expression: str  # as written
    start: PartialDate | None  # None when a relative date cannot be resolved
    end: PartialDate | None  # for spans
    precision: Precision
    resolution: Resolution
    paragraph: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    actor: ActorId
    surface: str  # the text as written
    paragraph: int
    offset: int  # character offset of `surface` in the paragraph text
    nested: bool = False  # inside a longer name that has a mention of its own (counted, not linked)
    section: str | None = None  # with paragraph 0: a heading's section id, "fn-N", "author-note-N", or "title"


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A name that looks like an entity but is in no vocabulary: a line on the curators' worklist."""

    surface: str
    tag: str  # "person", "place", "organization", "name", "acronym"
    paragraph: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionWeight:
    section: str  # Section.id
    weight: float  # share of the section's own paragraphs (by characters) about the theme


@dataclass(frozen=True, slots=True, kw_only=True)
class ThemeWeight:
    theme: ThemeId
    weight: float  # share of the document's paragraphs about the theme, 0..1, rounded
    paragraphs: tuple[int, ...]
    sections: tuple[SectionWeight, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: EventId  # date + short hash of the evidence
    date: PartialDate
    date_end: PartialDate | None
    precision: Precision
    resolution: Resolution
    label: LocalizedText
    actors: tuple[ActorId, ...]
    themes: tuple[ThemeId, ...]
    evidence: Provenance
    scheduled: bool = False  # dated after the document's own date: announced or planned when it was written


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number stated in a claim: as written, its value, its unit and the year it refers to."""

    text: str  # "27.1%", "1300亿美元", "1,073"
    value: float
    unit: str  # "%", "亿美元", "" when none
    year: int | None  # the year the sentence gives for it, if any


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    id: ClaimId
    kind: ClaimKind
    text: LocalizedText
    actors: tuple[ActorId, ...]
    themes: tuple[ThemeId, ...]
    dates: tuple[str, ...]  # ISO values of dates in the sentence
    numbers: tuple[Quantity, ...]  # for statistics and predictions
    evidence: Provenance


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentRecord:
    """Everything known about one source: structure, merged metadata and extracted records."""

    id: SourceId
    source: str  # file name in corpus/sources/
    sha256: str
    lang: ContentLang
    title: LocalizedText
    meta: DocumentMeta
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...]
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    themes: tuple[ThemeWeight, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    # Actors found in this document's text by naming rules (a title with a name, an organisation's suffix, an
    # agreement's word), in no vocabulary: mentions name them by id like vocabulary actors.
    discovered: tuple[Actor, ...] = ()
    original_name: str | None = None  # the name given to `nea-site add` when it differs from `source`
    # Written by the cross-document step (nea_site.group) after every document's records are made.
    groups: tuple[GroupLink, ...] = ()  # this document's records that other documents report too, by group


@dataclass(frozen=True, slots=True, kw_only=True)
class Terms:
    """Surface forms in each language: aliases of an actor, keywords of a theme."""

    en: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    other: tuple[str, ...] = ()  # Korean, Japanese: forms of other scripts, matched anywhere like Chinese ones


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    id: ActorId
    type: ActorType
    name: LocalizedText
    iso: str | None = None  # ISO 3166-1 alpha-3, countries only
    aliases: Terms = field(default_factory=Terms)
    # The naming rule that found it in a document's text ("person_title", "organisation_suffix", ...): a
    # discovered actor, not yet reviewed by a curator. None for the curated vocabulary's actors.
    found_by: str | None = None

    @property
    def reviewed(self) -> bool:
        """Whether a curator wrote it (the vocabulary) rather than a rule found it in a text."""
        return self.found_by is None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorGroup:
    """An abbreviation that names several actors at once: 中日韩 = China + Japan + ROK."""

    text: str
    lang: Lang
    actors: tuple[ActorId, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Theme:
    id: ThemeId
    name: LocalizedText
    description: LocalizedText
    keywords: Terms = field(default_factory=Terms)


@dataclass(frozen=True, slots=True, kw_only=True)
class Vocabulary:
    actors: tuple[Actor, ...] = ()
    themes: tuple[Theme, ...] = ()
    groups: tuple[ActorGroup, ...] = ()
    not_names: tuple[str, ...] = ()  # phrases holding a name that name no actor: "US dollars"
    # Names a curator reviewed and rejected (candidates.yml: ignore): never discovered as actors.
    rejected: tuple[str, ...] = ()
    version: str = ""  # content hash of the curated files
    # A person's years in office (curated `in_office: [first, last]`; last None while in office), so that a
    # family name alone ("MR KISHI") in a document of those years names them (extract/discover/period_people.py).
    in_office: tuple[tuple[ActorId, int, int | None], ...] = ()
