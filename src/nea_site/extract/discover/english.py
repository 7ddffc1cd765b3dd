"""English organisations, agreements and initiatives: capitalised phrases headed by a lexicon word."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from nea_site import lexicon
from nea_site.extract.discover.agreements import keeps_possessive, too_short
from nea_site.extract.discover.common import Cue, fold_space, is_token, words_at
from nea_site.extract.discover.cues import english_cues
from nea_site.extract.discover.organizations import class_noun_names, with_name_before, without_joined_lists
from nea_site.extract.discover.people import bio_people, english_people, speech_people, table_people
from nea_site.extract.discover.rules import (
    ACRONYM_AFTER_RE,
    ACRONYM_PAREN_RE,
    ALL_CAPS_RE,
    CONNECTORS,
    LIST_TAIL_RE,
    PARENTHESES,
    PHRASE_RE,
    PHRASE_REACH,
    POSSESSIVE_RE,
    THE_TAIL_RE,
    Found,
    Rules,
)
from nea_site.model import ActorType
from nea_site.text.openings import matches_at_words


def english_names(
    text: str, rules: Rules, known: Callable[[int, int], bool], *, cells: Sequence[tuple[int, int]] = ()
) -> list[Found]:
    """The English rules, tried only where a title, a verb of speech or a head word stands.

    One automaton pass finds the cue words (cues.py); most paragraphs hold none.
    `cells`: a table row's cells (Paragraph.cell_spans), where a name may stand alone.
    """
    cues = english_cues(text)
    found: list[Found] = []
    heads = cues.heads
    if "(" in text or "（" in text:
        heads.extend(Cue(m.start(), m.end()) for m in matches_at_words(ACRONYM_PAREN_RE, PARENTHESES, text))
    if heads:
        found.extend(_english_phrases(text, rules, sorted(heads), known))
    # "Nordic firms A, B and C" (organizations.py)
    listed = class_noun_names(text, rules, cues.class_words, starts=cues.class_starts)
    if listed:
        found = [*without_joined_lists(found, listed), *listed]
    if "(" in text:
        found = with_name_before(found, text, rules)  # "Atlaskai (Federation of …)" (organizations.py)
    if cues.titles:
        found.extend(english_people(text, rules, known, cues.titles))
    if cues.speech:
        found.extend(speech_people(text, rules, known, cues.speech))
    if cells:
        found.extend(table_people(text, cells, rules, known))
    if " is " in text[:120]:
        found.extend(bio_people(text, rules, known))
    return found


def _english_phrases(text: str, rules: Rules, heads: Sequence[Cue], known: Callable[[int, int], bool]) -> list[Found]:
    """Capitalised phrases headed by an organisation's, agreement's or initiative's word, or with an acronym.

    A phrase is read around each head word (within PHRASE_REACH characters before it), each phrase once. A phrase
    with an "of" goes on through a list of fields ("Ministry of Agriculture, Forestry and Fisheries") unless the
    list names an actor the text links ("the Ministry of Finance, Japan and Korea": three names).
    """
    found: list[Found] = []
    done = -1
    for head in heads:
        if head.start() < done:
            continue
        for match in PHRASE_RE.finditer(text, max(0, head.start() - PHRASE_REACH), head.end() + PHRASE_REACH):
            if match.end() <= done or match.end() < head.start():
                continue
            if match.start() > head.end():
                break
            end = match.end()
            if _OPEN_END_RE.search(match.group()):  # "… on Managing", "… Across": the name goes on past "the"
                end = the_tail.end() if (the_tail := THE_TAIL_RE.match(text, end)) else end
            tail = LIST_TAIL_RE.match(text, end) if " of " in match.group() else None
            if tail is not None and not known(tail.start(), tail.end()) and not _lists_bodies(tail.group(), rules):
                end = tail.end()
            done = end
            found.extend(_phrase(match.start(), end, text, rules))
            break
    return found


def _lists_bodies(tail: str, rules: Rules) -> bool:
    """A list after a name whose item is a body's head word alone ("Ministry of Defense, Army and Navy"): bodies."""
    items = (item.strip() for item in _LIST_ITEM_SPLIT_RE.split(tail))
    return any(item.split()[-1].casefold() in rules.org_en for item in items if item)


_LIST_ITEM_SPLIT_RE = re.compile(r",|\band\b")


def _phrase(start: int, end: int, text: str, rules: Rules) -> list[Found]:
    found: list[Found] = []
    words = words_at(text, start, end)
    # A possessive ends a phrase: "Japan's Foreign Ministry" is Japan, then "Foreign Ministry".
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for word in words:
        if POSSESSIVE_RE.search(word[2]) and is_token(word[2]) and not keeps_possessive(word[2]):
            pieces.append([])
        else:
            pieces[-1].append(word)
    acronym_match = ACRONYM_AFTER_RE.match(text, end)
    for i, piece in enumerate(pieces):
        acronym = acronym_match.group(1) if acronym_match and i == len(pieces) - 1 else None
        found.extend(_phrase_names(piece, text, rules, acronym, acronym_match.end() if acronym_match else 0))
    return found


