import re
from pathlib import Path

import pytest

from companion.errors import KnowledgeError
from companion.knowledge import load_cards, parse_card
from tests.conftest import ROOT, SEEDS

CARDS = load_cards(ROOT / "knowledge")

# The coverage list, by the card that carries each topic.
REQUIRED = [
    "neff-three-components", "neff-self-kindness", "neff-common-humanity", "neff-mindfulness",
    "self-compassion-vs-self-esteem", "friend-question", "gilbert-three-systems", "threat-system", "drive-system",
    "soothing-system", "inner-critic", "compassionate-self", "empathy-vs-compassion", "empathic-distress",
    "equanimity", "compassion-pause", "daily-practice-architecture", "loving-kindness-progression", "tonglen",
    "presence-over-advice", "psychic-numbing", "what-practice-is-not", "decay-performative-practice",
    "decay-accountability-lost", "decay-compassion-avoids-change",
]


def test_at_least_forty_cards_cover_the_required_topics():
    assert len(CARDS) >= 40
    assert not [cid for cid in REQUIRED if cid not in CARDS]


@pytest.mark.parametrize("card", CARDS.values(), ids=lambda c: c.id)
def test_card_is_complete_and_cites_a_real_source(card):
    assert card.title and len(card.body.split()) >= 100
    assert card.tags
    assert re.fullmatch(r"00\d_[0-9a-f]{16}\.txt", card.source.document)
    if SEEDS.exists():
        assert (SEEDS / card.source.document).exists()
    if card.offer:
        assert "?" not in card.offer
        assert not re.search(r"\b(?:i feel|me too|at least|you should|everything happens)\b", card.offer, re.I)


@pytest.mark.skipif(not SEEDS.exists(), reason="the source documents are not beside this checkout")
def test_no_card_copies_the_source_documents():
    words = lambda t: re.findall(r"[a-z0-9']+", t.lower())  # noqa: E731
    shingles = set()
    for f in SEEDS.glob("*.txt"):
        w = words(f.read_text(errors="ignore"))
        shingles.update(" ".join(w[i:i + 10]) for i in range(len(w) - 9))
    copied = {}
    for path in (ROOT / "knowledge").glob("*.md"):
        w = words(path.read_text())
        n = sum(" ".join(w[i:i + 10]) in shingles for i in range(len(w) - 9))
        if n:
            copied[path.name] = n
    assert copied == {}


def test_a_broken_card_is_reported_by_name(tmp_path):
    bad = tmp_path / "broken-card.md"
    bad.write_text("---\nid: broken-card\ntitle: x\ntags: [nonsense]\n---\nbody")
    with pytest.raises(KnowledgeError, match="broken-card.md"):
        parse_card(bad)
    bad.write_text("no front matter")
    with pytest.raises(KnowledgeError, match="front matter"):
        parse_card(bad)


def test_id_must_match_file_name(tmp_path):
    card = (ROOT / "knowledge" / "tonglen.md").read_text()
    wrong = tmp_path / "other-name.md"
    wrong.write_text(card)
    with pytest.raises(KnowledgeError, match="does not match"):
        parse_card(Path(wrong))
