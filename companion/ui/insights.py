"""The Insights tab: mood, emotions and the inner voice over time, a weekly summary, PNGs to download."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from companion.errors import CompanionError
from companion.patterns import PLOTS, plot, weekly
from companion.ui.common import warn
from companion.ui.context import People


def build(people: People):
    refresh = gr.Button("Show my patterns", variant="primary", elem_id="insights-refresh")
    summary = gr.Markdown(elem_id="insights-summary")
    images = {kind: gr.Image(label=f"{kind.capitalize()} over time", type="filepath", elem_id=f"plot-{kind}",
                             buttons=["download", "fullscreen"])
              for kind in PLOTS}
    files = gr.File(label="Download the plots (PNG)", file_count="multiple", elem_id="insights-files")

    def show(request: gr.Request):
        try:
            entries = people.journal(people.user(request)).entries()
        except CompanionError as exc:
            warn(exc)
            return [gr.update()] * (len(PLOTS) + 2)
        out_dir = Path(tempfile.mkdtemp(prefix="companion-plots-"))
        paths = []
        for kind in PLOTS:
            path = out_dir / f"{kind}.png"
            path.write_bytes(plot(entries, kind))
            paths.append(str(path))
        weeks = weekly(entries)
        text = "\n".join(f"- **Week of {w.week_of}**: {w.summary}" for w in weeks) or "No entries yet."
        return [text, *paths, paths]

    refresh.click(show, None, [summary, *images.values(), files])
