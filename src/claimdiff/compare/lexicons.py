"""The comparator's language data: oppositions, negation, factivity, what numbers count, substitution classes.

Each file under ``data/compare/`` is read once, validated by the models here and folded with
:func:`claimdiff.text.normalize.fold_str`, so every word a caller gets is comparable with folded text.
A file that breaks its contract raises :class:`LexiconError` naming the file and the cause.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from itertools import product
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from claimdiff import data_files
from claimdiff.errors import ClaimdiffError
from claimdiff.text.normalize import fold_str

_WORDS = re.compile(
    r"[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*"
)  # letters, no tatweel
_SYMBOLS = frozenset("%$€£")


class LexiconError(ClaimdiffError):
    """A comparison data file is missing, malformed or breaks one of its rules."""

    def __init__(self, source: str, cause: str) -> None:
        super().__init__(f"{source}: {cause}")
        self.source = source
        self.cause = cause


def _fold(value: Any) -> Any:
    return fold_str(value) if isinstance(value, str) else value


def _arabic(word: str) -> str:
    if not _WORDS.fullmatch(word):
        raise ValueError(f"{word!r} is not Arabic letters (words separated by one space)")
    return word


def _unit(word: str) -> str:
    return word if word in _SYMBOLS else _arabic(word)


Word = Annotated[str, BeforeValidator(_fold), AfterValidator(_arabic)]
"""A word or fixed phrase, folded, in Arabic letters only."""
Unit = Annotated[str, BeforeValidator(_fold), AfterValidator(_unit)]
"""A unit of count: a :data:`Word` or one of the symbols % $ € £."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- antonyms -----------------------------------------------------------------------------------

OppositionClass = Literal["direction", "state", "stance", "aspect", "quantity", "evaluation", "time"]


class Side(_Model):
    """One pole of an opposition: near-synonymous lemmas by part of speech."""

    verb: tuple[Word, ...] = Field(default=(), description="Perfect, 3rd person masculine singular.")
    masdar: tuple[Word, ...] = Field(default=(), description="Verbal nouns, indefinite singular.")
    adj: tuple[Word, ...] = Field(default=(), description="Adjectives and participles, masculine singular.")
    noun: tuple[Word, ...] = Field(default=(), description="Other nouns (حرب، سلام).")
    adv: tuple[Word, ...] = Field(default=(), description="Adverbs and prepositions (قبل، فوق).")

    @property
    def members(self) -> frozenset[str]:
        """Every word of this side, whatever its part of speech."""
        return frozenset((*self.verb, *self.masdar, *self.adj, *self.noun, *self.adv))

    @model_validator(mode="after")
    def _not_empty(self) -> Side:
        if not self.members:
            raise ValueError("a side needs at least one word")
        return self


class Pair(_Model):
    """Two sides that cannot both hold of one subject at one time."""

    model_config = ConfigDict(populate_by_name=True)

    kind: OppositionClass = Field(alias="class", description="What the opposition is about.")
    a: Side
    b: Side
    needs_same_object: bool = Field(
        description="True when the words clash only over the same object (raise vs cut rates)."
    )
    converse: bool = Field(default=False, description="Swapping the participants turns it into agreement.")
    note: str | None = None

    @model_validator(mode="after")
    def _disjoint(self) -> Pair:
        shared = self.a.members & self.b.members
        if shared:
            raise ValueError(f"both sides hold {sorted(shared)}")
        return self


