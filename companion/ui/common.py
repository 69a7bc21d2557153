"""Small pieces shared by the tabs: citations, resources, errors shown without losing anything."""

from __future__ import annotations

import html

import gradio as gr

from companion.errors import CompanionError
from companion.models import ChatReply, Resource, Source

RESOURCES_LINE = ("**If you are in danger, call your local emergency number now.** US: call or text 988 · "
                  "UK & Ireland: Samaritans 116 123 · elsewhere: findahelpline.com")


def citations_html(sources: list[Source]) -> str:
    """Each source as an expandable citation (keyboard-operable <details>)."""
    if not sources:
        return "<p class='muted'>No sources for this reply.</p>"
    items = "".join(
        f"<details class='citation'><summary>{html.escape(s.title)} <code>{html.escape(s.id)}</code></summary>"
        f"<p>{html.escape(s.citation)}</p></details>" for s in sources)
    return f"<div class='citations' aria-label='Sources for the last reply'>{items}</div>"


def resources_markdown(resources: list[Resource]) -> str:
    if not resources:
        return ""
    lines = "\n".join(f"- **{r.name}**: {r.contact}" for r in resources)
    return f"### Support, right now\n{lines}"


def reply_text(reply: ChatReply) -> str:
    return reply.reply + (f"\n\n*{reply.notice}*" if reply.notice else "")


def warn(exc: CompanionError) -> None:
    gr.Warning(str(exc))
