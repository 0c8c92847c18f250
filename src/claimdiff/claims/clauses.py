"""Split one sentence into clauses, each a candidate claim.

A new clause starts at a connective (كما، لكن، غير أن…), at a conjunction glued to a verb
(``وأكد``، ``فوعد``) or to a complementizer (``وأن``), and at a comma followed by a verb, by
``ما`` + verb, or by a participle of saying (``، مؤكدة أن``).  No cut right after a relative
pronoun (``الذي التقاه وكان…`` stays whole) and no clause shorter than a few words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.claims import lexicon
from claimdiff.claims.tokens import Token, may_start, phrase_at, phrase_end
from claimdiff.text import morph
from claimdiff.text.clitics import conjunction_off, conjunctions

_COMPLEMENTIZERS_GLUED = frozenset({"وان", "وبان", "وانه", "وانها", "وانهم", "وبانه"})


@dataclass(frozen=True, slots=True)
class Clause:
    """Token indices: the clause is ``tokens[start:end]``; its content begins at ``body``."""

    start: int
    body: int
    end: int


def _glued_verb(tok: Token) -> bool:
    t = tok.norm
    bare = conjunction_off(t)
    return bare != t and t not in lexicon.not_verbs() and lexicon.is_verb(bare)


def _cut_at(tokens: Sequence[Token], i: int) -> int | None:
    """If a clause starts at word token ``i``: how many connective tokens to leave out of it."""
    tok = tokens[i]
    split_phrases = lexicon.connective("split_phrases")
    for phrase in split_phrases if may_start(tok, split_phrases) else ():
        if phrase_at(tokens, i, phrase):
            span = tokens[i : phrase_end(tokens, i, phrase)]
            return 0 if any(lexicon.is_verb(t.text) for t in span if t.is_word) else len(span)
    if may_start(tok, lexicon.connective("split_words")):
        return 1
    if tok.norm in _COMPLEMENTIZERS_GLUED:
        return 1
    if (tok.norm,) in lexicon.connective("split_keep"):
        return 0
    if _glued_verb(tok) and i + 1 < len(tokens) and tokens[i + 1].is_word:
        return 0
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.norm == ",":
        if tok.norm[0] not in conjunctions() and lexicon.is_verb(tok.text):
            return 0
        if _speech_participle(tok):
            return 0  # "نفت الشرطة توقيف أحد، مؤكدة أن …": the participle reports a second claim
        if tok.norm == "ما" and i + 1 < len(tokens) and lexicon.is_verb(tokens[i + 1].text):
            return 0
    return None


def _speech_participle(tok: Token) -> bool:
    """A participle of a verb of saying (مؤكدة، مضيفا، مشيرين), the accusative alif read too."""
    w = tok.norm
    for form in (w, w[:-1] if len(w) > 3 and w.endswith("ا") else ""):
        if form:
            reading = morph.best(form)
            if reading.pos == "participle" and reading.lemma in lexicon.say_lemmas():
                return True
    return False


def _after_relative(tokens: Sequence[Token], i: int) -> bool:
    relatives = {w for (w,) in lexicon.connective("relatives")}
    seen = 0
    k = i - 1
    while k >= 0 and seen < 2:
        if tokens[k].is_word:
            seen += 1
            if tokens[k].norm in relatives:
                return True
        k -= 1
    return False


def _inside_between(tokens: Sequence[Token], start: int, i: int) -> bool:
    """``بين A وB``: the و at ``i`` joins the second member, it does not start a clause."""
    words = [t.norm for t in tokens[start:i] if t.is_word]
    if "بين" not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index("بين") + 1 :]
    return bool(after) and not any(w.startswith("و") for w in after)


def split_clauses(tokens: Sequence[Token]) -> list[Clause]:
    """Clauses of one sentence's tokens, in order, covering every word token."""
    minimum = lexicon.min_clause_tokens()
    cuts: list[tuple[int, int]] = []  # (token index, connective tokens to skip)
    last = 0
    for i, tok in enumerate(tokens):
        if i == 0 or not tok.is_word:
            continue
        skip = _cut_at(tokens, i)
        if skip is None or (skip == 0 and (_after_relative(tokens, i) or _inside_between(tokens, last, i))):
            continue
        if tokens[i - 1].norm == "," and not any(
            t.is_word and lexicon.is_verb(t.text) for t in tokens[last:i]
        ):
            continue  # "ممثلين من بريطانيا، وفرنسا، التقوا": the comma ends the subject, not a clause
        if sum(t.is_word for t in tokens[last:i]) < minimum:
            continue
        cuts.append((i, skip))
        last = i
    bounds: list[tuple[int, int]] = [(0, 0), *cuts]
    clauses: list[Clause] = []
    for n, (start, skip) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else len(tokens)
        clauses.append(Clause(start, min(start + skip, end), end))
    # A short last clause joins the one before it.
    if len(clauses) > 1 and sum(t.is_word for t in tokens[clauses[-1].body : clauses[-1].end]) < minimum:
        tail = clauses.pop()
        prev = clauses.pop()
        clauses.append(Clause(prev.start, prev.body, tail.end))
    return clauses
