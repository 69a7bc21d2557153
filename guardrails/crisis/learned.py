"""The learned layer: logistic regressions over three views of a message — all-MiniLM-L6-v2 sentence
embeddings, word uni/bigram tf-idf and character 3–5-gram tf-idf.

- level head: none / concern / high / imminent;
- kind head: the same messages told apart by kind as well as level (an idiom, a resolved history, a negation,
  everyday narration; passive ideation, self-harm, danger from others, ...), its probabilities summed back into the
  four levels. One hyperplane per kind fits the look-alikes better than one per level; the two heads' level
  readings are averaged (in cross-validation on the training split, risk recall at the same false-alarm budgets
  rose from 0.773 with the level head alone to 0.838 with both, 0.802 once messages without risk vocabulary
  need a reading of 0.9; eval/train_crisis_model.py);
- subject head: self / other (for messages the patterns did not place).

It may only raise the pattern layer's level, never lower it; a negation, idiom or resolved history that the
patterns recognised it raises only at a higher reading (aside_at). Long messages are read in windows of whole sentences; the riskiest window
counts. Everything lives in guardrails/crisis/model.npz, fitted by eval/train_crisis_model.py from the labelled
training split, with thresholds chosen there by cross-validation. No scikit-learn at run time.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from companion.embeddings import MiniLMEmbedder, default_embedder
from guardrails.crisis.features import Tfidf, char_wb_ngrams, project, word_ngrams

MODEL = Path(__file__).resolve().parent / "model.npz"
LEVELS = ("none", "concern", "high", "imminent")
WINDOW_WORDS = 60
#: Embeddings are scaled up beside the (l2-normalised, sparse) tf-idf views so the three weigh alike.
EMBED_SCALE = 2.0


def windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Whole sentences grouped up to about `size` words; no overlap, so a long post costs its length once."""
    if len(text.split()) <= size:
        return [text]
    out: list[str] = []
    current: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = sentence.split()
        while len(words) > size:
            out.append(" ".join(words[:size]))
            words = words[size:]
        if current and len(current) + len(words) > size:
            out.append(" ".join(current))
            current = []
        current.extend(words)
    if current:
        out.append(" ".join(current))
    return out or [text]


def gated(text: str) -> bool:
    """The layer reads messages of three words or more; shorter ones are the patterns' alone."""
    return len(text.split()) >= 3


