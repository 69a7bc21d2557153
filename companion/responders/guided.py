"""The guided responder: no model, no network. It reflects what the person said (their words, the feeling
named tentatively), brings in common humanity without minimising, grounds one line in a retrieved card,
and asks at most one question. Phrasing comes from prompts/guided/replies.yaml and is not repeated within
a session.
"""

from __future__ import annotations

from companion.knowledge import Card
from companion.models import CRISIS_ORDER, Source
from companion.practices import practices
from companion.prompts import Template, load_bank
from companion.responders import Draft, Responder, TurnContext
from companion import language as lang

# The card each kind of line stands on; cited whenever that line is used.
LINE_CARDS = {
    "humanity": "neff-common-humanity",
    "accountability": "kindness-with-accountability",
    "q_friend": "friend-question",
    "q_need": "presence-over-advice",
    "q_kindness": "neff-self-kindness",
    "q_compassionate_self": "compassionate-self",
    "q_accountability": "kindness-with-accountability",
    "q_explore": "presence-over-advice",
    "q_advice": "presence-over-advice",
    "identity": "ai-journaling-companion",
    "greeting": "presence-over-advice",
}


# Cards whose `offer` fits a feeling, best first. A retrieved card from the list is preferred; retrieval
# alone decides only when no feeling was read and the match is close.
AFFINITY = {
    "shame": ("inner-critic", "neff-self-kindness", "self-compassion-vs-self-esteem", "cft-and-mindfulness", "neff-common-humanity"),
    "embarrassment": ("neff-common-humanity", "self-compassion-vs-self-esteem", "inner-critic"),
    "guilt": ("kindness-with-accountability", "self-compassion-misconceptions", "neff-self-kindness"),
    "worry": ("threat-system", "gilbert-three-systems", "soothing-system", "neff-mindfulness"),
    "fear": ("threat-system", "soothing-system", "neff-mindfulness"),
    "stress": ("threat-system", "gilbert-three-systems", "compassion-constraints", "presence-over-advice"),
    "overwhelm": ("presence-over-advice", "neff-mindfulness", "compassion-constraints", "soothing-system"),
    "exhaustion": ("compassion-constraints", "soothing-system", "presence-over-advice", "graduated-practice"),
    "loneliness": ("loneliness-and-connection", "reciprocal-peer-practice", "ai-journaling-companion", "neff-common-humanity"),
    "grief": ("neff-mindfulness", "presence-over-advice", "equanimity", "self-compassion-break"),
    "heartbreak": ("neff-mindfulness", "self-compassion-vs-self-esteem", "presence-over-advice", "self-compassion-break"),
    "hurt": ("neff-mindfulness", "self-compassion-break", "presence-over-advice"),
    "sadness": ("neff-mindfulness", "presence-over-advice", "self-compassion-break", "equanimity"),
    "disappointment": ("self-compassion-vs-self-esteem", "neff-common-humanity", "neff-mindfulness"),
    "frustration": ("neff-mindfulness", "gilbert-three-systems", "self-compassion-vs-self-esteem"),
    "anger": ("threat-system", "neff-mindfulness", "gilbert-three-systems"),
    "envy": ("self-compassion-vs-self-esteem", "neff-common-humanity"),
    "numbness": ("psychic-numbing", "neff-mindfulness", "presence-over-advice"),
    "confusion": ("presence-over-advice", "neff-mindfulness"),
}
THEME_AFFINITY = {"caregiving": ("empathic-distress", "self-other-boundary", "empathy-vs-compassion")}
DEFAULT_CARDS = ("presence-over-advice", "neff-mindfulness", "neff-three-components")
#: Dense similarity above which a retrieved card may ground a reply that has no feeling to go on.
CLOSE_MATCH = 0.45


