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
5. ``pairs`` pairs of stored documents the pair rule accepts (half copies of one story, half of
   two): their findings in the big diff against a ``diff`` of the two alone and one ``diff`` of
   ``--batch`` (1,000) articles holding every sampled pair.

Each step keeps its output in the work directory and is skipped when it is there, so a run that
was stopped resumes.  Long steps run under ``nice`` (the machine is shared).

Step 2 alone, against a store already built (``jobs`` as ``claimdiff check --jobs``; ``setup``
``library``, Python's own collector settings, or ``cli``, those ``claimdiff`` gives its process),
and what such runs measured::

    python benchmarks/scale_accept.py --child-check FRESH.txt STORE.db OUT.json [JOBS [SETUP]]
    python benchmarks/scale_accept.py --summary OUT.json [OUT2.json ...]
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
from scale_rss import kib as _kib  # noqa: E402 - benchmarks/ is not a package
from scale_rss import tree as _tree  # noqa: E402

CLAIMDIFF = shutil.which("claimdiff", path=str(Path(sys.executable).parent)) or "claimdiff"
MARKS = (1000, 2000, 5000, 10000, 20000, 50000, 100000)


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
    peaks = {"parent": 0, "worker": 0, "sum": 0}
    marks: dict[int, dict[str, int]] = {}
    loads: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(1.0):
            pids = _tree(proc.pid)
            peaks["parent"] = max(peaks["parent"], _kib(proc.pid, "VmHWM"))
            # each worker's own peak (VmHWM), and all the processes' resident sets at one time
            peaks["worker"] = max([peaks["worker"], *(_kib(p, "VmHWM") for p in pids[1:])])
            peaks["sum"] = max(peaks["sum"], sum(_kib(p, "VmRSS") for p in pids))
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
        "sum_peak_mib": round(peaks["sum"] / 1024, 1),
        "at_stored": {m: {k: round(v / 1024, 1) for k, v in p.items()} for m, p in marks.items()},
        "load": [round(load0, 2), round(max(loads, default=load0), 2), round(os.getloadavg()[0], 2)],
    }


def child_check(files: list[str], db: str, out: str, jobs: int = 1, setup: str = "library") -> dict[str, Any]:
    """Time ``Store.check`` of each file alone, warm, and where the time goes.

    CPU time counts the forked workers' (``jobs`` over 1).  ``setup`` ``"cli"`` collects garbage
    as ``claimdiff`` sets up its own process (rarer collections; the tables it loads frozen out of
    them); ``"library"`` leaves Python's defaults."""
    import gc
    import resource

    if setup == "cli":
        from claimdiff import derived

        gc.set_threshold(50_000, 20, 100)
        derived.freeze_loaded_tables()
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
    import claimdiff.store.check as checking

    if hasattr(checking, "compare"):  # the pairs, planned and compared (in workers or not)
        checking.compare = timed("pairs", checking.compare)
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
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            t, cpu = time.perf_counter(), time.process_time()
            report = store.check([f], plugins=plugins, jobs=jobs)
            total, cpu = time.perf_counter() - t, time.process_time() - cpu
            done = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu += done.ru_utime + done.ru_stime - kids.ru_utime - kids.ru_stime
            new = report.documents[0].id
            found[new] = sorted(finding_keys(report.findings, new))
            rows.append(
                {
                    "id": new,
                    "total_s": round(total, 3),
                    "cpu_s": round(cpu, 3),
                    **{f"{k}_s": round(v, 3) for k, v in spent.items()},
                    "partners": counts["partners"],
                    "load": load0,
                }
            )
    Path(out).write_text(json.dumps({"rows": rows, "found": found}), encoding="utf-8")
    return {"checks": len(rows)}


