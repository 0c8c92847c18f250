"""Names the gazetteer does not know, swapped after the same head noun.

«اندلع الحريق في ولاية بجاية» and «اندلع الحريق في ولاية تيزي وزو» put two names in one slot: the
head (ولاية) matches, the words after it do not.  The heads are the titles of people
(``entities/data/titles.json``) and the kinds of places, bodies and roles in
``data/compare/name_heads.json``.  Two spellings of one name are not a swap (the rapidfuzz ratio
of the two names, spaces removed, stays under ``_SAME_NAME``), and neither is a verb or a word the
two claims share elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz

from claimdiff import data_files, derived
from claimdiff.claims.tokens import QUOTE_MARKS, Token
from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.pairdiff import PairDiff, Word
from claimdiff.text import morph
from claimdiff.text.morphkeys import noun_keys
from claimdiff.text.normalize import fold_str

_SAME_NAME = 75
_NAME_WORDS = 3  # words a name may take after its head
_NOT_NAMES = frozenset({"verb", "participle", "masdar"})


def _keys(*groups: str) -> frozenset[str]:
    """Noun keys of the heads of ``groups``: places, bodies and roles of ``name_heads.json``, and
    the one-word titles of ``entities/data/titles.json``."""
    own = data_files.load("claimdiff", "compare/name_heads.json")
    titles = [t for t in data_files.load("claimdiff.entities", "titles.json")["titles"] if " " not in t]
    words = [w for g in groups for w in (titles if g == "titles" else own[g])]
    return frozenset(noun_keys(fold_str(w))[0] for w in words)


@derived.table()
def heads() -> frozenset[str]:
    """Noun keys of every head noun."""
    return _keys("places", "bodies", "roles", "titles")


@cache
def _titles() -> frozenset[str]:
    """Noun keys of the heads that name an office or a role: who, not where or what."""
    return _keys("roles", "titles")


@cache
def _place_heads() -> frozenset[str]:
    return _keys("places")


@cache
def _portfolios() -> frozenset[str]:
    """Words that follow a title without naming anyone (وزير الخارجية، رئيس الحكومة)."""
    data = data_files.load("claimdiff.entities", "titles.json")
    return frozenset(fold_str(w) for w in data["modifiers"])


@lru_cache(maxsize=16384)
def _keyed(table: frozenset[str], text: str) -> bool:
    """Whether a word is one of ``table``'s heads, whatever its clitics."""
    return any(k in table for k in noun_keys(text))


def _is_head(w: Word) -> bool:
    return _keyed(heads(), w.text)


def is_title(w: Word, *, strict: bool = False) -> bool:
    """Whether a word is a title or role; ``strict``: by its first reading only (سؤال is no والي)."""
    if strict:
        return noun_keys(w.text)[0] in _titles()
    return _keyed(_titles(), w.text)


def _is_place_head(w: Word) -> bool:
    return _keyed(_place_heads(), w.text)


def _describes(w: Word) -> bool:
    """A word that describes rather than names: a verb, a participle or verbal noun, a
    portfolio, or a nisba adjective with the article (الإرهابية، الراديكالية)."""
    t = w.text
    if t in _portfolios() or morph.best(t).pos in _NOT_NAMES:
        return True
    return t.startswith("ال") and t.endswith(("يه", "ي", "يين", "يون"))


def _name_after(words: list[Word], at: int, unmatched: set[int], tokens: Sequence[Token]) -> list[Word]:
    """The unmatched words right after position ``at``: the name the head introduces.  A name
    opens with a word that names (a surname after it may be a nisba: يوسف المهري)."""
    out: list[Word] = []
    for w in words[at + 1 : at + 1 + _NAME_WORDS]:
        if w.token.start not in unmatched or _is_head(w) or morph.best(w.text).pos in _NOT_NAMES:
            break
        if not out and _describes(w):
            return []
        prev = out[-1].index if out else words[at].index
        if any(t.is_word or t.text not in QUOTE_MARKS for t in tokens[prev + 1 : w.index]):
            break  # a name runs on adjacent tokens, quoted or not (مجموعة «إيني»): في الدقيقة ends it
        out.append(w)
    return out


