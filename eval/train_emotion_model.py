"""Fit the emotion model and write companion/emotions.npz and eval/emotion_metrics.json.

    .venv/bin/python -m eval.train_emotion_model [--cache DIR]     (needs scikit-learn: `pip install -e '.[train]'`)

Data: GoEmotions (Demszky et al., 2020; Apache-2.0) from $COMPANION_GOEMOTIONS_DIR or
<repo>/../shared/data/goemotions. Train fits, dev chooses, test only reports.
Features: the all-MiniLM-L6-v2 sentence embedding of each comment (companion.embeddings); embedding the 54k
comments takes a few minutes on two cores, so `--cache DIR` keeps them as .npy files between runs.
Model: one L2-regularised logistic regression per label, solved to convergence with Newton-Cholesky in float64
(L-BFGS stopped early and its weights moved by ~1% between runs on embeddings equal to 1e-7; this solver
reproduces them to 1e-4). C=8, no class weighting: on dev, after threshold tuning, C = 0.25 / 1 / 2 / 4 / 8 /
16 / 32 / 64 gave macro-F1 0.33 / 0.38 / 0.38 / 0.39 / 0.39 / 0.39 / 0.39 / 0.38 (8 highest). In earlier
L-BFGS runs, balanced class weights lost ~0.04 and a one-hidden-layer MLP (128-256 units) gained ~0.01-0.02 at
several times the size, without the readability of one coefficient per label and dimension: the linear head ships.
Thresholds: per label, the value in 0.10..0.95 (step 0.01) maximising that label's F1 on dev; the 0.10 floor
keeps rare labels from being switched on everywhere.
Reported: test figures measured through the run-time path (eval/emotions.evaluate: companion.emotions, NumPy,
with its sentence windows, which split the 15% of comments over 20 words), as `companion eval emotions` does;
for reference also the figures on whole comments straight from the stored float32 weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from companion.embeddings import default_embedder
from companion.emotions import LABELS, NEUTRAL, WEIGHTS, decide
from eval.emotions import evaluate, f1_scores, load_split

ROOT = Path(__file__).resolve().parent.parent
METRICS = ROOT / "eval" / "emotion_metrics.json"
C = 8.0
FLOOR = 0.10
GRID = np.round(np.arange(FLOOR, 0.951, 0.01), 2)


def embed(texts: list[str], cache: Path | None) -> np.ndarray:
    """Embeddings of `texts`, read from / written to `cache` (keyed by a digest of the texts) when given."""
    if cache is None:
        return default_embedder().embed(texts)
    digest = hashlib.sha1("\n".join(["all-MiniLM-L6-v2", *texts]).encode("utf-8")).hexdigest()[:16]
    path = cache / f"goemotions-{digest}.npy"
    if path.exists():
        return np.load(path)
    vectors = default_embedder().embed(texts)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    x = x.astype(np.float64)
    heads = [LogisticRegression(C=C, solver="newton-cholesky", max_iter=100).fit(x, y[:, j]) for j in range(y.shape[1])]
    return np.stack([h.coef_[0] for h in heads]), np.array([h.intercept_[0] for h in heads])


def probabilities(x: np.ndarray, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ coef.T + intercept).astype(np.float64)))


def f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    tp = (gold & predicted).sum()
    denom = 2 * tp + (gold ^ predicted).sum()
    return 2 * tp / denom if denom else 0.0


def thresholds(p: np.ndarray, gold: np.ndarray) -> np.ndarray:
    return np.array([GRID[int(np.argmax([f1(gold[:, j], p[:, j] >= t) for t in GRID]))] for j in range(p.shape[1])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="directory for cached embeddings (e.g. /tmp/goemotions-cache)")
    args = parser.parse_args()
    start = time.time()
    splits = {s: load_split(s) for s in ("train", "dev", "test")}
    x = {s: embed(texts, args.cache) for s, (texts, _) in splits.items()}
    y = {s: gold for s, (_, gold) in splits.items()}
    print(f"embedded {sum(len(v) for v in x.values())} comments in {time.time() - start:.0f}s")

    fitted = time.time()
    coef, intercept = fit(x["train"], y["train"])
    coef, intercept = coef.astype(np.float32), intercept.astype(np.float32)
    print(f"fitted {len(LABELS)} heads in {time.time() - fitted:.0f}s")
    thr = thresholds(probabilities(x["dev"], coef, intercept), y["dev"])
    dev = f1_scores(y["dev"], decide(probabilities(x["dev"], coef, intercept), thr))
    whole = f1_scores(y["test"], decide(probabilities(x["test"], coef, intercept), thr))
    print(f"dev (thresholds chosen here): macro-F1 {dev['macro_f1']}, micro-F1 {dev['micro_f1']}")
    print(f"test, whole comments: macro-F1 {whole['macro_f1']}, micro-F1 {whole['micro_f1']}")

    np.savez_compressed(WEIGHTS, coef=coef, intercept=intercept, thresholds=thr.astype(np.float32),
                        labels=np.array(LABELS))
    test = {k: v for k, v in evaluate("test").items() if k not in ("split", "n")}
    print(f"test, run-time path: macro-F1 {test['macro_f1']}, micro-F1 {test['micro_f1']}")
    METRICS.write_text(json.dumps({
        "data": "GoEmotions (Demszky et al., 2020), Apache-2.0", "model": f"logistic regression per label, C={C}, "
        "on all-MiniLM-L6-v2 embeddings", "thresholds": "per label, max F1 on dev, floor 0.10", "neutral": "exclusive",
        "test": test, "test_whole_comments": {k: whole[k] for k in ("macro_f1", "micro_f1")}, "dev_macro_f1": dev["macro_f1"], "dev_micro_f1": dev["micro_f1"],
        "thresholds_by_label": {name: float(t) for name, t in zip(LABELS, thr)},
        "n": {s: len(v) for s, v in x.items()}}, indent=1) + "\n", encoding="utf-8")
    assert thr[NEUTRAL] >= FLOOR
    print(f"wrote {WEIGHTS.relative_to(ROOT)} ({WEIGHTS.stat().st_size / 1e3:.0f} KB) and "
          f"{METRICS.relative_to(ROOT)} in {time.time() - start:.0f}s")


if __name__ == "__main__":
    main()
