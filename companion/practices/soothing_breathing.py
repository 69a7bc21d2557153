"""Soothing-rhythm breathing (Gilbert's compassion-focused therapy): steps in prompts/practices/soothing-breathing.yaml."""

from companion.practices import Practice


class SoothingBreathing(Practice):
    name = "soothing-breathing"
    sources = ("soothing-system", "gilbert-three-systems")