def summary(path: str) -> dict[str, Any]:
    """What a ``--child-check`` output says: wall and CPU time per check (median, 90th percentile,
    max, how many under 1 s), the partners and the load average."""
    rows = json.loads(Path(path).read_text(encoding="utf-8"))["rows"]
    out: dict[str, Any] = {"checks": len(rows)}
    for key in ("total_s", "cpu_s"):
        times = sorted(r[key] for r in rows)
        out[key] = {
            "median": round(statistics.median(times), 3),
            "p90": times[int(len(times) * 0.9)],
            "max": times[-1],
            "under_1s": sum(t < 1.0 for t in times),
        }
    out["partners"] = [min(r["partners"] for r in rows), max(r["partners"] for r in rows)]
    out["load"] = [round(min(r["load"] for r in rows), 2), round(max(r["load"] for r in rows), 2)]
    return out


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
        if name not in results and (not args.steps or name in args.steps):
            print(f"[{time.strftime('%H:%M:%S')}] {name}...", flush=True)
            results[name] = fn()
            saved.write_text(json.dumps(results, indent=2), encoding="utf-8")
        return results.get(name)

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
    chosen = step("chosen", lambda: choose_pairs(db, args.pairs))
    step("pair_runs", lambda: run_pairs(work, chosen, every, fresh, args))
    # Against the middle batch first: it holds every pair the checks make, and is much cheaper.
    step("agree_batch", lambda: agree(checked, work / "diff-batch.jsonl", fresh))
    step("pairs_batch", lambda: pair_batches(work, None, chosen))
    big = work / f"diff-{size + sample}.jsonl"
    step("diff", lambda: _diff([*fresh, *stored], big, args.jobs, args.nice))
    step("agree", lambda: agree(checked, big, fresh))
    step("pairs", lambda: pair_batches(work, big, chosen))
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
            for k in ("analyse_s", "partners_s", "load_s", "compare_s", "pairs_s", "total_s", "cpu_s")
        },
        "partners": [min(r["partners"] for r in data["rows"]), max(r["partners"] for r in data["rows"])],
        "load": [min(r["load"] for r in data["rows"]), max(r["load"] for r in data["rows"])],
    }


