"""Inside one article: the same count given two values.

An article normally gives a count once, or repeats it: a headline's 606 prisoners and the body's
660, or 68 injured and later "the 86 injured", is the article contradicting itself.  Each
document keeps a ledger per count class of the figures it states as news, and a figure that
cannot agree with one already entered is a finding.  Only counts of things (killed, missing,
spectators, candidates ...) are entered, not measures (percent, money, hours), which an article
gives for many things at once.  A figure is left out of the ledger when it is background (a
pluperfect clause), a part of a total (بينهم 12 طفلا), or in a claim that names a place or a
moment the entered one does not: the toll in another town, or the morning's count.
"""

from __future__ import annotations

from collections import defaultdict

from claimdiff.compare.context import ClaimView, Context
from claimdiff.compare.cues import Cue, interval
from claimdiff.compare.figures import Entry, entries
from claimdiff.compare.typed import examine, finding
from claimdiff.schema import Finding

_KEEP = 3  # figures kept per class and document: each new one is compared with these only


def _compatible(a: Entry, b: Entry) -> bool:
    """Whether two figures can be one count: no place or moment of one that the other lacks."""
    if a.places != b.places and a.places and b.places:
        return False
    return not (a.times and b.times and a.times != b.times)


def ledger_findings(ctx: Context) -> list[Finding]:
    """Findings for counts that one document gives two values that cannot both hold."""
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in ctx.views.values():
        by_doc[v.doc.id].append(v)
    out: list[Finding] = []
    for views in by_doc.values():
        kept: dict[str, list[Entry]] = defaultdict(list)
        for cls, entry in entries(sorted(views, key=lambda v: v.claim.start), ctx.mentions):
            for old in kept[cls]:
                if old.view.claim.id == entry.view.claim.id or not _compatible(old, entry):
                    continue
                (lo_a, hi_a), (lo_b, hi_b) = interval(old.quantity), interval(entry.quantity)
                if lo_a <= hi_b and lo_b <= hi_a:
                    continue
                qa, qb = old.quantity, entry.quantity
                cue = Cue("number", f"{qa.text} / {qb.text}", (qa.start, qa.end), (qb.start, qb.end))
                p = examine(old.view, entry.view, ctx.mentions, 0.0)[3]
                out.append(finding(old.view, entry.view, cue, p))
                break
            if len(kept[cls]) < _KEEP:
                kept[cls].append(entry)
    return out
