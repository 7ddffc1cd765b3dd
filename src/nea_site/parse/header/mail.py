"""The fields over a forwarded or saved e-mail (a newsletter, a bulletin): subject, date and sender, nothing else.

"From: Example Monitor <news@example.org>" / "Sent: Monday, December 4, 2023 9:15 AM" / "To: …" / "Subject: …":
the subject is the title (without "Re:"/"Fwd:"), the date dates the text, the sender's display name is its outlet.
The header's addresses are never kept (they name private people): the recipients' fields and the sender's address
are dropped.
"""

from __future__ import annotations

from nea_site import lexicon
from nea_site.parse.header.state import Header, is_real_date, iso_from_match, take_written_date
from nea_site.parse.layout import Unit
from nea_site.text.header_patterns import (
    MAIL_DISPLAY_NAME_RE,
    MAIL_FIELD_RE,
    MAIL_SUBJECT_PREFIX_RE,
    WRITTEN_DATE_RE,
)
from nea_site.text.patterns import DATE_VALUE_RE

# What a field's key names, matched on the key in lower case (lexicon: mail_subject_keys, mail_date_keys...).
_SUBJECT_KEYS = frozenset(lexicon.current().words("mail_subject_keys"))
_DATE_KEYS = frozenset(lexicon.current().words("mail_date_keys"))
_SENDER_KEYS = frozenset(lexicon.current().words("mail_sender_keys"))


def read_mail_fields(header: Header, units: list[Unit]) -> int:
    """Read the e-mail fields that open `units` into `header`; return how many units they took (0: not an e-mail).

    Two or more field lines, one of them the subject, make an e-mail; anything less is left to the other readers.
    """
    fields: list[tuple[str, str]] = []
    for unit in units:
        match = MAIL_FIELD_RE.match(unit.text) if unit.kind == "text" else None
        if match is None:
            break
        fields.append((match["key"].lower(), match["value"]))
    if len(fields) < 2 or not any(key in _SUBJECT_KEYS for key, _ in fields):
        return 0
    for key, value in fields:
        if key in _SUBJECT_KEYS and value and not header.title:
            header.title = MAIL_SUBJECT_PREFIX_RE.sub("", value).strip() or value
            header.origins["title"] = "parsed"
        elif key in _DATE_KEYS:
            _take_mail_date(header, value)
        elif key in _SENDER_KEYS and not header.outlet:
            sender = MAIL_DISPLAY_NAME_RE.match(value)
            if sender:
                header.outlet = sender["name"].strip()
                header.origins["outlet"] = "parsed"
    return len(fields)


def _take_mail_date(header: Header, value: str) -> None:
    written = WRITTEN_DATE_RE.search(value)
    if written:
        take_written_date(header, written)
        return
    numeric = DATE_VALUE_RE.search(value)
    if numeric and numeric["d"] and not header.published and is_real_date(iso := iso_from_match(numeric)):
        header.published = iso
        header.origins["published"] = "parsed"
