"""The pipeline: sources in, one deterministic :class:`~claimdiff.schema.Report` out."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from claimdiff import sources as _sources
from claimdiff.errors import ClaimdiffError, InputError, UsageError
from claimdiff.extractors.base import Extractor, Layout
from claimdiff.plugins import Plugins
from claimdiff.plugins import load as load_plugins
from claimdiff.schema import (
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

log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | _sources.Text | Document
Progress = Callable[[str], None]


@dataclass
class _Analysed:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def analyze(
    sources: Iterable[Source],
    *,
    extractor: str | None = None,
    plugins: Plugins | None = None,
    progress: Progress | None = None,
) -> Report:
    """Analyse every source and compare them.

    A source is a path (a ``str`` or ``Path``), article text wrapped as :class:`claimdiff.Text`, or a
    :class:`Document`; a ``str`` is always a path, never text.  Every source appears in the report,
    analysed or with its errors: a path that cannot be read (missing, a directory, too large...)
    is a document with a ``read`` error and no text, not an exception.  Only a wrong ``extractor``
    name or a source of another type raises (:class:`~claimdiff.errors.UsageError`).
    """
    if isinstance(sources, str | bytes | os.PathLike):
        raise UsageError("analyze() takes a list of sources; wrap a single path or text in a list")
    items = list(sources)
    for source in items:
        if not isinstance(source, str | os.PathLike | _sources.Text | Document):
            kind = type(source).__name__
            raise UsageError(f"cannot analyse a {kind}: give a path, claimdiff.Text(...) or a Document")
    plugins = plugins or load_plugins()
    forced = plugins.extractor(extractor) if extractor else None
    from claimdiff.entities import Gazetteer

    gazetteer = Gazetteer.default(plugins.gazetteer_entries)
    docs = _documents(items)
    analysed: list[_Analysed] = []
    for doc in docs:
        if progress:
            progress(doc.source)
        item = _Analysed(doc)
        analysed.append(item)
        if doc.errors:
            continue
        try:
            _analyse_one(item, plugins, forced, gazetteer)
        except ClaimdiffError as exc:
            doc.errors.append(DocumentError(stage="analyse", message=str(exc)))
        except Exception as exc:  # never lose the other documents to one bad one
            log.exception("analysing %s failed", doc.source)
            doc.errors.append(DocumentError(stage="analyse", message=f"{type(exc).__name__}: {exc}"))
    return _compare(analysed)


def _documents(items: Sequence[Source]) -> list[Document]:
    docs: list[Document] = []
    used: set[str] = set()
    for n, item in enumerate(items, 1):
        if isinstance(item, Document):
            doc = item.model_copy(deep=True)
        elif isinstance(item, _sources.Text):
            doc = Document(
                id=item.id, source=item.source or f"<text {n}>", text=item.text, text_origin="string"
            )
        else:
            doc = _read(item)
        _replace_surrogates(doc)
        doc.id = _unique(doc.id or _doc_id(doc.source, n), used)
        docs.append(doc)
    return docs


def _replace_surrogates(doc: Document) -> None:
    """Lone surrogates cannot be written as JSON: each becomes U+FFFD, so offsets still hold."""
    doc.id, doc.source = _sources.clean_text(doc.id)[0], _sources.clean_text(doc.source)[0]
    doc.text, replaced = _sources.clean_text(doc.text)
    if replaced:
        log.warning("%s: %d lone surrogate(s) replaced by U+FFFD", doc.source, replaced)


def _doc_id(source: str, n: int) -> str:
    stem = Path(source).stem if not source.startswith("<") else ""
    return stem or f"doc{n}"


def _unique(base: str, used: set[str]) -> str:
    name, k = base, 2
    while name in used:
        name, k = f"{base}-{k}", k + 1
    used.add(name)
    return name


def _read(path: str | os.PathLike[str]) -> Document:
    try:
        loaded = _sources.read_path(path)
    except InputError as exc:
        source, message = exc.source, str(exc)
        if isinstance(path, str) and _looks_like_text(path):
            source = _sources.display_name(path[:40]) + "…"
            message = f"{source}: {_NOT_A_PATH}"
        log.info("%s", message)
        return Document(id="", source=source, text="", errors=[DocumentError(stage="read", message=message)])
    origin: Literal["file", "html-blanked"] = "html-blanked" if loaded.origin == "html-blanked" else "file"
    name = _sources.display_name(path)
    return Document(id="", source=name, text=loaded.text, text_origin=origin, encoding=loaded.encoding)


_NOT_A_PATH = "no such file: a str is a path; give article text as claimdiff.Text(...)"


def _looks_like_text(path: str) -> bool:
    """A missing 'path' with a line break or longer than a file name can be is article text."""
    return ("\n" in path or len(path) > 255) and not os.path.lexists(path[:4096])


def _choose(doc: Document, plugins: Plugins, forced: Extractor | None) -> Extractor:
    if forced is not None:
        return forced
    best: tuple[float, str] | None = None
    for name in sorted(plugins.extractors):
        if name == "generic":
            continue
        try:
            score = float(plugins.extractors[name].detect(doc.text))
        except Exception as exc:
            doc.errors.append(DocumentError(stage="detect", message=f"extractor {name!r}: {exc}"))
            continue
        if score > 0.5 and (best is None or score > best[0]):
            best = (score, name)
    return plugins.extractors[best[1] if best else "generic"]


def _layout(doc: Document, plugins: Plugins, forced: Extractor | None) -> Layout:
    chosen = _choose(doc, plugins, forced)
    try:
        layout = chosen.layout(doc.text)
        if not isinstance(layout, Layout):
            layout = Layout.model_validate(layout)
        _check_ranges(layout, len(doc.text))
        doc.extractor = chosen.name
        return layout
    except Exception as exc:
        if chosen.name == "generic":
            raise
        doc.errors.append(DocumentError(stage="extract", message=f"extractor {chosen.name!r} failed: {exc}"))
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
    from claimdiff.dates import check_dates, find_datelines, find_times
    from claimdiff.entities import Gazetteer, find_entities
    from claimdiff.quantities import find_quantities

    assert isinstance(gazetteer, Gazetteer)
    doc = item.doc
    layout = _layout(doc, plugins, forced)
    doc.outlet, doc.relayed_from = layout.outlet, list(layout.relayed_from)
    doc.headline, doc.body, doc.boilerplate = layout.headline, list(layout.body), list(layout.boilerplate)
    ranges: list[TextRange] = [*([doc.headline] if doc.headline else []), *doc.body]

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
        doc.text, ranges, doc_id=doc.id, id_prefix=f"{doc.id}:q", exclude=dated
    )
    all_times: list[TimeMention] = [*datelines.parts, *times]
    item.mentions = sorted([*all_times, *entities, *quantities], key=lambda m: (m.start, m.end, m.kind, m.id))
    item.findings = [
        *datelines.issues,
        *check_dates(doc.text, doc_id=doc.id, times=all_times, datelines=datelines),
    ]
    item.claims = extract_claims(doc, item.mentions)


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _overlaps(a: TextRange, b: TextRange) -> bool:
    return a.start < b.end and b.start < a.end


def _compare(analysed: list[_Analysed]) -> Report:
    from claimdiff.align import align
    from claimdiff.compare import compare

    docs = [a.doc for a in analysed]
    mentions = [m for a in analysed for m in a.mentions]
    claims = [c for a in analysed for c in a.claims]
    findings = [f for a in analysed for f in a.findings]
    try:
        alignments = align(claims, mentions, docs) if claims else []
        findings += compare(claims, alignments, mentions, docs) if claims else []
    except Exception as exc:  # a comparator bug must not surface as a bare exception
        log.exception("comparing documents failed")
        raise ClaimdiffError(f"comparing the documents failed: {type(exc).__name__}: {exc}") from exc
    order = {d.id: i for i, d in enumerate(docs)}
    findings.sort(
        key=lambda f: (
            -Severity(f.severity).rank,
            min((order.get(e.doc_id, 0), e.start) for e in f.evidence) if f.evidence else (0, 0),
            f.code,
            f.message,
        )
    )
    findings = [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(findings, 1)]
    return Report(documents=docs, mentions=mentions, claims=claims, alignments=alignments, findings=findings)