def choose_pairs(db: Path, count: int) -> list[str]:
    """``count`` pairs of stored documents the pair rule accepts, half of them copies of one story
    (which mostly disagree somewhere), half of two stories, as ``a|b`` (ids in order)."""
    import datetime as dt

    from claimdiff.scale.pairs import Sign, pairs

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute("SELECT rowid, doc_id, published FROM documents ORDER BY rowid").fetchall()
    words: dict[int, list[str]] = defaultdict(list)
    for doc, key in conn.execute("SELECT doc, key FROM keys WHERE key >= 's:' AND key < 's;'"):
        words[doc].append(sys.intern(key[2:]))
    conn.close()
    signs = [Sign(frozenset(words[r]), dt.date.fromisoformat(p) if p else None) for r, _, p in rows]
    ids = [d for _, d, _ in rows]
    found = ["|".join(sorted((ids[i], ids[j]))) for i, j in pairs(signs)]
    story = [p for p in found if len({d.split("_")[0] for d in p.split("|")}) == 1]
    other = sorted(set(found) - set(story))
    rng = random.Random(13)
    return rng.sample(story, min(count - count // 2, len(story))) + rng.sample(
        other, min(count // 2, len(other))
    )


def fresh_partners(db: Path, fresh: list[str]) -> list[str]:
    """Every stored document the pair rule pairs with one of the new articles."""
    from claimdiff.pipeline import analyse_each
    from claimdiff.scale.pairs import sign
    from claimdiff.store import Store

    with Store(db) as store:
        return sorted({d for item in analyse_each(fresh) for d in store.partners(sign(item))})


def run_pairs(
    work: Path, chosen: list[str], every: list[str], fresh: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    """Diff each chosen pair alone, and one batch of at least ``--batch`` articles holding them
    all, the new articles and every stored document they pair with."""
    rng = random.Random(13)
    path = {Path(p).stem: p for p in every}
    partners = fresh_partners(work / f"store-{args.size}.db", fresh)
    members = sorted({d for pair in chosen for d in pair.split("|")} | set(partners))
    held = set(members) | {Path(f).stem for f in fresh}
    rest = [p for p in every if Path(p).stem not in held]
    batch = [*fresh, *(path[d] for d in members)]
    batch += rng.sample(rest, max(0, min(args.batch, len(every)) - len(batch)))
    rng.shuffle(batch)
    timing = _diff(batch, work / "diff-batch.jsonl", args.jobs, args.nice)
    for pair in chosen:
        a, b = pair.split("|")
        _diff([path[a], path[b]], work / f"pair-{a}-{b}.jsonl", 1, args.nice)
    return {"batch": len(batch), "fresh_partners": len(partners), "diff_batch": timing}


def pair_batches(work: Path, big: Path | None, chosen: list[str]) -> dict[str, Any]:
    """Each chosen pair's findings in the whole batch (else the middle one), alone, and in the
    middle batch."""
    in_batch = by_pair(work / "diff-batch.jsonl", set(chosen))
    found = by_pair(big, set(chosen)) if big else in_batch
    rows = []
    for pair in chosen:
        a, b = pair.split("|")
        alone = by_pair(work / f"pair-{a}-{b}.jsonl", {pair}).get(pair, [])
        whole = found.get(pair, [])
        rows.append(
            {
                "pair": pair,
                "findings": len(whole),
                "alone": alone == whole,
                "in_batch": in_batch.get(pair, []) == whole,
            }
        )
    return {
        "pairs": len(rows),
        "with_findings": sum(1 for r in rows if r["findings"]),
        "findings": sum(r["findings"] for r in rows),
        "same_alone": sum(r["alone"] for r in rows),
        "same_in_batch": sum(r["in_batch"] for r in rows),
        "differ": [r for r in rows if not (r["alone"] and r["in_batch"])],
    }


def report(r: dict[str, Any]) -> None:
    """Print what the steps done so far measured."""
    total = r["size"] + r["sample"]
    print(f"\n{r['size']} distinct articles stored, {r['sample']} new")
    if x := r.get("index"):
        at = sorted(x["at_stored"].items(), key=lambda t: int(t[0]))
        marks = ", ".join(f"{m}: {v['parent']:.0f} / {v['worker']:.0f}" for m, v in at)
        print(
            f"  index: {x['wall_s']:.0f} s wall, {x['cpu_s']:.0f} s CPU, peak RSS {x['peak_rss_mib']:.0f} "
            f"MiB (indexer / largest worker, MiB, at {marks}); load {x['load']}"
        )
    for name, against in (
        ("agree_batch", f"the batch of {r.get('pair_runs', {}).get('batch')}"),
        ("agree", total),
    ):
        if a := r.get(name):
            print(
                f"  check: median {a['median_s']:.3f} s, p90 {a['p90_s']:.3f} s, max {a['max_s']:.3f} s; "
                f"mean by stage {a['mean_stage_s']}; partners {a['partners']}; load {a['load']}; "
                f"same findings as one diff of {against} for {a['agree']}/{a['checks']}"
            )
    if d := r.get("diff"):
        print(
            f"  diff --format jsonl of {total}: {d['wall_s']:.0f} s wall, {d['cpu_s']:.0f} s CPU, peak RSS "
            f"{d['peak_rss_mib']:.0f} MiB (parent {d['parent_peak_mib']:.0f}, worker "
            f"{d['worker_peak_mib']:.0f}, all at once {d.get('sum_peak_mib', 0):.0f}); load {d['load']}"
        )
    for name in ("pairs_batch", "pairs"):
        if p := r.get(name):
            whole = f", as in the batch of {total}" if name == "pairs" else ""
            print(
                f"  pairs: {p['pairs']} ({p['with_findings']} with findings, {p['findings']} findings): "
                f"the same alone {p['same_alone']}, in the batch of {r['pair_runs']['batch']} "
                f"{p['same_in_batch']}{whole}"
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
    ap.add_argument(
        "--steps",
        nargs="+",
        choices=[
            "index",
            "check",
            "chosen",
            "pair_runs",
            "agree_batch",
            "pairs_batch",
            "diff",
            "agree",
            "pairs",
        ],
        help="Run only these steps (default: every step not done yet).",
    )
    ap.add_argument("--child-check", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--summary", nargs="+", help="Summarise these --child-check outputs and stop.")
    args = ap.parse_args()
    if args.summary:
        for path in args.summary:
            print(path, json.dumps(summary(path)))
        return
    if args.child_check:
        # jobs: as ``claimdiff check --jobs``; setup: "library" or "cli" (see child_check)
        files, db, out, *rest = args.child_check
        jobs, setup = (int(rest[0]) if rest else 1), (rest[1] if len(rest) > 1 else "library")
        found = child_check(Path(files).read_text(encoding="utf-8").split("\n"), db, out, jobs, setup)
        print(json.dumps(found))
        return
    results = run(args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