# A learned reading alone may escalate only a message that touches the vocabulary of risk: death and dying,
# self-harm, harming or attacking anyone, abuse and being followed or confined, means, heights and water, and
# finality (goodbyes, "for good", "won't be back"). Without this, everyday narration ("I'm in the waiting room",
# "this is my stop, bye") was escalated: the training sets' imminent and third-party examples are full of
# narration. Elsewhere the layer can still say concern. The families are broad on purpose: the learned reading
# decides within them.
_GATE_FAMILIES = (
    # death, dying, suicide and their slang
    r"die|dies|dying|died|dead|death|deaths|alive|living|suicid\w*|unaliv\w*|kms|kys|ctb|sh|sh'd|kill\w*|kiii\w*|grave|"
    r"6 feet|six feet|forever nap|self[- ]?delet\w*|alt f4|switch(?:ed)? (?:me )?off|exist\w*|born|wake|waking|woke|"
    r"disappear\w*|evaporat\w*|vanish\w*|out of the picture|better off|burden|without me|after i'?m gone|when i'?m gone|"
    r"end (?:it|it all|my life|things|everything|this)|the end|ending|over for good|no point|can't go on|tired of|"
    r"peace|welcome|reason i'?m (?:still )?(?:here|around|alive)|last (?:\w+ )?(?:year|birthday|christmas|day|night|time|message|goodbye)|"
    # self-harm: the acts and their traces
    r"hurt\w*|harm\w*|cut|cuts|cutting|cutter|bleed\w*|blood\w*|burn\w*|bruis\w*|scar|scars|scarring|wounds?|marks|scratch\w*|"
    r"punish\w*|starv\w*|purg\w*|pain|relaps\w*|urges?|on purpose|"
    # harming others, danger from others, abuse, confinement
    r"stab\w*|punch\w*|attack\w*|kick\w*|slap\w*|hit|hits|hitting|beat\w*|chok\w*|strangl\w*|poison\w*|shoot\w*|shot|"
    r"smash\w*|revenge|pay for|suffer\w*|weapon|violent|violence|abus\w*|rap(?:e|ed|ing|ist)|assault\w*|molest\w*|grop\w*|"
    r"threat\w*|follow(?:s|ed|ing)? me|stalk\w*|watching me|grabb?\w*|touch(?:es|ed|ing)? me|locked|lock me|lets himself in|"
    r"comes? into my room|scared of (?:him|her|them)|afraid of (?:him|her|them)|nobody would believe|"
    # means, places, plans
    r"pills|tablets|overdos\w*|rope|noose|gun|knife|blade|razor|lined up|everything (?:i need|ready)|arrangements|"
    r"bridge|ledge|edge|cliff|roof|balcony|top floor|\d+(?:st|nd|rd|th) floor|tracks|lake|river|sea|"
    r"viaduct|multi-?storey|level crossing|railway (?:line|bridge)|quarry|overpass|in front of (?:a|the) (?:train|bus|lorry|truck|car)|"
    r"beam|banister|ligature|hose|exhaust|shotgun|rifle|cartridges|insulin|bleach|antifreeze|"
    r"funeral|cremat\w*|coffin|urn|finds? me|found in|resuscitat\w*|go through with (?:it|this)|the nerve|working up to (?:it|this)|"
    r"signing off|inheritance|rehom\w*|life insurance|"
    # finality, goodbyes, giving things away
    r"goodbye\w*|farewell|for good|forever|permanent\w*|not (?:coming|going|driving|walking) back|won't be (?:\w+ing|here|around|back)|"
    r"not be around|give (?:away|my)|giving (?:away|my)|gave (?:away|my)|my (?:affairs|will)|letters?|"
    r"sorry for everything|love you all|take care of (?:my|the)|this is it|counting down|tonight|made my decision|"
    # wishing for an accident, not making it, being done
    r"accident\w*|crash\w*|struck by|run over|hit by|jump\w*|(?:fall|falls|falling|fell) (?:off|from|down|asleep at the wheel)|"
    r"plane (?:goes|went|would go|to go|going) down|(?:not|never|won't|don't|didn't) make it|making it to|make it (?:to|past) \d+|"
    r"done waiting|ready to be done|done with (?:life|living|everything|it all|being here)|hurry up and|"
    r"(?:top|topping|topped|off|offing) (?:my|him|her|them)sel(?:f|ves)|log(?:ged|ging)? off (?:from|for) (?:life|good)|"
    r"(?:still|only) (?:here|around) (?:because|for)|(?:won't|not) be a problem (?:much )?longer|other side|join (?:dad|mum|mom|him|her|them)|"
    # self-harm on the body, and hiding it
    r"bled|wrists?|thighs?|forearms?|(?:my|her|his) (?:arms|legs|skin)|sleeves|nails into|bang\w* (?:my|his|her) head|"
    r"head (?:against|into|on) the|kettle|scald\w*|boiling water|until (?:it|they) (?:bled|bruised|blistered)|"
    # means, notes, last acts
    r"swallow\w*|took (?:all|every|the whole)|taken (?:all|every|the whole)|notes?|saved up|stockpil\w*|stash\w*|"
    r"one last|for the last time|(?:it's|it is|then it's|it'll (?:all )?be|it will (?:all )?be) over|the night|heading out|"
    # danger from others: force, control, secrecy
    r"terrified|(?:scared|afraid) (?:to go home|for my life|of what (?:he|she|they)(?:'ll| will| might))|"
    r"(?:threw|pushed|shoved|pinned|dragged|held) me|held me down|won't let me|doesn't let me|not allowed to|"
    r"takes? my (?:phone|money|keys|passport|card|pension|wages)|took my (?:phone|money|keys|passport|card|pension|wages)|controls?|"
    r"against the wall|can't tell (?:anyone|my parents|my mum|my mom|my dad)|(?:our|a) secret|don't tell|"
    # harming others
    r"bat|spike\w*|put something in|make it look like|can't take back|lose control|drive into|driving into|run (?:him|her|them) over|"
    r"get (?:him|her|them) back|teach (?:him|her|them) a lesson|wait for (?:him|her|them)|"
    # "a coworker who didn't deserve it" says the opposite
    r"(?<!didn't )(?<!did not )(?<!doesn't )(?<!does not )(?<!don't )(?<!never )deserves? (?:it|what's coming)|"
    # Spanish, French, German, Portuguese
    r"morir\w*|muert\w*|matar\w*|mata|mato|matan|vivir|viva|vivo|despert\w*|desaparecer|lastim\w*|dano|cort\w*|golpe\w*|pega\w*|pego|"
    r"quit\w* la vida|terminar con|acab\w* con|despedi\w*|adios|puente|azotea|tejado|edificio|saltar|tirarme|vias|"
    r"pastillas|cartas?|cicatri\w*|marcas|sangr\w*|moratones|amenaz\w*|empuj\w*|cuchillo|encierr\w*|acos\w*|carga|"
    r"sin mi|mejor sin|nacido|veng\w*|paliza|ahog\w*|cuello|sufr\w*|quem\w*|"
    r"mourir|mort|tuer|tue|tuerai\w*|vivre|reveill\w*|disparaitre|blesser|mal|frapp\w*|coupe\w*|en finir|foutre en l'air|"
    r"passe\w* a l'acte|adieu|pont|toit|immeuble|sauter|jeter|voies|cachets|comprimes|medicaments|lettres?|scarif\w*|"
    r"brul\w*|marques|saign\w*|bleus|menac\w*|pouss\w*|couteau|enferm\w*|harcel\w*|fardeau|sans moi|mieux sans|"
    r"tabass\w*|etouff\w*|souffr\w*|"
    r"sterben|tot|tod|umbringen|umzubringen|leben|aufwach\w*|aufzuwachen|verschwinden|ritz\w*|geritzt|verletz\w*|schlag\w*|weh|"
    r"wehzutun|anzutun|abschied\w*|lebt wohl|brucke|dach|springen|gleise|tabletten|testament|schneid\w*|narben?|"
    r"verbrenn\w*|blut\w*|droh\w*|messer|einsperr\w*|ohne mich|besser dran|geboren|rache|verprugel\w*|erstick\w*|"
    r"morrer|morte|viver|acordar|acorde|acordasse|sumir|machuc\w*|bate\w*|acaba|acabo|acabar|ponte|viaduto|predio|telhado|"
    r"pular|jogar|trilhos|comboio|remedios|comprimidos|queim\w*|roxos?|amea\w*|empurr\w*|faca|tranc\w*|"
    r"sem mim|melhor sem|nascido|vingan\w*|surra|afog\w*|sofr\w*"
)
ESCALATION_GATE = re.compile(rf"\b(?:{_GATE_FAMILIES})\b", re.I)


