"""Bodies that are not in the gazetteer, found by the word that opens their name.

``جمعية الهلال الأزرق``, ``حزب الأمة``, ``حركة العدل والمساواة``: an organisation or group word
(``body_words.json``) and a definite name after it.  Each gets a stable ``name:`` id from its key
(``name:حزب-امه``), like the persons of :mod:`claimdiff.entities.names`; its type comes from the
opening word (:func:`body_type`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from claimdiff import data_files
from claimdiff.entities.keys import ARTICLE, ScriptRun, core, deproclitic, plain_gap
from claimdiff.entities.names import NAME_PREFIX, NameHit, lexicon, name_key
from claimdiff.text.normalize import Folded, fold_str

_MIN_DEFINITE = 4


@cache
def _words() -> tuple[dict[str, str], int, frozenset[str]]:
    data = data_files.load("claimdiff.entities", "body_words.json")
    types = {core(fold_str(w)): kind for kind in ("organization", "group") for w in data[kind]}
    never = frozenset(core(fold_str(w)) for w in data["not_name_words"])
    return types, int(data["max_words"]), never


def body_type(entity_id: str) -> str | None:
    """organization or group for the id of a body found by its opening word, else None."""
    if not entity_id.startswith(NAME_PREFIX):
        return None
    first = entity_id[len(NAME_PREFIX) :].split("-", 1)[0]
    return _words()[0].get(first)


def _opening(tok: ScriptRun) -> str | None:
    types = _words()[0]
    for form, _skip in deproclitic(tok.text):
        kind = types.get(core(form))
        if kind is not None and not form.startswith(ARTICLE):
            return kind  # حزب الأمة، not الحزب الحاكم
    return None


def _definite(form: str) -> bool:
    """With the article and a word after it (إلى folds to الي: not definite)."""
    return form.startswith(ARTICLE) and len(form) >= _MIN_DEFINITE


def _generic(form: str, nisba: Collection[str], *, first: bool) -> bool:
    """Not part of a body's name: a function word, or as the first word a title complement
    (هيئة [الأركان]) or a nationality adjective (جماعة [سورية])."""
    c = core(form)
    if c in _words()[2] or (len(c) <= 3 and c in lexicon().stop and not form.startswith(ARTICLE)):
        return True
    return first and (c in lexicon().modifiers or c in nisba or form in nisba)


def find_bodies(
    f: Folded, tokens: Sequence[ScriptRun], covered: Collection[int], nisba: Collection[str]
) -> list[NameHit]:
    """Bodies named after an organisation or group word, among tokens not ``covered``."""
    max_words = _words()[1]
    hits: list[NameHit] = []
    k = 0
    while k < len(tokens):
        if k in covered or tokens[k].script != "a" or _opening(tokens[k]) is None:
            k += 1
            continue
        end = _name_end(f, tokens, k + 1, covered, nisba, max_words)
        if end > k + 1:
            skip = opening_skip(tokens[k])
            forms = [tokens[k].text[skip:], *(t.text for t in tokens[k + 1 : end])]
            hits.append(NameHit(k, end, name_key(forms)))
            k = end
        else:
            k += 1
    return hits


def opening_skip(tok: ScriptRun) -> int:
    """Proclitic characters before the opening word (و in وحزب)."""
    types = _words()[0]
    for form, skip in deproclitic(tok.text):
        if core(form) in types:
            return skip
    return 0


def _name_end(
    f: Folded,
    tokens: Sequence[ScriptRun],
    p: int,
    covered: Collection[int],
    nisba: Collection[str],
    limit: int,
) -> int:
    """The token after the name that starts at ``p`` (``p`` itself when there is none)."""
    q = p
    while q < len(tokens) and q - p < limit and q not in covered:
        tok = tokens[q]
        if tok.script != "a" or not plain_gap(f.text, tokens[q - 1].end, tok.start):
            break
        text = tok.text
        joined = q > p and text.startswith("و" + ARTICLE)
        form = text[1:] if joined else text
        if _generic(form, nisba, first=q == p):
            break
        if _definite(form):
            q += 1
            continue
        nxt = tokens[q + 1] if q + 1 < len(tokens) else None
        governs = (
            q == p
            and nxt is not None
            and _definite(nxt.text)
            and plain_gap(f.text, tok.end, nxt.start)
            and not _generic(nxt.text, nisba, first=False)
        )
        if not governs:
            break
        q += 1  # أطباء [العالم]: an indefinite word governing the definite one after it
    # the name must end on a definite word: حزب [الأمة], not حزب [أطباء]
    while q > p and not _definite(tokens[q - 1].text.removeprefix("و")):
        q -= 1
    return q


__all__ = ["body_type", "find_bodies", "opening_skip"]