class Antonyms(_Model):
    """``antonyms.json``: opposition pairs across verbs, verbal nouns and adjectives."""

    version: Literal[1]
    about: str
    pairs: tuple[Pair, ...]
    broken_plurals: dict[Word, tuple[Word, ...]] = Field(
        default_factory=dict, description="Member -> its broken plurals, which no rule derives."
    )

    @model_validator(mode="after")
    def _no_duplicates(self) -> Antonyms:
        members = {w for p in self.pairs for w in p.a.members | p.b.members}
        stray = set(self.broken_plurals) - members
        if stray:
            raise ValueError(f"broken_plurals of words in no pair: {sorted(stray)}")
        seen: dict[frozenset[str], int] = {}
        for i, pair in enumerate(self.pairs):
            for x, y in product(pair.a.members, pair.b.members):
                key = frozenset((x, y))
                if key in seen:
                    raise ValueError(f"pairs {seen[key]} and {i} both oppose {x} and {y}")
                seen[key] = i
        return self

    def index(self) -> dict[str, tuple[tuple[int, Literal["a", "b"]], ...]]:
        """For every word and broken plural, the pairs it belongs to and on which side."""
        out: dict[str, list[tuple[int, Literal["a", "b"]]]] = {}
        for i, pair in enumerate(self.pairs):
            sides: tuple[tuple[Literal["a", "b"], Side], ...] = (("a", pair.a), ("b", pair.b))
            for name, side in sides:
                for w in side.members:
                    for form in (w, *self.broken_plurals.get(w, ())):
                        out.setdefault(form, []).append((i, name))
        return {w: tuple(v) for w, v in out.items()}


# --- negation -----------------------------------------------------------------------------------

Applies = Literal[
    "negates_following_verb",
    "negates_following_noun",
    "negates_predicate",
    "denies_reported_claim",
    "cancels_event",
    "postpones_event",
    "suspends_event",
    "ends_ongoing_state",
    "event_not_realised",
]


class NegationCue(_Model):
    """A word or phrase that negates, denies, cancels or ends what it governs."""

    cue: Word = Field(description="Base form; in a phrase the first word inflects.")
    pos: Literal["particle", "verb", "masdar", "adj", "noun", "phrase"]
    family: Literal["negation", "denial", "retraction", "cessation", "failure", "refusal", "prevention"]
    applies: tuple[Applies, ...] = Field(
        min_length=1, description="What the cue does to the claim it governs."
    )
    tense: Literal["past", "present", "future"] | None = None
    ambiguous: bool = Field(default=False, description="Has a common sense that negates nothing.")
    note: str | None = None


