"""Every inflected form of the verbs in ``data/verbs.json``, generated from ``data/verb_templates.json``.

Generation instead of parsing: weak, doubled and hamzated roots are easy to write forward and hard
to undo, so each lexeme is conjugated once and the forms are indexed (folded) for look-up.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimdiff import data_files, derived

# How a written hamza may look once folded (أ إ آ -> ا, ؤ -> و, ئ -> ي, ء stays).
_HAMZA_SEATS = ("ا", "و", "ي", "ء")
_WEAK = "وي"
_DIGITS = "1234"


@dataclass(frozen=True, slots=True)
class Lexeme:
    root: str  # radicals, hamza as ء
    form: int  # 1-10, 11 = QI, 12 = QII
    lemma: str  # folded perfect 3ms
    a_class: bool = False  # hollow I with a in the imperfect (يخاف)


@dataclass(frozen=True, slots=True)
class Entry:
    """One folded surface form (person prefix and subject suffix included, no clitics)."""

    lexeme: Lexeme
    pos: str  # "verb" | "masdar" | "participle"
    stem: str
    prefix: str  # imperfect person prefix, "" otherwise
    suffix: str  # subject suffix or noun ending
    penalty: float  # how much rarer than the plain reading (``penalties`` in the templates)


def _templates() -> dict[str, Any]:
    return data_files.load("claimdiff", "verb_templates.json")


def root_class(root: str, form: int) -> str:
    """The template class of ``root`` in ``form``: sound, hollow, defective, doubled or assimilated."""
    if len(root) == 4:
        return "sound"
    f, a, last = root[0], root[1], root[2]
    if last in _WEAK:
        return "defective"
    if a == last:
        return "doubled"
    if a in _WEAK:
        return "hollow"
    if f in _WEAK or (f == "ء" and form == 8):
        return "assimilated"  # اتّفق; and اتّخذ, the one hamzated root that assimilates
    return "sound"


def _fill(template: str, root: str, infix: dict[str, str]) -> str:
    out = []
    for ch in template:
        if ch in _DIGITS:
            out.append(root[int(ch) - 1])
        elif ch == "Y":
            out.append("ا" if root[-1] == "و" else "ي")
        elif ch == "T":
            out.append(infix.get(root[0], "ت"))
        else:
            out.append(ch)
    return "".join(out)


def hamza_spellings(form: str) -> set[str]:
    """The folded spellings of a form with ء: each hamza on each seat, and آ (ءا) as one alef."""
    if "ء" not in form:
        return {form}
    parts = form.split("ء")
    if len(parts) > 3:
        return {form}
    out: set[str] = set()
    for seats in itertools.product(_HAMZA_SEATS, repeat=len(parts) - 1):
        if not parts[0] and seats[0] != "ا":
            continue  # a word-initial hamza sits on alef
        s = parts[0] + "".join(seat + p for seat, p in zip(seats, parts[1:], strict=True))
        out.add(s)
        if s.startswith("اا"):
            out.add(s[1:])  # آ: a hamza and a long a written as one alef
    return out


def _noun_forms(stem: str, endings: Iterable[str]) -> Iterator[tuple[str, str]]:
    if stem.endswith("ه"):
        base = stem[:-1]
        yield stem, ""
        for e in ("ات", "تان", "تين"):
            yield base + e, e
        return
    for e in endings:
        yield stem + e, e


def _variant(cls: dict[str, Any], key: str) -> list[str]:
    return list(cls.get(key, []))


def _forms_of(
    lex: Lexeme, masdars: list[str], cls_name: str | None = None
) -> Iterator[tuple[str, str, str, str, str, float]]:
    """(surface, pos, stem, prefix, suffix, penalty) of every form of ``lex``, before hamza spelling."""
    t = _templates()
    pen = t["penalties"]
    rare: dict[str, float] = pen["rare_suffixes"]
    spec = t["forms"][str(lex.form)]
    cls = spec.get(cls_name or root_class(lex.root, lex.form), spec["sound"])
    infix = t["form_viii_infix"]

    def fill(tpl: str) -> str:
        return _fill(tpl, lex.root, infix)

    passive = pen["passive_form1"] if lex.form == 1 else pen["passive"]
    perf = [(x, 0.0) for x in _variant(cls, "perf")] + [(x, passive) for x in _variant(cls, "pperf")]
    for tpl, p0 in perf:
        stem = fill(tpl)
        for s in t["perfect_suffixes"]:
            yield stem + s, "verb", stem, "", s, p0 + rare.get(s, 0.0)
    for tpl in _variant(cls, "perfc"):
        stem = fill(tpl)
        for s in t["perfect_consonant_suffixes"]:
            yield stem + s, "verb", stem, "", s, rare.get(s, 0.0)
    for tpl in _variant(cls, "word"):
        w = fill(tpl)
        yield w, "verb", w, "", "", 0.0
    impf = _variant(cls, "impf") if not lex.a_class else ["1ا3"]
    stems = [(x, 0.0) for x in impf] + [(x, passive) for x in _variant(cls, "pimpf")]
    for p in t["imperfect_prefixes"]:
        p0 = pen["first_person"] if p == "ا" else 0.0
        for tpl, p1 in stems:
            stem = fill(tpl)
            for s in t["imperfect_endings"]:
                yield p + stem + s, "verb", stem, p, s, p0 + p1 + rare.get(s, 0.0)
        for tpl in _variant(cls, "impfw"):
            stem = fill(tpl)
            yield p + stem, "verb", stem, p, "", p0
        for tpl in _variant(cls, "juss"):
            stem = fill(tpl)
            yield p + stem, "verb", stem, p, "", p0 + pen["juss"]
    for m in [fill(x) for x in _variant(cls, "masdar")] + masdars:
        for w, e in _noun_forms(m, ("", "ات")):
            yield w, "masdar", m, "", e, 0.0
    for tpl in _variant(cls, "ap") + _variant(cls, "pp"):
        stem = fill(tpl)
        for w, e in _noun_forms(stem, t["noun_endings"]):
            yield w, "participle", stem, "", e, 0.0


def _parse_line(line: str) -> Iterator[tuple[Lexeme, list[str], list[str]]]:
    root, *specs = line.split()
    extras = [s[1:] for s in specs if s.startswith("+")]
    for spec in specs:
        if spec.startswith("+"):
            continue
        head, _, nouns = spec.partition(":")
        a_class = head.endswith("a")
        form = int(head.rstrip("a"))
        lex = Lexeme(root, form, _lemma(root, form, a_class), a_class)
        yield lex, [n for n in nouns.split(",") if n], extras if form == 1 else []


def _lemma(root: str, form: int, a_class: bool) -> str:
    probe = Lexeme(root, form, "", a_class)
    first = next(f[0] for f in _forms_of(probe, []) if f[1] == "verb" and not f[3] and not f[4])
    return canonical(first)


@cache
def lemma_of(root: str, form: int) -> str:
    """The lemma (folded perfect 3ms) of any root in any form, in the lexicon or not."""
    return _lemma(root, form, False)


def canonical(form: str) -> str:
    """One folded spelling of a generated form: a hamza after alef stays (جاء), any other is an
    alef (أكد -> اكد, سأل -> سال, اتّخذ -> اتخذ)."""
    out = []
    for i, ch in enumerate(form):
        out.append("ء" if ch == "ء" and i > 0 and form[i - 1] == "ا" else ("ا" if ch == "ء" else ch))
    s = "".join(out)
    return s[1:] if s.startswith("اا") else s


@cache
def lexemes() -> tuple[Lexeme, ...]:
    """Every verb lexeme of ``data/verbs.json``."""
    seen: dict[tuple[str, int], Lexeme] = {}
    for line in data_files.load("claimdiff", "verbs.json")["verbs"]:
        for lex, _, _ in _parse_line(line):
            seen.setdefault((lex.root, lex.form), lex)
    return tuple(seen.values())


_Form = tuple[str, str, str, str, str, float]


def _add(out: dict[str, dict[Entry, None]], lex: Lexeme, forms: list[_Form]) -> None:
    for surface, pos, stem, prefix, suffix, penalty in forms:
        entry = Entry(lex, pos, canonical(stem), prefix, suffix, penalty)
        for spelled in hamza_spellings(surface):
            out.setdefault(spelled, {})[entry] = None


@cache
def index() -> Mapping[str, tuple[Entry, ...]]:
    """Folded surface form -> the entries that spell it (kept on disk: :mod:`claimdiff.derived`)."""
    if not derived.enabled():
        return _build_index()
    table, lexemes, rows = derived.load_or_build("conjugations", _index_data)
    lex = [Lexeme(*x) for x in lexemes]

    def make(row: str) -> Entry:
        n, pos, stem, prefix, suffix, penalty = row.split("\t")
        return Entry(lex[int(n)], pos, stem, prefix, suffix, float(penalty))

    return derived.Rows(derived.PackedIndex(table), derived.PackedRows(rows), make)


def _index_data() -> tuple[dict[str, str], list[tuple[Any, ...]], tuple[str, bytes]]:
    """:func:`_build_index` as plain data: form -> entry numbers, the lexemes, the entries (one
    string each, tab-separated: a third of the load time of tuples), the index and the entries
    packed in a few strings (:class:`~claimdiff.derived.PackedIndex`, ``PackedRows``)."""
    lex: dict[Lexeme, int] = {}
    rows: dict[Entry, int] = {}
    built = _build_index()
    for entries in built.values():
        for e in entries:
            lex.setdefault(e.lexeme, len(lex))
            rows.setdefault(e, len(rows))
    table = {k: tuple(rows[e] for e in v) for k, v in built.items()}
    lexemes = [(x.root, x.form, x.lemma, x.a_class) for x in lex]
    fields = [(lex[e.lexeme], e.pos, e.stem, e.prefix, e.suffix, repr(e.penalty)) for e in rows]
    rows_text = derived.PackedRows.pack(["\t".join(map(str, f)) for f in fields])
    return derived.PackedIndex.pack(table), lexemes, rows_text


def _build_index() -> dict[str, tuple[Entry, ...]]:
    out: dict[str, dict[Entry, None]] = {}
    for line in data_files.load("claimdiff", "verbs.json")["verbs"]:
        for lex, masdars, extras in _parse_line(line):
            forms = list(_forms_of(lex, masdars))
            if lex.form == 8 and lex.root[0] == "ء":
                forms += _forms_of(lex, masdars, "sound")  # ائتلف beside اتّخذ
            forms += [(w, "verb", w, "", "", 0.0) for w in extras]
            _add(out, lex, forms)
    for lemma, words in data_files.load("claimdiff", "verbs.json")["irregular"].items():
        lex = Lexeme(lemma, 1, lemma)
        _add(out, lex, [(w, "verb", w, "", "", 0.0) for w in words])
    # Of the readings of one spelling, the likeliest first; one entry per lexeme and part of speech.
    index: dict[str, tuple[Entry, ...]] = {}
    for k, v in out.items():
        best: dict[tuple[Lexeme, str], Entry] = {}
        for e in sorted(v, key=lambda e: e.penalty):
            best.setdefault((e.lexeme, e.pos), e)
        index[k] = tuple(best.values())
    return index
