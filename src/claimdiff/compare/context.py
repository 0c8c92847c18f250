"""What the comparator knows about each claim: its profile, re-read tokens, parties and stance."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from claimdiff.claims import lexicon
from claimdiff.claims.features import Reading, read
from claimdiff.claims.profile import Profile, build, content_stems
from claimdiff.claims.roles import parties_in
from claimdiff.claims.tokens import Token, tokenize
from claimdiff.compare import aspect
from claimdiff.schema import Claim, Document, Mention, Modality, QuantityMention, Span, make_span
from claimdiff.text.normalize import fold_str

FACTUAL = frozenset({Modality.asserted, Modality.reported, Modality.confirmed})
T = TypeVar("T")


@dataclass
class ClaimView:
    claim: Claim
    profile: Profile
    doc: Document
    siblings: DocViews | None = field(default=None, repr=False, compare=False)  # its document's claims

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.doc.text, self.claim.start, self.claim.end)

    @cached_property
    def reading(self) -> Reading:
        return read(self.tokens)

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    def tokens_before(self, pos: int) -> list[Token]:
        """The claim's tokens that end at or before ``pos``, in order (found by bisection)."""
        return self.tokens[: bisect_right(self._token_ends, pos)]

    def words_before(self, pos: int) -> list[str]:
        """The claim's words that end at or before ``pos``, in order."""
        return [t.text for t in self.tokens_before(pos) if t.is_word]

    @cached_property
    def background(self) -> bool:
        """Whether the claim tells what had happened before the news (a pluperfect clause)."""
        return aspect.background(self.tokens)

    @cached_property
    def precedent(self) -> bool:
        """Whether the claim tells an earlier event of the same kind (ليست المرة الأولى التي)."""
        return aspect.precedent(self.tokens)

    @cached_property
    def placed(self) -> int:
        """+1 when the claim places its figures after another report, -1 before, else 0."""
        return aspect.placed(self.tokens)

    @cached_property
    def frame(self) -> str | None:
        """The frame of the main predicate, if it says what happened (not a say or try verb)."""
        key = self.claim.predicate
        frame = lexicon.frames().get(key) if key else None
        return None if frame is None or frame in lexicon.generic_frames() else frame

    @cached_property
    def parties(self) -> frozenset[str]:
        """Country-level parties taking part: named, except as a place (في سوريا)."""
        return frozenset(self.party_spans())

    @property
    def outlet(self) -> str:
        return self.doc.outlet or self.doc.id

    @property
    def stance(self) -> str | None:
        """happened / not_happened / planned / not_planned, or None when the claim takes no side."""
        c = self.claim
        if c.modality == Modality.denied:
            return "not_happened"
        if (c.polarity == "negative" and self.reading.partial) or self.reading.hedged:
            return None
        if c.polarity == "negative" and not (self.reading.verbal or self.reading.abandoned):
            return None  # "لم تتطرق إلى تفاصيل اللقاء" negates something else than the meeting
        if c.modality in FACTUAL:
            return "happened" if c.polarity == "positive" else "not_happened"
        if c.modality == Modality.planned:
            return "planned" if c.polarity == "positive" else "not_planned"
        return None

    def once(self, key: str, make: Callable[[ClaimView], T]) -> T:
        """What ``make`` reads of this claim alone, made on first use and kept on the view: a
        detector reads it again for every claim the view is paired with."""
        if key not in self.__dict__:
            self.__dict__[key] = make(self)
        found: T = self.__dict__[key]
        return found

    def span(self, start: int | None = None, end: int | None = None) -> Span:
        s = self.claim.start if start is None else start
        e = self.claim.end if end is None else end
        return make_span(self.doc.id, self.doc.text, s, e)

    def token_span(self, first: int, stop: int) -> Span:
        toks = [t for t in self.tokens[first:stop] if t.is_word or t.text == '"']
        if not toks:
            return self.span()
        return self.span(toks[0].start, toks[-1].end)

    def party_spans(self) -> dict[str, tuple[int, int]]:
        """Each party the claim names (not as a place) and where it is first named."""
        out: dict[str, tuple[int, int]] = {}
        for hit in parties_in(self.tokens):
            if hit.start > 0 and self.tokens[hit.start - 1].text == "في":
                continue  # a place, not a party
            first = self.tokens[hit.start]
            start = first.start + (1 if first.text[0] == "و" and first.text[1:] in first.forms else 0)
            out.setdefault(hit.code, (start, self.tokens[hit.end - 1].end))
        return out

    def stems_of(self, first: int, stop: int) -> frozenset[str]:
        toks = self.tokens[first:stop]
        if not toks:
            return frozenset()
        return frozenset(content_stems(fold_str(self.doc.text[toks[0].start : toks[-1].end])))


class DocViews:
    """The claims of one document, for what is read over a whole article (its own toll)."""

    def __init__(self, mentions: dict[str, Mention]) -> None:
        self.views: list[ClaimView] = []
        self.mentions = mentions
        # what is read over the whole article (its tolls, its class members), kept with it: a
        # cache keyed by the document would keep every document of a corpus alive
        self.memo: dict[str, Any] = {}

    @cached_property
    def figures(self) -> dict[float, frozenset[str | None]]:
        """Each value the document's claims give a figure, with the units it is given in."""
        out: dict[float, set[str | None]] = {}
        for v in self.views:
            for i in v.claim.quantity_ids:
                if isinstance(q := self.mentions.get(i), QuantityMention):
                    out.setdefault(q.value, set()).add(q.unit)
        return {k: frozenset(u) for k, u in out.items()}


def document_views(
    profiles: Sequence[Profile], doc: Document, mentions: dict[str, Mention]
) -> list[ClaimView]:
    """Views of one document's claims, each knowing the others (its article's own toll)."""
    siblings = DocViews(mentions)
    siblings.views.extend(ClaimView(p.claim, p, doc, siblings) for p in profiles)
    return siblings.views


class Context:
    """Claims with their documents and mentions, looked up by id."""

    def __init__(
        self,
        claims: Sequence[Claim],
        mentions: Sequence[Mention],
        documents: Sequence[Document],
        profiles: Sequence[Profile] | None = None,
    ):
        self.mentions = {m.id: m for m in mentions}
        self.documents = {d.id: d for d in documents}
        self.order = {d.id: n for n, d in enumerate(documents)}
        usable = [c for c in claims if c.doc_id in self.documents]
        if profiles is not None and len(usable) == len(claims):
            self.profiles = list(profiles)  # built by the caller, for these claims in this order
        else:
            self.profiles = build(usable, self.mentions)
        docs: dict[str, DocViews] = {}
        self.views = {}
        for p in self.profiles:
            siblings = docs.setdefault(p.claim.doc_id, DocViews(self.mentions))
            view = ClaimView(p.claim, p, self.documents[p.claim.doc_id], siblings)
            siblings.views.append(view)
            self.views[p.claim.id] = view

    def view(self, claim_id: str) -> ClaimView | None:
        return self.views.get(claim_id)

    def sort_key(self, v: ClaimView) -> tuple[int, int]:
        return (self.order.get(v.doc.id, len(self.order)), v.claim.start)
