"""People named without a title, where the kind of text says they are people.

- Japanese: "<organisation>の<name>が…": a name of three kanji from a Chinese family name, after an organisation's
  name and の, before a particle ("財政部の甲乙丙が選ばれた": a member of that body).
"""

from __future__ import annotations

import re

from nea_site.extract.discover.rules import Found, Rules
from nea_site.text.script import to_simplified

_JA_MEMBER_RE = re.compile(r"(?<=の)([\u3400-\u9fff]{3})(?=[がはをもと]|氏)")
_JA_RUN_END_RE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffー・々]+$")


def ja_members(text: str, rules: Rules) -> list[Found]:
    """Names of three kanji (a Chinese family name first) after "<organisation>の", before a particle."""
    found: list[Found] = []
    heads = rules.heads_cjk["ja"]
    for match in _JA_MEMBER_RE.finditer(text):
        name = match.group(1)
        if to_simplified(name[0]) not in rules.zh_family or any(name.endswith(w) for w in heads):
            continue
        body = _JA_RUN_END_RE.search(text, max(0, match.start() - 21), match.start() - 1)
        if body is None or len(body.group()) < 3:
            continue
        if next((k for w, k in heads.items() if body.group().endswith(w)), None) != "organization":
            continue
        found.append(Found(match.start(1), match.end(1), name, "person", "person_member"))
    return found
