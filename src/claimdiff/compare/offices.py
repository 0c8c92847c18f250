"""Two offices in one slot: «تحمل الأوراق الجديدة توقيع حاكم المصرف المركزي» / «تحمل العملة
الجديدة توقيع وزير المالية» say two different office-holders signed.

An office is a title or role (the heads of ``named_slots``) with the words of its portfolio right
after it; two offices stand in one slot when the same word, not a name, comes right before each.
An office followed by a person's name is left to the checks of names.  A detector registered
with :func:`claimdiff.compare.cues.detector`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimdiff.compare.cues import Cue, detector
from claimdiff.compare.named_slots import is_title
from claimdiff.compare.pairdiff import PairDiff, Word, same_word
from claimdiff.entities.lookup import entity_kind
from claimdiff.text import morph, numbers

_PORTFOLIO = 3  # words of a portfolio after its title (المصرف المركزي، الدولة للشؤون الاقتصادية)


def _offices(diff: PairDiff, side: int) -> list[tuple[Word, list[Word]]]:
    """Each office of one claim, with the word right before it: (that word, the office's words)."""
    words, own = diff.words[side], diff.own[side]
    out = []
    for n, w in enumerate(words):
        if n == 0 or not is_title(w, strict=True) or words[n - 1].token.start in own:
            continue
        if words[n - 1].text in numbers.words() or words[n - 1].text.isdigit():
            continue  # ألف مرشح: a count, not a slot
        office = [w]
        for v in words[n + 1 : n + 1 + _PORTFOLIO]:
            if v.index != office[-1].index + 1 or morph.best(v.text).pos == "verb":
                break
            if any(entity_kind(e) == "person" for e in own.get(v.token.start, ())):
                office = []  # a name follows: the checks of names compare it
                break
            office.append(v)
        if office:
            out.append((words[n - 1], office))
    return out


@detector("office")
def offices(diff: PairDiff) -> Iterator[Cue]:
    """Two different offices after the same word, each with a word the other claim lacks."""
    lacking = [{w.token.start for w in diff.unmatched[side]} for side in (0, 1)]
    for before_x, office_x in _offices(diff, 0):
        if not any(w.token.start in lacking[0] for w in office_x):
            continue
        for before_y, office_y in _offices(diff, 1):
            if not any(w.token.start in lacking[1] for w in office_y) or not same_word(before_x, before_y):
                continue
            if len(office_x) == len(office_y) and all(map(same_word, office_x, office_y)):
                continue
            x = (office_x[0].token.start, office_x[-1].token.end)
            y = (office_y[0].token.start, office_y[-1].token.end)
            said = f"{diff.x.doc.text[x[0] : x[1]]} / {diff.y.doc.text[y[0] : y[1]]}"
            yield Cue("substitution", said, x, y, 1.0)
            return
