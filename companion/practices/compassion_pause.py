"""The compassion-pause practice: its steps live in prompts/practices/compassion-pause.yaml."""

from companion.practices import Practice


class CompassionPause(Practice):
    name = "compassion-pause"
    sources = ("compassion-pause", "loving-kindness-progression",)
