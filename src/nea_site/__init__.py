"""nea_site: a bilingual static research-corpus website generator."""

__version__ = "0.1.0"
