"""The pipeline: sources in, one deterministic :class:`~claimdiff.schema.Report` out."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimdiff import sources as _sources
from claimdiff.errors import ClaimdiffError, PluginError, UsageError
from claimdiff.extractors.base import Extractor, Layout
from claimdiff.plugins import Plugins
from claimdiff.plugins import load as load_plugins
from claimdiff.reading import _doc_id as _doc_id
from claimdiff.reading import _documents as _documents
from claimdiff.reading import _each_document
from claimdiff.reading import _read as _read
from claimdiff.reading import _unique as _unique
from claimdiff.scale.pool import analyse_document as analyse_document
from claimdiff.scale.pool import analysed_in_pool
from claimdiff.scale.pool import available_cores as available_cores
from claimdiff.schema import (
    Alignment,
    Claim,
    Document,
    DocumentError,
    EntityMention,
    Finding,
    Mention,
    QuantityMention,
    Report,
    Severity,
    TextRange,
    TimeMention,
)

if TYPE_CHECKING:
    from claimdiff.claims.profile import Profile

log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | _sources.Text | Document
_MIN_LANGUAGE_SAMPLE = 200
GazetteerSource = str | os.PathLike[str] | Iterable[Mapping[str, Any]]
Progress = Callable[[str], None]


@dataclass
class _Analysed:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # Each claim's matching profile (``claimdiff.claims.profile``), built where the document was
    # analysed: it depends on the document alone, so a pool builds it in parallel, once.
    profiles: list[Profile] = field(default_factory=list)


Analysed = _Analysed  # one document's analysis: what the pool returns and the store keeps


def analyze(
    sources: Iterable[Source],
    *,
    extractor: str | None = None,
    plugins: Plugins | None = None,
    progress: Progress | None = None,
    gazetteer: GazetteerSource | None = None,
    jobs: int | None = 1,
) -> Report:
    """Analyse every source and compare them.

    A source is a path (a ``str`` or ``Path``), article text wrapped as :class:`claimdiff.Text`, or a
    :class:`Document`; a ``str`` is always a path, never text.  Every source appears in the report,
    analysed or with its errors: a path that cannot be read (missing, a directory, too large...)
    is a document with a ``read`` error and no text, not an exception.  Only a wrong ``extractor``
    name or a source of another type raises (:class:`~claimdiff.errors.UsageError`).
    ``gazetteer`` adds entries (a JSON or CSV file, or mappings) to the bundled and plugin ones;
    a bad file raises :class:`~claimdiff.errors.InputError`.

    ``jobs`` processes analyse the documents and check the compared pairs of claims (``None``:
    every core available); the report is the same whatever the number.  Workers are forked when
    the platform allows it and this process runs no other thread; otherwise they load the
    installed plugins themselves (so a hand-built ``plugins`` object is not used), the pairs are
    checked here and, as with any ``multiprocessing`` program, the calling script needs an
    ``if __name__ == "__main__":`` guard.  ``progress`` is called with each document's source as
    its analysis ends, then with ``"align"`` and ``"compare"``.
    """
    analysed = list(
        analyse_each(
            sources, extractor=extractor, plugins=plugins, progress=progress, gazetteer=gazetteer, jobs=jobs
        )
    )
    return _compare(analysed, progress, jobs)


def analyse_each(
    sources: Iterable[Source],
    *,
    extractor: str | None = None,
    plugins: Plugins | None = None,
    progress: Progress | None = None,
    gazetteer: GazetteerSource | None = None,
    jobs: int | None = 1,
) -> Iterator[Analysed]:
    """Each source read and analysed on its own, yielded in the order given (no comparison)."""
    if isinstance(sources, str | bytes | os.PathLike):
        raise UsageError("analyze() takes a list of sources; wrap a single path or text in a list")
    items = list(sources)
    for source in items:
        if not isinstance(source, str | os.PathLike | _sources.Text | Document):
            kind = type(source).__name__
            raise UsageError(f"cannot analyse a {kind}: give a path, claimdiff.Text(...) or a Document")
    plugins = plugins or load_plugins()
    forced = plugins.extractor(extractor) if extractor else None
    docs = _each_document(items)  # each read when its turn comes: a corpus is never held whole
    workers = min(available_cores() if jobs is None else max(1, jobs), len(items))
    from claimdiff.entities import Gazetteer

    user = _user_entries(gazetteer)
    gaz = Gazetteer.default([*plugins.gazetteer_entries, *user])
    if workers > 1:
        state = (plugins, forced, gaz)
        return _reported(analysed_in_pool(docs, len(items), extractor, workers, state, user), progress)
    return _reported((_analyse_guarded(doc, plugins, forced, gaz) for doc in docs), progress)


def _reported(results: Iterator[Analysed], progress: Progress | None) -> Iterator[Analysed]:
    for item in results:
        if progress:
            progress(item.doc.source)
        yield item


def _analyse_guarded(
    doc: Document, plugins: Plugins, forced: Extractor | None, gazetteer: object
) -> Analysed:
    item = _Analysed(doc)
    if doc.errors:
        return item
    try:
        _analyse_one(item, plugins, forced, gazetteer)
    except ClaimdiffError as exc:
        doc.errors.append(DocumentError(stage="analyse", message=str(exc)))
    except Exception as exc:  # never lose the other documents to one bad one
        log.exception("analysing %s failed", doc.source)
        doc.errors.append(DocumentError(stage="analyse", message=f"{type(exc).__name__}: {exc}"))
    return item


def _user_entries(source: GazetteerSource | None) -> list[Mapping[str, Any]]:
    if source is None:
        return []
    if isinstance(source, str | os.PathLike):
        from claimdiff.entities.user import load_gazetteer_file

        return list(load_gazetteer_file(source))
    return list(source)


def _choose(doc: Document, plugins: Plugins, forced: Extractor | None) -> Extractor:
    if forced is not None:
        return forced
    best: tuple[float, str] | None = None
    for name in sorted(plugins.extractors):
        if name == "generic":
            continue
        try:
            score = float(plugins.call(name, "detect", doc.text))
        except Exception as exc:
            doc.errors.append(DocumentError(stage="detect", message=str(exc)))
            continue
        if score > 0.5 and (best is None or score > best[0]):
            best = (score, name)
    return plugins.extractors[best[1] if best else "generic"]


def _layout(doc: Document, plugins: Plugins, forced: Extractor | None) -> Layout:
    chosen = _choose(doc, plugins, forced)
    try:
        owned = plugins.extractors.get(chosen.name) is chosen
        layout = plugins.call(chosen.name, "layout", doc.text) if owned else chosen.layout(doc.text)
        if not isinstance(layout, Layout):
            layout = Layout.model_validate(layout)
        _check_ranges(layout, len(doc.text))
        doc.extractor = chosen.name
        return layout
    except Exception as exc:
        if chosen.name == "generic":
            raise
        plugin = plugins.extractor_plugin.get(chosen.name, chosen.name)
        why = (
            str(exc)
            if isinstance(exc, PluginError)
            else f"plugin {plugin!r}: extractor {chosen.name!r}: {exc}"
        )
        doc.errors.append(DocumentError(stage="extract", message=f"{why}; laid out by the generic extractor"))
        generic = plugins.extractors["generic"]
        doc.extractor = generic.name
        return generic.layout(doc.text)


def _check_ranges(layout: Layout, n: int) -> None:
    ranges = [*layout.body, *layout.boilerplate, *([layout.headline] if layout.headline else [])]
    for r in ranges:
        if not 0 <= r.start <= r.end <= n:
            raise ValueError(f"range {r.start}:{r.end} outside the text ({n} characters)")


def _analyse_one(item: _Analysed, plugins: Plugins, forced: Extractor | None, gazetteer: object) -> None:
    from claimdiff.claims import extract_claims
    from claimdiff.claims.profile import build as build_profiles
    from claimdiff.dates import check_dates, find_datelines, find_times
    from claimdiff.entities import Gazetteer, find_entities
    from claimdiff.quantities import find_quantities
    from claimdiff.text.document import view

    assert isinstance(gazetteer, Gazetteer)
    doc = item.doc
    view(doc.text)  # the document folded once: every stage below reads this view
    layout = _layout(doc, plugins, forced)
    doc.outlet, doc.relayed_from = layout.outlet, list(layout.relayed_from)
    doc.headline, doc.body, doc.boilerplate = layout.headline, list(layout.body), list(layout.boilerplate)
    ranges: list[TextRange] = [*([doc.headline] if doc.headline else []), *doc.body]
    compared = _compared_language(doc, ranges)

    datelines = find_datelines(doc.text, layout.datelines, doc_id=doc.id, id_prefix=f"{doc.id}:d")
    # The text's own dateline wins; metadata given with a Document is the fallback.
    if datelines.published:
        doc.published = datelines.published.isoformat()
    if datelines.updated:
        doc.updated = datelines.updated.isoformat()
    anchor = datelines.published or _iso_date(doc.published)
    times = find_times(doc.text, ranges, doc_id=doc.id, anchor=anchor, id_prefix=f"{doc.id}:t")
    times = [t for t in times if not any(_overlaps(t, p) for p in datelines.parts)]
    entities: list[EntityMention] = find_entities(
        doc.text, ranges, doc_id=doc.id, id_prefix=f"{doc.id}:e", gazetteer=gazetteer
    )
    # Durations stay quantities too ("four days" is both a duration and a count).
    dated = [t for t in [*times, *datelines.parts] if t.timex_type in ("DATE", "TIME")]
    quantities: list[QuantityMention] = find_quantities(
        doc.text, ranges, doc_id=doc.id, id_prefix=f"{doc.id}:q", exclude=dated, language=doc.language
    )
    all_times: list[TimeMention] = [*datelines.parts, *times]
    item.mentions = sorted([*all_times, *entities, *quantities], key=lambda m: (m.start, m.end, m.kind, m.id))
    item.findings = [
        *datelines.issues,
        *check_dates(doc.text, doc_id=doc.id, times=all_times, datelines=datelines),
    ]
    if compared:
        item.claims = extract_claims(doc, item.mentions)
        item.profiles = build_profiles(item.claims, item.mentions, doc.text)


def _compared_language(doc: Document, ranges: Sequence[TextRange]) -> bool:
    """Set ``doc.language``; a document in another language than Arabic gets no claims, and a note
    saying so (it still appears with its mentions)."""
    from claimdiff.text.language import ARABIC, UNDETERMINED, detect_language, language_name

    sample = "\n".join(doc.text[r.start : r.end] for r in ranges)
    if len(sample) < _MIN_LANGUAGE_SAMPLE:
        sample = doc.text  # too little article to tell (or a layout that missed it): the whole text
    doc.language = doc.language or detect_language(sample)
    if doc.language in (ARABIC, UNDETERMINED):
        return True
    name = language_name(doc.language)
    doc.errors.append(
        DocumentError(
            stage="language",
            message=f"not compared: the text is in {name} ({doc.language}); claims are read from Arabic only",
        )
    )
    return False


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _overlaps(a: TextRange, b: TextRange) -> bool:
    return a.start < b.end and b.start < a.end


def _compare(analysed: list[_Analysed], progress: Progress | None = None, jobs: int | None = 1) -> Report:
    from claimdiff.scale.pairs import compare_pairs

    findings = [f for a in analysed for f in a.findings]
    try:
        workers = available_cores() if jobs is None else jobs
        alignments, found = compare_pairs(analysed, workers)
        findings += found
        if progress:
            progress("align")
            progress("compare")
    except Exception as exc:  # a comparator bug must not surface as a bare exception
        log.exception("comparing documents failed")
        raise ClaimdiffError(f"comparing the documents failed: {type(exc).__name__}: {exc}") from exc
    return report_of(analysed, alignments, findings)


def report_of(items: Sequence[_Analysed], alignments: list[Alignment], findings: list[Finding]) -> Report:
    """The report of analysed documents, in their order, with their alignments and findings
    numbered as :func:`analyze` numbers them."""
    from claimdiff.scale.pairs import number_alignments

    docs = [item.doc for item in items]
    return Report(
        documents=docs,
        mentions=[m for item in items for m in item.mentions],
        claims=[c for item in items for c in item.claims],
        alignments=number_alignments(alignments, items),
        findings=number_findings(findings, docs),
    )


def batch_profiles(analysed: Sequence[_Analysed]) -> list[Profile]:
    """Every claim's profile, numbered in batch order: those built with each document, the
    missing ones (documents loaded from a store) built now."""
    import dataclasses

    from claimdiff.claims.profile import build

    out: list[Profile] = []
    for item in analysed:
        if len(item.profiles) != len(item.claims):
            item.profiles = build(item.claims, item.mentions)
        out += [dataclasses.replace(p, index=len(out) + n) for n, p in enumerate(item.profiles)]
    return out


def number_findings(findings: list[Finding], docs: Sequence[Document]) -> list[Finding]:
    """Findings in report order (severity, then where they start), with ids f1, f2...."""
    order = {d.id: i for i, d in enumerate(docs)}
    findings = sorted(
        findings,
        key=lambda f: (
            -Severity(f.severity).rank,
            min((order.get(e.doc_id, 0), e.start) for e in f.evidence) if f.evidence else (0, 0),
            f.code,
            f.message,
        ),
    )
    return [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(findings, 1)]


def compare_analysed(
    analysed: list[Analysed], progress: Progress | None = None, jobs: int | None = 1
) -> Report:
    """The report of documents already analysed (by :func:`analyse_each`): align and compare them,
    the pairs of claims checked by ``jobs`` processes (``None``: every core available)."""
    return _compare(analysed, progress, jobs)
