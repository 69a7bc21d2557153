"""The Evaluate tab: upload a JSONL of {"id", "message", "response"} pairs (any system's replies) → scores with
reasons, the HTML report with its plots, and downloads. Bad lines are reported by number; nothing else is lost."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr
from pydantic import BaseModel, ConfigDict, ValidationError

from companion.errors import CompanionError, InputError
from companion.ui.common import warn
from companion.ui.context import People

MAX_LINES = 5000


class Pair(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | int
    message: str
    response: str


def read_pairs(raw: bytes) -> tuple[list[Pair], list[str]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the file is not UTF-8 text (byte {exc.start})") from None
    pairs, problems = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            pairs.append(Pair.model_validate_json(line))
        except ValidationError as exc:
            problems.append(f"line {number}: {exc.errors()[0]['msg']}")
        if len(pairs) > MAX_LINES:
            raise InputError(f"the file has more than {MAX_LINES} pairs; use `companion eval score` for large files")
    if not pairs:
        raise InputError("no valid lines: each line is a JSON object with id, message and response")
    return pairs, problems


def build(people: People) -> None:
    gr.Markdown("Upload a JSONL file with one `{\"id\", \"message\", \"response\"}` object per line. Each reply is "
                "scored as genuine or performative, with the reasons.")
    upload = gr.File(label="Message/reply pairs (JSONL)", file_types=[".jsonl", ".json", ".txt"], type="filepath",
                     elem_id="eval-upload")
    judged = gr.Checkbox(label="Also ask the configured model to judge each reply (LLM judge)", value=False,
                         interactive=people.settings.openai_api_key is not None, elem_id="eval-judge")
    run = gr.Button("Score", variant="primary", elem_id="eval-run")
    summary = gr.Markdown(elem_id="eval-summary")
    table = gr.Dataframe(headers=["id", "genuineness", "flags", "why"], label="Scores", interactive=False, wrap=True,
                         elem_id="eval-table")
    report = gr.HTML(elem_id="eval-report")
    downloads = gr.File(label="Download: report.html, scores.jsonl, summary.json", file_count="multiple",
                        elem_id="eval-downloads")

    def score(path: str | None, with_judge: bool, request: gr.Request):
        from eval.run import score_pairs, summarise, write_report

        try:
            people.limit.check(people.user(request))
            if not path:
                raise InputError("choose a JSONL file first")
            pairs, problems = read_pairs(Path(path).read_bytes())
        except CompanionError as exc:
            warn(exc)
            return gr.update(), gr.update(), gr.update(), gr.update()
        scores = score_pairs([(str(p.id), p.message, p.response) for p in pairs])
        shown = _show(scores, problems, "Uploaded replies", summarise, write_report)
        if not with_judge:
            return shown
        from eval.judge import Judge, agreement

        judge = Judge(people.settings_for(people.user(request)))
        verdicts = [judge.judge(p.message, p.response) for p in pairs]
        values = [v.verdict.genuineness if v.verdict else None for v in verdicts]
        stats = agreement(values, [s.genuineness for s in scores])
        text = shown[0] + (f"\n\nLLM judge: {stats['pairs']} judged, {stats['failures']} failed (counted, not scored); "
                           f"same genuine/performative call on {stats['same_call']}, Pearson {stats['pearson']}.")
        rows = [row + [value if value is not None else f"failed: {v.error}"]
                for row, value, v in zip(shown[1], values, verdicts)]
        return text, gr.update(value=rows, headers=["id", "genuineness", "flags", "why", "judge"]), *shown[2:]

    gr.Markdown("Or play the project's scenario set (multi-turn hard moments, journaling and evaluation probes) "
                "through the guided responder and score every reply.")
    scenarios = gr.Button("Run the scenario set (guided)", elem_id="eval-scenarios")

    def run_scenarios(request: gr.Request):
        from eval.run import load_scenarios, run as play, summarise, write_report

        try:
            people.limit.check(people.user(request))
        except CompanionError as exc:
            warn(exc)
            return gr.update(), gr.update(), gr.update(), gr.update()
        scores = play(load_scenarios(), "guided", progress=False)
        return _show(scores, [], "Scenario run (guided)", summarise, write_report)

    from companion.ui import measure

    measure.build(people)
    run.click(score, [upload, judged], [summary, table, report, downloads])
    scenarios.click(run_scenarios, None, [summary, table, report, downloads])


def _show(scores, problems: list[str], title: str, summarise, write_report):
    """Scores → (summary text, table rows, the report in a frame, files to download)."""
    stats = summarise(scores)
    out = Path(tempfile.mkdtemp(prefix="companion-eval-"))
    page = write_report(scores, stats, out, title)
    rows = []
    for s in scores:
        weakest = min((d for d, v in s.dimensions.items() if v is not None), key=lambda d: s.dimensions[d], default=None)
        rows.append([f"{s.scenario}#{s.turn}" if s.use != "evaluation" else s.scenario, round(s.genuineness, 3),
                     ", ".join(s.flags), s.reasons.get(weakest, "") if weakest else ""])
    text = (f"**{len(scores)} replies scored**: mean genuineness {stats['mean_genuineness']:.2f}, "
            f"{stats['share_genuine']:.0%} genuine.")
    if problems:
        text += "\n\nSkipped: " + "; ".join(problems[:10])
    html = page.read_text(encoding="utf-8")
    frame = (f"<iframe title='Evaluation report' srcdoc='{_attr(html)}' "
             "style='width:100%;height:640px;border:1px solid #ccc'></iframe>")
    return text, rows, frame, [str(page), str(out / "scores.jsonl"), str(out / "summary.json")]


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["build", "read_pairs"]
