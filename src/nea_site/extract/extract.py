"""Runs every extractor over one document: a pure function of the record's text and the vocabulary."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, fields, replace

from nea_site.extract.actors import (
    Gazetteer,
    Span,
    build_gazetteer,
    extract_mentions,
    find_actor_spans,
    gazetteer_words,
    without_ones_own,
)
from nea_site.extract.alias_scope import (
    Expansions,
    ShortForms,
    acronym_expansions,
    short_forms,
    titled_aliases,
    without_given_names,
    without_lone_short_forms,
    without_other_offices,
    without_redefined_acronyms,
)
from nea_site.extract.candidates import find_candidates
from nea_site.extract.claims import extract_claims
from nea_site.extract.date_chronology import Chronology
from nea_site.extract.dates import DateSpan
from nea_site.extract.discover import author_note_paragraphs, discover_actors, from_author_notes, link_list_heading_re
from nea_site.extract.discover import prepare as prepare_discovery
from nea_site.extract.discover.period_people import family_names
from nea_site.extract.document_dates import counted_from_month, section_heading_dates
from nea_site.extract.events import SentenceContext, extract_events
from nea_site.extract.fast_new import maker
from nea_site.extract.restated import restated_paragraphs
from nea_site.extract.section_kinds import recommendation_sections, reference_sections, sections_under
from nea_site.extract.sentences import split_sentences
from nea_site.extract.themes import (
    ThemeMatcher,
    build_theme_matcher,
    extract_theme_weights,
    theme_hit_positions,
    themes_from_hits,
)
from nea_site.extract.title_mentions import title_mentions
from nea_site.extract.vocabulary_tables import chinese_names, vocabulary_people
from nea_site.model import (
    Actor,
    ActorId,
    Candidate,
    Claim,
    DateMention,
    DocumentRecord,
    Event,
    Mention,
    Paragraph,
    PartialDate,
    ThemeId,
    ThemeWeight,
    Vocabulary,
)
from nea_site.text.lang import is_cjk_lang
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter, UserWord, make_segmenter, user_dict_text


@dataclass(frozen=True, slots=True)
class Extractor:
    """The vocabulary compiled once per build: gazetteer, theme patterns, segmenter."""

    vocabulary: Vocabulary
    gazetteer: Gazetteer
    themes: ThemeMatcher
    segmenter: Segmenter
    # What discovery asks of the vocabulary for every document, read once: its actors' ids and its people's names.
    known_ids: frozenset[ActorId]
    people: dict[ActorId, tuple[str, ...]] = field(compare=False)
    chinese: dict[tuple[ActorId, ...], str] = field(compare=False, default_factory=dict)  # actors -> Chinese name
    # The vocabulary's names that are a head word alone ("Secretariat"): they link only beside another name.
    short_forms: ShortForms = field(compare=False, default=(frozenset(), frozenset()))
    titled: frozenset[str] = field(compare=False, default=frozenset())
    expansions: Expansions = field(
        compare=False, default_factory=dict
    )  # "ISIS" -> its actors' names' words  # "Prime Minister Kishi": not after "Deputy"
    # Year -> family name -> the one vocabulary person then in office (discover/period_people.py), built on demand.
    in_office: dict[int, dict[str, ActorId]] = field(compare=False, default_factory=dict)

    def family_names(self, year: int | None) -> dict[str, ActorId]:
        """Whom a family name alone names in a document of `year` (none for an undated document)."""
        if year is None or not self.vocabulary.in_office:
            return {}
        if year not in self.in_office:
            self.in_office[year] = family_names(self.vocabulary, year)
        return self.in_office[year]


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    themes: tuple[ThemeWeight, ...]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    discovered: tuple[Actor, ...] = ()  # actors found in the text that no vocabulary knows (extract/discover.py)


def vocabulary_words(vocabulary: Vocabulary) -> list[UserWord]:
    """Chinese names and keywords of the vocabulary, as jieba user words."""
    words = list(gazetteer_words(vocabulary))  # the gazetteer's words, without compiling its matchers
    for theme in vocabulary.themes:
        words.extend(UserWord(k, "n") for k in theme.keywords.zh)
    return words


def make_extractor(vocabulary: Vocabulary) -> Extractor:
    """Compile the vocabulary for extraction (and the discovery rules, once per process)."""
    prepare_discovery()
    return Extractor(
        vocabulary=vocabulary,
        gazetteer=build_gazetteer(vocabulary),
        themes=build_theme_matcher(vocabulary),
        segmenter=make_segmenter(vocabulary_words(vocabulary)),
        known_ids=frozenset(a.id for a in vocabulary.actors),
        people=vocabulary_people(vocabulary),
        chinese=chinese_names(vocabulary),
        short_forms=short_forms(vocabulary),
        titled=titled_aliases(vocabulary),
        expansions=acronym_expansions(vocabulary),
    )


def _anchor(record: DocumentRecord) -> PartialDate | None:
    try:
        return PartialDate.from_iso(record.meta.published) if record.meta.published else None
    except ValueError:
        return None


def extract_document(record: DocumentRecord, extractor: Extractor) -> Extraction:
    """Mentions, dates, themes, events and claims of one document."""
    anchor = _anchor(record)
    extractor.segmenter.forget()  # cuts kept for this document's paragraphs only
    per_paragraph: dict[int, tuple[ThemeId, ...]] = {}
    sentences: list[SentenceContext] = []
    dates: list[DateMention] = []
    paragraph_spans: dict[int, list[Span]] = {}
    citations = reference_sections(record.sections)
    body = [p for p in record.paragraphs if p.section_id not in citations]
    for paragraph in record.paragraphs:
        if paragraph.section_id in citations:
            paragraph_spans[paragraph.index] = []  # a citation: no mention, date, theme, event or claim of the text
            per_paragraph[paragraph.index] = ()
    # Keyword hits and actor names are found once per paragraph; sentences take their share by offset. Whether
    # a paragraph is about a theme depends on the theme's hits in the whole text, so hits are found first.
    simplified_texts = [to_simplified(p.text) for p in body]
    hits_of = [
        theme_hit_positions(p.text, is_cjk_lang(p.lang), extractor.themes, extractor.segmenter, simplified=simple)
        for p, simple in zip(body, simplified_texts, strict=True)
    ]
    counts_of = [Counter([t for t, _ in hits]) for hits in hits_of]
    document_hits: Counter[ThemeId] = Counter()
    for counts in counts_of:
        document_hits.update(counts)
    dated_text = anchor is not None and anchor.day is not None
    heading_dates = {} if dated_text else section_heading_dates(record.sections, anchor)
    # Each stage reads every paragraph before the next one starts: its automata and regexes stay in the CPU's
    # caches (run paragraph by paragraph, the stages pushed each other's out).
    actor_spans_of: list[list[Span]] = []
    for paragraph, simplified in zip(body, simplified_texts, strict=True):
        actor_spans_of.append(
            without_ones_own(
                find_actor_spans(
                    paragraph.text, extractor.gazetteer, simplified=simplified, segmenter=extractor.segmenter
                ),
                paragraph.text,
                extractor.gazetteer,
            )
        )
    actor_spans_of = without_lone_short_forms(actor_spans_of, extractor.short_forms)
    actor_spans_of = without_redefined_acronyms(actor_spans_of, [p.text for p in body], extractor.expansions)
    for i, (paragraph, actor_spans) in enumerate(zip(body, actor_spans_of, strict=True)):
        actor_spans_of[i] = without_given_names(
            without_other_offices(actor_spans, paragraph.text, extractor.titled), paragraph.text
        )
        paragraph_spans[paragraph.index] = actor_spans_of[i]
    links = sections_under(record.sections, link_list_heading_re())  # "External links": read as citations too
    notes = author_note_paragraphs(record.meta.author_notes, record.lang)
    spans_read = dict(paragraph_spans)  # with the author notes' names, which no mention of the text holds
    for note in notes:
        spans_read[note.index] = find_actor_spans(note.text, extractor.gazetteer, segmenter=extractor.segmenter)
    # Discovery next: it cuts and tags Chinese text with jieba as the two stages before did, while jieba's
    # tables are still in the CPU's caches.
    discovery = discover_actors(
        [*body, *notes],
        spans_read,
        extractor.gazetteer,
        extractor.segmenter,
        known_ids=extractor.known_ids,
        persons=extractor.people,
        in_office=extractor.family_names(anchor.year if anchor is not None else None),
        simplified={p.index: simple for p, simple in zip(body, simplified_texts, strict=True)},
        rejected=extractor.vocabulary.rejected,
        chinese=extractor.chinese,
        citations=[(0, note.id, note.text) for note in record.footnotes]
        + [(p.index, None, p.text) for p in record.paragraphs if p.section_id in citations or p.section_id in links],
    )
    date_spans_of: list[list[DateSpan]] = []
    # A date without its year: from the item before it, or the heading; in an article whose own year is only
    # inferred from its text (an encyclopedia's), from the last date its section named.
    chronology = Chronology(heading_dates, narrative=dict(record.meta.origins).get("published") == "inferred")
    for paragraph, simplified in zip(body, simplified_texts, strict=True):
        # "今年", "17日" take the year of the section's heading (or, in a list item or a table row, of the date
        # before it) where the text has no day of its own to count from (an article, not a dated news item).
        item = paragraph.kind != "text" and not dated_text
        spans = chronology.find(simplified, paragraph.section_id, anchor, item=item)  # Simplified (世纪)
        if simplified is not paragraph.text:
            spans = [replace(s, expression=paragraph.text[s.start_offset : s.end_offset]) for s in spans]
        date_spans_of.append(spans)
    for paragraph, simplified, theme_hits, counts, actor_spans, spans in zip(
        body, simplified_texts, hits_of, counts_of, actor_spans_of, date_spans_of, strict=True
    ):
        themes = themes_from_hits(counts, len(paragraph.text), document_hits)
        per_paragraph[paragraph.index] = themes
        # DateMention(expression, start, end, precision, resolution, paragraph), made without its __init__
        dates.extend(
            _date_mention(s.expression, s.start, s.end, s.precision, s.resolution, paragraph.index) for s in spans
        )
        hit_offsets = sorted([(at, t) for t, at in theme_hits])
        hit_starts = [at for at, _ in hit_offsets]
        hit_themes = [t for _, t in hit_offsets]
        date_starts = [s.start_offset for s in spans]  # spans and actor spans are sorted and disjoint
        actor_starts = [s.start for s in actor_spans]
        for start, end in split_sentences(paragraph.text):
            # Most sentences have no date, hit or name: each is looked up only where the paragraph has some.
            inside: tuple[DateSpan, ...] = ()
            if spans:
                dates_from, dates_to = bisect_left(date_starts, start), bisect_left(date_starts, end)
                if dates_from < dates_to:
                    inside = tuple(s for s in spans[dates_from:dates_to] if s.end_offset <= end)
            own: tuple[ThemeId, ...] = ()
            if hit_starts:
                hits_from, hits_to = bisect_left(hit_starts, start), bisect_left(hit_starts, end)
                if hits_from < hits_to:
                    hits = set(hit_themes[hits_from:hits_to])
                    own = tuple(sorted(hits.intersection(themes))) or tuple(sorted(hits))
            actors: tuple[ActorId, ...] = ()
            if actor_spans:
                names_from, names_to = bisect_left(actor_starts, start), bisect_left(actor_starts, end)
                if names_to - names_from == 1:  # most sentences with a name: one name
                    span = actor_spans[names_from]
                    if span.end <= end:
                        actors = span.actors if len(span.actors) == 1 else tuple(dict.fromkeys(span.actors))
                elif names_from < names_to:
                    named = [a for span in actor_spans[names_from:names_to] if span.end <= end for a in span.actors]
                    actors = tuple(dict.fromkeys(named))  # in order of first mention
            sentences.append(_sentence(paragraph, start, end, inside, own, actors, simplified))
    if anchor is not None and anchor.month is None:
        sentences, dates = counted_from_month(sentences, dates, anchor, heading_dates)
    mentions = extract_mentions(record.paragraphs, record.sections, extractor.gazetteer, paragraph_spans)
    restated = restated_paragraphs(record.paragraphs, record.sections)  # a bulletin's summary: told again below
    title = record.title.get(record.title.original) if record.title.original else None
    if title and all(s.title != title for s in record.sections):  # "LETTER FROM SATO TO McMAHON"
        year = anchor.year if anchor is not None else None
        named = title_mentions(title, extractor.gazetteer, extractor.family_names(year), skip=extractor.short_forms[0])
        mentions = (*named, *mentions)
    if discovery.mentions:
        mentions = _with_discovered(mentions, from_author_notes(discovery.mentions), discovery.nested)
    return Extraction(
        mentions=mentions,
        discovered=discovery.actors,
        dates=tuple(dates),
        themes=extract_theme_weights(record.paragraphs, per_paragraph),
        events=extract_events(
            record.id,
            [s for s in sentences if s.paragraph.index not in restated] if restated else sentences,
            extractor.gazetteer,
            anchor,
            {s.id: s.title for s in record.sections},
            title=record.meta.title,
        ),
        claims=extract_claims(
            record.id, sentences, extractor.gazetteer, advice=recommendation_sections(record.sections)
        ),
    )


_date_mention = maker(DateMention)  # fast_new
_SENTENCE_FIELDS = ("paragraph", "start", "end", "dates", "themes", "actors", "simplified", "text")
if tuple(f.name for f in fields(SentenceContext)) != _SENTENCE_FIELDS:
    raise TypeError("SentenceContext's fields changed: _sentence must set each of them")
_SET_SENTENCE_FIELDS = tuple(getattr(SentenceContext, name).__set__ for name in _SENTENCE_FIELDS)


def _sentence(
    paragraph: Paragraph,
    start: int,
    end: int,
    dates: tuple[DateSpan, ...],
    themes: tuple[ThemeId, ...],
    actors: tuple[ActorId, ...],
    simplified: str,
) -> SentenceContext:
    """A SentenceContext made without its __init__ (a third less time; a build makes one per sentence).

    Its fields set through their slots, `text` as its __post_init__ sets it; a test checks it equals the class's.
    """
    sentence: SentenceContext = object.__new__(SentenceContext)
    set_paragraph, set_start, set_end, set_dates, set_themes, set_actors, set_simplified, set_text = (
        _SET_SENTENCE_FIELDS
    )
    set_paragraph(sentence, paragraph)
    set_start(sentence, start)
    set_end(sentence, end)
    set_dates(sentence, dates)
    set_themes(sentence, themes)
    set_actors(sentence, actors)
    set_simplified(sentence, simplified)
    set_text(sentence, paragraph.text[start:end])
    return sentence


def _with_discovered(
    mentions: tuple[Mention, ...], discovered: tuple[Mention, ...], nested: frozenset[tuple[int, int]]
) -> tuple[Mention, ...]:
    """Vocabulary and discovered mentions in document order; vocabulary names inside a discovered one nested."""
    merged = (
        [
            replace(m, nested=True) if not m.nested and m.section is None and (m.paragraph, m.offset) in nested else m
            for m in mentions
        ]
        if nested
        else list(mentions)
    )
    merged.extend(discovered)
    merged.sort(key=lambda m: (m.paragraph, m.offset if m.paragraph else 0))  # headings (paragraph 0) keep order
    return tuple(merged)


def find_document_candidates(record: DocumentRecord, extractor: Extractor) -> tuple[Candidate, ...]:
    """Entity-like names of one document that no vocabulary knows: the curators' worklist, not part of a build.

    jieba's part-of-speech tagger finds the Chinese ones; it reads text at a few hundred KB/s, so it runs only
    when a curator asks (`nea-site candidates`), never in the build's extraction.
    """
    return find_candidates(record.paragraphs, extractor.gazetteer, extractor.segmenter)


def search_dictionary(vocabulary: Vocabulary) -> str:
    """The vocabulary's Chinese words as a jieba user dictionary, for the site's search index."""
    return user_dict_text(vocabulary_words(vocabulary))
