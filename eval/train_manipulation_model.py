"""Fit the manipulation rails' learned layer and write guardrails/manipulation/model.npz.

    .venv/bin/python eval/train_manipulation_model.py      (needs scikit-learn: `pip install -e '.[train]'`)

Data: the `train` split of eval/manipulation.py (the written sets; never the holdout), plus benign calibration text: for replies, the
companion's own wording (guided phrase bank, card offers, vetted crisis and decline texts); for requests, what
people bring to the companion (the cards' `asks`, the retrieval queries), and for the requests' screen alone the
messages that are not requests at all (see `everyday_messages`). Per role: a binary head (manipulative
or not), a kind head (none or a category; its P(not none) is averaged with the binary head's) and a category
head (on manipulative texts). The flag threshold is the lowest at which, in 5-fold
cross-validation, the layer adds false flags on at most 3% of the benign look-alikes beyond the patterns' own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import hstack, vstack
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.embeddings import default_embedder  # noqa: E402
from companion.knowledge import load_cards  # noqa: E402
from companion.prompts import PROMPTS_DIR, load_bank  # noqa: E402
from eval.manipulation import Case, load  # noqa: E402
from eval.retrieval import load_queries  # noqa: E402
from eval.train_crisis_model import features, fit_head, screen_cutoff, vectorizers  # noqa: E402
from guardrails.manipulation.detector import input_categories, output_categories  # noqa: E402
from guardrails.crisis.normalise import normalise  # noqa: E402
from guardrails.manipulation.learned import MODEL  # noqa: E402

GRID = np.round(np.arange(0.30, 0.996, 0.01), 2)


def own_replies() -> list[str]:
    texts = [t.text for bank in ("guided/replies.yaml", "manipulation/decline.yaml") for ts in load_bank(bank).values() for t in ts
             if not t.variables]
    texts += [c.offer for c in load_cards(ROOT / "knowledge").values() if c.offer]
    texts += [p.read_text(encoding="utf-8").strip() for p in (PROMPTS_DIR / "crisis").glob("*.txt")]
    return texts


def everyday_requests() -> list[str]:
    return [a for c in load_cards(ROOT / "knowledge").values() for a in c.asks] + [q.query for q in load_queries()]


def everyday_messages() -> list[str]:
    """What else people write to the companion, none of it a request to manipulate anyone: the crisis training
    split (hard days, risk, look-alikes; harm to others left out, being nearest to what this layer flags) and the
    crisis layer's sample of ordinary Reddit comments. The requests' screen alone learns from them: without them it
    had seen few messages that are not requests, and passed about half of the everyday scenario turns on to the
    embedding. (Given to the flag heads as well, they taught them to tell requests from the rest: the look-alike
    requests then read higher, the threshold rose from 0.68 to 0.87 and cross-validated recall fell from 0.953 to
    0.911.)"""
    from eval.crisis import load as load_crisis
    from eval.train_crisis_model import everyday

    return sorted({i.text for i in load_crisis("train") + everyday() if i.category != "harm_to_others"})


def fit_screen(x_tfidf, y, word, char, more_benign: list[str]):
    """The screen head on the labelled texts' tf-idf views, plus `more_benign` (in the same vocabulary) as negatives."""
    if not more_benign:
        return fit_head(x_tfidf, y)
    extra = hstack([word.transform(more_benign), char.transform(more_benign)]).tocsr()
    return fit_head(vstack([x_tfidf, extra]).tocsr(), np.concatenate([y, np.zeros(len(more_benign), dtype=y.dtype)]))


