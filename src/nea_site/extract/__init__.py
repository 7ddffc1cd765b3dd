"""Extract stage: Document + Vocabulary -> records (dates, events, actors, themes, claims)."""
