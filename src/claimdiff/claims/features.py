"""What a clause says, read from its tokens: predicate, modality, polarity and condition content.

Used when claims are extracted and again by the comparator, which re-reads a claim's own span.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from claimdiff import derived
from claimdiff.claims import lexicon
from claimdiff.claims.roles import dateline_tokens
from claimdiff.claims.tokens import Token, find_phrase, may_start, phrase_at, phrase_end
from claimdiff.schema import Modality
from claimdiff.text import morph
from claimdiff.text.clitics import conjunction_off, conjunctions


@dataclass(frozen=True, slots=True)
class PredicateHit:
    key: str
    frame: str
    index: int  # token index of the verb or verbal noun
    verbal: bool
    future: bool


# Index keys of verb lemmas and of verbal-noun lemmas, apart from surface forms.
_VERB = "="
_NOUN = "~"


@derived.table(objects=True)
def _index() -> tuple[dict[str, list[tuple[lexicon.Predicate, bool]]], frozenset[str]]:
    index: dict[str, list[tuple[lexicon.Predicate, bool]]] = {}
    # Predicates that need an object come first so that they win at the same token.
    ordered = sorted(lexicon.predicates(), key=lambda p: not p.objects)
    for p in ordered:
        for lemma in p.lemmas:
            index.setdefault(_VERB + lemma, []).append((p, True))
        for lemma in p.nominal_lemmas:
            index.setdefault(_NOUN + lemma, []).append((p, False))
        for form in p.forms:
            index.setdefault(form, []).append((p, True))
        for form in p.nominal:
            index.setdefault(form, []).append((p, False))
    return index, frozenset(index)


def _object_near(tokens: Sequence[Token], i: int, p: lexicon.Predicate) -> bool:
    seen = 0
    for tok in tokens[i + 1 :]:
        if not tok.is_word:
            continue
        if not tok.forms.isdisjoint(p.objects):
            return True
        seen += 1
        if seen >= p.window:
            break
    return False


# A claim's predicates are read when it is extracted and again, from its own text, when it is
# aligned and compared: the hits depend only on the words, so they are read once.
_HITS: OrderedDict[tuple[tuple[str, ...], tuple[str, ...]], tuple[PredicateHit, ...]] = OrderedDict()
_HITS_KEPT = 16384


def predicate_hits(tokens: Sequence[Token]) -> list[PredicateHit]:
    """Every predicate cue in ``tokens``, at most one per token, in text order."""
    key = (tuple(t.text for t in tokens), tuple(t.norm for t in tokens))
    hits = _HITS.get(key)
    if hits is None:
        hits = tuple(_predicate_hits(tokens))
        _HITS[key] = hits
        if len(_HITS) > _HITS_KEPT:
            _HITS.popitem(last=False)
    return list(hits)


def _predicate_hits(tokens: Sequence[Token]) -> list[PredicateHit]:
    index, keys = _index()
    hits: list[PredicateHit] = []
    first = next((i for i, t in enumerate(tokens) if t.is_word), 0)
    for i, tok in enumerate(tokens):
        if not tok.is_word or len(tok.norm) < 2:
            continue
        reading = morph.analyze(tok.text)[0]
        if len(tok.norm) == 2 and not (reading.root and reading.pos == "verb"):
            continue  # a doubled root written without its shadda (شن، رد) is the only two-letter verb
        lemma_key = None
        if reading.root and reading.pos in ("verb", "masdar"):
            lemma_key = (_VERB if reading.pos == "verb" else _NOUN) + reading.lemma
        found = set(tok.forms & keys)
        if lemma_key is not None and lemma_key in keys:
            found.add(lemma_key)
        if not found or tok.norm in lexicon.not_predicates():
            continue
        # A listed noun (زيارة) is never a verb, but may still be a predicate's verbal noun.
        noun = tok.norm in lexicon.not_verbs()
        best: PredicateHit | None = None
        definite = _definite(tok.norm)
        # After a preposition, or with a glued ل/ب, a verb form is read as a verbal noun.
        after_particle = i > 0 and tokens[i - 1].norm in lexicon.verbal_particles()
        nominal_only = (i > 0 and tokens[i - 1].norm in lexicon.prepositions()) or tok.norm[0] in "لب"
        for form in sorted(found, key=lambda f: (f != lemma_key, -len(f))):
            for p, listed_verbal in index[form]:
                by_lemma = form == lemma_key
                verbal = reading.pos == "verb" if by_lemma else listed_verbal
                nominal_form = form in p.nominal or (by_lemma and not verbal)
                if noun and not nominal_form:
                    continue
                if p.objects and not _object_near(tokens, i, p):
                    continue
                if definite and verbal and not nominal_form and not by_lemma and not form.startswith("ال"):
                    continue  # التواصل is a noun, not the verb تواصل
                bare = conjunction_off(tok.norm)
                if form in p.nominal or (by_lemma and verbal and bare in p.nominal):
                    # طلب is a verb or a noun: a verb when it opens the clause, carries و/ف or
                    # follows a particle such as لم.
                    verbal = verbal and (i == first or tok.norm[0] in conjunctions() or after_particle)
                verbal = verbal and not nominal_only and not noun
                future = tok.norm[0] == "س" and tok.norm[1:2] in ("ي", "ت", "ن")
                hit = PredicateHit(p.key, p.frame, i, verbal, future)
                if best is None or (p.objects and not _needs_object(best.key)):
                    best = hit
                break
        if best is not None:
            hits.append(best)
    return hits


_OPENING_REACH = 6  # words after an unlisted verb opening a clause where a listed verb is still its own
_LIGHT_REACH = 5  # words between a light verb and its verbal noun (its subject, a time)


def _definite(token: str) -> bool:
    bare = conjunction_off(token)
    return bare.startswith(("ال", "بال", "لل", "كال"))


@cache
def _needs_object(key: str) -> bool:
    return any(p.key == key and p.objects for p in lexicon.predicates())


def _fallback_verb(tokens: Sequence[Token]) -> tuple[str, int] | None:
    """The lemma of an early verb with no predicate key (استقال), so inflections compare equal,
    and where it stands."""
    for n, tok in enumerate(tokens[:4]):
        if tok.is_word and lexicon.is_verb(tok.text):
            return morph.lemma(tok.text), n
    return None


@dataclass(frozen=True, slots=True)
class Reading:
    """What one clause says."""

    predicate: str | None
    predicate_index: int | None
    finite_index: int | None  # the main predicate's when it is a finite verb, or the unlisted verb read
    verbal: bool  # the main predicate is a verb, not a verbal noun
    keys: tuple[str, ...]
    modality: Modality
    polarity: Literal["positive", "negative"]
    partial: bool
    abandoned: bool
    hedged: bool
    condition: tuple[int, int] | None  # token range of what a condition or demand asks for


def _abandon(tokens: Sequence[Token]) -> int | None:
    hit = find_phrase(tokens, lexicon.modality_cues("abandon"))
    return None if hit is None else phrase_end(tokens, hit[0], hit[1])


MA = frozenset({"ما", "وما", "فما"})  # folded, with a conjunction or none
_PERFECT_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")


def negating_ma(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is ما negating the verb in the perfect right after it, opening its
    clause (وما توقف العمل: work did not stop), not ما زال (still) nor ما + imperfect (what)."""
    if tokens[i].norm not in MA or any(t.is_word for t in tokens[dateline_tokens(tokens) : i]):
        return False
    verb = next((t for t in tokens[i + 1 :] if t.is_word), None)
    if verb is None:
        return False
    reading = morph.best(verb.text)
    if reading.pos != "verb" or reading.lemma in lexicon.modality_lemmas("ma_still"):
        return False
    return any(verb.norm == reading.lemma + e for e in _PERFECT_ENDINGS)


