"""Who said a clause: its attribution lead-in (``وقالت الصحيفة إن``) and the chain of sources.

The chain follows PROV: the publishing outlet (``publishedBy``), each relayed outlet the clause
cites (``hadPrimarySource``) and the quoted speaker or unnamed sources (``wasQuotedFrom``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.claims import lexicon
from claimdiff.claims.roles import dateline_tokens
from claimdiff.claims.tokens import QUOTE_MARKS, Token, find_phrase, phrase_end
from claimdiff.schema import AttributionStep, Document, EntityMention, make_span
from claimdiff.text.clitics import conjunctions

_WINDOW = 30
_LEADERS = frozenset({"قد", "وقد", "ثم", "فقد"})
_PUNCT_STOPS = frozenset({",", ":", ";", ")"})
_ADVERBIAL = frozenset({"في", "بعد", "خلال", "قبل", "من", "عقب", "اثناء"})
_ADVERBIAL_WORDS = 5
_KASHF = "كشف"  # كشف عن: what is revealed follows عن


@dataclass(frozen=True, slots=True)
class LeadIn:
    """Token indices (relative to the clause tokens) of one attribution lead-in."""

    verb: int
    content: int  # where the reported content starts
    speaker: tuple[int, int] | None
    quoted_from: tuple[int, int] | None


def _word_set(name: str) -> frozenset[str]:
    return frozenset(w for (w,) in lexicon.attribution_words(name) if w)


def is_say_verb(tok: Token) -> bool:
    return tok.is_word and lexicon.verb_reading(tok.text) in lexicon.say_lemmas()


def _quote_close(tokens: Sequence[Token], k: int, stop: int) -> int | None:
    for j in range(k + 1, stop):
        if tokens[j].norm in QUOTE_MARKS:
            return j
    return None


def _np_end(tokens: Sequence[Token], start: int, stop: int) -> int:
    """End of a noun phrase starting at ``start``: before a stop word, a comma or a complementizer."""
    stops = _word_set("speaker_stops") | _word_set("complementizers")
    k = start
    while k < stop:
        tok = tokens[k]
        if tok.norm in _PUNCT_STOPS or (tok.is_word and (tok.norm in stops or lexicon.is_verb(tok.text))):
            break
        if tok.is_word and k > start and tok.norm.startswith("لل"):
            break  # قالت المخابرات السورية للمخابرات الفرنسية: the addressee
        if tok.norm in QUOTE_MARKS or tok.norm == "(":
            close = _quote_close(tokens, k, stop) if tok.norm != "(" else _paren_close(tokens, k, stop)
            if close is None or close - k > 5:
                break
            k = close
        k += 1
    return k


def _paren_close(tokens: Sequence[Token], k: int, stop: int) -> int | None:
    for j in range(k + 1, stop):
        if tokens[j].norm == ")":
            return j
    return None


def find_lead_in(tokens: Sequence[Token]) -> LeadIn | None:
    """A lead-in at the start of a clause: say verb, speaker, then أن/إن, a colon or a quotation."""
    i = dateline_tokens(tokens)  # "نيروبي - قالت لجان المقاومة إن ...": the dateline is no part of it
    while i < len(tokens) and (not tokens[i].is_word or tokens[i].norm in _LEADERS):
        i += 1
    if i < len(tokens) and not is_say_verb(tokens[i]) and tokens[i].light & _ADVERBIAL:
        # "وفي وقت لاحق قالت الوزارة إن": a short adverbial may come before the verb.
        words = [k for k in range(i, min(len(tokens), i + 8)) if tokens[k].is_word][:_ADVERBIAL_WORDS]
        i = next((k for k in words if is_say_verb(tokens[k])), i)
    if i >= len(tokens) or not is_say_verb(tokens[i]):
        return None
    complementizers = _word_set("complementizers")
    stop = min(len(tokens), i + _WINDOW)
    k = i + 1
    quoted_from: tuple[int, int] | None = None
    content: int | None = None
    while k < stop:
        tok = tokens[k]
        if tok.norm in QUOTE_MARKS:
            close = _quote_close(tokens, k, len(tokens))
            if close is not None and close - k <= 4 and close + 1 < len(tokens):
                k = close + 1  # a short quoted name: "عربي21"
                continue
            content = k
            break
        if tok.norm == ":":
            content = k + 1
            break
        if tok.is_word and tok.norm in complementizers:
            content = k + 1
            break
        if tok.norm == "عن" and lexicon.verb_reading(tokens[i].text) == _KASHF:
            content = k + 1
            break
        relays = tokens[i].norm.lstrip(conjunctions()).startswith("نقل")
        if (tok.norm == "عن" and relays) or (tok.is_word and tok.norm.startswith("نقل") and k > i + 1):
            j = k + 1
            if j < stop and tokens[j].norm == "عن":
                j += 1
            if quoted_from is None and j < stop:
                quoted_from = (j, _np_end(tokens, j, stop))
                k = max(quoted_from[1], k + 1)
                continue
        k += 1
    if content is None or content >= len(tokens):
        return None
    speaker_end = _np_end(tokens, i + 1, content)
    speaker = (i + 1, speaker_end) if speaker_end > i + 1 else None
    return LeadIn(verb=i, content=content, speaker=speaker, quoted_from=quoted_from)


def according_to(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The source named after بحسب / وفقا ل / نقلا عن inside a clause."""
    found = according_phrase(tokens)
    return None if found is None else found[1:]


