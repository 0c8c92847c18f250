"""Cues of negation, denial and modality: one claim negates, denies, cancels or hedges what the
other asserts, and what anchors a denial to the other claim's words.

A detector registered with :func:`claimdiff.compare.cues.detector`; see that module for cues.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from claimdiff import data_files
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.features import negating_ma
from claimdiff.claims.profile import times_compatible
from claimdiff.claims.tokens import Token
from claimdiff.compare import lexicons
from claimdiff.compare.aspect import aspect
from claimdiff.compare.cues import SAME_EVENT, Cue, detector, negators
from claimdiff.compare.none_of import group_elsewhere
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.compare.wordkeys import word_keys
from claimdiff.schema import Modality
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_UNASSERTED = frozenset((Modality.conditional, Modality.demanded))
_PHRASE_REACH = 3  # words after a phrase's head within which the rest of it may stand
_GAP = 40  # characters per content word between a marker and what it negates
_ACTS = frozenset(("verb", "masdar"))
_COMPLEMENTS = frozenset(("ان", "عن"))  # what opens the proposition a denial reports
_CLAUSE_END = frozenset(".,،؛;")
_DENIED_SHARE = 0.75  # of a denied claim's first clause the other claim must hold
_NEGATED_REACH = 4  # content words after a negator that say what it negates
_DENIAL_REACH = 6  # content words after a verb of denial within which what it denies may stand


@cache
def _negating_words() -> dict[str, frozenset[str]]:
    """Keys (:func:`word_keys`) of negation.json's unambiguous cue words and of modality.json's
    denial verbs (نفى in every person and tense as v:نفي; إلغاء and تأجيل as nouns), each with the
    words one of which must follow it: the rest of a phrase (حال دون) when the head is not read
    as its verb, for the noun alone is a common word (حالة), or nothing."""
    entries = lexicons.negation().cues
    heads: dict[str, set[str]] = {}
    loose: set[str] = set()
    words = [fold_str(w) for w in data_files.load("claimdiff", "modality.json")["denied"] if " " not in w]
    words += [c.cue for c in entries if not c.ambiguous and c.pos != "particle"]
    for cue in words:
        head, *rest = fold_str(cue).split()
        for k in word_keys(head, entry=True):
            if rest and not k.startswith("v:"):
                heads.setdefault(k, set()).add(rest[0])
            else:
                loose.add(k)
    # an ambiguous cue's keys stay out even when another cue derives them: تأجيل gives the verb
    # lemma of أجّل, but أجل is also "yes" and من أجل "for"
    vetoed = {k for c in entries if c.ambiguous for k in word_keys(c.cue.split()[0], entry=True)}
    out: dict[str, frozenset[str]] = {k: frozenset() for k in loose}
    out.update({k: frozenset(v) for k, v in heads.items() if k not in loose})
    return {k: v for k, v in out.items() if k not in vetoed}


@lru_cache(maxsize=8192)
def _negating(word: str, after_preposition: bool = False) -> frozenset[str] | None:
    """None unless ``word`` is a word of negation, denial, cancellation or refusal; else the words
    one of which must follow it (none for a cue of one word).  A verb lemma counts only for a word
    the morphology reads as a verb, and not right after a preposition, where no verb stands (من
    أجل is "for", not أجّل): its verbal-noun readings are too loose (العلاقات / علّق)."""
    verb = morph.best(word).pos == "verb" and not after_preposition
    table = _negating_words()
    found = [table[k] for k in word_keys(word) if k in table and (not k.startswith("v:") or verb)]
    if not found:
        return None
    return frozenset() if any(not f for f in found) else frozenset().union(*found)


@cache
def _not_negating() -> frozenset[tuple[str, ...]]:
    """Phrases that open with a negator and negate nothing (لا يزال: still; غير أن: however)."""
    return frozenset(
        tuple(fold_str(p).split())
        for p in data_files.load("claimdiff", "modality.json")["negation_exceptions"]
    )


def _connective(tokens: list[Token], at: int) -> bool:
    """Whether the negator at token ``at`` opens one of those phrases."""
    words = [t.text for t in tokens[at:] if t.is_word][:3]
    return any(
        len(p) <= len(words) and all(not light(w).isdisjoint({q}) for w, q in zip(words, p, strict=False))
        for p in _not_negating()
    )


def _phrase_follows(tokens: list[Token], at: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands within a few words after token ``at`` (تراجعت الحكومة عن)."""
    after = [t.text for t in tokens[at + 1 :] if t.is_word][:_PHRASE_REACH]
    return any(not light(w).isdisjoint(words) for w in after)


