"""Stored look-up tables in few objects, so that reading one back from the derived-data cache
(:mod:`claimdiff.derived`) costs little more than the bytes: an index packed into a few hundred
strings, rows packed into one text, and rows made into their objects on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

T = TypeVar("T")


class PackedIndex(Mapping[str, tuple[int, ...]]):
    """A stored look-up table key -> row numbers, kept as one string per two-letter key prefix
    (``"\\nkey\\t3,17\\n..."``): 600 strings load in a millisecond where a dict of 35,000 keys
    and tuples took 13, and a run looks up a few hundred keys (a substring search each)."""

    def __init__(self, buckets: dict[str, str]) -> None:
        self._buckets = buckets
        self._len: int | None = None

    @staticmethod
    def pack(index: Mapping[str, Sequence[int]]) -> dict[str, str]:
        """The buckets of ``index``, as plain data for :func:`load_or_build`."""
        lines: dict[str, list[str]] = {}
        for key, rows in index.items():
            if not key or "\t" in key or "\n" in key or not rows:
                raise ValueError(f"cannot pack the key {key!r}")
            lines.setdefault(key[:2], []).append(f"{key}\t{','.join(map(str, rows))}")
        return {prefix: "\n" + "\n".join(found) + "\n" for prefix, found in lines.items()}

    def get(self, key: str, default: Any = None) -> Any:
        bucket = self._buckets.get(key[:2])
        if bucket is None or "\n" in key:
            return default
        at = bucket.find(f"\n{key}\t")
        if at < 0:
            return default
        start = at + len(key) + 2
        return tuple(int(n) for n in bucket[start : bucket.index("\n", start)].split(","))

    def __getitem__(self, key: str) -> tuple[int, ...]:
        found: tuple[int, ...] | None = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        for bucket in self._buckets.values():
            for line in bucket.strip("\n").split("\n"):
                yield line.split("\t", 1)[0]

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(b.count("\n") - 1 for b in self._buckets.values())
        return self._len


class PackedRows(Sequence[str]):
    """Stored strings kept as one text and the offsets where each starts: 30,000 short rows load
    as two objects instead of 30,000."""

    def __init__(self, data: tuple[str, bytes]) -> None:
        import array

        self._text = data[0]
        self._starts = array.array("I")
        self._starts.frombytes(data[1])

    @staticmethod
    def pack(rows: Sequence[str]) -> tuple[str, bytes]:
        """The text and offsets of ``rows``, as plain data for :func:`load_or_build`."""
        import array

        starts = array.array("I", [0])
        for row in rows:
            starts.append(starts[-1] + len(row))
        return "".join(rows), starts.tobytes()

    @overload
    def __getitem__(self, n: int) -> str: ...

    @overload
    def __getitem__(self, n: slice) -> Sequence[str]: ...

    def __getitem__(self, n: int | slice) -> str | Sequence[str]:
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        if n < 0:
            n += len(self)
        if not 0 <= n < len(self):
            raise IndexError(n)
        return self._text[self._starts[n] : self._starts[n + 1]]

    def __len__(self) -> int:
        return len(self._starts) - 1


class Rows(Mapping[str, tuple[T, ...]]):
    """A stored look-up table: key -> row numbers, each row made into its object on first use, so
    loading costs no more than the plain data (the rows a run never reaches are never made)."""

    def __init__(
        self, index: Mapping[str, tuple[int, ...]], rows: Sequence[Any], make: Callable[[Any], T]
    ) -> None:
        self._index, self._rows, self._make = index, rows, make
        self._made: dict[int, T] = {}

    def _row(self, n: int) -> T:
        obj = self._made.get(n)
        if obj is None:
            obj = self._made[n] = self._make(self._rows[n])
        return obj

    def __getitem__(self, key: str) -> tuple[T, ...]:
        return tuple(self._row(n) for n in self._index[key])

    def get(self, key: str, default: Any = None) -> Any:  # no KeyError raised for the many misses
        found = self._index.get(key)
        return default if found is None else tuple(self._row(n) for n in found)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


__all__ = ["PackedIndex", "PackedRows", "Rows"]