_OPEN_END_RE = re.compile(
    r"\s(?:of|for|on)\s+[A-Z][a-z]+ing$|\s(?:"
    + "|".join(lexicon.current().words("name_inner_prepositions", "en"))
    + r")$"
)
_GERUND_THEN_THE_RE = re.compile(r"[A-Z][a-z]+ing\s+the\s+[A-Z]")
_NUMBER_LABEL_RE = re.compile(r"No\.?\d*|The")  # "No.80 The Embassy of …": a note's number, then the phrase


def _trim(words: list[tuple[int, int, str]], rules: Rules) -> list[tuple[int, int, str]]:
    while words and (
        words[0][2].casefold() in rules.not_names
        or not is_token(words[0][2])
        or (len(words) > 1 and _NUMBER_LABEL_RE.fullmatch(words[0][2]))
    ):
        words = words[1:]
    while words and not is_token(words[-1][2]):
        words = words[:-1]
    return words


def _head(words: list[tuple[int, int, str]], rules: Rules) -> tuple[int, ActorType | None]:
    """Index of the head word (before the first "of/for/on/between", else the last) and the type it gives."""
    end = len(words)
    for i, (_, _, word) in enumerate(words):
        if word in ("of", "for", "on", "between") and i:
            end = i
            break
    last = words[end - 1][2].casefold().rstrip(".")
    if end >= 2:
        two = f"{words[end - 2][2].casefold()} {last}"
        if two in rules.org_en:
            return end - 1, rules.org_en[two]
    return end - 1, rules.org_en.get(last)


def _initials(words: list[tuple[int, int, str]]) -> tuple[str, str]:
    """Initials of the capitalised words, and the same with each hyphenated part counted."""
    plain = "".join(w[0] for _, _, w in words if is_token(w))
    parts = "".join(p[0] for _, _, w in words if is_token(w) for p in re.split(r"[-–]", w) if p)
    return plain.upper(), parts.upper()


_DEMONYM_RE = re.compile(r"[a-z](?:ese|ian|ean|ish|an)$")  # the adjective of a people: "Japanese", "Korean"


def _phrase_names(
    words: list[tuple[int, int, str]], text: str, rules: Rules, acronym: str | None, acronym_end: int
) -> list[Found]:
    words = _trim(_before_title_or_month(words, text, rules), rules)
    if not words:
        return []
    if len(words) > 2 and words[-2][2] in CONNECTORS and _GERUND_THEN_THE_RE.match(text, words[-1][0]):
        return []  # "Project on Managing the Atom": the name goes on past "the" (a phrase stops there), cut short
    if acronym:
        letters = "".join(ch for ch in acronym if ch.isupper())
        for first in range(len(words)):  # the shortest tail whose initials spell it: leading words are not its own
            tail = _trim(words[first:], rules)
            if tail and tail[0][0] == words[first][0] and letters in _initials(tail) and len(tail) >= 2:
                _, kind = _head(tail, rules)
                if kind is None:
                    break  # "Long Range Example System (LRES)": a thing, not an actor
                name = fold_space(text[tail[0][0] : tail[-1][1]])
                return [Found(tail[0][0], tail[-1][1], name, kind, "acronym", acronym=acronym)]
    # "the Ministry of Finance and the Bank of Japan": two names, each with its own head.
    for i, (_, _, word) in enumerate(words):
        if word in ("and", "&") and 0 < i < len(words) - 1:
            if _joins_parties(words, i):
                continue  # "Agreement between Atlantis and the Republic of Utopia on …": one name, two parties
            left, right = _trim(words[:i], rules), _trim(words[i + 1 :], rules)
            # "the Government of Flanders and the European Commission", "the Ministry of Fisheries and the Bank
            # of Atlantis" are two names; "Science & Technology Organization" is one.
            new_phrase = words[i + 1][2] == "the" or bool(left and _head(left, rules)[1])
            nxt = next((j for j in range(i + 1, len(words)) if words[j][2] in ("and", "&")), len(words))
            if new_phrase and words[i + 1][2] != "the" and _one_pair(left, _trim(words[i + 1 : nxt], rules), rules):
                new_phrase = False  # "Securities and Exchange Commission": two fields of one body
            if left and right and new_phrase and _head(right, rules)[1]:
                return _phrase_names(left, text, rules, None, 0) + _phrase_names(right, text, rules, acronym, 0)
            if left and right and words[i + 1][2] == "the" and _head(left, rules)[1]:
                return _phrase_names(left, text, rules, None, 0)  # "the Treaty on … and the United Nations"
            # "the Atlantean and Utopian Embassy staff": two peoples' bodies sharing one head word, neither named.
            if len(left) == 1 and right and _DEMONYM_RE.search(left[0][2]) and _DEMONYM_RE.search(right[0][2]):
                return []
    head, kind = _head(words, rules)
    if kind is None:
        # "Daniel Sneider of Stanford University": the name after the last "of" may be one of its own; in
        # "Officials of the Ministry of Health, Labour and Welfare" (fields listed) the one after an earlier "of".
        at = [i for i, (_, _, w) in enumerate(words) if i and w in ("of", "for", "on")]
        for last in reversed(at if any(w == "," for _, _, w in words) else at[-1:]):
            tail = _trim(words[last + 1 :], rules)
            if tail and _head(tail, rules)[1]:
                return _phrase_names(tail, text, rules, acronym, acronym_end)
        return []
    others = [w.casefold() for i, (_, _, w) in enumerate(words) if i != head and is_token(w)]
    kinds = rules.pact_kinds_en if kind == "agreement" else frozenset()
    fields = any(w == "," for _, _, w in words)  # "Ministry of Health, Labour and Welfare": its own list of fields
    if not others or (not fields and all(w in rules.generic_en or w in rules.org_en or w in kinds for w in others)):
        return []  # "Foreign Ministry", "Joint Statement", "a Memorandum of Understanding": whose?
    if too_short(words[head][2], len(others)):
        return []
    if any(ALL_CAPS_RE.match(w) and len(w) > 5 for _, _, w in words):
        return []  # a shouted heading, not a name
    name = fold_space(text[words[0][0] : words[-1][1]])
    rule = {
        "organization": "organisation_suffix",
        "agreement": "agreement_word",
        "initiative": "initiative_word",
        "place": "place_word",
    }
    return [
        Found(words[0][0], words[-1][1], name, kind, rule[kind], acronym=acronym, alias=_singular(words, head, rules))
    ]


