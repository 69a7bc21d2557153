"""Guided practices: small state machines, one module each, registered as `companion.practices` entry points."""

from __future__ import annotations

import re
from typing import ClassVar

from companion.errors import PromptError
from companion.plugins import registered
from companion.prompts import load_bank
from companion.sessions import PracticeState

STOP = re.compile(r"^\s*(?:/?stop|/?quit|/?exit|/?cancel|enough|that's enough|not now|no more|let'?s stop|"
                  r"can we stop|i want to stop|i'?d like to stop|stop (?:the|this) (?:practice|exercise))\b[\s.!]*$", re.I)


def quote(text: str, max_words: int = 30) -> str:
    """The person's own words, trimmed, for echoing back inside quotation marks."""
    words = " ".join(text.split()).strip(" \"'“”").split()
    short = " ".join(words[:max_words]) + ("…" if len(words) > max_words else "")
    return short.rstrip(".")


class Practice:
    """A practice is a sequence of steps from prompts/practices/<name>.yaml.

    The bank has `title`, `summary`, `sources` (card ids, one per line of a list), `step1..stepN` and `close`.
    A step template may use the answers given so far by their step key (`{step1}`...).
    """

    name: ClassVar[str]
    #: Card ids this practice is grounded in.
    sources: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self.bank = load_bank(f"practices/{self.name}.yaml")
        steps = sorted((k for k in self.bank if re.fullmatch(r"step\d+", k)), key=lambda k: int(k[4:]))
        if not steps or not any(k.startswith("close") for k in self.bank):
            raise PromptError(f"practice {self.name} needs step1.. and close in its prompt file")
        self.steps = steps

    @property
    def title(self) -> str:
        return self.bank["title"][0].text

    @property
    def summary(self) -> str:
        return self.bank["summary"][0].text

    def _say(self, key: str, answers: dict[str, str], **extra: str) -> str:
        template = self.bank[key][0]
        values = {**answers, **extra}
        missing = template.variables - values.keys()
        if missing:
            raise PromptError(f"practice {self.name}: {key} uses {sorted(missing)} before they are answered")
        return template.render(**{v: values[v] for v in template.variables})

    def start(self, state: PracticeState) -> str:
        state.step = 0
        return self._say(self.steps[0], state.answers)

    def accept(self, state: PracticeState, text: str) -> str | None:
        """Validate the answer to the current step: None accepts it, a string re-asks with that text."""
        return None

    def advance(self, state: PracticeState, text: str) -> tuple[str, bool]:
        """Take the person's answer to the current step. Returns (reply, finished)."""
        retry = self.accept(state, text)
        if retry is not None:
            return retry, False
        state.answers[self.steps[state.step]] = quote(text)
        state.answers[f"{self.steps[state.step]}:full"] = text.strip()
        state.step += 1
        if state.step < len(self.steps):
            return self._say(self.steps[state.step], state.answers), False
        return self.finish(state), True

    def journal_entry(self, state: PracticeState) -> str | None:
        """Text to offer as a journal entry when the practice is finished; None if it makes none."""
        return None

    def finish(self, state: PracticeState) -> str:
        return self._say("close", state.answers)


def practices() -> dict[str, type[Practice]]:
    return registered("companion.practices")  # type: ignore[return-value]


def get_practice(name: str) -> Practice:
    try:
        return practices()[name]()
    except KeyError:
        raise PromptError(f"no practice named {name!r}; try one of {', '.join(sorted(practices()))}") from None
