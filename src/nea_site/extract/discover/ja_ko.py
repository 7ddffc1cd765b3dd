"""Japanese and Korean names headed by a lexicon word, and people next to a title."""

from __future__ import annotations

import re
from collections.abc import Callable

from nea_site import lexicon
from nea_site.extract.discover.chinese import kind_by_ending
from nea_site.extract.discover.filters_general import is_common_word
from nea_site.extract.discover.rules import CJK_NAME_AFTER_RE, HANGUL_RE, LATIN_NAME_AFTER_RE, Found, Rules

# --- Japanese and Korean ---------------------------------------------------------------------------------------

# A run of kanji and katakana; an ordinal with digits may open it ("第9回甲乙サミット"), and a middle dot may join
# an acronym in Latin capitals to it ("例示・ASEAN協力センター").
_JA_RUN_RE = re.compile(
    r"(?:第[0-9０-９]+)?[\u3400-\u9fff\u30a0-\u30ffー・々]+(?:(?<=・)[A-Z]{2,}[\u3400-\u9fff\u30a0-\u30ffー・々]*)*"
)
_JA_RUN_END_RE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffー・々]+$")


def ja_names(text: str, rules: Rules) -> list[Found]:
    """Runs of kanji and katakana (hiragana particles bound them) ending with a head word or a title."""
    heads = rules.heads_cjk["ja"]
    generic = rules.generic_cjk["ja"]
    found: list[Found] = []
    for match in _JA_RUN_RE.finditer(text):
        run = match.group()
        kind = next((k for w, k in heads.items() if run.endswith(w)), None)
        if kind is not None and run not in generic and len(run) >= 3 and run not in heads:
            rule = {
                "organization": "organisation_suffix",
                "agreement": "agreement_word",
                "initiative": "initiative_word",
            }
            start = _ja_subject_start(text, match.start(), rules) if kind == "agreement" else match.start()
            found.append(Found(start, match.end(), text[start : match.end()], kind, rule[kind]))
            continue
        title = next((t for t in rules.titles_cjk["ja"] if run.endswith(t) and len(run) > len(t)), None)
        if run in rules.titles_cjk["ja"] or _only_office(run, rules):
            continue  # "外務次官", "首席代表": an office alone, whoever holds it is named elsewhere
        if title is not None and 2 <= len(run) - len(title) <= 8:
            start = match.start()
            if text.endswith(_AFTER_THAT, 0, start) and run.startswith(_AFTER_THAT_TAIL):
                start += len(_AFTER_THAT_TAIL)  # "その後麻生外相": 後 ends "その後" (after that)
            end = _before_office(text, start, match.end() - len(title), rules)
            holder = text[start:end]
            held = next((k for w, k in heads.items() if holder.endswith(w)), None)
            if held is None and _names_nobody(holder, rules):
                continue  # "米朝首席代表", "各国主席代表": countries or a common word before the office
            if held is None:
                found.append(Found(start, end, holder, "person", "person_title"))
            elif held == "organization" and holder not in generic and len(holder) >= 3 and holder not in heads:
                # "海洋庁副局長": the office of an organisation
                found.append(Found(match.start(), end, holder, "organization", "organisation_suffix"))
            continue
        # "副局長の魏本華": a title, の, and the name
        if 2 <= len(run) <= 5 and text[match.start() - 1 : match.start()] == "の" and kind is None:
            before = _JA_RUN_END_RE.search(text, max(0, match.start() - 12), match.start() - 1)
            if (
                before is not None
                and any(before.group().endswith(t) for t in rules.titles_cjk["ja"] if t != "氏")
                and not is_common_word(run)  # "各国代表の基調演説": a speech, no name
            ):
                found.append(Found(match.start(), match.end(), run, "person", "person_title"))
    return found


_AFTER_THAT, _AFTER_THAT_TAIL = "その", "後"  # "その後": after that


def _only_office(run: str, rules: Rules) -> bool:
    """Whether `run` is office words only: prefixes ("外務", "首席") and a title ("首席代表", "外務次官")."""
    titles = rules.titles_cjk["ja"]
    while run:
        if run in titles:
            return True
        prefix = next((p for p in rules.ja_title_prefixes if run.startswith(p) and len(run) > len(p)), None)
        if prefix is None:
            return False
        run = run[len(prefix) :]
    return False