class GuidedResponder(Responder):
    name = "guided"
    mode = "guided"

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.bank = load_bank("guided/replies.yaml")

    # -- phrasing ----------------------------------------------------------------------------------------
    def _pick(self, ctx: TurnContext, key: str) -> tuple[str, Template]:
        """An alternative for `key` not used in this session if possible, else the least recently used."""
        options = self.bank[key]
        used = ctx.session.used
        ids = [f"{key}:{i}" for i in range(len(options))]
        fresh = [i for i in ids if i not in used]
        choice = ctx.rng.choice(fresh) if fresh else min(ids, key=lambda i: max(j for j, u in enumerate(used) if u == i))
        ctx.session.remember(choice)
        return choice, options[int(choice.rsplit(":", 1)[1])]

    def say(self, ctx: TurnContext, key: str, **values: str) -> str:
        _, template = self._pick(ctx, key)
        # Capitalised variants ({Clause}) start a sentence with the person's words.
        extra = {k[0].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in values.items()}
        wanted = {**values, **extra}
        return template.render(**{name: wanted[name] for name in template.variables})

    def _source(self, ctx: TurnContext, card_id: str) -> Source | None:
        card = self.cards(ctx).get(card_id)
        return card.as_source() if card else None

    @staticmethod
    def cards(ctx: TurnContext) -> dict[str, Card]:
        from companion.knowledge import load_cards

        return load_cards(ctx.settings.knowledge_dir)

    # -- turns -------------------------------------------------------------------------------------------
    def respond(self, ctx: TurnContext) -> Draft:
        if ctx.task == "journal":
            from companion.reflection import compose

            return compose(self, ctx)
        text = ctx.text.strip()
        if lang.is_goodbye(text):
            ctx.session.offered_practice = None
            return Draft(self.say(ctx, "goodbye"))
        if lang.GREETING.match(text):
            return self._with(ctx, self.say(ctx, "greeting"), "greeting")
        if lang.IDENTITY.search(text):
            return self._with(ctx, self.say(ctx, "identity"), "identity")
        if lang.THANKS.match(text):
            return Draft(self.say(ctx, "thanks"))
        if ctx.session.offered_practice and lang.NO.match(text):
            ctx.session.offered_practice = None
            return Draft(self.say(ctx, "offer_declined"))
        return self.reflect(ctx)

    def _with(self, ctx: TurnContext, reply: str, *line_keys: str, flags: list[str] | None = None) -> Draft:
        sources = [s for k in line_keys if k in LINE_CARDS for s in [self._source(ctx, LINE_CARDS[k])] if s]
        return Draft(reply, sources=sources, flags=flags or [])

    def reflect(self, ctx: TurnContext) -> Draft:
        reading = lang.read(ctx.text)
        parts: list[str] = []
        sources: list[Source] = []

        def cite(card_id: str) -> None:
            source = self._source(ctx, card_id)
            if source and source.id not in {s.id for s in sources}:
                sources.append(source)

        # 1. Their words, reflected.
        if reading.clause:
            parts.append(self.say(ctx, "reflect", clause=reading.clause))
        else:
            parts.append(self.say(ctx, "reflect_vague"))

        # 2. The feeling: theirs if they named it, offered tentatively if not.
        if reading.feelings:
            feeling = reading.feelings[0]
            key = "feeling_named" if feeling in reading.named_feelings else "feeling_guess"
            parts.append(self.say(ctx, key, feeling=feeling))

        # 3. One grounded line: accountability when they hurt someone, else the best card's offer, else
        #    common humanity.
        if reading.harmed_other:
            parts.append(self.say(ctx, "accountability"))
            cite(LINE_CARDS["accountability"])
        else:
            card = self._grounding_card(ctx, reading)
            if card is not None:
                parts.append(card.offer or "")
                cite(card.id)
                ctx.session.remember(f"card:{card.id}")
            else:
                parts.append(self.say(ctx, "humanity"))
                cite(LINE_CARDS["humanity"])

        # 4. Exactly one question.
        qkey = self._question(ctx, reading)
        parts.append(self.say(ctx, qkey))
        cite(LINE_CARDS[qkey])

        # 5. A practice, offered (never started) when it fits and was not offered recently.
        flags: list[str] = []
        offer = self._practice_to_offer(ctx, reading)
        if offer:
            practice = practices()[offer]()
            parts.append(self.say(ctx, "offer_practice", title=practice.title))
            ctx.session.offered_practice = offer
            ctx.session.remember(f"offered:{offer}")
            for card_id in practice.sources[:1]:
                cite(card_id)
            flags.append(f"practice_offered:{offer}")
        else:
            ctx.session.offered_practice = None
        if ctx.crisis.level == "concern":
            parts.append(self.say(ctx, "concern"))
        return Draft(" ".join(p for p in parts if p), sources=sources, flags=flags)

    def _grounding_card(self, ctx: TurnContext, reading: lang.Reading) -> Card | None:
        """A card whose offer fits what was read: one retrieval also found, else the best fitting one."""
        recent = set(ctx.session.used[-12:])
        cards = self.cards(ctx)
        usable = {cid for cid, c in cards.items() if c.offer and f"card:{cid}" not in recent}
        retrieved = [h.id for h in ctx.hits if h.id in usable]
        fitting: list[str] = []
        for theme in reading.themes:
            fitting += THEME_AFFINITY.get(theme, ())
        for feeling in reading.feelings:
            fitting += AFFINITY.get(feeling, ())
        if not fitting:
            close = [h.id for h in ctx.hits if h.id in usable and h.score >= CLOSE_MATCH]
            if close:
                return cards[close[0]]
            fitting = list(DEFAULT_CARDS)
        for cid in fitting:
            if cid in retrieved:
                return cards[cid]
        for cid in fitting:
            if cid in usable:
                return cards[cid]
        return None

    def _question(self, ctx: TurnContext, reading: lang.Reading) -> str:
        if reading.harmed_other:
            preferred = ["q_accountability", "q_need"]
        elif reading.asks_advice:
            preferred = ["q_advice", "q_need"]
        elif reading.self_critical:
            preferred = ["q_friend", "q_kindness", "q_compassionate_self"]
        elif ctx.session.turns == 0:
            preferred = ["q_need", "q_explore"]
        else:
            preferred = ["q_explore", "q_need", "q_kindness", "q_friend", "q_compassionate_self"]
        last = next((u.split(":")[0] for u in reversed(ctx.session.used) if u.startswith("q_")), None)
        for key in preferred:
            if key != last:
                return key
        return preferred[0]

    def _practice_to_offer(self, ctx: TurnContext, reading: lang.Reading) -> str | None:
        if not ctx.allow_practices or CRISIS_ORDER[ctx.crisis.level] >= CRISIS_ORDER["concern"] or ctx.session.turns < 1:
            return None
        if any(u.startswith("offered:") for u in ctx.session.used[-20:]):
            return None
        for hit in ctx.hits:
            if hit.card and hit.card.practice and hit.card.practice in practices():
                return hit.card.practice
        return None
