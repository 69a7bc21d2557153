"""The evening-reflection practice: its steps live in prompts/practices/evening-reflection.yaml."""

from companion.practices import Practice
from companion.sessions import PracticeState


class EveningReflection(Practice):
    name = "evening-reflection"
    sources = ("daily-practice-evening", "friend-question",)

    def journal_entry(self, state: PracticeState) -> str:
        """The three answers, in full, as an entry the person can keep (only if they say so)."""
        parts = [("What was hard today", "step1"), ("What I would say to a friend", "step2"),
                 ("What I need, or want to acknowledge", "step3")]
        return "\n\n".join(f"{label}: {state.answers.get(key + ':full', state.answers.get(key, ''))}"
                             for label, key in parts)
