"""Claims of one document: sentences, then clauses, each read for what it says and who says it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, TypeVar

from claimdiff.claims import attribution, features, lexicon, roles
from claimdiff.claims.clauses import split_clauses
from claimdiff.claims.tokens import QUOTE_MARKS, Token
from claimdiff.schema import (
    AttributionStep,
    Claim,
    Document,
    EntityMention,
    Mention,
    QuantityMention,
    Slot,
    TextRange,
    TimeMention,
    make_span,
)
from claimdiff.text import morph
from claimdiff.text.clitics import conjunction_off
from claimdiff.text.document import tokens_of, view
from claimdiff.text.segment import sentences

_MIN_WORDS = 3
_MIN_WORDS_WITHOUT_VERB = 6
_MIN_WORDS_REPORTED = 2  # a reported verbal noun with its object: "نفت إغلاقه" is one word short
_DATELINE_ROLES = frozenset({"published", "updated"})
M = TypeVar("M", bound=EntityMention | TimeMention | QuantityMention)


def _trim(tokens: Sequence[Token]) -> Sequence[Token]:
    """Drop punctuation at both ends, and a leading complementizer left by a split."""
    s, e = 0, len(tokens)
    complementizers = {w for (w,) in lexicon.attribution_words("complementizers")}
    while s < e and (not tokens[s].is_word or tokens[s].norm in complementizers):
        s += 1
    while e > s and not tokens[e - 1].is_word and not _percent_sign(tokens, e - 1):
        e -= 1
    return tokens[s:e]


def _percent_sign(tokens: Sequence[Token], i: int) -> bool:
    """A % glued to the number before it is the figure's unit, not punctuation (… 48%.)."""
    return tokens[i].norm == "%" and i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].is_word


def _continues_subject(content: Sequence[Token], body: Sequence[Token]) -> bool:
    """The clause opens with a conjunction glued to a verb, or لكنه/لكنها: its subject came before."""
    first = body[0] if body else None
    if first is None or not first.is_word:
        return False
    t = first.norm
    if t in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها"):
        return True
    bare = conjunction_off(t)
    return bare != t and lexicon.is_verb(bare) and bool(content) and content[0] is first


def _worth_a_claim(tokens: Sequence[Token], in_headline: bool = False, reported: bool = False) -> bool:
    """Three words or more, with a verb or six words; a headline states its story's main claim
    even without a verb ("ارتفاع قياسي لليرة التركية"), and so does what a verb of saying
    reports (its three words or more, or a verbal noun and its object: "نفت إغلاقه")."""
    words = [t for t in tokens if t.is_word]
    if (
        reported
        and len(words) >= _MIN_WORDS_REPORTED
        and any(morph.best(t.norm).pos == "masdar" for t in words)
    ):
        return True
    if len(words) < _MIN_WORDS:
        return False
    if reported:
        return True  # what a source says is a proposition, verb or not: «إن قبطان السفينة روماني»
    return in_headline or len(words) >= _MIN_WORDS_WITHOUT_VERB or any(lexicon.is_verb(t.text) for t in words)


class _ByStart(Generic[M]):
    """Mentions indexed by start: those inside a range without a pass over all of them."""

    def __init__(self, mentions: Sequence[M]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def inside(self, s: int, e: int) -> list[M]:
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e + 1)
        return [m for m in self.items[lo:hi] if m.end <= e]


def extract_claims(doc: Document, mentions: Sequence[Mention]) -> list[Claim]:
    """Claims inside ``doc.headline`` and ``doc.body``, ids ``{doc.id}:c{n}`` in text order."""
    ranges: list[TextRange] = [*([doc.headline] if doc.headline else []), *doc.body]
    if not ranges:
        return []
    own = [m for m in mentions if m.doc_id == doc.id]
    entities = _ByStart([m for m in own if isinstance(m, EntityMention)])
    times = _ByStart([m for m in own if isinstance(m, TimeMention) and m.role not in _DATELINE_ROLES])
    quantities = _ByStart([m for m in own if isinstance(m, QuantityMention)])
    drafts: list[Claim] = []
    view(doc.text)  # opened for the sentences here and the comparator's re-reading later
    for s, e in sentences(doc.text, ranges):
        drafts.extend(_sentence_claims(doc, s, e, entities, times, quantities))
    drafts.sort(key=lambda c: (c.start, c.end))
    return [c.model_copy(update={"id": f"{doc.id}:c{n}"}) for n, c in enumerate(drafts, 1)]


def _sentence_claims(
    doc: Document,
    s: int,
    e: int,
    entities: _ByStart[EntityMention],
    times: _ByStart[TimeMention],
    quantities: _ByStart[QuantityMention],
) -> list[Claim]:
    tokens = tokens_of(doc.text, s, e)
    local = entities.inside(s, e)
    headline = doc.headline
    out: list[Claim] = []
    inherited: list[AttributionStep] | None = None
    inherited_reported = False
    prev_actor: Slot | None = None
    for clause in split_clauses(tokens):
        body = list(tokens[clause.body : clause.end])
        lead = attribution.find_lead_in(body)
        lead_verb: Token | None = None
        sources: list[tuple[int, int]] = []
        if lead is not None:
            lead_verb = body[lead.verb]
            sources = [r for r in (lead.speaker, lead.quoted_from) if r is not None]
            content = body[lead.content :]
        else:
            content = body
        phrase = attribution.according_phrase(body)
        told_by: frozenset[int] = frozenset()
        if phrase is not None:
            sources.append(phrase[1:])
            told_by = frozenset(t.start for t in body[phrase[0] : phrase[2]])
        quoted = bool(content) and content[0].norm in QUOTE_MARKS
        content = list(_trim(content))
        if sources:
            steps = attribution.chain(doc, body, sources, local)
            reported = True
            inherited, inherited_reported = steps, True
        else:
            steps = inherited if inherited is not None else attribution.chain(doc, body, [], local)
            reported = inherited_reported
        in_headline = headline is not None and headline.start <= content[0].start if content else False
        if not content or not _worth_a_claim(
            content,
            in_headline and content[-1].end <= headline.end,  # type: ignore[union-attr]
            reported=lead is not None,
        ):
            continue
        reading = features.read(content, lead_verb, reported=reported or quoted, told_by=told_by)
        cs, ce = content[0].start, content[-1].end
        spans = [(m.start, m.end) for m in times.inside(cs, ce)]
        who = roles.roles(doc.text, content, local, reading.predicate_index, spans, reading.finite_index)
        actor = who.actor
        if actor is None and _continues_subject(content, body):
            actor = prev_actor  # "… وأعطوا الأمر": the same subject goes on
        prev_actor = actor
        span = make_span(doc.id, doc.text, cs, ce)
        out.append(
            Claim(
                **span.model_dump(),
                id="",
                is_headline=headline is not None and headline.start <= cs and ce <= headline.end,
                actor=actor,
                predicate=reading.predicate,
                target=who.target,
                place=who.place,
                time_ids=[m.id for m in times.inside(cs, ce)],
                quantity_ids=[m.id for m in quantities.inside(cs, ce)],
                mention_ids=[m.id for m in entities.inside(cs, ce)],
                modality=reading.modality,
                polarity=reading.polarity,
                attribution=list(steps),
            )
        )
    return out
