"""The header zone: what stands between a document's start and its text, read into one `Header`.

`title.parse_header` walks the opening units (the title, its second line, authors and bylines, field and date lines,
labelled lines such as the abstract and keywords). `state` holds the `Header` draft and puts written dates into it;
`lines` reads one header line into it; `labels` reads labelled lines and credits; `authors` bare bylines,
affiliations and a speech's speaker; `datelines` a news dateline and the dates a text's first and last lines give;
`mail` the fields of an e-mail; `parallel` a Chinese paper's closing English title block; `pageline` a page saved
as one line; `pagelines` a page's furniture around its headline (breadcrumbs, captions, menus) and a title's
leftovers; `looselines` header lines written loosely (times in words, labels after dates, slashed bylines).
"""
