"""What the comparator reads over a whole article is kept with the article, not in a cache keyed
by it: a process comparing a corpus block after block (``diff --format jsonl``, Dask, ``check``)
must not keep every document it has seen alive."""

from __future__ import annotations

import gc
import weakref

from claimdiff.compare.context import Context, DocViews, document_views
from claimdiff.compare.figures import sole_figures
from claimdiff.compare.swaps import _document_members
from claimdiff.pipeline import analyse_each, batch_profiles
from claimdiff.schema import Document


def _doc_views() -> DocViews:
    text = "حصيلة الكوليرا\n\nصنعاء - سجلت وزارة الصحة 86 حالة وفاة بالكوليرا في محافظة الحديدة.\n"
    doc = Document(id="d", source="<d>", text=text, text_origin="string")
    [item] = list(analyse_each([doc]))
    ctx = Context(item.claims, item.mentions, [item.doc])
    views = document_views(batch_profiles([item]), item.doc, ctx.mentions)
    assert views and views[0].siblings is not None
    return views[0].siblings


def test_an_articles_figures_and_members_do_not_outlive_it() -> None:
    doc = _doc_views()
    assert sole_figures(doc) and _document_members(doc)  # read, and kept with the article
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