def fit_role(role: str, cases: list[Case], extra_benign: list[str], screen_benign: list[str] = ()):
    texts = [c.text for c in cases] + extra_benign
    contexts = [c.context or "" for c in cases] + [""] * len(extra_benign)
    labels = [c.categories for c in cases] + [[] for _ in extra_benign]
    looked = np.array([True] * len(cases) + [False] * len(extra_benign))  # budgets are on the labelled look-alikes
    y = np.array([1 if cats else 0 for cats in labels])
    # The kind head's classes: none first (so P(manipulative) is the rest), then each text's first category.
    kinds = ["none", *sorted({cats[0] for cats in labels if cats})]
    y_kind = np.array([kinds.index(cats[0]) if cats else 0 for cats in labels])
    lower = [normalise(t) for t in texts]  # as the detector reads them
    screen_lower = [normalise(t) for t in screen_benign]
    vectors = default_embedder().embed(lower)
    pattern = np.array([bool(input_categories(t, learned=False) if role == "user" else output_categories(t, ctx, learned=False))
                        for t, ctx in zip(texts, contexts)])
    prob, screen_p = np.zeros(len(texts)), np.zeros(len(texts))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y):
        word, char = vectorizers()
        x = features(word, char, [lower[i] for i in tr], vectors[tr], fit=True)
        m = fit_head(x, y[tr])
        x_te = features(word, char, [lower[i] for i in te], vectors[te])
        k = fit_head(x, y_kind[tr])
        prob[te] = (m.predict_proba(x_te)[:, 1] + 1 - k.predict_proba(x_te)[:, list(k.classes_).index(0)]) / 2
        tfidf_only = x.shape[1] - vectors.shape[1]
        s = fit_screen(x[:, :tfidf_only], y[tr], word, char, screen_lower)
        screen_p[te] = s.predict_proba(x_te[:, :tfidf_only])[:, 1]
    benign = (y == 0) & looked
    threshold = float(next((t for t in GRID if (benign & ~pattern & (prob >= t)).sum() <= 0.03 * benign.sum()), 0.995))
    flagged = pattern | (prob >= threshold)
    print(f"{role}: threshold {threshold}; cross-validated recall patterns {pattern[y == 1].mean():.3f} -> "
          f"{flagged[y == 1].mean():.3f}, false flags {(benign & pattern).sum() / benign.sum():.3f} -> "
          f"{(benign & flagged).sum() / benign.sum():.3f}")
    # The screen: a tf-idf-only head; texts it reads below screen_at are not embedded at all. The highest cut-off
    # at which at most 0.5% of the texts the full layer flagged (beyond the patterns) would have been skipped.
    added = ~pattern & (prob >= threshold)
    screen_at = screen_cutoff(added, screen_p)
    print(f"{role}: screen_at {screen_at}: embedding skipped on {(screen_p < screen_at)[y == 0].mean():.3f} of benign texts, "
          f"{(screen_p < screen_at)[y == 1].mean():.3f} of manipulative ones")
    word, char = vectorizers()
    x = features(word, char, lower, vectors, fit=True)
    flag = fit_head(x, y)
    kind = fit_head(x, y_kind)
    assert list(kind.classes_) == list(range(len(kinds)))
    screen = fit_screen(x[:, :x.shape[1] - vectors.shape[1]], y, word, char, screen_lower)
    categories = sorted({c for cats in labels for c in cats})
    pos = np.where(y == 1)[0]
    y_cat = np.array([categories.index(labels[i][0]) for i in pos])
    cat = LogisticRegression(C=8, max_iter=4000).fit(x[pos], y_cat)
    flag_coef = np.stack([np.zeros(x.shape[1]), flag.coef_[0]], axis=1)
    arrays = {
        f"{role}_word_vocab": np.array(sorted(word.vocabulary_, key=word.vocabulary_.get)), f"{role}_word_idf": word.idf_,
        f"{role}_char_vocab": np.array(sorted(char.vocabulary_, key=char.vocabulary_.get)), f"{role}_char_idf": char.idf_,
        f"{role}_flag_coef": flag_coef.astype(np.float32), f"{role}_flag_bias": np.array([0.0, flag.intercept_[0]], dtype=np.float32),
        f"{role}_kind_coef": kind.coef_.T.astype(np.float32), f"{role}_kind_bias": kind.intercept_.astype(np.float32),
        f"{role}_cat_coef": cat.coef_.T.astype(np.float32), f"{role}_cat_bias": cat.intercept_.astype(np.float32),
        f"{role}_screen_coef": np.stack([np.zeros(screen.coef_.shape[1]), screen.coef_[0]], axis=1).astype(np.float32),
        f"{role}_screen_bias": np.array([0.0, screen.intercept_[0]], dtype=np.float32),
    }
    return arrays, {"categories": categories, "threshold": threshold, "screen_at": screen_at}


def main() -> None:
    cases = load("train")
    arrays, roles = {}, {}
    labelled = {c.text for c in cases}
    for role, extra, screen_extra in (("assistant", own_replies(), []),
                                      ("user", everyday_requests(), [t for t in everyday_messages() if t not in labelled])):
        a, info = fit_role(role, [c for c in cases if c.role == role], extra, screen_extra)
        arrays.update(a)
        roles[role] = info
    np.savez_compressed(MODEL, meta=json.dumps({"roles": roles, "trained_on": "eval/manipulation.py train split"}), **arrays)
    print(f"wrote {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