def _negation(tokens: Sequence[Token]) -> tuple[bool, bool]:
    """(negated, partial): a negator that is not an idiom, not undone by ``إلا``."""
    negators = lexicon.modality_cues("negators")
    exceptions = lexicon.modality_cues("negation_exceptions")
    partial_words = {w for (w,) in lexicon.modality_cues("partial_scope")}
    cancel = {w for (w,) in lexicon.modality_cues("negation_cancellers")}
    for i, tok in enumerate(tokens):
        negator = may_start(tok, negators) and any(phrase_at(tokens, i, n) for n in negators)
        if not negator and not negating_ma(tokens, i):
            continue
        if may_start(tok, exceptions) and any(phrase_at(tokens, i, e) for e in exceptions):
            continue
        after = [t for t in tokens[i + 1 :] if t.is_word]
        if any(t.norm in cancel for t in after):
            continue
        partial = any(not t.light.isdisjoint(partial_words) for t in after[:5])
        return True, partial
    return False, False


def _has(tokens: Sequence[Token], cue: str, stop: int | None = None) -> tuple[int, int] | None:
    hit = find_phrase(tokens, lexicon.modality_cues(cue), 0, stop)
    return None if hit is None else (hit[0], phrase_end(tokens, hit[0], hit[1]))


def _declined(tokens: Sequence[Token]) -> bool:
    if _has(tokens, "declined"):
        return True
    verbs, objects = lexicon.declined_split()
    for i, tok in enumerate(tokens):
        if tok.is_word and not tok.forms.isdisjoint(verbs):
            near = [t for t in tokens[i + 1 : i + 10] if t.is_word]
            return any(not t.forms.isdisjoint(objects) for t in near)
    return False


def _denial_at(tokens: Sequence[Token], i: int) -> bool:
    cues = lexicon.modality_cues("denied")
    return _said(tokens[i : i + 1], "denied") or (
        may_start(tokens[i], cues) and any(phrase_at(tokens, i, cue) for cue in cues)
    )


def _said(tokens: Sequence[Token], modality: str) -> bool:
    """Whether a verb of saying with ``modality`` (نفى: denied, أكد: confirmed) is among ``tokens``."""
    table = lexicon.say_modality()
    return any(t.is_word and table.get(lexicon.verb_reading(t.text) or "") == modality for t in tokens)


