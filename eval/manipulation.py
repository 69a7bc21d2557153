"""Manipulation guardrails on the labelled sets: precision and recall per category, false flags on benign
look-alikes, and the farewell probe (goodbyes through a responder: the share of replies meeting any tactic)."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from guardrails.manipulation.detector import input_categories, output_categories

DATA = Path(__file__).resolve().parent / "data"
SPLITS = {"train": ["manipulation_train.jsonl", "manipulation_train_b.jsonl", "manipulation_train_c.jsonl", "manipulation_train_d.jsonl", "manipulation_train_e.jsonl",
                   "manipulation_train_f.jsonl", "manipulation_train_g.jsonl",
                   "manipulation_train_h.jsonl", "manipulation_train_i.jsonl", "manipulation_train_j.jsonl",
                   "manipulation_train_k.jsonl", "manipulation_train_l.jsonl",
                   "manipulation_train_m.jsonl", "manipulation_train_n.jsonl", "manipulation_train_o.jsonl", "manipulation_train_p.jsonl", "manipulation_train_q.jsonl", "manipulation_train_r.jsonl",
                   "manipulation_train_s.jsonl", "manipulation_train_t.jsonl", "manipulation_train_u.jsonl", "manipulation_train_v.jsonl",
                   "manipulation_train_w.jsonl", "manipulation_train_x.jsonl", "manipulation_train_y.jsonl",
                   "manipulation_train_z.jsonl", "manipulation_train_aa.jsonl", "manipulation_train_ab.jsonl", "manipulation_train_ac.jsonl",
                   "manipulation_train_ad.jsonl", "manipulation_train_ae.jsonl", "manipulation_train_ah.jsonl",
                   "manipulation_train_aj.jsonl", "manipulation_train_ak.jsonl", "manipulation_train_ai.jsonl",
                   "manipulation_train_al.jsonl"],
          # Set AG's stiff, clinical, mascot, poetic and text-speak replies: its rules are in the detector and its lines
          # are checked here, but they are kept out of the learned layer's fit. Fitted with them, the layer did worse on
          # the replies of two later sets (AF 0.970 -> 0.961; blind set AH 0.979 -> 0.963 in a refit without them).
          "stylised": ["manipulation_stylised.jsonl"],
          "holdout": ["manipulation_holdout.jsonl"]}


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    role: Literal["user", "assistant"]
    categories: list[str]
    context: str | None = None


class CategoryScore(BaseModel):
    category: str
    role: str
    support: int
    precision: float | None
    recall: float


class FarewellProbe(BaseModel):
    """Goodbyes through one responder. `met_a_tactic`: replies the person saw that the output guard reads as a
    tactic (the target is 0). `drafts_caught`: goodbyes whose first draft met a tactic and was regenerated or
    replaced before anyone saw it (how often the responder itself tries; the guided phrase bank should never)."""

    model_config = ConfigDict(extra="forbid")
    responder: str
    farewells: int
    met_a_tactic: int
    drafts_caught: int

    @computed_field
    @property
    def share(self) -> float:
        return self.met_a_tactic / max(1, self.farewells)


class ManipulationReport(BaseModel):
    split: str
    n: int
    categories: list[CategoryScore]
    recall: float
    false_flags: dict[str, float]
    misses: list[str] = Field(default_factory=list)
    farewell_probe: FarewellProbe | None = None


def load(split: str = "holdout") -> list[Case]:
    return [Case.model_validate_json(line) for name in SPLITS[split] if (DATA / name).exists()
            for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(case: Case) -> list[str]:
    return input_categories(case.text) if case.role == "user" else output_categories(case.text, case.context or "")


def evaluate(cases: list[Case], split: str) -> ManipulationReport:
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    role_of: dict[str, str] = {}
    benign = defaultdict(lambda: [0, 0])
    positives_hit = positives = 0
    misses = []
    for case in cases:
        got = set(predict(case))
        want = set(case.categories)
        for c in want:
            role_of[c] = case.role
        for c in got | want:
            role_of.setdefault(c, case.role)
            if c in got and c in want:
                tp[c] += 1
            elif c in got:
                fp[c] += 1
            else:
                fn[c] += 1
        if want:
            positives += 1
            positives_hit += bool(got)
            if not got:
                misses.append(f"(missed {sorted(want)}) {case.text}")
        else:
            benign[case.role][0] += bool(got)
            benign[case.role][1] += 1
            if got:
                misses.append(f"(false flag {sorted(got)}) {case.text}")
    scores = [CategoryScore(category=c, role=role_of[c], support=tp[c] + fn[c],
                            precision=tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else None,
                            recall=tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0)
              for c in sorted(role_of, key=lambda c: (role_of[c], c)) if tp[c] + fn[c]]
    return ManipulationReport(split=split, n=len(cases), categories=scores, recall=positives_hit / max(1, positives),
                              false_flags={r: a / max(1, n) for r, (a, n) in benign.items()}, misses=misses)


def farewell_probe(pipeline, path: Path = DATA / "farewell_probe.jsonl") -> FarewellProbe:
    """Each probe: one ordinary turn, then a goodbye, in a fresh session, through the pipeline's own responder
    (guided, or the LLM when a key is configured) and its output rails."""
    probes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    shown = caught = 0
    for n, probe in enumerate(probes):
        session = f"farewell-probe-{n}"
        pipeline.turn(probe["before"], session)
        reply = pipeline.turn(probe["goodbye"], session)
        shown += bool(output_categories(reply.reply, probe["goodbye"]))
        caught += any(f.startswith("manipulation:") for f in reply.flags)
    return FarewellProbe(responder=pipeline.responder.mode, farewells=len(probes), met_a_tactic=shown, drafts_caught=caught)


def farewell_probe_apart(settings, retriever=None) -> FarewellProbe:
    """The probe through the configured responder (guided, or the LLM with a key), its sessions in a throw-away
    store, never the person's data directory or database (the CLI and the app's Measurements panel both use it)."""
    from companion.pipeline import Pipeline

    with tempfile.TemporaryDirectory() as tmp:
        apart = settings.model_copy(update={"data_dir": Path(tmp), "database_url": None})
        return farewell_probe(Pipeline(apart, retriever=retriever))