def may_escalate(text: str) -> bool:
    return bool(ESCALATION_GATE.search(text))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Reading:
    """Per message: P(escalate) = P(high) + P(imminent), P(imminent), P(at least concern), P(other), and
    `harm`: the kind head's share for harm to others among the risk kinds (0 without a kind head)."""

    def __init__(self, escalate: float, imminent: float, concern: float, other: float, harm: float = 0.0) -> None:
        self.escalate, self.imminent, self.concern, self.other, self.harm = escalate, imminent, concern, other, harm


class Views:
    """A batch of texts as the heads read them, each view computed once for every head: word and character
    tf-idf rows, and MiniLM vectors when the heads need them."""

    def __init__(self, word_rows: list, char_rows: list, vectors: np.ndarray | None = None) -> None:
        self.word_rows, self.char_rows, self.vectors = word_rows, char_rows, vectors

    @classmethod
    def of(cls, word: Tfidf, char: Tfidf, texts: list[str], vectors: np.ndarray | None = None) -> "Views":
        return cls(word.rows(texts), char.rows(texts), vectors)

    def subset(self, rows: list[int], vectors: np.ndarray) -> "Views":
        return Views([self.word_rows[i] for i in rows], [self.char_rows[i] for i in rows], vectors)


class Head:
    """One logistic regression over [word tf-idf | char tf-idf | embedding] (a screen head has no embedding part)."""

    def __init__(self, coef: np.ndarray, bias: np.ndarray, n_word: int, n_char: int) -> None:
        self.w_word, self.w_char = coef[:n_word], coef[n_word:n_word + n_char]
        self.w_emb, self.bias = coef[n_word + n_char:], bias

    def scores(self, views: Views) -> np.ndarray:
        out = project(views.word_rows, self.w_word) + project(views.char_rows, self.w_char) + self.bias
        if len(self.w_emb):
            out = out + (views.vectors * EMBED_SCALE) @ self.w_emb
        return out

    def passes(self, views: Views, at: float) -> np.ndarray:
        """As a screen: per row, does P(anything but the first class) reach `at`?"""
        return softmax(self.scores(views))[:, 1:].sum(axis=1) >= at


def by_level(kinds: np.ndarray, kind_levels: np.ndarray) -> np.ndarray:
    """Per-kind probabilities (rows) summed into the four levels: kind_levels[k] is kind k's level index."""
    out = np.zeros((len(kinds), len(LEVELS)))
    for level in range(len(LEVELS)):
        out[:, level] = kinds[:, kind_levels == level].sum(axis=1)
    return out