def according_phrase(tokens: Sequence[Token]) -> tuple[int, int, int] | None:
    """Where «بحسب ...» starts, and where the source it names starts and ends (token indices):
    the words from its start say who told it, not what happened (وفق ما أعلنت الشركة)."""
    hit = find_phrase(tokens, lexicon.attribution_words("according_to"))
    if hit is None:
        return None
    j = phrase_end(tokens, hit[0], hit[1])
    if j < len(tokens) and tokens[j].norm == "عن":
        j += 1
    if j + 1 < len(tokens) and tokens[j].norm == "ما" and lexicon.is_verb(tokens[j + 1].text):
        j += 2  # وفق ما أعلنت الشركة: the source is the subject of the verb after ما
    end = _np_end(tokens, j, min(len(tokens), j + 8))
    return (hit[0], j, end) if end > j else None


def _text(doc: Document, tokens: Sequence[Token], rng: tuple[int, int]) -> tuple[str, int, int]:
    s, e = tokens[rng[0]].start, tokens[rng[1] - 1].end
    return doc.text[s:e], s, e


def _mentions_in(mentions: Sequence[EntityMention], s: int, e: int) -> list[EntityMention]:
    return [m for m in mentions if s <= m.start and m.end <= e]


def chain(
    doc: Document,
    tokens: Sequence[Token],
    ranges: Sequence[tuple[int, int]],
    entities: Sequence[EntityMention],
) -> list[AttributionStep]:
    """Attribution steps for a clause whose sources are named in ``ranges`` (token ranges)."""
    steps: list[AttributionStep] = []
    if doc.outlet:
        steps.append(AttributionStep(relation="publishedBy", name=doc.outlet))
    for rng in ranges:
        if rng[1] > rng[0]:
            steps.extend(_steps(doc, tokens, rng, entities))
    out: list[AttributionStep] = []
    seen: set[tuple[str, str]] = set()
    for step in steps:
        if (step.relation, step.name) not in seen:
            seen.add((step.relation, step.name))
            out.append(step)
    return out


def _steps(
    doc: Document, tokens: Sequence[Token], rng: tuple[int, int], entities: Sequence[EntityMention]
) -> list[AttributionStep]:
    text, s, e = _text(doc, tokens, rng)
    span = make_span(doc.id, doc.text, s, e)
    inside = _mentions_in(entities, s, e)
    words = [t for t in tokens[rng[0] : rng[1]] if t.is_word]
    outlets = [m for m in inside if m.entity_type == "outlet"]
    if outlets:
        return [
            AttributionStep(
                relation="hadPrimarySource",
                name=m.label or m.text,
                entity_id=m.entity_id,
                span=make_span(doc.id, doc.text, m.start, m.end),
            )
            for m in outlets
        ]
    head = words[0].norm if words else ""
    if head in _word_set("outlet_anaphora") and len(words) == 1:
        return [AttributionStep(relation="hadPrimarySource", name=n, span=span) for n in doc.relayed_from]
    if head in _word_set("outlet_nouns"):
        name_start = tokens.index(words[1]) if len(words) > 1 else None
        if name_start is None:
            return [AttributionStep(relation="hadPrimarySource", name=n, span=span) for n in doc.relayed_from]
        nt, ns, ne = _text(doc, tokens, (name_start, rng[1]))
        return [
            AttributionStep(
                relation="hadPrimarySource",
                name=nt.strip("\"'“”«»() "),
                span=make_span(doc.id, doc.text, ns, ne),
            )
        ]
    if any(not w.light.isdisjoint(_word_set("source_nouns")) for w in words[:2]):
        return [AttributionStep(relation="wasQuotedFrom", name="sources", span=span)]
    people = [m for m in inside if m.entity_type in ("person", "organization", "group")]
    return [
        AttributionStep(
            relation="wasQuotedFrom", name=text, entity_id=people[0].entity_id if people else None, span=span
        )
    ]
