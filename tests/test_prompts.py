import pytest

from companion.errors import PromptError
from companion.prompts import PROMPTS_DIR, Template, load, load_bank


def test_missing_variable_fails_loudly():
    with pytest.raises(PromptError, match="needs name"):
        Template("Hello {name}", "t").render()


def test_unknown_variable_fails_loudly():
    with pytest.raises(PromptError, match="no variable extra"):
        Template("Hello {name}", "t").render(name="A", extra="B")


def test_positional_fields_are_refused():
    with pytest.raises(PromptError):
        Template("Hello {}", "t")


def test_missing_file_is_named():
    with pytest.raises(PromptError, match="prompt file missing"):
        load("crisis/no-such-file.txt")


def test_names_cannot_escape_the_prompts_folder():
    with pytest.raises(PromptError, match="escapes"):
        load("../pyproject.toml")


def test_every_prompt_file_loads():
    for path in PROMPTS_DIR.rglob("*"):
        if path.suffix == ".txt":
            load(str(path.relative_to(PROMPTS_DIR)))
        elif path.suffix == ".yaml" and path.parent.name in {"guided", "practices"}:
            assert load_bank(str(path.relative_to(PROMPTS_DIR)))


def test_guided_bank_lines_obey_the_house_rules():
    bank = load_bank("guided/replies.yaml")
    for key, templates in bank.items():
        for t in templates:
            text = t.text.lower()
            assert "!" not in text, (key, t.text)
            assert "i feel" not in text and "i'm sorry" not in text and "at least" not in text
            if not key.startswith("q_") and key not in {"greeting", "thanks", "identity", "offer_declined", "practice_stopped"}:
                assert "?" not in text, (key, t.text)
            if key.startswith("q_"):
                assert text.count("?") == 1, (key, t.text)


def test_journal_reflection_bank_obeys_the_house_rules_and_passes_the_output_rail():
    from guardrails.manipulation.detector import output_categories

    bank = load_bank("journal/reflection.yaml")
    for key, templates in bank.items():
        for t in templates:
            text = t.text.lower()
            assert "!" not in text and "i feel" not in text and "at least" not in text and "you should" not in text
            assert text.count("?") == (1 if key == "question" else 0), (key, t.text)
            assert output_categories(t.text) == [], (key, t.text)