def _names_nobody(holder: str, rules: Rules) -> bool:
    """A holder that is no name: country abbreviations only ("米朝", "日中韓"), or a common word ("各国")."""
    abbreviations = _country_abbreviations(lexicon.current())
    return all(c in abbreviations for c in holder) or is_common_word(holder)


@lexicon.table
def _country_abbreviations(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(lex.words("ja_country_abbreviations", "ja"))


def _before_office(text: str, start: int, end: int, rules: Rules) -> int:
    """Where a name before a title ends: before the words of the office ("甲乙外務副" + "大臣": "甲乙")."""
    while True:
        prefix = next((p for p in rules.ja_title_prefixes if text.endswith(p, start, end)), None)
        if prefix is None or end - len(prefix) - start < 2:
            return end
        end -= len(prefix)


def _ja_subject_start(text: str, start: int, rules: Rules) -> int:
    """Where an agreement's name starts that names its subject before it ("…に関する共同声明"), else `start`.

    The words that link the subject are the lexicon's `agreement_subject_links` (ja).
    """
    about = next((a for a in rules.ja_subject_links if text.endswith(a, 0, start)), None)
    if about is None:
        return start
    subject = _JA_RUN_END_RE.search(text, max(0, start - len(about) - 20), start - len(about))
    return subject.start() if subject is not None else start


_KO_WORD_RE = re.compile(r"[\uac00-\ud7a3A-Za-z0-9·]+")


def ko_names(text: str, rules: Rules, known: Callable[[int, int], bool] | None = None) -> list[Found]:
    """Korean words (particles cut off) ending with a head word; a name next to a title word.

    `known(start, end)`: whether the vocabulary names an actor there; a known name (a country) may stand between a
    person's name and the title ("왕소명 중국 외교부장"), as a body's name may ("박진 외교부 장관").
    """
    heads = rules.heads_cjk["ko"]
    generic = rules.generic_cjk["ko"]
    titles = frozenset(rules.titles_cjk["ko"])
    words: list[tuple[int, int, str]] = []
    possessive: set[int] = set()  # words cut before "의": "정상회의" (a summit) reads as "정상회" + "의"
    particled: set[int] = set()  # words a particle closes: "장관이", "총리와" end their phrase
    for match in _KO_WORD_RE.finditer(text):
        word = match.group()
        stem = word
        for length in (3, 2, 1):
            if len(word) - length >= 2 and word[-length:] in rules.ko_particle_set:
                stem = word[:-length]
                particled.add(len(words))
                if word.endswith("의"):
                    possessive.add(len(words))
                break
        words.append((match.start(), match.start() + len(stem), stem))
    found: list[Found] = []
    longest, last_chars = rules.longest_head["ko"], rules.head_last_chars["ko"]
    for i, (start, end, stem) in enumerate(words):
        kind = kind_by_ending(stem, heads, longest) if stem[-1] in last_chars else None
        if kind is not None and stem.endswith(rules.ko_false_endings):
            continue  # "중유지원": heavy-oil support, no body
        if kind is not None and stem not in generic and len(stem) >= 3 and stem not in heads and stem not in titles:
            if _name_before_title(words, i, particled, rules, titles):
                continue  # "나경원 원내대표": a person's name ending like a body ("원"), before a title
            rule = {
                "organization": "organisation_suffix",
                "agreement": "agreement_word",
                "initiative": "initiative_word",
            }
            found.append(Found(start, end, stem, kind, rule[kind]))
            continue
        if kind in ("agreement", "initiative") and stem in heads and _named_by_place(words, i, particled, known):
            # "예시시 선언", "예시시 공동선언": a known place's name, a space, and the head word alone
            first = words[i - 1][0]
            found.append(Found(first, end, text[first:end], kind, "agreement_word"))
            continue
        # "외교부장관": a body's name and a title written as one word names the office (as "外交部长" does), a title
        body_title = _body_and_title(stem, rules) if stem not in titles else None
        if stem in titles or body_title is not None:
            # "장관 박진", "박진 장관"; "박진 외교부 장관" (the office's body between); not "대통령은 정상회의" (a
            # word before 의)
            for j in (i + 1, i - 1, i - 2):
                if j == i + 1 and (j in possessive or i in particled):
                    continue  # "장관이 한자리에", "총리와 제9차": the title's phrase ended before the next word
                if j in (i - 1, i - 2) and j in particled:
                    continue  # "회의에서 장관": a particle ends the word before the title
                if j == i - 2 and not (
                    i >= 2
                    and (
                        _is_ko_body(words[i - 1][2], rules)
                        or (known is not None and known(words[i - 1][0], words[i - 1][1]))
                    )
                ):
                    continue
                if 0 <= j < len(words) and _is_ko_name(words[j][2], rules) and words[j][2] not in titles:
                    if len(words[j][2]) != 3 and _title_of(stem, titles) in _full_name_titles(lexicon.current()):
                        continue  # "지역 대표", "최고 수석": a common title wants a full three-syllable name
                    if is_common_word(words[j][2]):  # "오늘", "오는": a word, the other side may hold the name
                        continue
                    start, end, name = words[j]
                    found.append(Found(start, end, name, "person", "person_title", other=_gloss(text, end)))
                    break
            else:
                glossed = _KO_GLOSSED_RE.search(text, max(0, words[i][0] - 60), words[i][0])
                if glossed is not None and _is_ko_name(glossed.group(1), rules):  # "김철수(Kim Chul-soo) 교수"
                    start, end = glossed.span(1)
                    found.append(Found(start, end, glossed.group(1), "person", "person_title", other=_gloss(text, end)))
    return found


def _name_before_title(
    words: list[tuple[int, int, str]], i: int, particled: set[int], rules: Rules, titles: frozenset[str]
) -> bool:
    """Whether the i-th word is a three-syllable name ending in "원" with a person's title right after it.

    A title ending in "장" heads a body ("국정원 원장", "진흥원 이사장"): there the word stays the body's name.
    """
    stem = words[i][2]
    if len(stem) != 3 or not stem.endswith("원") or i in particled or i + 1 >= len(words):
        return False
    following = words[i + 1][2]
    return following in titles and not following.endswith("장") and _is_ko_name(stem, rules)


def _named_by_place(
    words: list[tuple[int, int, str]], i: int, particled: set[int], known: Callable[[int, int], bool] | None
) -> bool:
    """Whether the word before the i-th is a name the vocabulary knows, with no particle closing it."""
    return i > 0 and known is not None and i - 1 not in particled and known(words[i - 1][0], words[i - 1][1])


_KO_GLOSSED_RE = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,4})\s*[(（][^()（）\n]{1,40}[)）]\s*$")


