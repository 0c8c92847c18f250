"""Corpus scale: throughput per core, 1 vs 2 processes, peak RSS, store check time, stage growth.

    python benchmarks/scale.py [--sizes 1000 10000] [--jobs 1 2] [--sample 50] [--store-size N]
                               [--json results.json] [--fixed-cost] [--acceptance]

Every diff prints its CPU per stage, in this process and in its workers, and the load average:
on a shared machine, wall times alone do not show a speed-up.  Articles come from
:mod:`scale_corpus` (the examples perturbed: names, numbers, years, paragraph order).  Every
measurement runs in a child process so that its peak RSS is its own; the peak of each process it
starts (analysis and comparison workers) is read from /proc while it runs (``scale_rss.py``).
For each size: ``diff`` on 1 and on 2 processes (stage times; the reports must be identical),
``diff --format jsonl``, ``index`` into a store, then ``check`` of ``--sample``
new articles against the store of the largest size, each compared with the findings one
``diff`` of the whole store plus those articles gives for them.  ``--fixed-cost`` runs
``benchmarks/fixed_cost.py``: ``claimdiff diff`` on one small file, warm and cold.
``--acceptance`` runs ``benchmarks/scale_accept.py`` at the largest size: the store's and the
batch's acceptance items on that many distinct articles (index, check, one jsonl diff, pairs).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss() -> dict[str, float]:
    """Peak RSS of this process and of its largest worker, CPU time of each side, load average."""
    mib = 1024.0  # ru_maxrss is in KiB on Linux
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "rss_mib": me.ru_maxrss / mib,
        "worker_rss_mib": kids.ru_maxrss / mib,
        "cpu_parent_s": me.ru_utime + me.ru_stime,
        "cpu_workers_s": kids.ru_utime + kids.ru_stime,
        "load_avg": os.getloadavg()[0],
    }


def _cpu() -> tuple[float, float]:
    """CPU time so far of this process, and of its finished workers together."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def child_diff(files: list[str], jobs: int, fmt: str, out: str) -> dict[str, Any]:
    from claimdiff.pipeline import analyse_each, compare_analysed
    from claimdiff.render import jsonl

    marks: dict[str, float] = {}
    cpu: dict[str, tuple[float, float]] = {"start": _cpu()}
    start = time.perf_counter()

    def progress(label: str) -> None:
        stage = label if label in ("align", "compare") else "analyse"
        marks[stage] = time.perf_counter()
        cpu[stage] = _cpu()

    with open(out, "w", encoding="utf-8") as fh:
        if fmt == "jsonl":
            # as ``claimdiff diff --format jsonl``: the comparison spills to disk
            from claimdiff.scale.spill import compare_streaming

            fh.write(jsonl.header())
            streamed = compare_streaming(
                analyse_each(files, jobs=jobs, progress=progress), fh.writelines, jobs
            )
            progress("align")
            progress("compare")
            found, kb = streamed.findings, sum(os.path.getsize(f) for f in files) / 1024
        else:
            report = compare_analysed(list(analyse_each(files, jobs=jobs, progress=progress)), progress, jobs)
            fh.write(report.model_dump_json(indent=2) + "\n")
            found, kb = len(report.findings), sum(len(d.text.encode()) for d in report.documents) / 1024
    end = time.perf_counter()
    return {
        "analyse_s": marks["analyse"] - start,
        "align_s": marks.get("align", marks["analyse"]) - marks["analyse"],
        "compare_s": marks.get("compare", marks["analyse"]) - marks.get("align", marks["analyse"]),
        "total_s": end - start,
        "findings": found,
        "kb": kb,
        # This process's CPU per stage; the workers' (about even shares), counted once reaped.
        "cpu_parent_stage_s": {
            stage: round(cpu[stage][0] - cpu[before][0], 2)
            for before, stage in (("start", "analyse"), ("analyse", "align"), ("align", "compare"))
            if stage in cpu and before in cpu
        },
        "cpu_workers_analyse_s": round(cpu.get("align", cpu["start"])[1] - cpu["start"][1], 2),
        "cpu_workers_compare_s": round(
            cpu.get("compare", cpu["start"])[1] - cpu.get("align", cpu["start"])[1], 2
        ),
        **_rss(),
    }


