"""Language knowledge as data: named word lists per language, read from `<lang>.yml` beside this file.

A list is what the code needs to recognise a kind of word (event verbs, titles of office, organisation suffixes,
month names...). Each `<lang>.yml` maps a list name to its words, with a comment saying what the list is for and
an example. Grammar (date shapes, numbering) stays in code; the words it needs come from here. Code asks
`current().words("prediction_cues", "en")` and builds its matchers from the answer.

A project extends the lists in `corpus/curated/lexicon.yml` (`list: {lang: [words]}`; an unknown list or a wrong
type is reported by file and line). Matchers are built once, when their module is imported, so a command that
reads a project calls `activate(project_file)` before it imports any stage (the CLI does; forked workers
inherit the result, spawned ones start with `start_worker`); `activate` refuses lists other than the ones the
process's matchers were built from. Tables built from the lists (`@lexicon.table`) are built once per lexicon;
`build_tables()` builds every one (an extractor is made with them built). The active lexicon's `version` (package
and project lists together) is part of the extraction cache key.
"""

from nea_site.lexicon.load import (
    LANGS,
    PROJECT_FILE,
    Lexicon,
    activate,
    alternation,
    build_tables,
    current,
    load_lexicon,
    start_worker,
    table,
)

__all__ = [
    "LANGS",
    "PROJECT_FILE",
    "Lexicon",
    "activate",
    "alternation",
    "build_tables",
    "current",
    "load_lexicon",
    "start_worker",
    "table",
]
