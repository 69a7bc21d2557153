"""A three-systems check-in (threat, drive, soothing): three ratings, then a reflection on the loudest."""

import re

from companion.practices import Practice
from companion.sessions import PracticeState

_NUMBER = re.compile(r"(?<![\d.])(10|[0-9])(?:\s*/\s*10)?(?![\d.])")


class ThreeSystemsCheckin(Practice):
    name = "three-systems-checkin"
    sources = ("gilbert-three-systems", "threat-system", "drive-system", "soothing-system")

    def accept(self, state: PracticeState, text: str) -> str | None:
        if state.step < 3 and not _NUMBER.search(text):
            return self._say("retry", {})
        return None

    def advance(self, state: PracticeState, text: str) -> tuple[str, bool]:
        match = _NUMBER.search(text)
        if state.step < 3 and match:
            text = match.group(1)
        return super().advance(state, text)

    def finish(self, state: PracticeState) -> str:
        scores = {"threat": int(state.answers["step1"]), "drive": int(state.answers["step2"]),
                  "soothing": int(state.answers["step3"])}
        # Ties go to threat, then drive: the louder alarm is the one worth naming first.
        loudest = max(("threat", "drive", "soothing"), key=lambda k: (scores[k], -("threat", "drive", "soothing").index(k)))
        return self._say(f"close_{loudest}", {}, **{k: str(v) for k, v in scores.items()})
