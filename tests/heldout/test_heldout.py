"""Articles from outlets the project has never seen, held against a human reading of each.

Every article under ``articles/`` is invented but laid out as it comes out of a copy-paste or an
HTML-to-text of its site, boilerplate included.  ``<name>.expected.json`` beside it says what a
careful reader expects: the publishing outlet, the outlets it relays, its own dates, names that
must share one entity id (every mention's span exact), quantities with their qualifier, and quotes
that must carry no mention, claim or finding (site chrome, identifiers, adjectives).  ``cross.json``
holds names that must share an id across articles.  All articles are analysed in one run, as the
evaluation does.

A quote is located by ``quote`` alone (every occurrence), by ``occurrence`` (1-based), or inside
the first occurrence of the longer context ``in``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from claimdiff.pipeline import analyze
from claimdiff.schema import Document, Report
from claimdiff.sources import Text
from claimdiff.text.markup import blank_markup

ARTICLES = Path(__file__).parent / "articles"
EXPECTED = {p.name.removesuffix(".expected.json"): p for p in sorted(ARTICLES.glob("*.expected.json"))}
NAMES = sorted(EXPECTED)


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXPECTED[name].read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def report() -> Report:
    return analyze([ARTICLES / _expected(n)["source"] for n in NAMES])


def _doc(report: Report, name: str) -> Document:
    source = _expected(name)["source"]
    found = [d for d in report.documents if Path(d.source).name == source]
    assert len(found) == 1, source
    # a note that a non-Arabic document was not compared is not an error of reading it
    errors = [e for e in found[0].errors if e.stage != "language"]
    assert not errors, errors
    return found[0]


def locate(text: str, item: str | dict[str, Any]) -> list[tuple[int, int]]:
    """Where a quote of the expectations stands in ``text`` (every candidate occurrence)."""
    if isinstance(item, str):
        item = {"quote": item}
    quote = item["quote"]
    if "in" in item:
        at = text.find(item["in"])
        assert at >= 0, f"context not in the article: {item['in']!r}"
        inner = item["in"].find(quote)
        assert inner >= 0, f"{quote!r} not inside its context {item['in']!r}"
        return [(at + inner, at + inner + len(quote))]
    spans = []
    i = text.find(quote)
    while i >= 0:
        spans.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    assert spans, f"quote not in the article: {quote!r}"
    if "occurrence" in item:
        n = item["occurrence"]
        assert n <= len(spans), f"{quote!r} occurs {len(spans)} times, not {n}"
        return [spans[n - 1]]
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _entity_ids(report: Report, doc: Document, item: str | dict[str, Any]) -> set[str]:
    """Ids of entity mentions whose span is exactly the located quote."""
    spans = set(locate(doc.text, item))
    return {
        m.entity_id
        for m in report.mentions
        if m.doc_id == doc.id and m.kind == "entity" and (m.start, m.end) in spans
    }


def _shown(item: str | dict[str, Any]) -> str:
    return item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)


@pytest.mark.parametrize("name", NAMES)
def test_article_is_a_realistic_size(name: str) -> None:
    exp = _expected(name)
    if exp["source"].endswith(".txt"):
        lines = [x for x in (ARTICLES / exp["source"]).read_text(encoding="utf-8").splitlines() if x.strip()]
        assert 15 <= len(lines) <= 40, len(lines)


@pytest.mark.parametrize("name", NAMES)
def test_outlet(report: Report, name: str) -> None:
    exp = _expected(name)
    doc = _doc(report, name)
    if exp.get("outlet_xfail") and doc.outlet != exp["outlet"]:
        pytest.xfail(exp["outlet_xfail"])
    assert doc.outlet == exp["outlet"]


@pytest.mark.parametrize("name", NAMES)
def test_relays(report: Report, name: str) -> None:
    exp = _expected(name)
    doc = _doc(report, name)
    for outlet in exp["relayed_from"]:
        assert outlet in doc.relayed_from, doc.relayed_from
    for outlet in exp.get("not_relayed", []):
        assert outlet not in doc.relayed_from, doc.relayed_from
    assert doc.outlet not in doc.relayed_from


@pytest.mark.parametrize("name", NAMES)
def test_own_dates(report: Report, name: str) -> None:
    exp = _expected(name)
    doc = _doc(report, name)
    for key in ("published", "updated"):
        if key in exp:
            assert getattr(doc, key) == exp[key], key


@pytest.mark.parametrize("name", NAMES)
def test_entity_groups_share_one_id(report: Report, name: str) -> None:
    doc = _doc(report, name)
    for group in _expected(name)["entities"]:
        per_item = [(_shown(item), _entity_ids(report, doc, item)) for item in group]
        missing = [shown for shown, ids in per_item if not ids]
        assert not missing, f"no entity mention spanning exactly {missing}"
        common = set.intersection(*(ids for _, ids in per_item))
        assert common, per_item


@pytest.mark.parametrize("name", NAMES)
def test_quantities_and_qualifiers(report: Report, name: str) -> None:
    doc = _doc(report, name)
    quantities = [m for m in report.mentions if m.doc_id == doc.id and m.kind == "quantity"]
    for want in _expected(name)["quantities"]:
        spans = locate(doc.text, want)
        hits = [m for m in quantities if any(_overlaps((m.start, m.end), s) for s in spans)]
        got = [(m.text, m.value, str(m.qualifier)) for m in hits]
        assert any(m.value == want["value"] and str(m.qualifier) == want["qualifier"] for m in hits), (
            f"{_shown(want)}: {got}"
        )


def _objects(report: Report, doc: Document, what: str) -> Iterable[tuple[str, int, int]]:
    if what in ("any", "entity", "time", "quantity"):
        for m in report.mentions:
            if m.doc_id == doc.id and what in ("any", m.kind):
                yield f"{m.kind} {m.text!r}", m.start, m.end
    if what == "any":
        for c in report.claims:
            if c.doc_id == doc.id:
                yield f"claim {c.text[:40]!r}", c.start, c.end
        for f in report.findings:
            for e in f.evidence:
                if e.doc_id == doc.id:
                    yield f"finding {f.code} {e.text!r}", e.start, e.end


@pytest.mark.parametrize("name", NAMES)
def test_nothing_on_boilerplate_or_identifiers(report: Report, name: str) -> None:
    doc = _doc(report, name)
    for item in _expected(name)["must_not"]:
        spans = locate(doc.text, item)
        bad = [
            label
            for label, s, e in _objects(report, doc, item["what"])
            if any(_overlaps((s, e), span) for span in spans)
        ]
        assert not bad, f"{item['quote']!r} ({item.get('why', item['what'])}) carries {bad}"


def test_every_span_is_exact(report: Report) -> None:
    for name in NAMES:
        doc = _doc(report, name)
        source = ARTICLES / _expected(name)["source"]
        if source.suffix == ".txt":
            assert doc.text == source.read_text(encoding="utf-8")
    texts = {d.id: d.text for d in report.documents}
    spans = [*report.mentions, *report.claims, *(e for f in report.findings for e in f.evidence)]
    assert spans
    for s in spans:
        assert texts[s.doc_id][s.start : s.end] == s.text, s


def test_names_share_one_id_across_articles(report: Report) -> None:
    groups = json.loads((ARTICLES.parent / "cross.json").read_text(encoding="utf-8"))
    for group in groups:
        per_item = []
        for name, item in group["mentions"]:
            per_item.append((name, _shown(item), _entity_ids(report, _doc(report, name), item)))
        assert all(ids for *_, ids in per_item), (group["label"], per_item)
        assert set.intersection(*(ids for *_, ids in per_item)), (group["label"], per_item)


PAGES = [n for n in NAMES if "page" in _expected(n)]


@pytest.mark.parametrize("name", PAGES)
def test_html_page_with_its_markup_blanked_keeps_the_file_offsets(name: str) -> None:
    """Read with :func:`blank_markup` (markup overwritten, offsets kept), a page is laid out like
    copied text, spans index the file itself, and its chrome (navigation, share buttons, related
    links, comments, copyright) carries nothing."""
    exp = _expected(name)
    raw = (ARTICLES / exp["source"]).read_text(encoding="utf-8")
    text = blank_markup(raw)
    assert len(text) == len(raw)
    rep = analyze([Text(text)])
    doc = rep.documents[0]
    assert doc.outlet == exp["outlet"]
    assert all(outlet in doc.relayed_from for outlet in exp["relayed_from"])
    assert doc.published == exp["page"]["published"]
    for s in [*rep.mentions, *rep.claims]:
        assert raw[s.start : s.end] == s.text, s
    for group in exp["entities"]:
        per_item = [_entity_ids(rep, doc, item) for item in group]
        assert all(per_item) and set.intersection(*per_item), (group, per_item)
    quantities = [m for m in rep.mentions if m.kind == "quantity"]
    for want in exp["quantities"]:
        spans = locate(text, want)
        hits = [m for m in quantities if any(_overlaps((m.start, m.end), s) for s in spans)]
        assert any(m.value == want["value"] and str(m.qualifier) == want["qualifier"] for m in hits), want
    for item in exp["page"]["must_not"]:
        spans = locate(text, item)
        bad = [
            label
            for label, s, e in _objects(rep, doc, item["what"])
            if any(_overlaps((s, e), x) for x in spans)
        ]
        assert not bad, (item["quote"], bad)
