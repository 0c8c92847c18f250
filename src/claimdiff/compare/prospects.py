"""Cues of an act told as done by one claim and as still to come by the other: «صادق المجلس على
النتائج» against «يُنتظر أن يصادق المجلس على النتائج», «أصدرت الحكومة مرسوما بتسخير العمال» against
«قد تلجأ الحكومة إلى تسخير العمال».

The prospective claim has a marker (:func:`_phrases`); the act after it must be an act of the
other claim (a verb or a word right after one), by the same word or a verb or verbal noun of the
same root (وقّعت / توقع), with one more word of the clause held by the other claim.  A detector
registered with :func:`claimdiff.compare.cues.detector`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from claimdiff import data_files
from claimdiff.claims import lexicon as claims_lexicon
from claimdiff.claims.tokens import Token
from claimdiff.compare import lexicons
from claimdiff.compare.aspect import aspect
from claimdiff.compare.context import FACTUAL, ClaimView
from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.text import morph
from claimdiff.text.clitics import light
from claimdiff.text.normalize import fold_str

_REACH = 6  # content words after a marker that tell the act and its object
_HELD = 2  # of those, the other claim must hold at least this many, the act among them
_ACT_REACH = 3  # content words after a marker within which its act stands (قد تلجأ الحكومة إلى تسخير)
_OBJECT_SPAN = 4  # tokens after a factual claim's verb within which its act's noun stands
_CLAUSE_END = frozenset(".,،؛;")
_ACTS = frozenset(("verb", "masdar"))


@cache
def _phrases() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Marker phrases, each with whether an imperfect verb must follow it: plans and expectations
    (``modality.json``) mark what follows whatever it is; speculation (the speculated rung of
    ``compare/factivity.json``: قد، من المرجح) marks an act to come only before one."""
    data = data_files.load("claimdiff", "modality.json")
    plans = {tuple(fold_str(p).split()) for name in ("planned", "prospective") for p in data[name]}
    rung = next(lv for lv in lexicons.factivity().levels if lv.name == "speculated")
    # its own cues and the modality lists it takes over (من المحتمل), but no phrase of particles
    # alone («من أن»، «لو»), which open other clauses as often
    taken = [tuple(fold_str(w).split()) for name in rung.modality_lists for w in data[name]]
    taken = [p for p in taken if not all(w in claims_lexicon.stopwords() for w in p)]
    maybe = {tuple(fold_str(c).split()) for c in rung.cues} | set(taken)
    maybe -= plans
    return tuple(sorted((p, False) for p in plans)) + tuple(sorted((p, True) for p in maybe))


@cache
def _by_first() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase, verb_after in _phrases():
        out.setdefault(phrase[0], []).append((phrase, verb_after))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def act_root(word: str) -> str | None:
    """The root of a verb or verbal noun the morphology knows, else None."""
    reading = morph.best(word)
    return reading.root if reading.known and reading.pos in _ACTS else None


def _imperfect(word: str) -> bool:
    reading = morph.best(word)
    return reading.pos == "verb" and word[:1] in "يتنا"


def markers(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the markers that put what follows in the future or in possibility."""
    words = [n for n, t in enumerate(tokens) if t.is_word]
    out = []
    by_first = _by_first()
    for k, n in enumerate(words):
        for phrase, verb_after in (p for f in light(tokens[n].text) for p in by_first.get(f, ())):
            span = words[k : k + len(phrase)]
            if len(span) < len(phrase):
                continue
            if any(tokens[m].text != p for p, m in zip(phrase[1:], span[1:], strict=True)):
                continue
            rest = [tokens[m].text for m in words[k + len(phrase) :]][:2]
            rest = rest[1:] if rest[:1] in (["ان"], ["أن"]) else rest
            if verb_after and not (rest and _imperfect(rest[0])):
                continue
            if any(
                not light(tokens[m].text).isdisjoint(aspect().auxiliaries) for m in words[max(0, k - 3) : k]
            ):
                break  # «كانت الحكومة تعتزم افتتاحه»: a plan told in the past, since carried out or not
            out.append((n, span[-1]))
            break
    return out


def _factual(view: ClaimView) -> bool:
    """Told as done: an unhedged fact, positive or an act of stopping (علّقت الحكومة الأنشطة)."""
    c = view.claim
    done = c.polarity == "positive" or view.reading.abandoned
    return c.modality in FACTUAL and done and not view.reading.hedged


def _done_acts(words: list[Word]) -> dict[str, Word]:
    """The acts a factual claim tells, by root (or stem): each verb it has and the words right
    after it (أصدرت مرسوما بتسخير: the decree and the requisitioning)."""
    verbs = [w.index for w in words if morph.best(w.text).pos == "verb"]
    near = [w for w in words if any(v <= w.index <= v + _OBJECT_SPAN for v in verbs)]
    return {(act_root(w.text) or w.stem): w for w in near}


def _held_after(diff: PairDiff, side: int, last: int) -> tuple[list[Word], list[Word]]:
    """The content words after a marker in its clause, and those the other claim holds."""
    view = (diff.x, diff.y)[side]
    end = view.tokens[last].end
    stop = next((t.start for t in view.tokens[last + 1 :] if t.text in _CLAUSE_END), view.claim.end)
    after = [w for w in diff.words[side] if end <= w.token.start < stop][:_REACH]
    unmatched = {w.token.start for w in diff.unmatched[side]}
    return after, [w for w in after if w.token.start not in unmatched]


@detector("prospect")
def prospect(diff: PairDiff) -> Iterator[Cue]:
    """One claim tells an act as to come (planned, expected, possible); the other, unhedged, as done."""
    found = [v.once("_prospects", lambda v: markers(list(v.tokens))) for v in (diff.x, diff.y)]
    if bool(found[0]) == bool(found[1]):
        return
    side = 0 if found[0] else 1
    view, other = (diff.x, diff.y)[side], (diff.y, diff.x)[side]
    if not _factual(other):
        return
    done = _done_acts(diff.words[1 - side])
    if not done:
        return
    for first, last in found[side]:
        after, held = _held_after(diff, side, last)
        acts = [
            w
            for w in after[:_ACT_REACH]
            if (act_root(w.text) or "") in done or any(same_word(w, d) for d in done.values())
        ]
        if not acts or len({w.token.start for w in (*held, *acts)}) < _HELD:
            continue
        end = max(w.token.end for w in (*held, *acts))
        said = view.doc.text[view.tokens[first].start : view.tokens[last].end]
        spans = ((view.tokens[first].start, end), (other.claim.start, other.claim.end))
        x, y = spans if side == 0 else spans[::-1]
        yield Cue("prospect", said, x, y, 0.7)
        return