class Negation(_Model):
    """``negation.json``: negation, denial, retraction and cessation cues."""

    version: Literal[1]
    about: str
    cues: tuple[NegationCue, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Negation:
        seen: set[str] = set()
        for c in self.cues:
            if c.cue in seen:
                raise ValueError(f"cue {c.cue!r} listed twice")
            seen.add(c.cue)
        return self

    def applying(self, *applies: Applies) -> tuple[NegationCue, ...]:
        """The cues that do any of ``applies``."""
        return tuple(c for c in self.cues if set(c.applies) & set(applies))


# --- factivity ----------------------------------------------------------------------------------


class FactivityLevel(_Model):
    """One rung of the ladder; its cues are its own plus the modality.json lists it names."""

    name: Literal["confirmed", "reported", "speculated", "denied"]
    rank: int = Field(ge=0, description="Higher is firmer.")
    modality_lists: tuple[str, ...] = ()
    negation_applies: tuple[Applies, ...] = ()
    cues: tuple[Word, ...] = ()


class Factivity(_Model):
    """``factivity.json``: confirmed > reported > speculated > denied."""

    version: Literal[1]
    about: str
    levels: tuple[FactivityLevel, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _ordered(self) -> Factivity:
        ranks = [lv.rank for lv in self.levels]
        if ranks != sorted(set(ranks), reverse=True):
            raise ValueError(f"levels must be listed from firmest down with distinct ranks, got {ranks}")
        return self

    def cues_of(self, level: str) -> frozenset[str]:
        """Every folded cue of ``level``: its own, its modality.json lists and its negation cues."""
        lv = next((lv for lv in self.levels if lv.name == level), None)
        if lv is None:
            raise KeyError(level)
        modality = data_files.load("claimdiff", "modality.json")
        words = set(lv.cues)
        for name in lv.modality_lists:
            words.update(fold_str(w) for w in modality[name])
        words.update(c.cue for c in negation().applying(*lv.negation_applies))
        return frozenset(words)


# --- counts -------------------------------------------------------------------------------------


class CountClass(_Model):
    """What a number counts: the unit nouns written after it and the cues that assign it."""

    kind: Literal["count", "measure"]
    units: tuple[Unit, ...] = ()
    cues: tuple[Word, ...] = ()
    generic: bool = Field(
        default=False, description="Its units are counted by another class when a cue says so."
    )
    factors: dict[Unit, float] = Field(
        default_factory=dict, description="Unit -> multiple of the first unit."
    )
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> CountClass:
        if not self.units and not self.cues:
            raise ValueError("a class needs units or cues")
        stray = set(self.factors) - set(self.units)
        if stray:
            raise ValueError(f"factors for words that are not units: {sorted(stray)}")
        if any(f <= 0 for f in self.factors.values()):
            raise ValueError("factors must be positive")
        return self


class Counts(_Model):
    """``counts.json``: classes of counted things for the numeric check."""

    version: Literal[1]
    about: str
    classes: dict[str, CountClass] = Field(min_length=1)

    @model_validator(mode="after")
    def _units_once(self) -> Counts:
        owner: dict[str, str] = {}
        for name, cls in self.classes.items():
            for u in cls.units:
                if owner.setdefault(u, name) != name:
                    raise ValueError(f"unit {u!r} is in both {owner[u]} and {name}")
        return self

    def class_of_unit(self, unit: str) -> str | None:
        """The class whose units hold the folded ``unit``."""
        return next((n for n, c in self.classes.items() if unit in c.units), None)


# --- substitution -------------------------------------------------------------------------------


class Substitution(_Model):
    """``substitution.json``: closed classes where swapping members in one role is a finding."""

    version: Literal[1]
    about: str
    classes: dict[str, tuple[Word, ...]] = Field(min_length=1)
    synonyms: tuple[tuple[Word, ...], ...] = ()
    distinct_feminines: tuple[str, ...] = ()
    story_classes: frozenset[str] = frozenset()

    @model_validator(mode="after")
    def _closed(self) -> Substitution:
        owner: dict[str, str] = {}
        for name, words in self.classes.items():
            if not words:
                raise ValueError(f"class {name!r} is empty")
            if len(set(words)) != len(words):
                raise ValueError(f"class {name!r} lists a word twice")
            for w in words:
                if owner.setdefault(w, name) != name:
                    raise ValueError(f"{w!r} is in both {owner[w]} and {name}")
        grouped: set[str] = set()
        for group in self.synonyms:
            homes = {owner.get(w) for w in group}
            if len(group) < 2 or None in homes or len(homes) != 1:
                raise ValueError(f"synonyms {list(group)} must be two or more words of one class")
            if grouped & set(group):
                raise ValueError(f"synonyms {list(group)} overlap another group")
            grouped.update(group)
        unknown = set(self.distinct_feminines) - set(self.classes)
        if unknown:
            raise ValueError(f"distinct_feminines names unknown classes {sorted(unknown)}")
        return self

    def member(self, word: str) -> tuple[str, str] | None:
        """``(class, member)`` for a folded word, the member being the first word of its synonym group."""
        for name, words in self.classes.items():
            if word in words:
                group = next((g for g in self.synonyms if word in g), (word,))
                return name, group[0]
        return None


# --- loading ------------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


def parse(model: type[M], data: Mapping[str, Any], source: str) -> M:
    """Validate ``data`` as ``model``; a failure raises :class:`LexiconError` naming ``source``."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise LexiconError(source, f"{where}: {first['msg']}{more}") from None


def _load(model: type[M], name: str) -> M:
    source = f"claimdiff/data/compare/{name}"
    try:
        data = data_files.load("claimdiff", f"compare/{name}")
    except (OSError, ValueError) as exc:
        raise LexiconError(source, str(exc)) from None
    return parse(model, data, source)


@cache
def antonyms() -> Antonyms:
    """The opposition pairs, folded and validated."""
    return _load(Antonyms, "antonyms.json")


@cache
def negation() -> Negation:
    """The negation, denial, retraction and cessation cues."""
    return _load(Negation, "negation.json")


@cache
def factivity() -> Factivity:
    """The factivity ladder, firmest level first."""
    return _load(Factivity, "factivity.json")


@cache
def counts() -> Counts:
    """The classes of what a number counts."""
    return _load(Counts, "counts.json")


@cache
def substitution() -> Substitution:
    """The closed substitution classes."""
    return _load(Substitution, "substitution.json")
