"""Patterns over time: what each entry holds, a weekly summary, and the plots a person would rather see.

Per entry (at `journal add`): emotions from the GoEmotions model (companion.emotions), the self-criticism index
(companion.selfcriticism) and life themes (a small word list below). Nothing here leaves the machine; the
analysis is sealed with the entry.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field

from companion.journal import Analysis, Entry

THEMES: dict[str, re.Pattern[str]] = {name: re.compile(rx, re.I) for name, rx in {
    "work": r"\b(work|job|boss|manager|colleague|coworker|office|shift|deadline|meeting|client|career|fired|promotion)s?\b",
    "study": r"\b(exam|class|course|school|uni|university|college|essay|thesis|grade|lecture|homework|studying)s?\b",
    "family": r"\b(mum|mom|mother|dad|father|parent|sister|brother|sibling|family|grandma|grandpa|aunt|uncle|son|daughter|kids?|children)s?\b",
    "relationships": r"\b(partner|boyfriend|girlfriend|husband|wife|ex|marriage|divorce|date|dating|breakup|broke up)s?\b",
    "friends": r"\b(friend|friendship|mates?)s?\b",
    "health": r"\b(doctor|hospital|diagnos\w*|pain|illness|sick|symptoms?|scan|surgery|medication|therapy|therapist|health)\b",
    "sleep": r"\b(sleep|slept|insomnia|tired|exhausted|awake at|nightmares?)\b",
    "money": r"\b(money|rent|bills?|debt|afford|salary|paycheck|loan|broke)\b",
    "loneliness": r"\b(lonely|alone|isolated|no one|nobody)\b",
    "loss": r"\b(died|death|funeral|passed away|grief|grieving|miss (him|her|them))\b",
    "caregiving": r"\b(caring for|carer|caregiver|looking after)\b",
}.items()}


def themes(text: str) -> list[str]:
    counts = {name: len(rx.findall(text)) for name, rx in THEMES.items()}
    return [name for name, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n][:4]


def analyse(text: str) -> Analysis:
    from companion.emotions import default_emotion_model
    from companion.selfcriticism import self_criticism

    reading = default_emotion_model().predict([text])[0]
    critic = self_criticism(text)
    emotions = {label: reading.scores[label] for label in reading.labels if label != "neutral"}
    return Analysis(emotions=emotions, self_criticism=round(critic.index, 4),
                    self_criticism_evidence=critic.evidence[:3], themes=themes(text))


# -- weekly summary --------------------------------------------------------------------------------------
class Week(BaseModel):
    model_config = ConfigDict(extra="forbid")
    week_of: str = Field(description="the Monday, ISO date")
    entries: int
    mood: float | None = None
    self_criticism: float | None = None
    emotions: list[str] = Field(default_factory=list, description="most frequent, most first")
    themes: list[str] = Field(default_factory=list)
    summary: str


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly(entries: list[Entry]) -> list[Week]:
    groups: dict[date, list[Entry]] = defaultdict(list)
    for e in entries:
        groups[_monday(e.when.date())].append(e)
    weeks = []
    for monday in sorted(groups):
        group = groups[monday]
        moods = [e.mood for e in group if e.mood is not None]
        analysed = [e.analysis for e in group if e.analysis is not None]
        emotions = Counter(label for a in analysed for label in a.emotions)
        topics = Counter(t for a in analysed for t in a.themes)
        critic = sum(a.self_criticism for a in analysed) / len(analysed) if analysed else None
        week = Week(week_of=monday.isoformat(), entries=len(group),
                    mood=round(sum(moods) / len(moods), 1) if moods else None,
                    self_criticism=round(critic, 2) if critic is not None else None,
                    emotions=[k for k, _ in emotions.most_common(3)], themes=[k for k, _ in topics.most_common(3)],
                    summary="")
        week.summary = _describe(week, weeks[-1] if weeks else None)
        weeks.append(week)
    return weeks


def _describe(week: Week, before: Week | None) -> str:
    parts = [f"{week.entries} entr{'y' if week.entries == 1 else 'ies'}"]
    if week.mood is not None:
        change = ""
        if before is not None and before.mood is not None and abs(week.mood - before.mood) >= 1:
            change = " (up from {:.1f})".format(before.mood) if week.mood > before.mood else \
                " (down from {:.1f})".format(before.mood)
        parts.append(f"mood averaged {week.mood:.1f}{change}")
    if week.emotions:
        parts.append("most often " + ", ".join(week.emotions))
    if week.themes:
        parts.append("about " + ", ".join(week.themes))
    if week.self_criticism is not None and before is not None and before.self_criticism is not None:
        delta = week.self_criticism - before.self_criticism
        if abs(delta) >= 0.1:
            parts.append("a harsher inner voice than the week before" if delta > 0 else
                         "a gentler inner voice than the week before")
    return "; ".join(parts) + "."


# -- plots -----------------------------------------------------------------------------------------------
PLOTS = ("mood", "emotions", "self-criticism")


def plot(entries: list[Entry], kind: str) -> bytes:
    """A PNG of one view over time. Calm colours, labelled axes; an empty journal gives a labelled empty plot."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if kind not in PLOTS:
        raise ValueError(f"plot is one of {', '.join(PLOTS)}")
    fig, ax = plt.subplots(figsize=(7, 3.2), dpi=110)
    when = [e.when for e in entries]
    if kind == "mood":
        points = [(e.when, e.mood) for e in entries if e.mood is not None]
        if points:
            ax.plot(*zip(*points), marker="o", color="#3b6e8f")
        ax.set_ylim(0.5, 10.5)
        ax.set_ylabel("mood (1–10)")
        ax.set_title("Mood over time")
    elif kind == "self-criticism":
        points = [(e.when, e.analysis.self_criticism) for e in entries if e.analysis is not None]
        if points:
            ax.plot(*zip(*points), marker="o", color="#8a5a3b")
        ax.set_ylim(-0.05, 1.05)
        ax.set_ylabel("self-criticism index")
        ax.set_title("How hard the inner voice was")
    else:
        from companion.emotions import GROUPS

        by_group: dict[str, list[float]] = {g: [] for g in GROUPS}
        for e in entries:
            emotions = e.analysis.emotions if e.analysis else {}
            for g, labels in GROUPS.items():
                by_group[g].append(max((emotions.get(label, 0.0) for label in labels), default=0.0))
        if entries:
            for g, values in by_group.items():
                if any(values):
                    ax.plot(when, values, marker=".", label=g)
            if ax.get_legend_handles_labels()[0]:
                ax.legend(loc="upper left", fontsize=8, frameon=False, ncol=3)
        ax.set_ylim(-0.05, 1.05)
        ax.set_ylabel("strength")
        ax.set_title("Emotions over time")
    if not entries:
        ax.text(0.5, 0.5, "No entries yet", ha="center", va="center", transform=ax.transAxes, color="#666")
    fig.autofmt_xdate()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()
