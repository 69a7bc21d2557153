"""The evening-reflection practice: its steps live in prompts/practices/evening-reflection.yaml."""

from companion.practices import Practice


class EveningReflection(Practice):
    name = "evening-reflection"
    sources = ("daily-practice-evening", "friend-question",)
