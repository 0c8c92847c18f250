"""The comparison lexicons: their size, their invariants, and the loader's refusal of broken data."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from itertools import product
from typing import Any

import pytest

from claimdiff import data_files
from claimdiff.compare import lexicons as lx
from claimdiff.text.normalize import fold_str

_RAW_WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*"
)  # letters, no tatweel
_POS = ("verb", "masdar", "adj", "noun", "adv")
# keys whose values are prose, labels or names of other lists, not language data
_NOT_WORDS = frozenset(
    {"about", "note", "class", "kind", "pos", "family", "applies", "tense", "name", "modality_lists"}
    | {"negation_applies", "distinct_feminines", "story_classes"}
)


def _raw(name: str) -> dict[str, Any]:
    return copy.deepcopy(data_files.load("claimdiff", f"compare/{name}"))


def _pair_words(p: lx.Pair) -> Iterator[tuple[str, str]]:
    for side in (p.a, p.b):
        for pos in _POS:
            for w in getattr(side, pos):
                yield pos, w


def _all_words() -> Iterator[str]:
    for p in lx.antonyms().pairs:
        yield from (w for _, w in _pair_words(p))
    yield from (c.cue for c in lx.negation().cues)
    for lv in lx.factivity().levels:
        yield from lv.cues
    for cls in lx.counts().classes.values():
        yield from cls.units
        yield from cls.cues
    for words in lx.substitution().classes.values():
        yield from words


def _inflection_of(word: str, others: set[str], suffixes: tuple[str, ...]) -> str | None:
    """The entry of ``others`` that ``word`` is an inflection of (an added article or suffix)."""
    if word.startswith("ال") and word[2:] in others:
        return word[2:]
    return next((word[: -len(s)] for s in suffixes if word.endswith(s) and word[: -len(s)] in others), None)


# --- antonyms -----------------------------------------------------------------------------------


def test_at_least_300_distinct_pairs_in_every_class() -> None:
    pairs = lx.antonyms().pairs
    distinct = {frozenset((p.a.members, p.b.members)) for p in pairs}
    assert len(distinct) == len(pairs) >= 300
    by_class = {c: sum(p.kind == c for p in pairs) for c in lx.OppositionClass.__args__}
    assert all(n >= 10 for n in by_class.values()), by_class


def test_pairs_cover_verbs_masdars_and_adjectives() -> None:
    pairs = lx.antonyms().pairs
    for pos in ("verb", "masdar", "adj"):
        assert sum(bool(getattr(p.a, pos) and getattr(p.b, pos)) for p in pairs) >= 100, pos


def test_no_pair_shares_a_member_between_its_sides() -> None:
    for p in lx.antonyms().pairs:
        assert not p.a.members & p.b.members, p


def test_no_opposition_is_listed_in_two_pairs() -> None:
    seen: dict[frozenset[str], lx.Pair] = {}
    for p in lx.antonyms().pairs:
        for x, y in product(p.a.members, p.b.members):
            key = frozenset((x, y))
            assert key not in seen, (p, seen[key])
            seen[key] = p


def test_index_finds_both_sides_and_broken_plurals() -> None:
    ant = lx.antonyms()
    index = ant.index()
    for i, p in enumerate(ant.pairs):
        for name, side in (("a", p.a), ("b", p.b)):
            for w in side.members:
                assert all((i, name) in index[f] for f in (w, *ant.broken_plurals.get(w, ()))), w


def test_broken_plurals_are_not_sound_plurals_or_members() -> None:
    ant = lx.antonyms()
    members = {w for p in ant.pairs for w in p.a.members | p.b.members}
    assert len(ant.broken_plurals) >= 30
    for singular, plurals in ant.broken_plurals.items():
        assert plurals, singular
        for pl in plurals:
            assert pl not in members, pl
            assert not pl.startswith(singular), (singular, pl)  # مصابون is the matcher's, not a broken plural


def test_antonym_entries_are_base_forms() -> None:
    pairs = lx.antonyms().pairs
    by_pos = {pos: {w for p in pairs for side in (p.a, p.b) for w in getattr(side, pos)} for pos in _POS}
    suffixes = {
        "verb": ("ت", "وا", "تا", "نا", "ن"),
        "masdar": ("ات", "ا"),
        "adj": ("ه", "ات", "ين", "ون", "ا", "ان"),
        "noun": ("ات", "ين", "ون", "ا"),
        "adv": ("ا",),
    }
    for pos, words in by_pos.items():
        for w in words:
            assert " " not in w, (pos, w)
            assert _inflection_of(w, words, suffixes[pos]) is None, (pos, w)
        if pos == "verb":
            # an imperfect (يرتفع، يوقف) would be a listed perfect with a prefix
            assert not [w for w in words if w[0] == "ي" and ("ا" + w[1:] in words or w[1:] in words)]
    # as written (before folding), only a form VIII verb or masdar of a root in ل begins with ال (التزم)
    raw = {
        w
        for p in _raw("antonyms.json")["pairs"]
        for side in (p["a"], p["b"])
        for ws in side.values()
        for w in ws
    }
    assert all(w.startswith("الت") and w[2:] not in raw for w in raw if w.startswith("ال"))


# --- negation and factivity ---------------------------------------------------------------------


def test_every_negation_particle_of_modality_is_typed_here() -> None:
    cues = {c.cue: c for c in lx.negation().cues}
    for w in data_files.load("claimdiff", "modality.json")["negators"]:
        cue = cues.get(fold_str(w))
        assert cue is not None and cue.family == "negation", w


def test_negation_families_each_have_cues() -> None:
    neg = lx.negation()
    for applies in lx.Applies.__args__:
        assert neg.applying(applies), applies
    assert {c.family for c in neg.cues} == set(lx.NegationCue.model_fields["family"].annotation.__args__)


def test_ambiguous_cues_say_when_they_count() -> None:
    ambiguous = [c for c in lx.negation().cues if c.ambiguous]
    assert ambiguous
    assert all(c.note for c in ambiguous)


def test_factivity_ladder_is_ordered_and_references_modality() -> None:
    fa = lx.factivity()
    assert [lv.name for lv in fa.levels] == ["confirmed", "reported", "speculated", "denied"]
    modality = data_files.load("claimdiff", "modality.json")
    for lv in fa.levels:
        assert all(isinstance(modality.get(name), list) for name in lv.modality_lists), lv.name
        assert fa.cues_of(lv.name), lv.name
    with pytest.raises(KeyError):
        fa.cues_of("rumoured")


def test_factivity_cues_do_not_repeat_modality_or_negation() -> None:
    modality = data_files.load("claimdiff", "modality.json")
    elsewhere = {fold_str(w) for v in modality.values() if isinstance(v, list) for w in v}
    elsewhere |= {c.cue for c in lx.negation().cues}
    own = [w for lv in lx.factivity().levels for w in lv.cues]
    assert len(own) == len(set(own))
    assert not set(own) & elsewhere


def test_factivity_levels_do_not_share_cues() -> None:
    fa = lx.factivity()
    names = [lv.name for lv in fa.levels]
    for i, x in enumerate(names):
        for y in names[i + 1 :]:
            assert not fa.cues_of(x) & fa.cues_of(y), (x, y, fa.cues_of(x) & fa.cues_of(y))


# --- counts -------------------------------------------------------------------------------------


def test_count_classes_are_non_empty_and_units_are_base_forms() -> None:
    classes = lx.counts().classes
    assert len(classes) >= 15
    units = {u for c in classes.values() for u in c.units}
    for name, cls in classes.items():
        assert cls.units or cls.cues, name
        for u in cls.units:
            # sound plurals and the accusative are the matcher's (قتيلا، مصابين، إصابات)
            assert _inflection_of(u, units, ("ين", "ون", "ات", "ا")) is None, (name, u)


def test_every_unit_the_claim_reader_knows_has_a_count_class() -> None:
    """quantities.json lists inflected units (قتيلا، مصابين، طائرات); each base form has a class here."""
    units = {u for c in lx.counts().classes.values() for u in c.units}
    missing = []
    for words in data_files.load("claimdiff", "quantities.json")["units"].values():
        for w in map(fold_str, words):
            if not _RAW_WORD.fullmatch(w):
                continue
            bases = {w, w.removesuffix("ا")} | {w[:-2] for s in ("ين", "ون", "ات") if w.endswith(s)}
            bases |= {w[:-2] + "ه" for s in ("ات",) if w.endswith(s)}  # ساعات -> ساعة
            if not bases & units:
                missing.append(w)
    assert not missing


def test_a_cue_points_to_one_class() -> None:
    classes = lx.counts().classes
    unit_of = {u: n for n, c in classes.items() for u in c.units}
    cue_of: dict[str, str] = {}
    for name, cls in classes.items():
        for cue in cls.cues:
            assert cue_of.setdefault(cue, name) == name, (cue, cue_of[cue], name)
            assert unit_of.get(cue, name) == name, (cue, name, unit_of[cue])


def test_measure_factors_have_a_base_unit() -> None:
    for name, cls in lx.counts().classes.items():
        if cls.factors:
            assert cls.kind == "measure", name
            assert 1 in cls.factors.values(), name


def test_generic_units_are_people_or_things_a_cue_can_reassign() -> None:
    classes = lx.counts().classes
    generic = [n for n, c in classes.items() if c.generic]
    assert generic
    assert all(classes[n].kind == "count" for n in generic)
    assert [n for n, c in classes.items() if not c.units and c.cues]  # classes reached only by cues


# --- substitution -------------------------------------------------------------------------------


def test_substitution_classes_are_closed_and_disjoint() -> None:
    sub = lx.substitution()
    owner: dict[str, str] = {}
    for name, words in sub.classes.items():
        assert len(words) >= 4, name
        for w in words:
            assert owner.setdefault(w, name) == name, (w, owner[w], name)
    for group in sub.synonyms:
        assert len({owner[w] for w in group}) == 1, group
        assert {sub.member(w) for w in group} == {(owner[group[0]], group[0])}


def test_substitution_members_are_base_forms() -> None:
    sub = lx.substitution()
    for name, words in sub.classes.items():
        single = {w for w in words if " " not in w}
        suffixes = ("ات", "ين", "ون") if name in sub.distinct_feminines else ("ه", "ات", "ين", "ون")
        for w in single:
            assert _inflection_of(w, single, suffixes) is None, (name, w)


# --- every file ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["antonyms.json", "negation.json", "factivity.json", "counts.json", "substitution.json"]
)
def test_raw_entries_are_plain_arabic_letters(name: str) -> None:
    """No diacritics, tatweel or Latin letters in the data as written (symbols only as units)."""

    def words(node: Any, key: str = "") -> Iterator[str]:
        if isinstance(node, dict):
            if key == "factors":
                yield from node
            for k, v in node.items():
                if k not in _NOT_WORDS:
                    yield from words(v, k)
        elif isinstance(node, list):
            for v in node:
                yield from words(v, key)
        elif isinstance(node, str):
            yield node

    bad = [w for w in words(_raw(name)) if not _RAW_WORD.fullmatch(w) and w not in "%$€£"]
    assert not bad


def test_loaded_words_are_folded() -> None:
    assert all(fold_str(w) == w for w in _all_words())


def test_loaders_are_cached() -> None:
    assert lx.antonyms() is lx.antonyms()
    assert lx.substitution() is lx.substitution()


# --- the loader refuses broken data -------------------------------------------------------------


def _refused(model: type[lx.M], data: dict[str, Any], cause: str) -> None:
    with pytest.raises(lx.LexiconError, match=cause) as info:
        lx.parse(model, data, "broken.json")
    assert str(info.value).startswith("broken.json: ")


def test_refuses_a_pair_whose_sides_share_a_word() -> None:
    data = _raw("antonyms.json")
    data["pairs"][0]["b"]["verb"].append(data["pairs"][0]["a"]["verb"][0])
    _refused(lx.Antonyms, data, "both sides hold")


def test_refuses_an_opposition_listed_twice() -> None:
    data = _raw("antonyms.json")
    data["pairs"].append(copy.deepcopy(data["pairs"][3]))
    _refused(lx.Antonyms, data, "both oppose")


def test_refuses_latin_letters_diacritics_and_unknown_fields() -> None:
    data = _raw("antonyms.json")
    data["pairs"][0]["a"]["verb"] = ["rise"]
    _refused(lx.Antonyms, data, "not Arabic letters")
    data = _raw("antonyms.json")
    data["pairs"][0]["a"]["verb"] = ["ارتفعَ"]  # a fatha folds away: accepted, stored bare
    assert lx.parse(lx.Antonyms, data, "x").pairs[0].a.verb[0] == fold_str("ارتفع")
    data["pairs"][0]["a"]["plural"] = ["ارتفاعات"]
    _refused(lx.Antonyms, data, "Extra inputs are not permitted")


def test_refuses_a_unit_in_two_count_classes() -> None:
    data = _raw("counts.json")
    first, second = list(data["classes"])[:2]
    data["classes"][second]["units"].append(data["classes"][first]["units"][0])
    _refused(lx.Counts, data, "is in both")


def test_refuses_factors_for_words_that_are_not_units() -> None:
    data = _raw("counts.json")
    name = next(n for n, c in data["classes"].items() if c.get("factors"))
    data["classes"][name]["factors"]["فرسخ"] = 5000
    _refused(lx.Counts, data, "not units")


def test_refuses_overlapping_or_empty_substitution_classes() -> None:
    data = _raw("substitution.json")
    first, second = list(data["classes"])[:2]
    data["classes"][second].append(data["classes"][first][0])
    _refused(lx.Substitution, data, "is in both")
    data = _raw("substitution.json")
    data["classes"]["empty"] = []
    _refused(lx.Substitution, data, "is empty")
    data = _raw("substitution.json")
    first, second = list(data["classes"])[:2]
    data["synonyms"].append([data["classes"][first][0], data["classes"][second][0]])
    _refused(lx.Substitution, data, "one class")


def test_refuses_broken_plurals_of_words_in_no_pair() -> None:
    data = _raw("antonyms.json")
    data["broken_plurals"]["فرسخ"] = ["فراسخ"]
    _refused(lx.Antonyms, data, "in no pair")


def test_refuses_a_ladder_out_of_order() -> None:
    data = _raw("factivity.json")
    data["levels"].reverse()
    _refused(lx.Factivity, data, "firmest down")


@pytest.mark.parametrize(
    "noun", sorted({u for c in lx.counts().classes.values() for u in c.units if " " not in u and u.isalpha()})
)
def test_a_counted_noun_makes_a_year_like_number_a_count(noun: str) -> None:
    """The quantity reader knows every counted noun of the count classes, so «2100 هكتار» is
    a count and not the year 2100."""
    from claimdiff.quantities import find_quantities
    from claimdiff.schema import TextRange

    text = f"وقالت السلطات إن النيران أتت على 2100 {noun} منذ الأحد"
    found = find_quantities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="q")
    assert [q.value for q in found] == [2100.0], noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتبلغ حمولة السفينة نحو 40 ألف طن", "weight"),  # not حملة اعتقالات (arrested)
        ("وتنقل السفينة شحنة تبلغ 25 ألف طن", "weight"),  # not نقل إلى المستشفى (injured)
        ("بلغ صافي الاحتياطيات 48.7 مليار دولار", "money"),  # the reader's canonical unit
        ("أسفر الحريق عن مقتل 7 أشخاص", "killed"),  # a generic unit takes its cue's class
    ],
)
def test_count_class_reads_canonical_units_and_whole_cue_phrases(text: str, expected: str) -> None:
    from claimdiff.claims.tokens import tokenize
    from claimdiff.compare.counted import count_class
    from claimdiff.quantities import find_quantities
    from claimdiff.schema import TextRange

    (q,) = find_quantities(text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="q")
    assert count_class(q, tokenize(text, 0, len(text))) == expected


def test_a_list_entry_ending_in_ha_finds_its_feminine() -> None:
    """Folding writes ة as ه, and ه may be a pronoun: the entry متجه must still find متجهة."""
    from claimdiff.compare.opposition import poles_of
    from claimdiff.compare.wordkeys import word_keys

    for written in ("متجهة", "متجه", "المتجهة"):
        assert poles_of(word_keys(fold_str(written))), written


def test_story_classes_are_substitution_classes() -> None:
    sub = lx.substitution()
    assert sub.story_classes and sub.story_classes <= set(sub.classes)
