"""The pass over one range: each number with its unit, its qualifier and its second bound."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimdiff.entities.keys import ARTICLE, core
from claimdiff.quantities.exclusions import Exclusions
from claimdiff.quantities.lexicon import CURRENCY
from claimdiff.quantities.reading import Num, clitic_readings
from claimdiff.schema import Qualifier

_VERB_REACH = 5  # words between a qualifying verb and its number: تتجاوز [قيمة الاستثمارات المقررة فيها] 400
_CHANGE_REACH = 4  # words between a verb of change and its from-to: ارتفع [سعر ربطة الخبز] من 400 إلى 4000
_FLIP = {Qualifier.at_least: Qualifier.at_most, Qualifier.at_most: Qualifier.at_least}


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity in folded offsets."""

    start: int
    end: int
    value: float
    upper: float | None
    unit: str | None
    qualifier: Qualifier


class Scanner(Exclusions):
    """Quantities in the tokens of one range of a folded text."""

    # -- around the number ----------------------------------------------------------------
    def unit_after(self, j: int) -> tuple[str | None, int, bool]:
        """The counted noun after token j: (unit, token after it, whether the unit is a known one)."""
        if j < len(self.toks) and self.toks[j].kind == "punct" and self.toks[j].text == "%":
            return "percent", j + 1, True
        after = self.words_after(j, 3)
        if not after:
            return None, j, False
        for n in (2, 1):
            if len(after) >= n:
                phrase = tuple(w for _, w in after[:n])
                for form, _ in clitic_readings(phrase[0]):
                    key = (form, *phrase[1:])
                    unit = self.lex.units.get(key) or self.lex.units.get((core(form), *phrase[1:]))
                    if unit:
                        return unit, after[n - 1][0] + 1, True
        k, word = after[0]
        if word == "من" and len(after) > 1 and after[1][1].startswith(ARTICLE):
            k, word = after[1]  # partitive: 2900 من المقاتلين
            unit = self.lex.units.get((core(word),))
            return unit or core(word), k + 1, unit is not None
        if (
            self.toks[k].kind == "word"
            and not word.startswith("و")
            and word not in self.lex.not_units
            and not self.is_date_word(word)
            and self.word_entry(k) is None
            and len(word) > 1
            and not word.isascii()
        ):
            return core(word), k + 1, False
        return None, j, False

    def qualifier_before(self, k: int) -> Qualifier | None:
        words = self.words_before(k, 7, CURRENCY)  # up to $20,000
        for phrase, q in self.lex.before:
            if self.ends_with(words, phrase):
                return self.negated(words[: len(words) - len(phrase)], q)
        # a verb of exceeding with its subject between: لم يتجاوز إنتاج الموسم الماضي 900 ألف طن
        for i in range(len(words) - 2, max(-1, len(words) - 2 - _VERB_REACH), -1):
            verb = next(
                (
                    self.lex.verb_qualifiers[f]
                    for f, _ in clitic_readings(words[i])
                    if f in self.lex.verb_qualifiers
                ),
                None,
            )
            if verb is not None:
                between = words[i + 1 :]
                if any(self.word_entry_text(w) for w in between):
                    return None
                return self.negated(words[:i], verb)
        return None

    def negated(self, before: Sequence[str], q: Qualifier) -> Qualifier:
        """'لا تكفي أكثر من ساعتين', 'لم يتجاوز 250': a negation just before turns a bound around."""
        if any(any(f in self.lex.negations for f, _ in clitic_readings(w)) for w in before[-2:]):
            return _FLIP.get(q, q)
        return q

    def word_entry_text(self, word: str) -> bool:
        return any(form in self.lex.words for form, _ in clitic_readings(word))

    def qualifier_after(self, j: int) -> Qualifier | None:
        words = [w for _, w in self.words_after(j, 5)]
        for i in range(len(words)):
            for phrase, q in self.lex.after:
                n = len(phrase)
                hit = tuple(words[i : i + n]) == phrase or (
                    n == 1 and any(f == phrase[0] for f, _ in clitic_readings(words[i]))
                )
                if hit and words[i + n : i + n + 1] != ["من"]:  # وأكثر من 2000: about the next number
                    return q
        return None

    def range_end(self, num: Num) -> Num | None:
        """The upper bound of بين A وB، من A إلى B، A-B."""
        j = num.end
        if j >= len(self.toks):
            return None
        before = self.words_before(num.start, _CHANGE_REACH + 1, CURRENCY)
        opener = next((f for w in before[-1:] for f, _ in clitic_readings(w) if f in ("بين", "من")), None)
        if before[-1:] in (["between"], ["from"]):
            return self.english_range_end(num, before[-1])
        if opener == "من" and any(
            f in self.lex.change_verbs for w in before[:-1] for f, _ in clitic_readings(w)
        ):
            return None  # ارتفع من 400 إلى 4000: a before and an after, not a range
        tok = self.toks[j]
        nxt: int | None = None
        if opener == "بين" and tok.kind == "word" and tok.text == "و" and j + 1 < len(self.toks):
            nxt = j + 1 if self.gap(j, j + 1).strip() == "" else None
        elif opener == "بين" and tok.kind == "word" and self.word_entry(j, proclitic="و") is not None:
            other = self.read_words(j)
            return other if other is not None and other.skip == 1 else None
        else:
            to_word = (
                opener == "من" and tok.kind == "word" and tok.text in ("الي", "حتي") and self.plain(j, j + 1)
            )
            dash = (
                tok.kind == "punct"
                and tok.text == "-"
                and j + 1 < len(self.toks)
                and self.toks[j + 1].kind == "num"
            )
            nxt = j + 1 if to_word or dash else None
        if nxt is None or nxt >= len(self.toks):
            return None
        if self.toks[nxt].kind == "num" and self.machine_like(nxt):
            return None
        return self.read(nxt)

    def english_range_end(self, num: Num, opener: str) -> Num | None:
        """between A and B, from A to B ($250bn and $400bn)."""
        j = num.end
        link = "and" if opener == "between" else "to"
        if j >= len(self.toks) or self.toks[j].text != link:
            return None
        nxt = j + 1
        if nxt < len(self.toks) and self.toks[nxt].kind == "punct" and self.toks[nxt].text in CURRENCY:
            nxt += 1
        if nxt >= len(self.toks) or self.toks[nxt].kind != "num" or self.machine_like(nxt):
            return None
        if opener == "from" and any(w in self.lex.change_verbs for w in self.words_before(num.start, 3)):
            return None
        return self.read_digits(nxt)

    # -- the pass ---------------------------------------------------------------------------
    def scan(self) -> list[Found]:
        """Every quantity of the range, left to right."""
        out: list[Found] = []
        k = 0
        toks = self.toks
        while k < len(toks):
            tok = toks[k]
            num: Num | None = None
            if tok.kind == "num":
                num = None if self.machine_like(k) else self.read_digits(k)
            elif tok.kind == "word":
                num = self.read_words(k)
                dual = self.dual(k) if num is None else None
                if dual is not None:
                    out.append(dual)
            if num is None:
                k += 1
                continue
            result = self.quantity(num)
            if result is not None:
                out.append(result[0])
            k = max(result[1], num.end) if result is not None else num.end
        return out

    def quantity(self, num: Num) -> tuple[Found, int] | None:
        if num.digits and (self.alone_on_line(num.start) or self.identifier(num.start)):
            return None
        if self.date_context(num.start, num.end):
            return None
        upper_num = self.range_end(num)
        last = upper_num or num
        value, upper = num.value, None
        if upper_num is not None:
            upper = upper_num.value
            if upper > value and upper_num.value != value and num.end - num.start == 1 and num.digits:
                scale = self.scale_of(upper_num)
                if scale > 1 and value * scale <= upper:
                    value *= scale
        unit, end, known = self.unit_after(last.end)
        if self.definite(num) and not (end > last.end and self.toks[last.end].text == "من"):
            unit, end, known = None, last.end, False  # المصابين الـ86: its noun came before it
        if upper_num is not None and self.year_like(num) and self.year_like(upper_num) and not known:
            return None  # بين 2011 و2015: a span of years, not a count
        qualifier = self.qualifier_before(num.start)
        if qualifier is None and upper_num is None:
            qualifier = self.qualifier_after(end)
        if (
            self.year_like(num)
            and upper_num is None
            and (self.after_year_cue(num.start) or not (known or qualifier is not None))
        ):
            return None  # a year: only a known unit or a qualifier makes it a count
        if num.digits and unit is None and (self.in_brackets(num.start) or self.quoted_name(num)):
            return None
        start = self.toks[num.start].start + num.skip
        stop = self.toks[last.end - 1].end
        if unit is not None and all(t.kind == "word" or t.text == "%" for t in self.toks[last.end : end]):
            stop = self.toks[end - 1].end  # the counted noun, unless punctuation stands between
        return Found(start, stop, value, upper, unit, qualifier or Qualifier.exact), end

    def scale_of(self, num: Num) -> float:
        if num.end - num.start < 2:
            return 1.0
        entry = self.word_entry(num.end - 1, proclitic="")
        return entry[1] if entry is not None and entry[0] in ("scale", "pscale") else 1.0

    def dual(self, k: int) -> Found | None:
        tok = self.toks[k]
        for form, skip in clitic_readings(tok.text):
            unit = self.lex.duals.get(form)
            if unit is not None:
                qualifier = self.qualifier_before(k) or self.qualifier_after(k + 1) or Qualifier.exact
                return Found(tok.start + skip, tok.end, 2.0, None, unit, qualifier)
        return None