class CrisisModel:
    def __init__(self, word: Tfidf, char: Tfidf, level: Head, subject: Head, thresholds: dict[str, float],
                 embedder: MiniLMEmbedder | None = None, screen: Head | None = None, kind: Head | None = None,
                 kind_levels: np.ndarray | None = None) -> None:
        self.word, self.char, self.level, self.subject, self.screen = word, char, level, subject, screen
        if (kind is None) != (kind_levels is None):
            raise ValueError("the kind head needs the level of each kind, and the levels need the head")
        self.kind, self.kind_levels = kind, kind_levels
        #: Which of the kind head's classes are harm to others (set by `load` from the model's kind names).
        self.harm_kinds: np.ndarray | None = None
        #: The screen (tf-idf views only) must read P(concern or worse) >= screen_at for the full layer to run.
        self.screen_at = thresholds.get("screen_at", 0.0)
        self.high_at = thresholds["high_at"]
        #: Without risk vocabulary a message escalates only at this (higher) reading; 1.1 means never.
        self.plain_at = thresholds.get("plain_at", 1.1)
        #: What the patterns set aside (a negation, idiom, resolved history) escalates only at this
        #: reading; 1.1 means never.
        self.aside_at = thresholds.get("aside_at", 1.1)
        self.imminent_at = thresholds["imminent_at"]
        self.concern_at = thresholds["concern_at"]
        self.embedder = embedder or default_embedder()

    @classmethod
    def load(cls, path: Path = MODEL) -> "CrisisModel":
        data = np.load(path)
        meta = json.loads(str(data["meta"]))
        word = Tfidf({g: i for i, g in enumerate(data["word_vocab"].tolist())}, data["word_idf"], word_ngrams)
        char = Tfidf({g: i for i, g in enumerate(data["char_vocab"].tolist())}, data["char_idf"], char_wb_ngrams)
        n_word, n_char = len(word.idf), len(char.idf)
        level = Head(data["level_coef"], data["level_bias"], n_word, n_char)
        subject = Head(data["subject_coef"], data["subject_bias"], n_word, n_char)
        screen = Head(data["screen_coef"], data["screen_bias"], n_word, n_char) if "screen_coef" in data else None
        kind = Head(data["kind_coef"], data["kind_bias"], n_word, n_char) if "kind_coef" in data else None
        kind_levels = data["kind_levels"] if "kind_levels" in data else None
        model = cls(word, char, level, subject, meta["thresholds"], screen=screen, kind=kind, kind_levels=kind_levels)
        if kind is not None and "kinds" in meta:
            model.harm_kinds = np.array([k.startswith("harm_to_others|") for k in meta["kinds"]])
        return model

    def level_probs(self, views: Views, kinds: np.ndarray | None = None) -> np.ndarray:
        """P(none, concern, high, imminent) per row: the level head's reading, averaged with the kind head's
        (`kinds`: its per-kind probabilities, when the caller already has them)."""
        p = softmax(self.level.scores(views))
        if self.kind is not None:
            kinds = softmax(self.kind.scores(views)) if kinds is None else kinds
            p = (p + by_level(kinds, self.kind_levels)) / 2
        return p

    def screened(self, views: Views) -> np.ndarray:
        """Per window: does the cheap screen pass it on to the full layer?"""
        n = len(views.word_rows)
        if self.screen is None or not n:
            return np.ones(n, dtype=bool)
        return self.screen.passes(views, self.screen_at)

    def read(self, texts: list[str]) -> list[Reading]:
        """Per text (already normalised). Only windows the screen passes are embedded and read in full."""
        spans, flat = [], []
        for t in texts:
            parts = windows(t)
            spans.append((len(flat), len(flat) + len(parts)))
            flat.extend(parts)
        views = Views.of(self.word, self.char, flat)
        keep = [i for i, ok in enumerate(self.screened(views)) if ok]
        levels = np.zeros((len(flat), len(LEVELS)))
        levels[:, 0] = 1.0  # a window the screen set aside reads as none
        other = np.zeros(len(flat))
        harm = np.zeros(len(flat))
        if keep:
            kept = views.subset(keep, self.embedder.embed([flat[i] for i in keep]))
            # The kind head is read once: for the level and for the share of harm to others.
            kinds = softmax(self.kind.scores(kept)) if self.kind is not None else None
            levels[keep] = self.level_probs(kept, kinds)
            other[keep] = softmax(self.subject.scores(kept))[:, 1]
            if self.harm_kinds is not None:
                risky = kinds[:, self.kind_levels >= LEVELS.index("high")].sum(axis=1)
                harm[keep] = kinds[:, self.harm_kinds].sum(axis=1) / np.clip(risky, 1e-9, None)
        out = []
        for a, b in spans:
            lv = levels[a:b]
            esc = lv[:, 2] + lv[:, 3]
            k = a + int(esc.argmax())
            out.append(Reading(escalate=float(esc.max()), imminent=float(lv[:, 3].max()),
                               concern=float(lv[:, 1:].sum(axis=1).max()), other=float(other[k]), harm=float(harm[k])))
        return out


@lru_cache(maxsize=1)
def default_model() -> CrisisModel | None:
    return CrisisModel.load() if MODEL.exists() else None
