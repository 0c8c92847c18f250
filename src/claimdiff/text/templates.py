"""Verbs no lexeme spells, read from the verb templates alone.

Only readings with a mark no noun carries are taken: a derived form whose affixes are distinctive
(V-X: تفعّل، تفاعل، انفعل، افتعل، استفعل), or any form with a plural or dual subject ending or the
future prefix. A bare form I/II/IV word (كتب، يوسف) is left to the lexicon: out of context
nothing tells it from a noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimdiff import data_files
from claimdiff.text import clitics, conjugate

# Forms whose bare perfect no noun shares (the bare perfect of V and VI is also their verbal noun).
_DISTINCTIVE_PERFECT = frozenset({7, 8, 10})
_DISTINCTIVE_IMPERFECT = frozenset({5, 6, 7, 8, 10})
_STRONG_ENDINGS = frozenset({"وا", "ون", "ان", "تا", "ت"})
_DOUBT = 1.0
_PER_CLITIC = 0.5


@dataclass(frozen=True, slots=True)
class Guess:
    prefixes: tuple[str, ...]
    stem: str
    suffixes: tuple[str, ...]
    root: str
    form: int
    lemma: str
    score: float  # how doubtful: the template reading itself, plus the clitics stripped


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    form: int
    cls: str
    template: str
    imperfect: bool

    @property
    def lengths(self) -> tuple[int, ...]:
        """Stem lengths the template can match (its form VIII infix may merge away)."""
        n = len(self.template)
        return (n - 1, n) if "T" in self.template else (n,)


@cache
def _by_shape() -> dict[tuple[bool, int], tuple[_Pattern, ...]]:
    """The patterns by (imperfect, stem length), so a stem is tried only against those that fit."""
    out: dict[tuple[bool, int], list[_Pattern]] = {}
    for p in _patterns():
        for n in p.lengths:
            out.setdefault((p.imperfect, n), []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _radical_regex(template: str) -> str:
    out = []
    for ch in template:
        if ch in "1234":
            out.append(f"(?P<r{ch}>[\u0621-\u0626\u0628-\u064a])")  # no alef: it is a vowel here
        elif ch == "Y":
            out.append("[اي]")
        elif ch == "T":
            out.append("(?P<t>[تطد]?)")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@cache
def _patterns() -> tuple[_Pattern, ...]:
    t: dict[str, Any] = data_files.load("claimdiff", "verb_templates.json")
    out: list[_Pattern] = []
    # Form VIII before VII: انتزع is VIII of نزع far more often than VII of a root in ت.
    for form, classes in sorted(t["forms"].items(), key=lambda kv: kv[0] != "8"):
        if int(form) in (11, 12):
            continue  # quadriliteral verbs are few; four-letter foreign nouns are many
        for cls, spec in classes.items():
            for key, imperfect in (("perf", False), ("impf", True)):
                for tpl in spec.get(key, []):
                    rx = re.compile(_radical_regex(tpl) + "$")
                    out.append(_Pattern(rx, int(form), cls, tpl, imperfect))
    return tuple(out)


@cache
def _infix() -> dict[str, str]:
    infix: dict[str, str] = data_files.load("claimdiff", "verb_templates.json")["form_viii_infix"]
    return infix


def _root(m: re.Match[str], p: _Pattern, marked: bool) -> str | None:
    r = {k: v for k, v in m.groupdict().items() if v is not None}
    if "t" in r:
        first = r.get("r1", "و")
        t = r.pop("t")
        if t != _infix().get(first, "ت") or not (t or marked):
            return None  # the infix of form VIII agrees with the first radical, and shows (ادلب)
    if p.cls == "doubled":
        r["r3"] = r["r2"]
    if p.cls == "hollow":
        r.setdefault("r2", "و")
    if p.cls == "assimilated":
        r.setdefault("r1", "و")
    keys = ("r1", "r2", "r3")
    if not all(r.get(k) for k in keys):
        return None
    return "".join(r[k] for k in keys)


def _readings(core: str) -> list[tuple[str, str, str, bool]]:
    """(person prefix, stem, ending, imperfect) splits of a clitic-free core."""
    t: dict[str, Any] = data_files.load("claimdiff", "verb_templates.json")
    out: list[tuple[str, str, str, bool]] = []
    for s in t["perfect_suffixes"]:
        if core.endswith(s) and len(core) - len(s) >= 3:
            out.append(("", core[: len(core) - len(s)], s, False))
    out.sort(key=lambda r: -len(r[2]))  # انشقت: انشق + ت before a stem انشقت
    for p in t["imperfect_prefixes"]:
        if not core.startswith(p) or p == "ا":
            continue
        for s in t["imperfect_endings"]:
            if core.endswith(s) and len(core) - len(s) - 1 >= 3 and s != "ن":
                out.append((p, core[1 : len(core) - len(s)], s, True))
    return out


def _plausible(p: _Pattern, imperfect: bool, ending: str) -> bool:
    """A marked reading of a shape nouns share: only where a noun would rarely take the mark.

    A hollow stem needs a plural ending (سنتين is no سـ + نتين), and the perfect of III and IV
    (فاعل، أفعل: the shapes of participles, names and elatives) is left to the lexicon."""
    if p.cls == "hollow" and ending not in ("ون", "وا", "ان"):
        return False
    return imperfect or p.form not in (3, 4)


def _sound_enough(root: str, distinctive: bool) -> bool:
    """Outside the distinctive forms a guessed root has no weak letter (سنتين is no سـ + نتين)."""
    return distinctive or not any(c in "وي" for c in root)


@cache
def _class(root: str, form: int) -> str:
    """The template class ``root`` uses in ``form`` (sound where the form has no special one)."""
    cls = conjugate.root_class(root, form)
    spec = data_files.load("claimdiff", "verb_templates.json")["forms"][str(form)]
    return cls if cls in spec else "sound"


def guess(word: str, ta_marbuta: bool) -> list[Guess]:
    """Verb readings of a folded word by template shape alone, most likely first."""
    if ta_marbuta:
        return []
    out: list[Guess] = []
    for sp in clitics.splits(word):
        if not sp.verbal or sp.core.startswith("ال") or len(sp.core) < 4:
            continue  # no template guessed here starts with ال, and none has fewer than four letters
        future = bool(sp.prefixes) and sp.prefixes[-1] == "س"  # لـ goes before nouns far more often
        for _prefix, stem, ending, imperfect in _readings(sp.core):
            if future and not imperfect:
                continue
            marked = future or ending in _STRONG_ENDINGS
            for p in _by_shape().get((imperfect, len(stem)), ()):
                forms = _DISTINCTIVE_IMPERFECT if imperfect else _DISTINCTIVE_PERFECT
                distinctive = p.form in forms and p.cls != "hollow"  # انسان is no verb
                if not (marked or distinctive):
                    continue
                if not distinctive and not _plausible(p, imperfect, ending):
                    continue
                if not imperfect and p.form == 8 and stem.startswith("ال"):
                    continue  # التهم: the article, not form VIII of a root in ل
                m = p.regex.match(stem)
                root = _root(m, p, marked) if m else None
                if root is None or _class(root, p.form) != p.cls or not _sound_enough(root, distinctive):
                    continue
                lemma = conjugate.lemma_of(root, p.form)
                score = _DOUBT + _PER_CLITIC * (len(sp.prefixes) + bool(sp.enclitic))
                suffixes = tuple(x for x in (ending, sp.enclitic) if x)
                out.append(Guess(sp.prefixes, stem, suffixes, root, p.form, lemma, score))
                break
    out.sort(key=lambda g: g.score)
    return out
