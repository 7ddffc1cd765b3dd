"""Where a saved text came from: a web address alone on its first line, or on a line labelled as its source."""

from __future__ import annotations

import functools
import re

from nea_site import lexicon

_ADDRESS_LINE_RE = re.compile(r"\A\s*(https?://[^\s<>\"]+)[ \t]*\n")


def take_source_address(text: str) -> tuple[str, str | None]:
    """A web address alone on the file's first line, where a saved article came from: metadata, not its title."""
    if not text.lstrip().startswith("http"):
        return text, None
    found = _ADDRESS_LINE_RE.match(text)
    return (text[found.end() :], found.group(1)) if found else (text, None)


def labelled_address(text: str) -> str | None:
    """The address of the first line labelled as the text's source ("Original URL: …", lexicon), or None."""
    pattern = _address_label_re()
    found = pattern.search(text) if pattern is not None else None
    return found.group(1) if found else None


@functools.cache
def _address_label_re() -> re.Pattern[str] | None:
    labels = lexicon.current().words("source_address_labels")
    if not labels:
        return None
    alternation = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    return re.compile(rf"(?:{alternation})\s*[:：]\s*(?:\[[^\]\n]*\]\()?<?(https?://[^\s<>()\]]+)", re.IGNORECASE)
