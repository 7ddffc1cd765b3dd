"""English organisations named by what the text says they are, not by a head word of their own name.

Besides the shapes below, "Government of <Name>" (lexicon `organisation_of_heads`) and an archive's acronym
opening a file reference ("[ABC: A1234, 3107/38/18, i]").

Two shapes, both cued by a lower-case noun of a kind of body (lexicon `organisation_class_nouns`: "firms",
"maker", "research organization", ...):

- the names right after it, one after a singular noun, a list after a plural one, opened by nothing, a dash, a
  colon or a list opener (`organisation_list_openers`, "including", "such as"): "Japanese firms Atlas, Borealis
  and Cygnus", "memory maker Atlas Data", "suppliers, including Atlas and Borealis";
- the name before ", a … <noun>" or "(a … <noun>" closing an apposition: "Atlas, a Japanese maker of pumps,",
  "Borealis (a large research institute …)".

One regex finds the nouns; most paragraphs hold none, and the shapes are read only around each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from nea_site import lexicon
from nea_site.extract.discover.common import fold_space
from nea_site.extract.discover.rules import _TOKEN, _UPPER, Found, Rules
from nea_site.extract.trie import trie_regex

_ITEM = rf"{_TOKEN}(?:\s+{_TOKEN}){{0,3}}"  # a name: up to four capitalised words, no "of"
ITEM_RE = re.compile(rf"(?<![^\W_]){_ITEM}")
_PAREN_RE = re.compile(r"\s*[(（][^()（）\n]{1,40}[)）]")  # "Kioxia (Atlas)": an aside after a listed name
_SEP_RE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)(?=[^\W_])")
# Words between ", a" and the noun are the body's description; none of these stand there ("Japan, a country
# whose firms …": the noun is another's).
_STOP_WORDS = "of|in|with|whose|which|that|who|for|and|or|to|by|on|at|from|as|than|its|their|his|her"
# After an appositive's noun: what ends the description ("a maker of …", "a maker,", "a maker based in …").
_APPOSITIVE_END_RE = re.compile(r"\s+(?:of|that|which|whose|based|with|in|for|from|\w+ly)\b|\s*[,;.)）—–]")
# An archive's file reference: "[ABC: A1234, 3107/38/18, i]": the archive's acronym, a colon, a series and a
# file number with slashes.
ARCHIVE_REFERENCE_RE = re.compile(r"\[([A-Z]{2,6})\s?:\s*[A-Za-z]{0,3}\d+[^\]\n]*?\d+/\d+[^\]\n]*\]")
_COMPOUND_RE = re.compile(r"^[^\W\d_][\w.]*[-–][a-z]+$")  # "Atlantis-based", "Tokyo-listed": an adjective
LOOK_BACK = 120  # characters before a noun where the appositive's name is looked for
MAX_LIST = 12  # names in one list


@dataclass(frozen=True, slots=True)
class OrgRules:
    nouns_re: re.Pattern[str]  # a class noun, whole word
    cue_words: frozenset[str]  # the nouns' and the of-heads' first words: a paragraph without one is skipped
    of_head_words: frozenset[str]
    not_after_re: re.Pattern[str]  # "policy makers": the noun names people's role, matched on the text before it
    lead_re: re.Pattern[str]  # what may stand between a noun and its first name
    gap_lead_re: re.Pattern[str]  # "firms at the Atlas site, including": a short gap, then an opener
    appositive_re: re.Pattern[str]  # the name and ", a …" before a noun, matched on the text before it
    of_heads_re: re.Pattern[str]  # "Government of Atlantis": a generic head word, "of" and a name
    latin_cues: bool  # every noun's first word is Latin letters only: the cue automaton finds each (cues.py)


@lexicon.table
def org_rules(lex: lexicon.Lexicon) -> OrgRules:
    nouns = sorted(lex.words("organisation_class_nouns", "en"), key=len, reverse=True)
    openers = "|".join(
        re.escape(o).replace(r"\ ", r"\s+")
        for o in sorted(lex.words("organisation_list_openers", "en"), key=len, reverse=True)
    )
    of_heads = "|".join(map(re.escape, lex.words("organisation_of_heads", "en"))) or r"(?!)"
    # A trie whose branches open with a literal: the engine skips to a possible first letter in C.
    # Each noun also with a capital, for a sentence it opens: "Banks such as Atlas and Borealis".
    forms = sorted({*nouns, *(n[0].upper() + n[1:] for n in nouns)}, key=len, reverse=True)
    noun_alt = trie_regex(forms, after_first=lambda _: r"(?<![\w-].)").replace(r"\ ", r"\s+")
    of_words = frozenset(w.split()[0] for w in lex.words("organisation_of_heads", "en"))
    return OrgRules(
        cue_words=frozenset(n.split()[0].split("-")[0] for n in forms) | of_words,
        of_head_words=of_words,
        not_after_re=re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, lex.words('organisation_class_not_after', 'en')))})[\s-]*$",
            re.IGNORECASE,
        ),
        nouns_re=re.compile(rf"{noun_alt}(?![\w-])"),
        lead_re=re.compile(rf"(?:\s*[—–:]\s*|,?\s+(?:{openers})\s+|\s+)(?=[{_UPPER}\d])"),
        gap_lead_re=re.compile(rf"[^.;:!?\n()—–]{{1,60}}?,?\s+(?:{openers})\s+(?=[{_UPPER}\d])"),
        appositive_re=re.compile(
            rf"(?<![^\W_])(?P<name>{_ITEM})(?:\s*,\s*|\s*[(（]\s*)(?:a|an|the)\s+"
            rf"(?:(?!(?:{_STOP_WORDS})\b)[\w.’'\-]+\s+){{0,5}}$"
        ),
        latin_cues=all(_LATIN_LETTERS_RE.fullmatch(n.split()[0].split("-")[0]) for n in forms),
        of_heads_re=re.compile(
            rf"(?<![^\W_])(?:{of_heads})\s+of\s+(?:the\s+)?{_TOKEN}(?:\s+(?:of\s+)?{_TOKEN}){{0,4}}"
        ),
    )


def class_noun_names(text: str, rules: Rules, words: set[str], *, starts: Sequence[int] | None = None) -> list[Found]:
    """Organisations named after or before a class noun; `rules` gives the words no name opens with.

    `words`: the text's Latin words (the English rules collect them once); most texts hold no cue word.
    `starts`: where the cue words stand as words (cues.py), in order, when the caller knows: the nouns are then
    matched there only, not searched for along the whole text.
    """
    org = org_rules(lexicon.current())
    found: list[Found] = []
    if "[" in text:
        for match in ARCHIVE_REFERENCE_RE.finditer(text):
            found.append(Found(match.start(1), match.end(1), match.group(1), "organization", "archive_reference"))
    cues = words & org.cue_words
    if not cues:
        return found
    if cues - org.of_head_words:
        for noun in _nouns(text, org, starts if org.latin_cues else None):
            if org.not_after_re.search(text, max(0, noun.start() - 12), noun.start()):
                continue
            if noun.group()[0].isupper() and not _opens_sentence(text, noun.start()):
                continue  # "Japanese Firms Invest": a headline's capitals, not a noun opening a sentence
            found.extend(_listed(text, noun, org, rules))
            found.extend(_appositive(text, noun, org, rules))
    if cues & org.of_head_words:
        for match in org.of_heads_re.finditer(text):
            end = match.end()
            if text[end - 2 : end] in ("'s", "’s"):
                end -= 2  # "the Government of Atlantis's plan": the government, not its possession
            while text[end - 1] in ".,'’":
                end -= 1
            name = fold_space(text[match.start() : end])
            found.append(Found(match.start(), end, name, "organization", "of_head"))
    return found


_LATIN_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _nouns(text: str, org: OrgRules, starts: Sequence[int] | None) -> Iterator[re.Match[str]]:
    """The class nouns of `text` as nouns_re.finditer gives them; with `starts`, matched at those offsets only.

    A noun starts with its first word where no Latin letter touches it, so `starts` (every such occurrence of a
    first word) holds every noun's start; matching there in order, on from the last noun's end, finds the same.
    """
    if starts is None:
        yield from org.nouns_re.finditer(text)
        return
    end = 0
    for start in starts:
        if start < end:
            continue
        noun = org.nouns_re.match(text, start)
        if noun is not None:
            yield noun
            end = noun.end()


_NAME_BEFORE_PAREN_RE = re.compile(rf"(?<![^\W_])({_TOKEN}(?:\s+{_TOKEN}){{0,2}})\s*[(（]\s*$")


def with_name_before(found: list[Found], text: str, rules: Rules) -> list[Found]:
    """An organisation named in parentheses right after another name takes that name as its alias.

    "Atlaskai (Federation of Atlantean Industries)": the parentheses gloss the name before them, so the body
    found inside goes by both (the name before is kept as the alias given beside it).
    """
    out: list[Found] = []
    for item in found:
        opened = text[max(0, item.start - 2) : item.start].strip()[-1:] in ("(", "（")
        if item.type == "organization" and item.acronym is None and opened:
            before = _NAME_BEFORE_PAREN_RE.search(text, max(0, item.start - 60), item.start)
            if before is not None and before.group(1).casefold() not in rules.not_names:
                item = replace(item, acronym=before.group(1))
        out.append(item)
    return out


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t*_")
    return not before or before.endswith((".", "!", "?", ":", "\n", '"', "“", "-"))


def without_joined_lists(found: list[Found], listed: list[Found]) -> list[Found]:
    """`found` without a name that holds two listed names: "firms Atlas and Borealis Chemical" are two names."""
    if not listed:
        return found
    return [
        f
        for f in found
        if sum(
            f.start <= item.start and item.end <= f.end and (f.start, f.end) != (item.start, item.end)
            for item in listed
        )
        < 2
    ]


def _listed(text: str, noun: re.Match[str], org: OrgRules, rules: Rules) -> list[Found]:
    word = noun.group()
    several = word.endswith("s")  # a plural noun lists names
    lead = org.lead_re.match(text, noun.end())
    if lead is None and several:
        lead = org.gap_lead_re.match(text, noun.end())
    if lead is None:
        return []
    found: list[Found] = []
    at = lead.end()
    while len(found) < MAX_LIST:
        item = ITEM_RE.match(text, at)
        if item is None:
            break
        name = _name(text, item.start(), item.end(), rules)
        if name is None:
            break
        found.append(name)
        if not several:
            break
        at = item.end()
        aside = _PAREN_RE.match(text, at)
        if aside is not None:
            at = aside.end()
        sep = _SEP_RE.match(text, at)
        if sep is None:
            break
        at = sep.end()
    if several and len(found) == 1 and lead.group().strip() in ("", ":"):
        # "firms Atlas" alone: a list of one after a plural noun is no list ("banks Monday"), unless opened
        # by "including", a dash or a comma.
        return []
    return found


def _appositive(text: str, noun: re.Match[str], org: OrgRules, rules: Rules) -> list[Found]:
    if _APPOSITIVE_END_RE.match(text, noun.end()) is None:
        return []  # "a company director": the noun is not the description's head
    start = max(0, noun.start() - LOOK_BACK)
    match = org.appositive_re.search(text[start : noun.start()])
    if match is None:
        return []
    name = _name(text, start + match.start("name"), start + match.end("name"), rules)
    return [name] if name is not None else []


def _name(text: str, start: int, end: int, rules: Rules) -> Found | None:
    """The capitalised words as a name: leading function words and anything up to a possessive dropped."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    for i, (_, _, w) in enumerate(words):
        if w.endswith(("'s", "’s")):
            words = words[i + 1 :]  # "Taiwan's Atlas": the name follows the owner
            break
    while words and (words[0][2].casefold() in rules.not_names or _COMPOUND_RE.match(words[0][2])):
        words = words[1:]  # "The", "Atlantis-based": no word of the name
    if not words or not words[0][2][0].isalpha():
        return None
    if words[0][2].casefold().rstrip(".") in rules.title_words:
        return None  # "the firm's President Atlas": a person
    if len(words) == 1 and words[0][2].casefold().strip(".,'’") in rules.org_en:
        return None  # "the think tank Center for …": a head word alone, the name cut at its "for"
    s, e = words[0][0], words[-1][1]
    while e > s and text[e - 1] in ".,'’":
        e -= 1
    return Found(s, e, fold_space(text[s:e]), "organization", "class_noun")
