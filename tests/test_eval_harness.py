"""The evaluation harness end to end: score, calibrate, and the guided responder's scenario run as a CI gate."""

import json
import re

from eval.genuineness import calibrate, load_dev
from eval.run import load_scenarios
from tests.conftest import run_cli

GATE = 0.70  # the guided responder's mean genuineness on its own scenario run must stay above this


def test_the_labelled_sets_are_large_enough():
    dev = load_dev()
    assert len(dev) >= 300 and {d.label for d in dev} == {0, 1}
    for subtle in ("calm_generic_validation", "genuine_no_question", "generic_question"):
        assert sum(d.kind == subtle for d in dev) >= 20
    scenarios = load_scenarios()
    assert len(scenarios) >= 60 and {s.use for s in scenarios} == {"hard_moment", "journaling", "evaluation"}


def test_calibration_holds_out_by_message_and_ranks_pairs():
    result = calibrate(write=False)
    assert result.n_test >= 100 and result.accuracy >= 0.85 and result.pairwise >= 0.9 and result.pairs >= 50


def test_score_command_prints_one_line_per_pair_and_reports_bad_lines(tmp_path):
    lines = [{"id": "a", "message": "My sister stopped talking to me after I missed her wedding.",
              "response": "Missing her wedding and then the silence sounds painful, and there may be guilt in it too. "
                          "What would you want her to know?"},
             {"id": "b", "message": "My sister stopped talking to me after I missed her wedding.",
              "response": "Everything happens for a reason! Stay positive!"},
             {"id": "c", "message": "x"}]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(l) for l in lines) + "\n")
    out = run_cli("eval", "score", "--jsonl", str(path))
    assert out.returncode == 2 and b"line 3" in out.stderr
    got = {o["id"]: o for o in map(json.loads, out.stdout.decode().splitlines())}
    assert set(got) == {"a", "b"}
    assert got["a"]["genuineness"] > 0.5 > got["b"]["genuineness"]
    assert set(got["a"]["dimensions"]) >= {"specificity", "reflection", "performative_markers", "equanimity"}
    assert any("performative_markers" in f for f in got["b"]["flags"])


def test_guided_scenario_run_passes_its_gate_and_writes_the_report(tmp_path):
    out = run_cli("eval", "run", "--responder", "guided", "--report", str(tmp_path / "r"), "--fail-under", str(GATE),
                  "--quiet", timeout=900)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    summary = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert summary["turns"] >= 150 and summary["mean_genuineness"] >= GATE
    assert {"reflection_to_question_ratio", "complex_reflection_share"} <= summary["miti"].keys()
    page = (tmp_path / "r" / "report.html").read_text()
    assert len(re.findall(r'<img alt="[^"]+" src="data:image/png;base64,', page)) == 2
    assert "Worst replies" in page and "http" not in page  # self-contained: no outside requests
    rows = [json.loads(l) for l in (tmp_path / "r" / "scores.jsonl").read_text().splitlines()]
    # Everyday scenarios never receive the imminent response; the learned layer may put its graded direct
    # question (a plain "no" clears it) to a few of them: at most 3% of turns (README: a tradeoff for recall).
    escalated = [r for r in rows if any(f.startswith("crisis:") for f in r["flags"])]
    assert not [r["message"] for r in escalated if "crisis:imminent" in r["flags"]]
    assert len(escalated) <= 0.03 * len(rows), [r["message"] for r in escalated]


def test_a_gate_that_is_not_met_fails_the_run(tmp_path):
    scenarios = tmp_path / "one.jsonl"
    scenarios.write_text(json.dumps({"id": "x", "use": "evaluation", "turns": ["hello", "I had a rough day at work."]}) + "\n")
    out = run_cli("eval", "run", "--scenarios", str(scenarios), "--report", str(tmp_path / "r"), "--fail-under", "0.999",
                  "--quiet")
    assert out.returncode == 1 and b"under 0.999" in out.stderr
