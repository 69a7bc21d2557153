"""A considered reflection on a journal entry.

The entry goes through the same pipeline as a chat turn with `task="journal"`: the crisis rail first (a
high/imminent entry is answered with the vetted escalation, never a reflection), then the guided composition
below or the LLM with prompts/llm/journal.txt, then the output rails. The guided composition: the entry
reflected in the person's words, the feelings the emotion model reads (offered tentatively), a harsh line
quoted back when the self-criticism index is high, one grounded line from a card, exactly one question, and
one practice where it fits.
"""

from __future__ import annotations

from datetime import datetime, timezone

from companion.journal import Analysis, Journal, Reflection
from companion.practices import practices
from companion.prompts import load_bank
from companion.responders import Draft, TurnContext
from companion import language as lang

#: Emotion labels → words a person would use; labels not listed are not named back.
WORDS = {
    "sadness": "sadness", "grief": "grief", "disappointment": "disappointment", "remorse": "regret",
    "fear": "fear", "nervousness": "worry", "anger": "anger", "annoyance": "frustration",
    "embarrassment": "embarrassment", "confusion": "confusion", "disgust": "disgust", "disapproval": "unease",
    "joy": "some joy", "gratitude": "gratitude", "relief": "relief", "love": "love", "caring": "care",
    "optimism": "hope", "pride": "some pride", "amusement": "some lightness",
}
#: The practice that fits an entry, checked in order: (condition on the analysis, practice name).
CRITIC_AT = 0.4


def practice_for(analysis: Analysis | None) -> str | None:
    if analysis is None:
        return None
    emotions = analysis.emotions
    if analysis.self_criticism >= CRITIC_AT:
        return "friend-letter"
    if {"fear", "nervousness"} & emotions.keys():
        return "soothing-breathing"
    if {"sadness", "grief", "disappointment", "remorse"} & emotions.keys():
        return "self-compassion-break"
    if {"anger", "annoyance"} & emotions.keys():
        return "three-systems-checkin"
    return None


def feeling_words(analysis: Analysis | None) -> list[str]:
    if analysis is None:
        return []
    ranked = sorted(analysis.emotions.items(), key=lambda kv: -kv[1])
    return [WORDS[label] for label, _ in ranked if label in WORDS][:2]


def reading_for_prompt(analysis: Analysis | None) -> str:
    if analysis is None:
        return "(no reading)"
    parts = [f"feelings: {', '.join(feeling_words(analysis)) or 'none clear'}",
             f"self-criticism index {analysis.self_criticism:.2f} (0 none, 1 harsh)"]
    if analysis.themes:
        parts.append(f"themes: {', '.join(analysis.themes)}")
    return "; ".join(parts)


def compose(responder, ctx: TurnContext) -> Draft:
    """The guided reflection (GuidedResponder delegates journal entries here)."""
    bank = load_bank("journal/reflection.yaml")
    analysis: Analysis | None = ctx.analysis  # type: ignore[assignment]
    reading = lang.read(ctx.text)
    pick = lambda key: ctx.rng.choice(bank[key])  # noqa: E731
    parts = [responder.say(ctx, "reflect", clause=reading.clause) if reading.clause else pick("opening").render()]
    words = feeling_words(analysis) or reading.feelings[:2]
    if words:
        parts.append(pick("feelings").render(feelings=" and ".join(words)))
    sources = []
    critical = analysis is not None and analysis.self_criticism >= CRITIC_AT and analysis.self_criticism_evidence
    if critical:
        parts.append(pick("critic").render(quote=analysis.self_criticism_evidence[0]))
    card = responder._grounding_card(ctx, reading)
    if reading.harmed_other:
        parts.append(responder.say(ctx, "accountability"))
        card = responder.cards(ctx).get("kindness-with-accountability")
    elif card is not None and card.offer:
        parts.append(card.offer)
    if card is not None:
        sources.append(card.as_source())
    if critical or reading.self_critical:
        question = responder.say(ctx, "q_friend")
        friend = responder.cards(ctx).get("friend-question")
        if friend is not None and friend.id not in {s.id for s in sources}:
            sources.append(friend.as_source())
    else:
        question = pick("question").render()
    parts.append(question)
    flags = []
    name = practice_for(analysis) if ctx.allow_practices else None
    if name in practices():
        practice = practices()[name]()
        parts.append(pick("practice").render(title=practice.title, name=name))
        flags.append(f"practice_suggested:{name}")
    return Draft(" ".join(p for p in parts if p), sources=sources, flags=flags)


def reflect(pipeline, journal: Journal, entry_id: str) -> Reflection:
    """Reflect on a saved entry and save the reflection with it."""
    entry = journal.get(entry_id)
    reply = pipeline.turn(entry.text, task="journal", analysis=entry.analysis)
    reflection = Reflection(reply=reply.reply, sources=reply.sources, mode=reply.mode, crisis=reply.crisis.level,
                            resources=reply.resources, notice=reply.notice,
                            created=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    journal.set_reflection(entry_id, reflection)
    return reflection
