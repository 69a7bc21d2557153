"""Scorers: one class per dimension of a supportive reply. Each takes explicit inputs and returns a value in
[0, 1] (higher is more genuine), a reason, and the evidence spans it found. `all_scorers()` lists them."""

from eval.scorers.base import ScoreInput, ScoreResult, Scorer, all_scorers

__all__ = ["ScoreInput", "ScoreResult", "Scorer", "all_scorers"]