def _after_bayna(tokens: Sequence[Token], i: int) -> int:
    """Where the content of ``ربط … بين A و B`` starts (after بين), else just after the predicate.

    Linking A with B is how Arabic news states that one party makes A depend on B; the verb is a
    condition only with بين after it (see ``predicates.json``), never alone (ربط الحبل)."""
    for k in range(i + 1, min(len(tokens), i + 6)):
        if tokens[k].norm == "بين":
            return k + 1
    return i + 1


def read(
    tokens: Sequence[Token],
    lead_verb: Token | None = None,
    reported: bool = False,
    told_by: frozenset[int] = frozenset(),
) -> Reading:
    """Read a clause's content tokens; ``lead_verb`` is the verb of its attribution lead-in, and
    the tokens starting at ``told_by`` name who told it (وفق ما أعلنت الشركة), no predicate."""
    hits = [h for h in predicate_hits(tokens) if tokens[h.index].start not in told_by]
    abandoned_at = _abandon(tokens)
    negated, partial = _negation(tokens)
    main: PredicateHit | None = None
    if abandoned_at is not None:
        main = next((h for h in hits if h.index >= abandoned_at), None)
    if main is None:
        main = next((h for h in hits if h.verbal), None) or (hits[0] if hits else None)
    fallback = _fallback_verb(tokens)
    if main is not None and main.verbal and fallback is not None and fallback[1] >= main.index:
        fallback = None
    light = None  # شن هجوما: the verb that carries the act its verbal noun names
    if main is not None and not main.verbal and fallback is not None and fallback[0] in lexicon.light_verbs():
        between = tokens[fallback[1] + 1 : main.index]
        if main.index > fallback[1] and sum(t.is_word for t in between) <= _LIGHT_REACH:
            light, fallback = fallback[1], None
    if main is not None and main.verbal and fallback is not None:
        between = tokens[fallback[1] + 1 : main.index]
        if sum(t.is_word for t in between) < _OPENING_REACH:
            fallback = None  # أجل إننا نتبادل: a listed verb this close is the clause's own
    if main is not None and fallback is not None and fallback[1] < main.index:
        # "أدانت الحكومة الهجوم": the verbal noun is what an unlisted verb acts on; "وانتشل
        # المنقبون الجثث ... وفق شهادات نقلتها": the verb opening the clause is its predicate
        main = None
    if main is not None and main.frame == "say" and _denial_at(tokens, main.index):
        # "تنفي زيارة …": what is denied is the claim's predicate, not the act of denying.
        main = next((h for h in hits if h.index > main.index and h.frame != "say"), main)
    if main is not None and lexicon.predicate_modality().get(main.key) == "planned":
        # "تعتزم الحكومة افتتاح الميناء": what is planned is the predicate, not the planning
        main = next((h for h in hits if h.index > main.index), main)
    predicate = main.key if main else fallback[0] if fallback else None
    lead = [lead_verb] if lead_verb is not None else []
    stop = abandoned_at
    condition: tuple[int, int] | None = None
    strong = _has(tokens, "conditional_strong", stop)
    given = lexicon.predicate_modality().get(main.key) if main is not None else None
    if strong is None and main is not None and given == "conditional":
        strong = (main.index, _after_bayna(tokens, main.index))
    demand = None
    if main is not None and given == "demanded" and main.verbal:
        demand = (main.index, main.index + 1)
    weak = _has(tokens, "conditional", stop)
    if _has(lead, "denied") or _has(tokens, "denied") or _said([*lead, *tokens], "denied"):
        modality = Modality.denied
    elif _declined(tokens):
        modality = Modality.declined_to_comment
    elif strong:
        modality, condition = Modality.conditional, (strong[1], len(tokens))
    elif demand:
        modality = Modality.demanded
        end = weak[0] if weak and weak[0] > demand[1] else len(tokens)
        condition = (demand[1], end)
    elif weak:
        modality, condition = Modality.conditional, (weak[1], len(tokens))
    elif abandoned_at is None and (_has(tokens, "planned") or (main is not None and main.future)):
        modality = Modality.planned
    elif _has(lead, "confirmed") or _has(tokens, "confirmed") or _said([*lead, *tokens], "confirmed"):
        modality = Modality.confirmed
    elif reported:
        modality = Modality.reported
    else:
        modality = Modality.asserted
    if condition is not None and condition[0] >= condition[1]:
        condition = None
    keys = tuple(dict.fromkeys(h.key for h in hits))
    return Reading(
        predicate=predicate,
        predicate_index=main.index if main else None,
        finite_index=(main.index if main.verbal else light) if main else fallback[1] if fallback else None,
        verbal=main is not None and main.verbal,
        keys=keys,
        modality=modality,
        polarity="negative" if (negated or abandoned_at is not None) else "positive",
        partial=partial and abandoned_at is None,
        abandoned=abandoned_at is not None,
        hedged=_has(tokens, "hedged") is not None,
        condition=condition,
    )
