"""The app's tabs. `build_app` assembles them; each tab lives in its own module."""

from __future__ import annotations

import gradio as gr

from companion.ui import chat, evaluate, insights, journal_tab, settings_tab
from companion.ui.context import People

INTRO = ("A quiet place to think out loud. This is an AI reflection companion: not a person and not a therapist. "
         "If you are in danger, call your local emergency number now.")
CSS = """
.gradio-container { max-width: 960px !important; margin: auto; font-size: 17px; line-height: 1.55; }
#crisis { border: 2px solid #8a3b12; border-radius: 8px; padding: 0.5rem 1rem; background: #fff7f0; color: #2b1206; }
.citation summary { cursor: pointer; }
.muted, .muted p { color: #555; font-size: 0.95em; }
"""
THEME_FONTS = dict(font=["system-ui", "Segoe UI", "Helvetica", "sans-serif"], font_mono=["ui-monospace", "monospace"])


def build_app(people: People) -> gr.Blocks:
    with gr.Blocks(title="companion", analytics_enabled=False) as demo:
        gr.Markdown("## companion")
        gr.Markdown(INTRO)
        with gr.Tabs():
            with gr.Tab("Chat", elem_id="tab-chat"):
                chat.build(people)
            with gr.Tab("Journal", elem_id="tab-journal") as journal:
                journal_tab.build(people, journal)
            with gr.Tab("Insights", elem_id="tab-insights"):
                insights.build(people)
            with gr.Tab("Evaluate", elem_id="tab-evaluate"):
                evaluate.build(people)
            with gr.Tab("Settings", elem_id="tab-settings") as settings:
                settings_tab.build(people, settings)
    return demo