def _markers(diff: PairDiff, side: int) -> list[tuple[int, int, str]]:
    """Negators, and denial, cancellation, failure or refusal words the other claim lacks."""
    view = (diff.x, diff.y)[side]
    if view.claim.modality in _UNASSERTED:
        return []  # «شرط أن تتوقف فرنسا»: a condition or a demand that something stop, not its end
    unmatched = {w.token.start for w in diff.unmatched[side]}
    out = []
    prev = ""
    for n, t in enumerate(view.tokens):
        if not t.is_word:
            continue
        if not light(t.text).isdisjoint(negators()) or negating_ma(view.tokens, n):
            if not _connective(view.tokens, n):
                out.append((t.start, t.end, t.text))
        elif t.start in unmatched:
            rest = _negating(t.text, prev in claims_lexicon.prepositions())
            if rest is not None and (not rest or _phrase_follows(view.tokens, n, rest)):
                out.append((t.start, t.end, t.text))
        prev = t.text
    return out


def _governing(
    diff: PairDiff, side: int, marks: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, Word, list[Word]]]:
    """The markers whose next content word (what they negate) the other claim has too, with that
    word and the verbs of saying looked through on the way.  A verb of denial takes its subject
    first (نفت إدارة المعبر إغلاقه): what it denies may stand a few words on.  A verb of saying the
    other claim lacks is looked through: «لم تؤكد الهيئة الاحتجاز» negates the seizure's
    confirmation."""
    words, unmatched = diff.words[side], {w.token.start for w in diff.unmatched[side]}
    out = []
    for s, e, text in marks:
        later = [w for w in words if w.token.start >= e]
        said = [w for w in later if w.token.start in unmatched and (_saying(w.text) or _light(w.text))]
        after = [w for w in later if w not in said]
        reach = 1 if not light(text).isdisjoint(negators() | {"ما"}) else _DENIAL_REACH
        governed = next(
            (
                w
                for n, w in enumerate(after[:reach], 1)
                if w.token.start - e < _GAP * n and w.token.start not in unmatched
            ),
            None,
        )
        if governed is not None:
            out.append((s, e, text, governed, [w for w in said if w.token.start < governed.token.start]))
        elif (
            verb := next((w for w in said if _saying(w.text) and _says_too(diff, side, w)), None)
        ) is not None:
            out.append((s, e, text, verb, [verb]))  # لم تؤكد واشنطن الحادث / أكدت الخارجية الأمريكية
    return out


def _says_too(diff: PairDiff, side: int, word: Word) -> bool:
    """Whether the other claim has the verb of saying ``word``, unnegated or not, as a verb."""
    lemma = morph.best(word.text).lemma
    other = (diff.x, diff.y)[1 - side]
    return any(
        t.is_word and (r := morph.best(t.text)).pos == "verb" and r.lemma == lemma for t in other.tokens
    )


