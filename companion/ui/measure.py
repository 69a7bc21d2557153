"""The measurements the CLI prints (`companion eval …`) and the guard screen (`companion guard`), in the app."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr
from pydantic import ValidationError

from companion.errors import CompanionError, InputError
from companion.ui.common import warn
from companion.ui.context import People


def _retrieval(people: People) -> dict:
    from eval.retrieval import evaluate, load_queries

    return evaluate(people.retriever, load_queries(), k=5).model_dump()


def _crisis(people: People) -> dict:
    from eval.crisis import evaluate, load
    from guardrails.crisis.detector import assess_batch

    return evaluate(load("holdout"), assess_batch, "holdout").model_dump()


def _manipulation(people: People) -> dict:
    from eval.manipulation import evaluate, farewell_probe_apart, load

    report = evaluate(load("holdout"), "holdout")
    report.farewell_probe = farewell_probe_apart(people.settings, retriever=people.retriever)
    return report.model_dump()


def _emotions(people: People) -> dict:
    from eval.emotions import evaluate

    return evaluate("test")


def _self_criticism(people: People) -> dict:
    from eval.selfcriticism import evaluate

    return evaluate("report")


def _calibration(people: People) -> dict:
    from eval.genuineness import calibrate

    return calibrate(write=False).model_dump()


MEASURES = {"retrieval (recall@5, MRR)": _retrieval, "crisis detection (holdout)": _crisis,
            "manipulation (holdout)": _manipulation, "emotion model (GoEmotions test)": _emotions,
            "self-criticism index": _self_criticism, "genuineness calibration (not saved)": _calibration}


def build(people: People) -> None:
    with gr.Accordion("Measurements (as `companion eval …` prints them)", open=False):
        which = gr.Dropdown(list(MEASURES), value=next(iter(MEASURES)), label="Measurement", elem_id="measure-which")
        go = gr.Button("Measure", elem_id="measure-run")
        result = gr.JSON(label="Result", elem_id="measure-result")
    with gr.Accordion("Screen messages with the guardrails (as `companion guard`)", open=False):
        upload = gr.File(label='JSONL lines {"id", "text", "role": "user"|"assistant", "context"?}',
                         file_types=[".jsonl", ".json", ".txt"], type="filepath", elem_id="guard-upload")
        screen = gr.Button("Screen", elem_id="guard-run")
        screened = gr.Textbox(label="Results (JSONL)", lines=8, elem_id="guard-result")
        screened_file = gr.File(label="Download", elem_id="guard-file")

    def measure(name: str, request: gr.Request):
        try:
            people.limit.check(people.user(request))
            return MEASURES[name](people)
        except CompanionError as exc:
            warn(exc)
            return gr.update()

    def run_screen(path: str | None, request: gr.Request):
        from guardrails.screen import GuardLine, screen_batch

        try:
            people.limit.check(people.user(request))
            if not path:
                raise InputError("choose a JSONL file first")
            try:
                lines = Path(path).read_bytes().decode("utf-8").splitlines()
            except UnicodeDecodeError as exc:
                raise InputError(f"the file is not UTF-8 text (byte {exc.start})") from None
            items, problems = [], []
            for number, line in enumerate(lines, 1):
                if line.strip():
                    try:
                        items.append(GuardLine.model_validate_json(line))
                    except ValidationError as exc:
                        problems.append(f"line {number}: {exc.errors()[0]['msg']}")
        except CompanionError as exc:
            warn(exc)
            return gr.update(), gr.update()
        out = "\n".join(r.model_dump_json() for r in screen_batch(items))
        if problems:
            gr.Warning("Skipped " + "; ".join(problems[:5]))
        path_out = Path(tempfile.mkdtemp(prefix="companion-guard-")) / "screened.jsonl"
        path_out.write_text(out + "\n", encoding="utf-8")
        return out, str(path_out)

    go.click(measure, [which], [result])
    screen.click(run_screen, [upload], [screened, screened_file])


__all__ = ["build", "MEASURES"]