def _body_and_title(stem: str, rules: Rules) -> str | None:
    """The body's name of a word that is a body's name and a title written together ("외교부장관": "외교부")."""
    title = next((t for t in rules.titles_cjk["ko"] if stem.endswith(t) and len(stem) - len(t) >= 2), None)
    if title is None:
        return None
    body = stem[: -len(title)]
    if title in _compound_titles(lexicon.current()) and all(HANGUL_RE.fullmatch(c) for c in body):
        return body  # "국민소통수석", "국가안보실장": an office's field and its title as one word
    return body if _is_ko_body(body, rules) and body not in rules.generic_cjk["ko"] else None


def _title_of(stem: str, titles: frozenset[str]) -> str:
    """The title a word is or ends with ("국민소통수석" -> "수석")."""
    return stem if stem in titles else max((t for t in titles if stem.endswith(t)), key=len, default=stem)


@lexicon.table
def _full_name_titles(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(lex.words("person_titles_full_name_only", "ko"))


@lexicon.table
def _compound_titles(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(lex.words("person_compound_titles", "ko"))


def _is_ko_body(word: str, rules: Rules) -> bool:
    """A body's name of two characters or more ending like an organisation's: "외교부", "국방부"."""
    last = rules.head_last_chars["ko"]
    return (
        len(word) >= 2
        and word[-1] in last
        and kind_by_ending(word, rules.heads_cjk["ko"], rules.longest_head["ko"]) == "organization"
    )


def _gloss(text: str, end: int) -> str | None:
    """The name in Chinese characters or Latin letters in parentheses right after it: "윤병세(尹炳世)"."""
    match = CJK_NAME_AFTER_RE.match(text, end) or LATIN_NAME_AFTER_RE.match(text, end)
    return match.group(1) if match else None


def _is_ko_name(word: str, rules: Rules) -> bool:
    return (
        2 <= len(word) <= 4
        and all(HANGUL_RE.fullmatch(c) for c in word)
        and word.startswith(rules.ko_family)
        and not word.endswith(_not_name_endings(lexicon.current()))
    )


@lexicon.table
def _not_name_endings(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return lex.words("person_name_not_endings", "ko")
