"""Issue 13's store and batch acceptance on distinct articles (``scale.py --acceptance``).

    python benchmarks/scale_accept.py --size 10000 [--sample 50] [--pairs 30] [--jobs 2]
                                      [--nice 19] [--workdir DIR] [--json out.json]

On ``size`` distinct articles from :mod:`scale_corpus` plus ``sample`` new ones that are not
stored (the last ones built, so some share a story with stored articles):

1. ``claimdiff index`` the ``size`` articles: wall, CPU, and the peak RSS of the indexer and of
   its largest worker when the store holds 1,000, 5,000, ... documents (``/proc`` sampled every
   two seconds) and at the end (``wait4``, the whole process tree);
2. ``Store.check`` each new article alone, warm, in one process: median, 90th percentile and
   max, with the time split between analysing it, ``Store.partners``, ``Store.load`` and the
   pair comparisons, and the load average;
3. one ``claimdiff diff --format jsonl`` of the new and the stored articles: wall, CPU, peak RSS;
4. each check's findings against the findings of that diff that involve the new article (and no
   other new one);
5. ``pairs`` pairs of documents with findings between them in that diff, and ``pairs // 3``
   aligned without findings: their findings in the big diff against a ``diff`` of the two alone
   and a ``diff`` of 1,000 articles holding every sampled pair.

Each step keeps its output in the work directory and is skipped when it is there, so a run that
was stopped resumes.  Long steps run under ``nice`` (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CLAIMDIFF = shutil.which("claimdiff", path=str(Path(sys.executable).parent)) or "claimdiff"
MARKS = (1000, 2000, 5000, 10000, 20000, 50000, 100000)


def _tree(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                kids += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return [pid] + [p for k in kids for p in _tree(k)]


def _kib(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _stored(db: str | None) -> int:
    if not db or not os.path.exists(db):
        return -1
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def measure(argv: list[str], *, nice: int, db: str | None = None, log: Path | None = None) -> dict[str, Any]:
    """Run ``argv``; its wall and CPU time, peak RSS (whole tree), and sampled peaks per checkpoint."""
    start, load0 = time.perf_counter(), os.getloadavg()[0]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, preexec_fn=lambda: os.nice(nice))
    peaks = {"parent": 0, "worker": 0}
    marks: dict[int, dict[str, int]] = {}
    loads: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(2.0):
            pids = _tree(proc.pid)
            peaks["parent"] = max(peaks["parent"], _kib(proc.pid, "VmHWM"))
            peaks["worker"] = max([peaks["worker"], *(_kib(p, "VmRSS") for p in pids[1:])])
            loads.append(os.getloadavg()[0])
            n = _stored(db)
            for m in MARKS:
                if n >= m and m not in marks:
                    marks[m] = dict(peaks)
            if log:
                with log.open("a", encoding="ascii") as fh:
                    fh.write(f"{time.time():.0f} stored={n} {json.dumps(peaks)}\n")

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    thread.join()
    return {
        "wall_s": round(time.perf_counter() - start, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "exit": os.waitstatus_to_exitcode(status),
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
        "parent_peak_mib": round(peaks["parent"] / 1024, 1),
        "worker_peak_mib": round(peaks["worker"] / 1024, 1),
        "at_stored": {m: {k: round(v / 1024, 1) for k, v in p.items()} for m, p in marks.items()},
        "load": [round(load0, 2), round(max(loads, default=load0), 2), round(os.getloadavg()[0], 2)],
    }


def child_check(files: list[str], db: str, out: str) -> dict[str, Any]:
    """Time ``Store.check`` of each file alone, warm, and where the time goes."""
    import claimdiff.pipeline
    import claimdiff.scale.pairs
    from claimdiff.plugins import load
    from claimdiff.store import Store

    spent: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)

    def timed(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            result = fn(*args, **kwargs)
            if name == "analyse":
                result = list(result)
            spent[name] += time.perf_counter() - t
            if name == "load":
                counts["partners"] += len(args[0])
            return result

        return wrapper

    claimdiff.pipeline.analyse_each = timed("analyse", claimdiff.pipeline.analyse_each)  # type: ignore[assignment]
    claimdiff.scale.pairs.run = timed("compare", claimdiff.scale.pairs.run)
    plugins = load()
    rows, found = [], {}
    with Store(db) as store:
        store.partners = timed("partners", store.partners)  # type: ignore[method-assign]
        store.load = timed("load", store.load)  # type: ignore[method-assign]
        store.check([files[0]], plugins=plugins)  # warm: gazetteer, first imports, page cache
        for f in files:
            spent.clear()
            counts.clear()
            load0 = os.getloadavg()[0]
            t = time.perf_counter()
            report = store.check([f], plugins=plugins)
            total = time.perf_counter() - t
            new = report.documents[0].id
            found[new] = sorted(finding_keys(report.findings, new))
            rows.append(
                {
                    "id": new,
                    "total_s": round(total, 3),
                    **{f"{k}_s": round(v, 3) for k, v in spent.items()},
                    "partners": counts["partners"],
                    "load": load0,
                }
            )
    Path(out).write_text(json.dumps({"rows": rows, "found": found}), encoding="utf-8")
    return {"checks": len(rows)}


def finding_keys(findings: Any, doc_id: str) -> list[str]:
    return [
        json.dumps([f.code, sorted([e.doc_id, e.start, e.end] for e in f.evidence)])
        for f in findings
        if any(e.doc_id == doc_id for e in f.evidence)
    ]


def _key(f: dict[str, Any]) -> tuple[str, str]:
    """A finding's documents (as one string) and what identifies it whatever the batch."""
    ev = sorted([e["doc_id"], e["start"], e["end"]] for e in f["evidence"])
    return "|".join(sorted({e[0] for e in ev})), json.dumps([f["code"], ev])


