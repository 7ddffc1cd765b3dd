"""Formats: each reduces one kind of source to the lines parse works on (see parse/structure.py).

Markdown and its front matter, a saved web page, a wiki copy or wikitext, PDF-extracted notes, tables; markup.py
picks the readers. Independent of parse/header/, which reads the header from those lines (a contract in
pyproject.toml).
"""