@detector("name")
def named_slots(diff: PairDiff) -> Iterator[Cue]:
    """Two names after one head noun, one in each claim (ميناء الحديدة / ميناء المخا)."""
    (wx, wy), (ux, uy) = diff.words, diff.unmatched
    free_x, free_y = {w.token.start for w in ux}, {w.token.start for w in uy}
    # the other claim's named heads by key, so that a head meets only its own kind
    heads_y: dict[str, list[list[Word]]] = {}
    for j, hy in enumerate(wy):
        if (
            hy.token.start not in free_y
            and _is_head(hy)
            and (name := _name_after(wy, j, free_y, diff.y.tokens))
        ):
            for k in set(noun_keys(hy.text)):
                heads_y.setdefault(k, []).append(name)
    for i, hx in enumerate(wx):
        if hx.token.start in free_x or not _is_head(hx):
            continue
        name_x = _name_after(wx, i, free_x, diff.x.tokens)
        if not name_x:
            continue
        names = {id(n): n for k in set(noun_keys(hx.text)) for n in heads_y.get(k, ())}
        for name_y in names.values():
            if _two_names(name_x, name_y):
                yield _cue(diff, name_x, name_y, anchored=False)
    yield from _places_of_one_slot(diff, free_x, free_y)


def _two_names(a: list[Word], b: list[Word]) -> bool:
    """Whether two names are two (not two spellings of one: close, or one inside the other)."""
    x, y = "".join(w.stem for w in a), "".join(w.stem for w in b)
    return fuzz.ratio(x, y) < _SAME_NAME and x not in y and y not in x


def _cue(diff: PairDiff, name_x: list[Word], name_y: list[Word], *, anchored: bool) -> Cue:
    x = (name_x[0].token.start, name_x[-1].token.end)
    y = (name_y[0].token.start, name_y[-1].token.end)
    said = f"{diff.x.doc.text[x[0] : x[1]]} / {diff.y.doc.text[y[0] : y[1]]}"
    return Cue("entity", said, x, y, 1.0, anchored=anchored)


def _places_of_one_slot(diff: PairDiff, free_x: set[int], free_y: set[int]) -> Iterator[Cue]:
    """Two names after two heads of one kind that one word introduces: «مركز الزلزال يقع في بلدة
    بوتورغه» / «كان مركزه قضاء دوغان شهير» put a town and a district in one slot, the epicentre;
    «طويلة الأجل مع شركة إنرجيا نوفا» / «طويلة الأجل مع مجموعة إيني» two companies in one deal."""
    (wx, wy) = diff.words
    found_y = [
        (hy, kind, name)
        for j, hy in enumerate(wy)
        if (kind := _kind(hy)) and (name := _name_after(wy, j, free_y, diff.y.tokens))
    ]
    for i, hx in enumerate(wx):
        kind = _kind(hx)
        name_x = _name_after(wx, i, free_x, diff.x.tokens) if kind else []
        for hy, kind_y, name_y in found_y if name_x else ():
            if kind_y != kind or (hx.token.start not in free_x and hy.token.start not in free_y):
                continue  # one head in both claims: the names are compared after it, unanchored
            heads = (hx.token.start, hx.token.end), (hy.token.start, hy.token.end)
            if _two_names(name_x, name_y) and diff.anchored(*heads):
                yield _cue(diff, name_x, name_y, anchored=True)  # by the word before the heads


def _kind(w: Word) -> str | None:
    """Which kind of head a word is: of places or of bodies (not of people: a title and a role
    may be one person's)."""
    if _is_place_head(w):
        return "places"
    return "bodies" if _keyed(_body_heads(), w.text) else None


@cache
def _body_heads() -> frozenset[str]:
    return _keys("bodies")


_TITLE_REACH = 6  # content words before a name within which its title may stand


def titled_alike(diff: PairDiff, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Whether two names hold one office: the same title or role comes shortly before each, and
    what lies between title and name matches too (رئيس الهيئة العليا المستقلة للانتخابات منير
    الحمروني / رئيس الهيئة سامي الكعبي), so the president of France is no slot of the president
    of the United States."""
    found: list[set[str]] = []
    for side, span in enumerate((x, y)):
        before = [w for w in diff.words[side] if w.token.end <= span[0]][-_TITLE_REACH:]
        unmatched = {w.token.start for w in diff.unmatched[side]}
        keys: set[str] = set()
        for n, w in enumerate(before):
            between = before[n + 1 :]
            if is_title(w) and not (between and all(v.token.start in unmatched for v in between)):
                keys.update(noun_keys(w.text))
        found.append(keys)
    return bool(found[0] & found[1])