def _anchored_denial(
    diff: PairDiff, side: int, marker: tuple[int, int, str], governed: Word, looked: list[Word]
) -> tuple[int, int] | None:
    """Where the other claim says, surely, what a negation governs, however little else the claims
    share: the verb of saying it negates, unnegated (أكدت الهيئة / لم تؤكد الهيئة), or the governed
    word when the word after it follows it there too (نفت توقيف أي مشتبه / أعلنت توقيف 3 مشتبه)."""
    other = (diff.x, diff.y)[1 - side]
    marker_end = marker[1]
    # only a verb of denial reports the words it denies (نفت توقيف أي مشتبه); a cancelled thing
    # is its object (ألغى الحكم هدفا), whose neighbours say nothing
    denial = claims_lexicon.say_modality().get(morph.best(marker[2]).lemma) == "denied"
    lemmas = {morph.best(w.text).lemma for w in looked}
    for t in other.tokens if lemmas else ():
        if t.is_word and (r := morph.best(t.text)).pos == "verb" and r.lemma in lemmas:
            return (t.start, t.end)
    act = _denied_act(diff, side, marker_end)
    if act is None and not looked and not denial:
        return _negated_verb(diff, side, governed)
    if act is not None or looked or not denial:
        return act  # past a verb of saying, the governed word is its subject, no anchor
    words, theirs = diff.words[side], diff.words[1 - side]
    at = words.index(governed)
    # what is denied is not the body denying it (نفت المديرية العامة ...) nor a party (الزمالك)
    first = next((n for n, w in enumerate(words) if w.token.start >= marker_end), at)
    named = diff.own[side].get(governed.token.start, frozenset())
    if at + 1 >= len(words) or at == first or any(not e.startswith("place:") for e in named):
        return None
    nxt = words[at + 1]
    return next(
        (
            (u.token.start, u.token.end)
            for j, u in enumerate(theirs)
            if same_word(u, governed) and j + 1 < len(theirs) and same_word(theirs[j + 1], nxt)
        ),
        None,
    )


_NEIGHBOURS = 3  # content words around a negated verb within which its subject or object stands


def _negated_verb(diff: PairDiff, side: int, governed: Word) -> tuple[int, int] | None:
    """Where the other claim has the verb a particle negates, with one of the words around it
    around it there too (أيا من المحتجين لم يعتقل / واعتقلت الشرطة 22 محتجا): the same act on the
    same people, said and unsaid."""
    if morph.best(governed.text).pos != "verb" or _saying(governed.text):
        return None  # a verb of saying negated is anchored by the say-verb rule, or not at all
    words, theirs = diff.words[side], diff.words[1 - side]
    at = words.index(governed)
    near = words[max(0, at - _NEIGHBOURS) : at] + words[at + 1 : at + 1 + _NEIGHBOURS]
    for j, u in enumerate(theirs):
        if not same_word(u, governed) or morph.best(u.text).pos != "verb":
            continue
        around = theirs[max(0, j - _NEIGHBOURS) : j] + theirs[j + 1 : j + 1 + _NEIGHBOURS]
        if any(same_word(a, b) for a in near for b in around):
            return (u.token.start, u.token.end)
    return None


def _denied_act(diff: PairDiff, side: int, marker_end: int) -> tuple[int, int] | None:
    """Where the other claim states the act a denial reports: the first verb or verbal noun after
    أن or عن in the denial's clause, past a light verb (نفى أن يكون الجيش قد قبل أي هدنة / أعلن
    الجيش قبوله بهدنة; نفت الأنباء عن إغلاقه / أغلقت السلطات المعبر), by lemma."""
    view = (diff.x, diff.y)[side]
    acts: dict[str, tuple[int, int]] = {}
    for w in diff.words[1 - side]:
        reading = morph.best(w.text)
        if reading.pos in _ACTS and reading.lemma not in claims_lexicon.say_lemmas():
            acts.setdefault(reading.lemma, (w.token.start, w.token.end))
    opened, prev = False, ""
    for t in view.tokens:
        if t.start < marker_end or not t.is_word:
            if t.start >= marker_end and t.text in _CLAUSE_END:
                break
            continue
        if fold_str(t.text) in _COMPLEMENTS:
            opened = True
            continue
        reading = morph.best(t.text)
        # after قد or لم a word is a verb, whatever else it may read as (قد قبل: he accepted)
        verb = prev in claims_lexicon.verbal_particles()
        lemma = claims_lexicon.verb_lemma(t.text) if verb else reading.lemma
        if opened and (verb or reading.pos in _ACTS) and not _light(t.text):
            return acts.get(lemma)  # the proposition's own act, matched or not
        prev = fold_str(t.text)
    return None