def results_of(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """The alignments and findings of a jsonl report, streamed."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith('{"type": "finding"') or line.startswith('{"type": "alignment"'):
                obj = json.loads(line)
                yield obj["type"], obj


def claim_docs(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith('{"type": "claim"'):
                obj = json.loads(line)
                out[obj["id"]] = obj["doc_id"]
    return out


def by_pair(path: Path, wanted: set[str] | None = None) -> dict[str, list[str]]:
    """Finding keys by the documents they involve (``a|b`` for a pair)."""
    out: dict[str, list[str]] = defaultdict(list)
    for kind, obj in results_of(path):
        if kind == "finding":
            docs, key = _key(obj)
            if wanted is None or docs in wanted:
                out[docs].append(key)
    return {k: sorted(v) for k, v in out.items()}


def _diff(files: list[str], out: Path, jobs: int, nice: int, fmt: str = "jsonl") -> dict[str, Any]:
    argv = [CLAIMDIFF, "diff", *files, "--format", fmt, "--output", str(out), "--jobs", str(jobs)]
    return measure(argv, nice=nice)


def run(args: argparse.Namespace) -> dict[str, Any]:
    import scale_corpus

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    size, sample = args.size, args.sample
    files_list = work / "files.txt"
    if not files_list.exists():
        built = scale_corpus.build(work / "corpus", size + sample)
        files_list.write_text("\n".join(built), encoding="utf-8")
    every = files_list.read_text(encoding="utf-8").split("\n")
    stored, fresh = every[:size], every[size:]
    results: dict[str, Any] = {"size": size, "sample": sample, "cores": os.cpu_count()}
    saved = work / "results.json"
    if saved.exists():
        results.update(json.loads(saved.read_text(encoding="utf-8")))

    def step(name: str, fn: Any) -> Any:
        if name not in results:
            print(f"[{time.strftime('%H:%M:%S')}] {name}...", flush=True)
            results[name] = fn()
            saved.write_text(json.dumps(results, indent=2), encoding="utf-8")
        return results[name]

    db = work / f"store-{size}.db"
    step(
        "index",
        lambda: measure(
            [CLAIMDIFF, "index", *stored, "--db", str(db), "--jobs", str(args.jobs)],
            nice=args.nice,
            db=str(db),
            log=work / "index.log",
        ),
    )
    fresh_list = work / "fresh.txt"
    fresh_list.write_text("\n".join(fresh), encoding="utf-8")
    checked = work / "check.json"
    step(
        "check",
        lambda: measure(
            [sys.executable, __file__, "--child-check", str(fresh_list), str(db), str(checked)],
            nice=0,
        ),
    )
    big = work / f"diff-{size + sample}.jsonl"
    step("diff", lambda: _diff([*fresh, *stored], big, args.jobs, args.nice))
    step("agree", lambda: agree(checked, big, fresh))
    step("pairs", lambda: pair_batches(work, big, every, args))
    report(results)
    return results


def agree(checked: Path, big: Path, fresh: list[str]) -> dict[str, Any]:
    """Each check's findings against those one diff of everything gives the new article."""
    data = json.loads(checked.read_text(encoding="utf-8"))
    new_ids = set(data["found"])
    ref: dict[str, list[str]] = defaultdict(list)
    for kind, obj in results_of(big):
        if kind != "finding":
            continue
        docs = {e["doc_id"] for e in obj["evidence"]}
        mine = docs & new_ids
        if len(mine) == 1:
            ref[mine.pop()].append(_key(obj)[1])
    same = [d for d, keys in data["found"].items() if sorted(ref[d]) == keys]
    differ = {d: {"check": len(k), "diff": len(ref[d])} for d, k in data["found"].items() if d not in same}
    times = sorted(r["total_s"] for r in data["rows"])
    return {
        "agree": len(same),
        "checks": len(data["found"]),
        "differ": differ,
        "findings": sum(len(k) for k in data["found"].values()),
        "median_s": statistics.median(times),
        "p90_s": times[int(len(times) * 0.9)],
        "max_s": times[-1],
        "mean_stage_s": {
            k: round(statistics.fmean(r.get(k, 0.0) for r in data["rows"]), 3)
            for k in ("analyse_s", "partners_s", "load_s", "compare_s", "total_s")
        },
        "partners": [min(r["partners"] for r in data["rows"]), max(r["partners"] for r in data["rows"])],
        "load": [min(r["load"] for r in data["rows"]), max(r["load"] for r in data["rows"])],
    }


def pair_batches(work: Path, big: Path, every: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Sampled pairs' findings in the whole batch, alone, and in a batch of 1,000."""
    rng = random.Random(13)
    found = by_pair(big)
    with_findings = sorted(k for k in found if k.count("|") == 1)
    owner = claim_docs(big)
    aligned: set[str] = set()
    for kind, obj in results_of(big):
        if kind == "alignment":
            docs = sorted({owner[c] for c in obj["claim_ids"] if c in owner})
            if len(docs) == 2:
                aligned.add("|".join(docs))
    quiet = sorted(aligned - set(found))
    chosen = rng.sample(with_findings, min(args.pairs, len(with_findings)))
    chosen += rng.sample(quiet, min(args.pairs // 3, len(quiet)))
    path = {Path(p).stem: p for p in every}
    members = sorted({d for pair in chosen for d in pair.split("|")})
    rest = [p for p in every if Path(p).stem not in set(members)]
    batch = [path[d] for d in members] + rng.sample(rest, max(0, min(args.batch, len(every)) - len(members)))
    rng.shuffle(batch)
    thousand = work / f"diff-{args.batch}-batch.jsonl"
    timing = None
    if not thousand.exists():
        timing = _diff(batch, thousand, args.jobs, args.nice)
    in_thousand = by_pair(thousand, set(chosen))
    rows = []
    for pair in chosen:
        a, b = pair.split("|")
        out = work / f"pair-{a}-{b}.jsonl"
        if not out.exists():
            _diff([path[a], path[b]], out, 1, args.nice)
        alone = by_pair(out, {pair}).get(pair, [])
        whole = found.get(pair, [])
        rows.append(
            {
                "pair": pair,
                "findings": len(whole),
                "alone": alone == whole,
                "in_1000": in_thousand.get(pair, []) == whole,
            }
        )
    return {
        "pairs": len(rows),
        "batch": len(batch),
        "with_findings": sum(1 for r in rows if r["findings"]),
        "same_alone": sum(r["alone"] for r in rows),
        "same_in_1000": sum(r["in_1000"] for r in rows),
        "differ": [r for r in rows if not (r["alone"] and r["in_1000"])],
        "diff_1000": timing,
    }


def report(r: dict[str, Any]) -> None:
    x, c, d, a, p = r["index"], r.get("agree"), r["diff"], r.get("agree", {}), r.get("pairs", {})
    print(f"\n{r['size']} distinct articles stored, {r['sample']} new")
    at = sorted(x["at_stored"].items(), key=lambda t: int(t[0]))
    marks = ", ".join(f"{m}: {v['parent']:.0f} / {v['worker']:.0f}" for m, v in at)
    print(
        f"  index: {x['wall_s']:.0f} s wall, {x['cpu_s']:.0f} s CPU, peak RSS {x['peak_rss_mib']:.0f} MiB "
        f"(indexer / largest worker, MiB, at {marks}); load {x['load']}"
    )
    if c:
        print(
            f"  check: median {a['median_s']:.3f} s, p90 {a['p90_s']:.3f} s, max {a['max_s']:.3f} s; "
            f"mean by stage {a['mean_stage_s']}; partners {a['partners']}; load {a['load']}; "
            f"same findings as one diff for {a['agree']}/{a['checks']}"
        )
    print(
        f"  diff --format jsonl of {r['size'] + r['sample']}: {d['wall_s']:.0f} s wall, "
        f"{d['cpu_s']:.0f} s CPU, "
        f"peak RSS {d['peak_rss_mib']:.0f} MiB (parent {d['parent_peak_mib']:.0f}, worker "
        f"{d['worker_peak_mib']:.0f}); load {d['load']}"
    )
    if p:
        print(
            f"  pairs: {p['pairs']} ({p['with_findings']} with findings): the same alone {p['same_alone']}, "
            f"in a batch of {p.get('batch', 1000)} {p['same_in_1000']}, "
            f"as in the batch of {r['size'] + r['sample']}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--pairs", type=int, default=30)
    ap.add_argument("--batch", type=int, default=1000, help="The middle batch holding the sampled pairs.")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--nice", type=int, default=19)
    ap.add_argument("--workdir", default="scale-accept")
    ap.add_argument("--json", help="Write every figure here too.")
    ap.add_argument("--child-check", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_check:
        files, db, out = args.child_check
        print(json.dumps(child_check(Path(files).read_text(encoding="utf-8").split("\n"), db, out)))
        return
    results = run(args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
