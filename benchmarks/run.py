"""Benchmarks for the foundation: prints figures, asserts nothing.

    .venv/bin/python benchmarks/run.py [--turns 200] [--repeats 5]

- guided turn, amortised in `companion chat --jsonl` batch mode: (t(N lines) - t(1 line)) / (N - 1)
- a cold `companion chat --once` (new process, card index already built), and a first run (fresh data dir)
- peak RSS of those processes
- retrieval recall@5 and MRR on the labelled query set
- embedding throughput
Medians over repeats; the machine is noisy, so read ratios against the targets, not single numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = str(Path(sys.executable).with_name("companion"))
MESSAGES = [
    "I messed up at work again and I feel useless.", "My sister hasn't spoken to me in weeks.",
    "I can't sleep, my head is full of worries about money.", "I snapped at my kid and I feel awful.",
    "Everything feels heavy and grey lately.", "I failed my exam and everyone else passed.",
    "I'm exhausted from looking after my dad.", "I feel lonely even when I'm with friends.",
]


def run(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, int, bytes]:
    """Wall seconds, peak RSS in MB, stdout — for one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen([EXE, *args], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(stdin)
    elapsed = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0) if proc.returncode is None else (0, 0, None)
    if proc.returncode != 0:
        raise SystemExit(f"{args[:3]} failed: {err.decode()[-500:]}")
    rss = _children_peak_mb()
    return elapsed, rss, out


def _children_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def distinct(i: int) -> str:
    """Message i, made unique so no turn is served from the embedder's cache (real traffic rarely repeats)."""
    return f"{MESSAGES[i % len(MESSAGES)]} It has been {i + 2} days like this."


def batch_file(path: Path, n: int) -> None:
    path.write_text("\n".join(json.dumps({"id": i, "text": distinct(i), "session": f"b{i % 10}"})
                              for i in range(n)) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    opts = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    env = {**os.environ, "COMPANION_DATA_DIR": str(tmp / "data"), "HF_HUB_OFFLINE": "1"}

    first, _, _ = run(["chat", "--once", MESSAGES[0], "--json"], env)
    print(f"first run (fresh data dir, builds the card index): {first:.2f} s")

    cold = [run(["chat", "--once", distinct(i), "--json"], env)[0] for i in range(opts.repeats)]
    print(f"cold `chat --once` (index built): median {statistics.median(cold):.2f} s over {opts.repeats} "
          f"(min {min(cold):.2f}, max {max(cold):.2f}); target <= 4 s")

    one, many = tmp / "one.jsonl", tmp / "many.jsonl"
    batch_file(one, 1)
    batch_file(many, opts.turns)
    per_turn = []
    for _ in range(max(3, opts.repeats // 2)):
        t1 = run(["chat", "--jsonl", str(one)], env)[0]
        tn, _, out = run(["chat", "--jsonl", str(many)], env)
        assert len(out.splitlines()) == opts.turns
        per_turn.append((tn - t1) / (opts.turns - 1) * 1000)
    print(f"guided turn, amortised in --jsonl batch ({opts.turns} turns): median {statistics.median(per_turn):.1f} ms "
          f"(runs: {', '.join(f'{x:.1f}' for x in per_turn)}); target <= 30 ms")
    print(f"peak RSS of any companion process above: {_children_peak_mb():.0f} MB; target <= 1024 MB")

    sys.path.insert(0, str(ROOT))
    from companion.config import load_settings
    from companion.embeddings import MiniLMEmbedder
    from companion.retrieval import Retriever
    from eval.retrieval import evaluate, load_queries

    result = evaluate(Retriever(load_settings(env={"COMPANION_DATA_DIR": str(tmp / "data")})), load_queries(), k=5)
    print(f"retrieval on {result.n} labelled queries: recall@5 {result.recall:.3f}, MRR {result.mrr:.3f}; target recall@5 >= 0.9")

    embedder = MiniLMEmbedder()
    embedder.cache_size = 0  # measure the model, not the cache
    embedder.embed(["warm up"])
    texts = [distinct(i) for i in range(256)]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        embedder.embed(texts)
        times.append(time.perf_counter() - start)
    print(f"embedding throughput: {len(texts) / statistics.median(times):.0f} sentences/s (batch {len(texts)})")
    journal_figures(tmp)
    guard_figures(tmp, env)


def guard_figures(tmp: Path, env: dict[str, str]) -> None:
    """`companion guard --jsonl` start-up included, on two kinds of input: a risk-heavy labelled set (the crisis
    holdout, most of which passes the screen to the embedding) and everyday traffic (the scenario turns, each made
    distinct, ten times over: 1,990 messages, most of which the screen settles without an embedding)."""
    holdout = [json.loads(line)["text"] for line in (ROOT / "eval" / "data" / "crisis_holdout.jsonl").read_text().splitlines()]
    turns = [t for line in (ROOT / "eval" / "data" / "scenarios.jsonl").read_text().splitlines() for t in json.loads(line)["turns"]]
    everyday = [f"{t} ({k})" for k in range(10) for t in turns]
    for name, texts in (("crisis holdout (risk-heavy)", holdout), ("everyday scenario turns", everyday)):
        path = tmp / "guard.jsonl"
        path.write_text("\n".join(json.dumps({"id": i, "text": t, "role": "user"}) for i, t in enumerate(texts)) + "\n")
        times = [run(["guard", "--jsonl", str(path)], env)[0] for _ in range(3)]
        print(f"guard on {name}, {len(texts)} messages: median {len(texts) / statistics.median(times):.0f} messages/s "
              f"including start-up (runs: {', '.join(f'{t:.2f} s' for t in times)}); target >= 300")


def journal_figures(tmp: Path) -> None:
    """The journal in-process: unlocking (Argon2id), saving an analysed entry, a guided reflection, the whole
    journal read back (decrypting everything), and the three plots."""
    from companion.config import load_settings
    from companion.journal import Journal
    from companion.patterns import analyse, plot
    from companion.pipeline import Pipeline
    from companion.reflection import reflect

    settings = load_settings(env={"COMPANION_DATA_DIR": str(tmp / "journal"), "COMPANION_PASSPHRASE": "benchmark pass"})
    unlock = []
    for _ in range(5):
        start = time.perf_counter()
        journal = Journal.open(settings)
        unlock.append(time.perf_counter() - start)
    print(f"journal unlock (Argon2id 64 MiB, 3 passes): median {statistics.median(unlock) * 1000:.0f} ms")
    analyse("warm up the models")
    adds, reflects = [], []
    pipeline = Pipeline(settings, vault=journal.vault)
    for i in range(40):
        start = time.perf_counter()
        entry = journal.add(distinct(i) + " I keep being hard on myself about it.", mood=1 + i % 10,
                            analysis=analyse(distinct(i)))
        adds.append(time.perf_counter() - start)
        if i < 15:
            start = time.perf_counter()
            reflect(pipeline, journal, entry.id)
            reflects.append(time.perf_counter() - start)
    print(f"journal add with analysis (emotions, self-criticism, themes): median {statistics.median(adds) * 1000:.1f} ms")
    print(f"guided reflection on an entry (crisis check, retrieval, rails, saved): median "
          f"{statistics.median(reflects) * 1000:.1f} ms")
    start = time.perf_counter()
    entries = journal.entries()
    print(f"reading back {len(entries)} entries (all decrypted): {(time.perf_counter() - start) * 1000:.1f} ms")
    start = time.perf_counter()
    for kind in ("mood", "emotions", "self-criticism"):
        plot(entries, kind)
    print(f"three plots as PNG: {(time.perf_counter() - start) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
