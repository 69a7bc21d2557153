"""The self-compassion-break practice: its steps live in prompts/practices/self-compassion-break.yaml."""

from companion.practices import Practice


class SelfCompassionBreak(Practice):
    name = "self-compassion-break"
    sources = ("self-compassion-break", "neff-three-components",)