def _joins_parties(words: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the "and" at `at` is the first after a "between": it joins the two parties of one name."""
    for _, _, word in reversed(words[:at]):
        if word in ("and", "&"):
            return False
        if word == "between":
            return True
    return False


def _one_pair(left: list[tuple[int, int, str]], right: list[tuple[int, int, str]], rules: Rules) -> bool:
    """Whether "A B and C D" is one government body of two fields.

    A short left without "of", one word before the right's head, a body's head word on the right only ("US
    Securities and Exchange Commission"; "Tandry Chemical and Brann Kogyo", "Security Council and Peacebuilding
    Commission" are two names).
    """
    if len(left) > 2 or len(right) != 2 or any(w in CONNECTORS for _, _, w in left):
        return False
    return right[-1][2].casefold() in rules.public_heads_en and left[-1][2].casefold() not in rules.public_heads_en


# Months as written in full and abbreviated ("on Nov. 12"): a date after "of"/"on" ends a name.
_MONTHS = frozenset(
    form
    for m in lexicon.current().words("written_months", "en")
    for form in (m.casefold(), m.casefold()[:3], m.casefold()[:4])
)


def _before_title_or_month(words: list[tuple[int, int, str]], text: str, rules: Rules) -> list[tuple[int, int, str]]:
    """The phrase up to a person's title followed by a name, or a month after "of"/"on", which are no part of it.

    "House of Representatives Speaker Jane Roe": the body, then the person (the title rules read); "Pyongyang
    Declaration of September 17": the declaration, then its date.
    """
    for i in range(1, len(words)):
        word = words[i][2]
        if word in ("of", "on") and i + 1 < len(words) and words[i + 1][2].casefold().rstrip(".") in _MONTHS:
            return words[:i]
        title = rules.titles_en.match(text, words[i][0]) if word[:1].isupper() else None
        if (
            title
            and title.start("name") < words[-1][1]  # "… Barley Board and Mr S. Tohata": the phrase stops at "S"
            and not any(w.casefold() in rules.org_en for w in title["name"].split())
        ):
            return words[:i]  # not "Young Ambassador Program": a name holds no head word
    return words


def _singular(words: list[tuple[int, int, str]], head: int, rules: Rules) -> str | None:
    """The name with its head word in the singular, when written in the plural ("… Partnership Programmes")."""
    word = words[head][2]
    if not word.endswith("s") or word[:-1].casefold() not in rules.org_en or word[:-1].casefold() == word.casefold():
        return None
    return " ".join([*(w for _, _, w in words[:head]), word[:-1], *(w for _, _, w in words[head + 1 :])])