def _denied_clause_matched(diff: PairDiff) -> bool:
    """Whether the first clause of a claim read as denied is all in the other claim: «نفى ... أن
    يكون الجيش قد قبل أي هدنة في الفاشر، متهما ...» denies «أعلن الجيش قبوله بهدنة في الفاشر»."""
    denied = [s for s, v in enumerate((diff.x, diff.y)) if v.claim.modality == Modality.denied]
    if len(denied) != 1:
        return False
    side = denied[0]
    view = (diff.x, diff.y)[side]
    stop = next((t.start for t in view.tokens if t.text in _CLAUSE_END), view.claim.end)
    words = [w for w in diff.words[side] if w.token.start < stop]
    unmatched = {w.token.start for w in diff.unmatched[side]}
    matched = sum(w.token.start not in unmatched for w in words)
    return len(words) >= 2 and matched >= _DENIED_SHARE * len(words)


def _negates_other_words(diff: PairDiff) -> bool:
    """Whether the one negative claim negates words the other claim does not hold: «اعتقلت الشرطة
    الصحفي فجر السبت، ولم تعلن التهم الموجهة إليه» asserts the arrest and negates the charges."""
    sides = [s for s, v in enumerate((diff.x, diff.y)) if v.claim.polarity == "negative"]
    if len(sides) != 1:
        return False
    side = sides[0]
    view = (diff.x, diff.y)[side]
    at = next(
        (n for n, t in enumerate(view.tokens) if t.is_word and not light(t.text).isdisjoint(negators())
         and not _connective(view.tokens, n)),
        None,
    )  # fmt: skip
    if at is None:
        return False  # negative by a verb of cancelling, not by a particle
    start = view.tokens[at].end
    after = [w for w in diff.words[side] if w.token.start >= start][:_NEGATED_REACH]
    acts = [w for w in after if not (_light(w.text) or _saying(w.text))]
    if acts and not light(acts[0].text).isdisjoint(aspect().decisions):
        return False  # «ولم يتخذ أي قرار بعد»: no decision on the act itself
    unmatched = {w.token.start for w in diff.unmatched[side]}
    return bool(after) and sum(w.token.start not in unmatched for w in after) < SAME_EVENT * len(after)


def _light(word: str) -> bool:
    """A verb that carries the act after it (لم يصدر قرار بإغلاقه negates the closure's decision)."""
    return not light(word).isdisjoint(aspect().light_verbs)


def _saying(word: str) -> bool:
    reading = morph.best(word)
    return reading.pos == "verb" and reading.lemma in claims_lexicon.say_lemmas()


@detector("negation")
def negation(diff: PairDiff) -> Iterator[Cue]:
    """One claim negates or denies what the other asserts: a negator or denial verb on one side
    only, or a claim read as denied or negative against one read as asserted and positive."""
    mx, my = _governing(diff, 0, _markers(diff, 0)), _governing(diff, 1, _markers(diff, 1))
    cx, cy = diff.x.claim, diff.y.claim
    if not times_compatible(diff.x.profile.times, diff.y.profile.times):
        return
    if bool(mx) != bool(my):
        side, (s, e, word, governed, looked) = (0, mx[0]) if mx else (1, my[0])
        if group_elsewhere(diff, side):
            return  # «لم يصب أي عنصر من الشرطة» says nothing of the protesters the other counts
        other = (diff.y, diff.x)[side]
        # the evidence on the other side: the word a particle negates, as that claim says it; a
        # verb of denial denies the other claim's whole report (نفت الأنباء عن إغلاقه)
        said = next((w for w in diff.words[1 - side] if same_word(w, governed)), None)
        particle = not light(word).isdisjoint(negators())
        there = (
            (said.token.start, said.token.end) if said and particle else (other.claim.start, other.claim.end)
        )
        anchor = _anchored_denial(diff, side, (s, e, word), governed, looked)
        spans = ((s, e), anchor if anchor is not None and looked else there)
        x, y = spans if side == 0 else spans[::-1]
        yield Cue("negation", word, x, y, 1.0, anchored=anchor is not None)
    elif (
        (cx.polarity != cy.polarity or (cx.modality == Modality.denied) != (cy.modality == Modality.denied))
        and ((shared := diff.shared_share() >= SAME_EVENT) or _denied_clause_matched(diff))
        and not _negates_other_words(diff)
    ):
        yield Cue("modality", f"{cx.modality.value}/{cx.polarity} vs {cy.modality.value}/{cy.polarity}",
                  (cx.start, cx.end), (cy.start, cy.end), 0.7, anchored=not shared)  # fmt: skip
