"""Manipulation guardrails: the companion never nudges (output rail), and never helps anyone manipulate
someone else (input rail)."""
