"""Shapes of crawled Markdown that are not what their marks say: media blocks among paragraphs, prose as headings."""

from __future__ import annotations

import re

# A block of media or furniture a crawled article keeps among its Markdown paragraphs ("<figure>" with its image
# and caption, "<iframe>", "<script>"): dropped whole. A photo's caption is no part of the story: kept, it was read
# as a heading (a short line over a longer one) or joined to the paragraph after it ("…握手。例示社正在例示市…").
MEDIA_BLOCK_RE = re.compile(
    r"<(?:figure|figcaption|img|picture|iframe|video|audio|aside|details|center|dl|pre|script|style|noscript)\b",
    re.IGNORECASE,
)


MEDIA_LINE_RE = re.compile(r"</?(?:figure|figcaption|img|picture|source|iframe|video|audio)\b", re.IGNORECASE)


# A crawler's Markdown that marks every paragraph as a heading ("#### 甲国与乙国周一举行对话。双方表示…"): a
# heading line holding a CJK sentence's end with more text after it, or one past a heading's length that ends
# with one, is a paragraph. (English headings hold points and question marks: "# Mr. Abe goes to Washington".)
PROSE_HEADING_RE = re.compile(
    r"\s*#{1,6}\s+(?:[^\n]*?[\u4e00-\u9fff\uac00-\ud7af][。！？]\s*[^\s#][^\n]*|[^\n]{40,}[。！？]|[^\n]*[，,][^\n]{8,}[。！？])\s*$"
)
