"""Links of a wiki that show nothing in the text: to files, images, categories, other language editions."""

from __future__ import annotations

import re
from urllib.parse import unquote

# Namespaces whose links show nothing in the text: files, images, categories (as the wikis of the corpus's
# languages name them).
SILENT_NAMESPACES = frozenset(
    [
        *"file image media category 文件 檔案 档案 图像 圖像 图片 圖片 分类 分類".split(),
        *"ファイル 画像 カテゴリ 파일 그림 분류".split(),
    ]
)


def is_silent_link_target(target: str) -> bool:
    """Whether a link goes to a wiki's file, image or category page, or is an interlanguage link: it shows nothing.

    "https://ko.wikipedia.org/wiki/파일:Map.png" (its words were an image's size, "345px"), "../Page/分类:X.md",
    ".../wiki/en:Some_Article": a converted wiki page keeps its categories, images and links to its versions in
    other languages as links to those pages. A target with no path ("tel:…", "file:…") is none of them.
    """
    if "/" not in target or target[:5].lower() == "file:":
        return False
    page = unquote(target.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    namespace, colon, _ = page.partition(":")
    if not colon:
        return False
    namespace = namespace.strip().lower()
    return namespace in SILENT_NAMESPACES or (
        "/wiki/" in target and _LANGUAGE_PREFIX_RE.fullmatch(namespace) is not None
    )


_LANGUAGE_PREFIX_RE = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,4})?")  # "en", "zh-yue": a wiki's language edition
