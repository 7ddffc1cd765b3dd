"""Language knowledge as data: named word lists per language, read from `<lang>.yml` beside this file.

A list is what the code needs to recognise a kind of word (event verbs, titles of office, organisation suffixes,
month names...). Each `<lang>.yml` maps a list name to its words, with a comment saying what the list is for and
an example. Grammar (date shapes, numbering) stays in code; the words it needs come from here. Code asks
`current().words("prediction_cues", "en")` and builds its matchers from the answer. `load_lexicon(path)` also
reads a project's additions (`list: {lang: [words]}`), reporting an unknown list or a wrong type by file and line;
wiring such a file into a build's matchers is left to do (today a curator edits the package's lists).
"""

from nea_site.lexicon.load import LANGS, PROJECT_FILE, Lexicon, alternation, current, load_lexicon

__all__ = ["LANGS", "PROJECT_FILE", "Lexicon", "alternation", "current", "load_lexicon"]