def child_index(files: list[str], jobs: int, db: str) -> dict[str, Any]:
    from claimdiff.store import Store

    start = time.perf_counter()
    with Store(db) as store:
        done = store.index(files, jobs=jobs)
    return {"total_s": time.perf_counter() - start, "added": len(done.added), **_rss()}


def child_check(files: list[str], db: str, out: str) -> dict[str, Any]:
    from claimdiff.plugins import load
    from claimdiff.store import Store

    plugins = load()
    times, found = [], {}
    with Store(db) as store:
        store.check([files[0]], plugins=plugins)  # warm: gazetteer and first imports
        for f in files:
            t = time.perf_counter()
            report = store.check([f], plugins=plugins)
            times.append(time.perf_counter() - t)
            new = report.documents[0].id
            found[new] = sorted(_finding_keys(report, new))
    Path(out).write_text(json.dumps(found), encoding="utf-8")
    times.sort()
    return {
        "checks": len(times),
        "median_s": times[len(times) // 2],
        "p90_s": times[int(len(times) * 0.9)],
        "max_s": times[-1],
        **_rss(),
    }


def replicate(src: Path, dst: Path, times: int) -> int:
    """A store ``times`` as large: each stored document again under ids ``<id>~k``, every id renamed.

    Retrieval then works on ``times`` as many rows and keys as the source store, and each new
    article has ``times`` as many partners, as in a store of distinct articles ``times`` as dense
    in time; it measures the time of a check, not its recall (the copies are the same articles).
    """
    import shutil
    import sqlite3

    shutil.copy(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    rows = conn.execute("SELECT rowid, doc_id FROM documents").fetchall()
    conn.execute("BEGIN")
    for k in range(1, times):
        for rowid, old in rows:
            new = f"{old}~{k}"
            renamed = (
                "replace(replace(json, '\"' || ?1 || ':', '\"' || ?2 || ':'),"
                " '\"doc_id\":\"' || ?1 || '\"', '\"doc_id\":\"' || ?2 || '\"')"
            )
            cur = conn.execute(
                "INSERT INTO documents (doc_id, source, digest, json, n_mentions, n_claims, indexed_at,"
                " published, n_stems) SELECT ?2, source, digest,"
                " replace(json, '\"id\":\"' || ?1 || '\"', '\"id\":\"' || ?2 || '\"'),"
                " n_mentions, n_claims, indexed_at, published, n_stems FROM documents WHERE rowid = ?3",
                (old, new, rowid),
            )
            new_row = cur.lastrowid
            for table in ("mentions", "claims"):
                conn.execute(
                    f"INSERT INTO {table} (doc, seq, json)"
                    f" SELECT ?3, seq, {renamed} FROM {table} WHERE doc = ?4",
                    (old, new, new_row, rowid),
                )
            conn.execute(
                "INSERT INTO keys (key, doc) SELECT key, ?1 FROM keys WHERE doc = ?2", (new_row, rowid)
            )
    conn.execute("COMMIT")
    total = int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    conn.close()
    return total


def _finding_keys(report: Any, doc_id: str) -> list[str]:
    return [
        json.dumps([f.code, sorted([e.doc_id, e.start, e.end] for e in f.evidence)])
        for f in report.findings
        if any(e.doc_id == doc_id for e in f.evidence)
    ]


def _run_child(args: list[str]) -> dict[str, Any]:
    """A measurement in a child process; with the peak RSS of the child and of each process it
    started (``tree``, sampled from /proc: see scale_rss.py)."""
    from scale_rss import TreePeaks

    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peaks = TreePeaks(proc.pid)
    out, err = proc.communicate()
    tree = peaks.stop()
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, proc.args, out, err)
    return {**json.loads(out.strip().splitlines()[-1]), "tree": tree}


def _tree_text(r: dict[str, Any]) -> str:
    t = r.get("tree")
    if not t:
        return f"peak RSS {r['rss_mib']:.0f} MiB (largest worker {r['worker_rss_mib']:.0f} MiB)"
    return (
        f"peak RSS: parent {t['parent_mib']:.0f} MiB, largest worker {t['largest_worker_mib']:.0f} MiB "
        f"(any process {max(r['rss_mib'], r['worker_rss_mib']):.0f}), all at once {t['sum_mib']:.0f} MiB"
    )


def _list(path: Path, files: list[str]) -> str:
    path.write_text("\n".join(files), encoding="utf-8")
    return str(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument(
        "--store-size", type=int, help="Check against a store of this many (default: largest size)."
    )
    ap.add_argument("--json", help="Write every figure here too.")
    ap.add_argument(
        "--replicate",
        type=int,
        default=0,
        help="Also time checks against the store copied this many times over.",
    )
    ap.add_argument("--fixed-cost", action="store_true", help="Only time one small diff.")
    ap.add_argument(
        "--acceptance",
        action="store_true",
        help="Only index, check, one jsonl diff and sampled pairs at the largest size (scale_accept.py).",
    )
    ap.add_argument("--workdir", help="Keep corpora and stores here (default: a temporary directory).")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, rest = args.child[0], args.child[1:]
        files = Path(rest[0]).read_text(encoding="utf-8").split("\n")
        if kind == "diff":
            result = child_diff(files, int(rest[1]), rest[2], rest[3])
        elif kind == "index":
            result = child_index(files, int(rest[1]), rest[2])
        else:
            result = child_check(files, rest[1], rest[2])
        print(json.dumps(result))
        return
    if args.fixed_cost:
        import fixed_cost  # benchmarks/fixed_cost.py: warm, first-run and no-cache cases

        sys.argv = [sys.argv[0], *(["--json", args.json] if args.json else [])]
        fixed_cost.main()
        return
    if args.acceptance:
        import scale_accept

        argv = ["--size", str(max(args.sizes)), "--sample", str(args.sample), "--jobs", str(max(args.jobs))]
        argv += ["--workdir", args.workdir or f"scale-accept-{max(args.sizes)}"]
        sys.argv = [sys.argv[0], *argv, *(["--json", args.json] if args.json else [])]
        scale_accept.main()
        return
    results = run_sizes(args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


def run_sizes(args: argparse.Namespace) -> dict[str, Any]:
    import scale_corpus

    work = Path(args.workdir or tempfile.mkdtemp(prefix="claimdiff-scale-"))
    biggest = max(args.sizes)
    store_size = args.store_size or biggest
    everything = scale_corpus.build(work / "corpus", max(biggest, store_size) + args.sample)
    fresh, pool = everything[-args.sample :], everything[: -args.sample]
    results: dict[str, Any] = {"cores": os.cpu_count(), "sizes": {}}
    for size in sorted(args.sizes):
        files = pool[:size]
        listing = _list(work / f"files-{size}.txt", files)
        row: dict[str, Any] = {}
        outputs = []
        for jobs in args.jobs:
            out = str(work / f"diff-{size}-{jobs}.json")
            row[f"diff_jobs{jobs}"] = _run_child(["diff", listing, str(jobs), "json", out])
            outputs.append(Path(out).read_bytes())
        row["identical_across_jobs"] = all(o == outputs[0] for o in outputs)
        row["diff_jsonl"] = _run_child(
            ["diff", listing, str(max(args.jobs)), "jsonl", str(work / f"d{size}.jsonl")]
        )
        db = work / f"store-{size}.db"
        db.unlink(missing_ok=True)
        row["index"] = _run_child(["index", listing, str(max(args.jobs)), str(db)])
        results["sizes"][size] = row
        _print_size(size, row, args.jobs)
    results["check"] = check = _check(work, pool[:store_size], fresh, max(args.jobs))
    print(
        f"check against {store_size} stored: median {check['median_s']:.3f} s, p90 {check['p90_s']:.3f} s, "
        f"max {check['max_s']:.3f} s; same findings as one diff for {check['agree']}/{check['checks']}"
    )
    if args.replicate > 1:
        big = work / f"store-x{args.replicate}.db"
        big.unlink(missing_ok=True)
        n = replicate(work / f"store-{store_size}.db", big, args.replicate)
        rep = _run_child(["check", _list(work / "fresh.txt", fresh), str(big), str(work / "check-big.json")])
        results["check_replicated"] = {**rep, "stored": n}
        print(
            f"check against {n} stored ({args.replicate} copies of each): median {rep['median_s']:.3f} s, "
            f"p90 {rep['p90_s']:.3f} s, max {rep['max_s']:.3f} s, peak RSS {rep['rss_mib']:.0f} MiB"
        )
    _print_growth(results["sizes"])
    return results


def _check(work: Path, stored: list[str], fresh: list[str], jobs: int) -> dict[str, Any]:
    db = work / f"store-{len(stored)}.db"
    if not db.exists():
        _run_child(["index", _list(work / "stored.txt", stored), str(jobs), str(db)])
    out = work / "check.json"
    result = _run_child(["check", _list(work / "fresh.txt", fresh), str(db), str(out)])
    checked = json.loads(out.read_text(encoding="utf-8"))
    # The reference: one diff of every stored article and the new ones, findings between a new
    # article and a stored one.
    ref_out = str(work / "reference.json")
    _run_child(["diff", _list(work / "all.txt", [*fresh, *stored]), str(jobs), "json", ref_out])
    from claimdiff.schema import Report

    reference = Report.model_validate_json(Path(ref_out).read_text(encoding="utf-8"))
    new_ids = set(checked)
    agree = 0
    for doc_id, keys in checked.items():
        ref = [
            k
            for k in _finding_keys(reference, doc_id)
            if not any(d in new_ids and d != doc_id for d, _, _ in json.loads(k)[1])
        ]
        agree += sorted(ref) == keys
    return {**result, "agree": agree, "stored": len(stored)}


def _print_size(size: int, row: dict[str, Any], jobs: list[int]) -> None:
    one = row[f"diff_jobs{jobs[0]}"]
    print(f"\n{size} articles ({one['kb'] / 1024:.1f} MB), {one['findings']} findings")
    for j in jobs:
        r = row[f"diff_jobs{j}"]
        print(
            f"  diff jobs={j}: analyse {r['analyse_s']:.1f} s, align {r['align_s']:.1f} s, compare "
            f"{r['compare_s']:.1f} s, total {r['total_s']:.1f} s; {r['kb'] / r['total_s']:.0f} KB/s; "
            f"{_tree_text(r)}"
        )
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in r["cpu_parent_stage_s"].items())
        print(
            f"    CPU: parent {stages}; workers: analysis {r['cpu_workers_analyse_s']:.1f} s, "
            f"comparison {r['cpu_workers_compare_s']:.1f} s; load average {r['load_avg']:.1f}"
        )
    if len(jobs) > 1:
        a, b = row[f"diff_jobs{jobs[0]}"], row[f"diff_jobs{jobs[-1]}"]
        print(
            f"  speed-up {jobs[0]}->{jobs[-1]} processes: analysis {a['analyse_s'] / b['analyse_s']:.2f}x, "
            f"end to end {a['total_s'] / b['total_s']:.2f}x; "
            f"identical reports: {row['identical_across_jobs']}"
        )
        print(f"  analysis per core: {a['kb'] / a['analyse_s'] / jobs[0]:.0f} KB/s")
    j, x = row["diff_jsonl"], row["index"]
    print(f"  diff --format jsonl: {j['total_s']:.1f} s, {_tree_text(j)}")
    print(f"  index: {x['total_s']:.1f} s, {_tree_text(x)}")


def _print_growth(sizes: dict[int, dict[str, Any]]) -> None:
    if len(sizes) < 2:
        return
    lo, hi = min(sizes), max(sizes)
    a, b = sizes[lo], sizes[hi]
    first = next(k for k in a if k.startswith("diff_jobs"))
    print(f"\ngrowth from {lo} to {hi} articles (x{hi / lo:g}):")
    for stage in ("analyse_s", "align_s", "compare_s", "total_s"):
        print(f"  {stage[:-2]}: x{b[first][stage] / max(a[first][stage], 1e-9):.1f}")
    for name in ("diff_jsonl", "index"):
        big, small = (max(r[name]["rss_mib"], r[name]["worker_rss_mib"]) for r in (b, a))
        print(f"  {name} peak RSS of the largest process: x{big / small:.2f} ({small:.0f} -> {big:.0f} MiB)")


if __name__ == "__main__":
    main()
