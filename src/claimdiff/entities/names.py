"""Names that are not in the gazetteer, found by their context.

A personal name follows a title or honorific (اللواء، الرئيس الفرنسي، نائب وزير الخارجية) or a speech
verb (قال، صرح، أوضح).  The name is read token by token until a stop word, a conjunction, punctuation
or a definite family name (علي المملوك).  Its id comes from its key, the folded tokens without
article, so ``فيصل المقداد`` and ``فيصل مقداد`` share ``name:فيصل-مقداد`` in every document.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from claimdiff import data_files
from claimdiff.entities.gazetteer import AliasIndex, AliasRef
from claimdiff.entities.keys import (
    ARTICLE,
    Candidate,
    ScriptRun,
    core,
    deproclitic,
    is_definite,
    join_particles,
    phrase_key,
    plain_gap,
)
from claimdiff.text import morph
from claimdiff.text.normalize import Folded, fold_str

NAME_PREFIX = "name:"
MAX_NAME_TOKENS = 4
MIN_SURNAME = 4
_MAX_COMPLEMENTS = 10  # words of a title phrase: مدير المكتب الإعلامي في المجلس المحلي لمدينة الباب
_LEAD_GAP_RE = re.compile(r"[ \-\"'(]{0,4}")
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "نا")
_APPOSITION_GAP = re.compile(r" ?, ?")
_APPOSITION_CLOSE = re.compile(r" ?,")
_PREPOSITION_MASDAR = re.compile(r"^لا..+")  # لإعادة، لاستعادة: a preposition and a noun, not a name
_MIN_NISBA_ADJECTIVE = 5


@dataclass(frozen=True, slots=True)
class NameHit:
    """A name over tokens ``[i, j)`` with its key (folded tokens, article removed)."""

    i: int
    j: int
    key: tuple[str, ...]

    @property
    def entity_id(self) -> str:
        return name_id(self.key)


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: AliasIndex
    speech_verbs: frozenset[str]
    modifiers: frozenset[str]
    stop: frozenset[str]
    particles: frozenset[str]
    stop_as_written: frozenset[str]
    adjective_titles: frozenset[str]
    prepositions: frozenset[str]
    linking: frozenset[str]
    kunya: frozenset[str]


def name_id(key: Sequence[str]) -> str:
    """The stable id of a name not in the gazetteer."""
    return NAME_PREFIX + "-".join(key)


def name_key(forms: Sequence[str]) -> tuple[str, ...]:
    """The key of a name from its folded tokens."""
    return tuple(core(f) for f in join_particles(forms))


@cache
def lexicon() -> Lexicon:
    """Titles, title modifiers, stop words and particles (``titles.json``), and the verbs of saying
    a name may follow (``say_verbs.json``), folded."""
    data = data_files.load("claimdiff.entities", "titles.json")
    titles = AliasIndex()
    for t in data["titles"]:
        titles.add(phrase_key(fold_str(t), exact=True), AliasRef("title"))

    def folded_set(name: str) -> frozenset[str]:
        return frozenset(core(fold_str(w)) for w in data[name])

    return Lexicon(
        titles=titles,
        # the one list of verbs of saying, by lemma: every inflection is read by the morphology
        speech_verbs=frozenset(
            fold_str(v["verb"])
            for v in data_files.load("claimdiff", "say_verbs.json")["verbs"]
            if v.get("speaker_after")
        ),
        modifiers=folded_set("modifiers"),
        stop=folded_set("stop"),
        particles=frozenset(fold_str(w) for w in data["particles"]),
        stop_as_written=frozenset(data.get("stop_as_written", [])),
        adjective_titles=frozenset(fold_str(w) for w in data.get("adjective_titles", [])),
        prepositions=frozenset(fold_str(w) for w in data.get("title_prepositions", [])),
        linking=frozenset(fold_str(w) for w in data.get("linking_modifiers", [])),
        kunya=frozenset(fold_str(w) for w in data.get("kunya", [])),
    )


def _said(form: str, lemmas: frozenset[str]) -> bool:
    """Whether a folded word is read as a verb of saying (قالت، يقول، أضاف)."""
    best = morph.analyze(form)[0]
    return best.pos == "verb" and best.lemma in lemmas


class _Reader:
    """Reads names in one range's tokens, given what the gazetteer already took."""

    def __init__(
        self,
        f: Folded,
        tokens: Sequence[ScriptRun],
        cands: Sequence[Sequence[Candidate]],
        covered: Collection[int],
        nisba: Collection[str],
        bodies: Collection[int],
    ) -> None:
        self.f, self.tokens, self.cands, self.covered, self.nisba = f, tokens, cands, covered, nisba
        self.bodies = bodies
        self.lex = lexicon()

    def title_end(self, k: int) -> int | None:
        found = self.lex.titles.matches_at(self.tokens, self.cands, k, self.f.text)
        if not found:
            return None
        end = found[0][0]
        if end == k + 1 and self.adjective_use(k):
            return None
        return end

    def adjective_use(self, k: int) -> bool:
        """A title that is also an adjective (الصحفي) agrees with the noun before it: مؤتمره الصحفي."""
        if self.tokens[k].text not in self.lex.adjective_titles or k == 0:
            return False
        prev = self.tokens[k - 1]
        if prev.script != "a" or not plain_gap(self.f.text, prev.end, self.tokens[k].start):
            return False
        if self.is_speech_verb(k - 1):
            return False
        return is_definite(prev.text) or prev.text.endswith(_PRONOUN_SUFFIXES)

    def written(self, k: int) -> str:
        tok = self.tokens[k]
        return self.f.original_slice(tok.start, tok.end)

    def definite(self, k: int) -> bool:
        """The token carries the article as written: bare alef and lam (not أليكسي, إلياس, آل)."""
        return self.tokens[k].text.startswith(ARTICLE) and self.written(k).startswith("ال")

    def is_kunya(self, k: int) -> bool:
        """A kunya particle (أبو) written alone before an Arabic word that is not a common word."""
        tok = self.tokens[k]
        if tok.text not in self.lex.kunya or k + 1 >= len(self.tokens):
            return False
        nxt = self.tokens[k + 1]
        return (
            nxt.script == "a"
            and plain_gap(self.f.text, tok.end, nxt.start)
            and not self.is_word(nxt.text)
            and k + 1 not in self.covered
        )

    def kunya_name(self, k: int) -> NameHit | None:
        """أبو محمد and the definite family names or nisbas after it (أبو عمر الشامي); with no title
        or verb before it, an indefinite word after the kunya's name is not taken (أبو محمد [يعمل])."""
        hit = self.read(k, strict=False)
        if hit is None or hit.j - hit.i < 2:
            return None
        j = hit.i + 2
        while j < hit.j and self.definite(j):
            j += 1
        return NameHit(hit.i, j, name_key([self.tokens[t].text for t in range(hit.i, j)]))

    def is_speech_verb(self, k: int) -> bool:
        tok = self.tokens[k]
        return tok.script == "a" and any(
            _said(form, self.lex.speech_verbs) for form, _ in deproclitic(tok.text)
        )

    def is_word(self, form: str) -> bool:
        """A common word, title word, modifier or nationality adjective: never part of a name."""
        c = core(form)
        lex = self.lex
        return (
            c in lex.stop or form in lex.stop or c in lex.modifiers or c in self.nisba or form in self.nisba
        )

    def skip_modifiers(self, p: int) -> int:
        """Past title complements: وزير [الدفاع] [الفرنسي], نائب [وزير] [الخارجية] [السوري].

        After a title in the construct state (مدير، وزير، المتحدث باسم) a definite word is what the
        title governs (مدير المرصد), never a surname; after a definite title (الرئيس الأسد) it may be.
        """
        construct = not self.tokens[p - 1].text.startswith(ARTICLE)
        text = self.f.text
        for _ in range(_MAX_COMPLEMENTS):
            if p >= len(self.tokens) or not plain_gap(text, self.tokens[p - 1].end, self.tokens[p].start):
                return p
            end = self.title_end(p)
            if end is not None:
                p = end
                construct = not self.tokens[p - 1].text.startswith(ARTICLE)
                continue
            tok = self.tokens[p]
            if tok.text in self.lex.prepositions and self.governed_after_preposition(p + 1):
                p += 1  # المنسق المقيم [في] سوريا، الباحث [في] شؤون الجماعات
                continue
            # و joins complements (الدفاع والمغتربين), ل marks one (لهيئة الزراعة، لشؤون)
            forms = [f for f, _ in deproclitic(tok.text)] if tok.text.startswith(("و", "ل")) else [tok.text]
            governed = construct and tok.script == "a" and is_definite(tok.text) and p not in self.covered
            lexical = any(core(f) in self.lex.modifiers or core(f) in self.nisba for f in forms)
            if tok.text in self.lex.linking:
                if not self.complement_follows(p + 1):
                    return p  # باسم [نعيم] is a name; باسم [الوزارة] links the title to its body
                p, construct = p + 1, True
                continue
            if p in self.bodies or governed or (tok.script == "a" and lexical):
                p += 1
                continue
            return p
        return p

    def complement_follows(self, p: int) -> bool:
        if p >= len(self.tokens) or not plain_gap(self.f.text, self.tokens[p - 1].end, self.tokens[p].start):
            return False
        return p in self.bodies or is_definite(self.tokens[p].text)

    def governed_after_preposition(self, p: int) -> bool:
        """After a title, في takes a place or body (في سوريا) or a portfolio (في شؤون)."""
        if p >= len(self.tokens) or not plain_gap(self.f.text, self.tokens[p - 1].end, self.tokens[p].start):
            return False
        tok = self.tokens[p]
        return p in self.bodies or (tok.script == "a" and core(tok.text) in self.lex.modifiers)

    def read(self, p: int, *, strict: bool) -> NameHit | None:
        """The name starting at token ``p``; ``strict`` after a speech verb (no common nouns)."""
        toks: list[int] = []
        q = p
        text = self.f.text
        apposition = False  # "مدير المكتب، خالد أحمد، أن": a name set off by commas
        while q < len(self.tokens) and len(toks) < MAX_NAME_TOKENS + 2 and q not in self.covered:
            tok = self.tokens[q]
            prev_end = self.tokens[q - 1].end if q else tok.start
            if q == p:
                if q and _LEAD_GAP_RE.fullmatch(text, prev_end, tok.start) is None:
                    if _APPOSITION_GAP.fullmatch(text, prev_end, tok.start) is None:
                        break
                    apposition = True
            elif not plain_gap(text, prev_end, tok.start):
                break
            bound = bool(toks) and self.tokens[toks[-1]].text in self.lex.particles and tok.script == "a"
            if tok.script == "d" or not (bound or self.name_like(q, first=q == p, strict=strict)):
                break  # a particle takes the next word whatever it is: عبد [الله]، أبو [محمد]
            toks.append(q)
            q += 1
            if tok.text in self.lex.particles:
                continue
            after_particle = len(toks) > 1 and self.tokens[toks[-2]].text in self.lex.particles
            if (self.definite(q - 1) and not after_particle) or sum(
                self.tokens[t].text not in self.lex.particles for t in toks
            ) >= 4:
                break  # a definite family name ends the name (علي المملوك), not عبد [اللطيف]
        while toks and self.tokens[toks[-1]].text in self.lex.particles:
            toks.pop()
        if not toks:
            return None
        if apposition:
            after = self.tokens[toks[-1]].end
            if not _APPOSITION_CLOSE.match(text, after):
                return None
        forms = [self.tokens[t].text for t in toks]
        if sum(len(x) for x in forms) < 3:
            return None
        if strict and len(toks) < 2 and self.written(toks[0]).endswith("ة"):
            return None  # after a bare speech verb a lone feminine noun is an object (أعلن خطة)
        return NameHit(toks[0], toks[-1] + 1, name_key(forms))

    def name_like(self, q: int, *, first: bool, strict: bool) -> bool:
        tok = self.tokens[q]
        form = tok.text
        if tok.script == "l":
            return self.written(q)[:1].isupper() and not self.is_word(form)
        if len(form) < 2 or self.is_word(form) or self.title_end(q) is not None:
            return False
        if self.written(q) in self.lex.stop_as_written:
            return False
        if strict and self.common_noun_shape(form, first=first):
            return False
        if first:
            if strict and (is_definite(self.written(q)) or form.endswith("ون")):
                return False
            if form.startswith("و") and any(is_definite(f) for f, s in deproclitic(form) if s):
                return False
            return not any(self.is_word(f) for f, s in deproclitic(form) if s)
        if form.startswith("و") or _PREPOSITION_MASDAR.match(form):
            return False
        return not any(self.is_word(f) or is_definite(f) for f, s in deproclitic(form) if s)

    @staticmethod
    def common_noun_shape(form: str, *, first: bool) -> bool:
        """After a bare speech verb: a feminine plural (منظمات) or an indefinite nisba adjective
        (حقوقية) is a common noun, not part of a name."""
        if len(form) < _MIN_NISBA_ADJECTIVE:
            return False
        return (first and form.endswith("ات")) or (not first and form.endswith(("يه", "يون", "يين")))


def find_names(
    f: Folded,
    tokens: Sequence[ScriptRun],
    cands: Sequence[Sequence[Candidate]],
    covered: Collection[int],
    nisba: Collection[str] = (),
    bodies: Collection[int] = (),
) -> list[NameHit]:
    """Names introduced by a title or a speech verb among tokens not ``covered`` by the gazetteer.

    ``bodies`` are covered tokens naming an organization or place, which a title may take as its
    complement (المتحدث باسم وزارة الخارجية الأمريكية …).
    """
    reader = _Reader(f, tokens, cands, covered, nisba, bodies)
    hits: list[NameHit] = []
    k = 0
    while k < len(tokens):
        if k in covered or tokens[k].script == "d":
            k += 1
            continue
        end = reader.title_end(k)
        hit: NameHit | None = None
        if end is not None:
            hit = reader.read(reader.skip_modifiers(end), strict=False)
        elif reader.is_speech_verb(k) and k + 1 < len(tokens) and reader.title_end(k + 1) is None:
            hit = reader.read(k + 1, strict=True)
        elif reader.is_kunya(k):
            hit = reader.kunya_name(k)
        if hit is not None:
            hits.append(hit)
            k = hit.j
        else:
            k += 1 if end is None else max(end, k + 1)
    return hits
