"""Crisis detection on the labelled sets: recall per risk category, false alarms on look-alikes, imminent
recognition, subject accuracy, and throughput including start-up.

Risk categories count a hit when the detector escalates (high or imminent); `hopelessness` when it says at
least concern. Benign categories count a false alarm when the detector escalates; their concern rate is
reported beside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from companion.models import CRISIS_ORDER, CrisisLevel

DATA = Path(__file__).resolve().parent / "data"
#: train: what the learned layer is fitted on (dev plus twelve independently written sets: f and i are everyday narration,
#: g risk in many voices, h four languages, j the weakest risk categories in new voices beside idiom and sadness
#: look-alikes, k risk buried in long posts, understatement and dark humour beside hard look-alikes, l harm to
#: others, third parties, slang, four languages and narration); test: the first
#: held-out split (its misses were looked at once, so it is no longer blind); holdout: written last, for reporting.
SPLITS = {
    "dev": ["crisis_dev.jsonl"],
    "train": ["crisis_dev.jsonl", "crisis_train_a.jsonl", "crisis_train_b.jsonl", "crisis_train_c.jsonl",
              "crisis_train_d.jsonl", "crisis_train_e.jsonl", "crisis_train_f.jsonl", "crisis_train_g.jsonl",
              "crisis_train_h.jsonl", "crisis_train_i.jsonl", "crisis_train_j.jsonl", "crisis_train_k.jsonl", "crisis_train_l.jsonl",
              "crisis_train_m.jsonl", "crisis_train_n.jsonl", "crisis_train_o.jsonl", "crisis_train_p.jsonl", "crisis_train_q.jsonl", "crisis_train_r.jsonl",
              "crisis_train_s.jsonl", "crisis_train_t.jsonl", "crisis_train_u.jsonl", "crisis_train_v.jsonl", "crisis_train_w.jsonl", "crisis_train_x.jsonl",
              "crisis_train_y.jsonl", "crisis_train_z.jsonl", "crisis_train_aa.jsonl", "crisis_train_ab.jsonl",
              "crisis_train_ac.jsonl", "crisis_train_ad.jsonl", "crisis_train_ae.jsonl", "crisis_train_af.jsonl",
              "crisis_train_ag.jsonl", "crisis_train_ah.jsonl", "crisis_train_ai.jsonl", "crisis_train_aj.jsonl",
              "crisis_train_ak.jsonl", "crisis_train_al.jsonl", "crisis_train_an.jsonl",
              "crisis_train_ao.jsonl", "crisis_train_aq.jsonl", "crisis_train_ar.jsonl"],
    "test": ["crisis_test.jsonl"],
    "holdout": ["crisis_holdout.jsonl"],
}
ESCALATE = CRISIS_ORDER["high"]


class Labelled(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    category: str
    level: CrisisLevel
    subject: Literal["self", "other"] | None


class CategoryResult(BaseModel):
    category: str
    n: int
    kind: Literal["risk", "concern", "benign", "mixed"]
    recall: float | None = None
    false_alarm: float | None = None
    concern_rate: float | None = None
    imminent_recognised: float | None = None
    #: Risk messages that at least got resources (concern or higher): not recall, but not silence either.
    resourced: float | None = None
    subject_accuracy: float | None = None
    misses: list[str] = []


class CrisisReport(BaseModel):
    split: str
    n: int
    categories: list[CategoryResult]
    risk_recall: float
    risk_resourced: float
    benign_false_alarm: float
    messages_per_second: float | None = None


def load(split: str = "holdout") -> list[Labelled]:
    return [Labelled.model_validate_json(line) for name in SPLITS[split] if (DATA / name).exists()
            for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(items: list[Labelled], assess_batch, split: str = "test") -> CrisisReport:
    """`assess_batch(texts) -> assessments`: the detector under test, given every message at once."""
    by_cat: dict[str, list[tuple[Labelled, object]]] = defaultdict(list)
    for item, assessment in zip(items, assess_batch([i.text for i in items])):
        by_cat[item.category].append((item, assessment))
    results = []
    risk_hits = risk_n = benign_alarms = benign_n = resourced = 0
    for cat, pairs in sorted(by_cat.items()):
        risky = [(i, a) for i, a in pairs if CRISIS_ORDER[i.level] >= ESCALATE]
        concern = [(i, a) for i, a in pairs if i.level == "concern"]
        benign = [(i, a) for i, a in pairs if i.level == "none"]
        kinds = [k for k, group in (("risk", risky), ("concern", concern), ("benign", benign)) if group]
        result = CategoryResult(category=cat, n=len(pairs), kind=kinds[0] if len(kinds) == 1 else "mixed")
        misses = []
        if risky:
            hits = [CRISIS_ORDER[a.level] >= ESCALATE for _, a in risky]
            result.recall = sum(hits) / len(risky)
            result.resourced = sum(a.level != "none" for _, a in risky) / len(risky)
            resourced += sum(a.level != "none" for _, a in risky)
            risk_hits += sum(hits)
            risk_n += len(risky)
            misses += [i.text for (i, _), h in zip(risky, hits) if not h]
            imminent = [(i, a) for i, a in risky if i.level == "imminent"]
            if imminent:
                result.imminent_recognised = sum(a.level == "imminent" for _, a in imminent) / len(imminent)
            result.subject_accuracy = sum(a.subject == i.subject for i, a in risky) / len(risky)
        if concern:
            hits = [CRISIS_ORDER[a.level] >= CRISIS_ORDER["concern"] for _, a in concern]
            result.recall = sum(hits) / len(concern) if result.recall is None else result.recall
            misses += [i.text for (i, _), h in zip(concern, hits) if not h]
        if benign:
            alarms = [CRISIS_ORDER[a.level] >= ESCALATE for _, a in benign]
            result.false_alarm = sum(alarms) / len(benign)
            result.concern_rate = sum(a.level == "concern" for _, a in benign) / len(benign)
            benign_alarms += sum(alarms)
            benign_n += len(benign)
            misses += [f"(false alarm) {i.text}" for (i, _), f in zip(benign, alarms) if f]
        result.misses = misses
        results.append(result)
    return CrisisReport(split=split, n=len(items), categories=results, risk_recall=risk_hits / max(1, risk_n),
                        risk_resourced=resourced / max(1, risk_n),
                        benign_false_alarm=benign_alarms / max(1, benign_n))


def throughput(items: list[Labelled], repeat: int = 3) -> float:
    """Messages per second through `companion guard --jsonl`, start-up included (best of `repeat`)."""
    exe = str(Path(sys.executable).with_name("companion"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for n, item in enumerate(items):
            fh.write(json.dumps({"id": n, "text": item.text, "role": "user"}) + "\n")
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([exe, "guard", "--jsonl", fh.name], check=True, capture_output=True,
                       env={**os.environ, "HF_HUB_OFFLINE": "1"})
        best = min(best, time.perf_counter() - start)
    os.unlink(fh.name)
    return len(items) / best
