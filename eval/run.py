"""`companion eval run`: multi-turn scenarios through a responder, every reply scored, and a report written:
report.html (score distribution, per-dimension profile, worst replies with reasons), summary.json, and
MITI-style figures (reflection-to-question ratio, share of complex reflections)."""

from __future__ import annotations

import base64
import html
import io
import json
import statistics
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from eval.genuineness import Genuineness
from eval.scorers import ScoreInput

SCENARIOS = Path(__file__).resolve().parent / "data" / "scenarios.jsonl"


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    use: Literal["hard_moment", "journaling", "evaluation"]
    turns: list[str]


class TurnScore(BaseModel):
    scenario: str
    use: str
    turn: int
    message: str
    reply: str
    mode: str
    genuineness: float
    dimensions: dict[str, float | None]
    reasons: dict[str, str]
    flags: list[str]
    reflection: str
    questions: int


def load_scenarios(path: Path = SCENARIOS) -> list[Scenario]:
    return [Scenario.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(scenarios: list[Scenario], mode: str, progress: bool = True) -> list[TurnScore]:
    from tqdm import tqdm

    from companion.config import load_settings
    from companion.pipeline import Pipeline
    from companion.retrieval import Retriever

    scorer = Genuineness()
    shared = Retriever(load_settings())
    out: list[TurnScore] = []
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = Pipeline(load_settings(data_dir=tmp, mode=mode), retriever=shared)
        for scenario in tqdm(scenarios, desc=f"scenarios ({mode})", unit="scenario", disable=not progress):
            earlier: list[str] = []
            for n, text in enumerate(scenario.turns):
                reply = pipeline.turn(text, f"eval-{scenario.id}")
                # Groundedness is about generated text against what it cites; guided lines are the cards' own.
                sources = [shared.cards[s.id].body for s in reply.sources if s.id in shared.cards] if reply.mode == "llm" else []
                scored = scorer.score(ScoreInput(message=text, reply=reply.reply, context=earlier, sources=sources))
                refl = next(r for r in scored.results if r.name == "reflection")
                out.append(TurnScore(scenario=scenario.id, use=scenario.use, turn=n, message=text, reply=reply.reply,
                                     mode=reply.mode, genuineness=scored.genuineness, dimensions=scored.dimensions,
                                     reasons={r.name: r.reason for r in scored.results}, flags=reply.flags + scored.flags,
                                     reflection=refl.reason.split()[0], questions=reply.reply.count("?")))
                earlier.append(text)
    return out


def score_pairs(pairs: list[tuple[str, str, str]]) -> list[TurnScore]:
    """Score (id, message, reply) pairs from any system, as rows a report can show."""
    from eval.scorers.dimensions import prime

    scorer = Genuineness()
    prime([message for _, message, _ in pairs])
    out: list[TurnScore] = []
    for pair_id, message, reply in pairs:
        scored = scorer.score(ScoreInput(message=message, reply=reply))
        refl = next(r for r in scored.results if r.name == "reflection")
        out.append(TurnScore(scenario=str(pair_id), use="evaluation", turn=0, message=message, reply=reply,
                             mode="external", genuineness=scored.genuineness, dimensions=scored.dimensions,
                             reasons={r.name: r.reason for r in scored.results}, flags=scored.flags,
                             reflection=refl.reason.split()[0], questions=reply.count("?")))
    return out


def summarise(scores: list[TurnScore]) -> dict:
    reflections = [s for s in scores if s.reflection in {"simple", "complex"}]
    questions = sum(s.questions for s in scores)
    dims = sorted({d for s in scores for d in s.dimensions})
    return {
        "turns": len(scores),
        "mean_genuineness": round(statistics.mean(s.genuineness for s in scores), 4) if scores else 0.0,
        "share_genuine": round(sum(s.genuineness >= 0.5 for s in scores) / max(1, len(scores)), 4),
        "by_use": {u: round(statistics.mean(s.genuineness for s in scores if s.use == u), 4)
                   for u in sorted({s.use for s in scores})},
        "dimensions": {d: round(statistics.mean(v for s in scores if (v := s.dimensions.get(d)) is not None), 4)
                       for d in dims if any(s.dimensions.get(d) is not None for s in scores)},
        "miti": {"reflection_to_question_ratio": round(len(reflections) / max(1, questions), 3),
                 "complex_reflection_share": round(sum(s.reflection == "complex" for s in reflections) / max(1, len(reflections)), 3)},
        "modes": {m: sum(s.mode == m for s in scores) for m in sorted({s.mode for s in scores})},
    }


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode()


def write_report(scores: list[TurnScore], summary: dict, directory: Path, title: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directory.mkdir(parents=True, exist_ok=True)
    (directory / "summary.json").write_text(json.dumps(summary, indent=2))
    (directory / "scores.jsonl").write_text("\n".join(s.model_dump_json() for s in scores) + "\n")
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.hist([s.genuineness for s in scores], bins=20, range=(0, 1), color="#55708a")
    ax.set_xlabel("genuineness")
    ax.set_ylabel("replies")
    ax.set_title("Score distribution")
    dist = _png(fig)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(6, 3.2))
    names = list(summary["dimensions"])
    ax.barh(names, [summary["dimensions"][n] for n in names], color="#7a9a6d")
    ax.set_xlim(0, 1)
    ax.set_title("Per-dimension profile (mean)")
    profile = _png(fig)
    plt.close(fig)
    worst = sorted(scores, key=lambda s: s.genuineness)[:10]
    rows = "".join(
        f"<tr><td>{s.genuineness:.2f}</td><td>{html.escape(s.message)}</td><td>{html.escape(s.reply)}</td>"
        f"<td>{html.escape('; '.join(f'{k}: {v}' for k, v in s.reasons.items() if (s.dimensions.get(k) or 1) < 0.6))}</td></tr>"
        for s in worst)
    miti = summary["miti"]
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;line-height:1.5;color:#222}}
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ccc;padding:.4rem;vertical-align:top;font-size:.92rem}}
th{{background:#f3f3f3}}</style></head><body>
<h1>{html.escape(title)}</h1>
<p>{summary['turns']} replies; mean genuineness <b>{summary['mean_genuineness']:.3f}</b>; {summary['share_genuine']:.0%} scored genuine
(≥ 0.5). MITI-style: reflection-to-question ratio <b>{miti['reflection_to_question_ratio']}</b>, complex reflections
<b>{miti['complex_reflection_share']:.0%}</b> of reflections. By use: {', '.join(f'{k} {v:.3f}' for k, v in summary['by_use'].items())}.</p>
<h2>Score distribution</h2><img alt="Histogram of genuineness scores" src="data:image/png;base64,{dist}">
<h2>Per-dimension profile</h2><img alt="Mean score per dimension" src="data:image/png;base64,{profile}">
<h2>Worst replies, with reasons</h2><table><tr><th>score</th><th>message</th><th>reply</th><th>low dimensions</th></tr>{rows}</table>
</body></html>"""
    path = directory / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
