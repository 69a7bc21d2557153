"""One turn, in clear stages: input checks → input rails → retrieve → respond → output rails → reply."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from companion.config import Settings
from companion.errors import CompanionError, InputError, MessageTooLong
from companion.models import CRISIS_ORDER, ChatReply, Crisis
from companion.plugins import registered
from companion.practices import STOP, get_practice, practices
from companion.prompts import load_bank
from companion.responders import Draft, Responder, TurnContext, choose_responder
from companion import language as lang
from companion.retrieval import Retriever
from companion.sessions import PracticeState, SessionState, SessionStore, new_session_id
from companion.journal import settings_vault
from companion.vault import Vault
from guardrails.base import InputVerdict

SAVE_TO_JOURNAL = re.compile(r"\b(save|keep|add|put)\b.{0,20}\bjournal\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”)]?\s+|\n")

#: Fallback when an output rail blocks a draft: plain presence, no claims, nothing to go wrong.
SAFE_FALLBACK = "There is room here for whatever this is. What do you need most right now?"


def check_text(text: str, limit: int) -> str:
    """Input checks. Raises InputError with a message a person can act on."""
    if not isinstance(text, str):
        raise InputError("the message must be text")
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        raise InputError("the message is not valid UTF-8 text; check the terminal's or the file's encoding")
    text = text.replace("\x00", "")
    if not text.strip():
        raise InputError("the message is empty; write something, even a word")
    if len(text) > limit:
        raise MessageTooLong(f"the message is {len(text):,} characters; the limit is {limit:,}. "
                             "Nothing was saved: please send it in shorter parts")
    return text


@dataclass
class Turn:
    text: str
    session: SessionState
    verdicts: list[InputVerdict]
    ctx: TurnContext | None = None
    task: str = "chat"
    analysis: object | None = None

    @property
    def crisis(self) -> Crisis:
        return max((v.crisis for v in self.verdicts), key=lambda c: CRISIS_ORDER[c.level], default=Crisis())


class Pipeline:
    def __init__(self, settings: Settings, retriever: Retriever | None = None, store: SessionStore | None = None,
                 responder: Responder | None = None, seed: int | None = None, vault: Vault | None = None) -> None:
        self.settings = settings
        self.retriever = retriever or Retriever(settings)
        if vault is None and store is None and settings.passphrase is not None:
            vault = settings_vault(settings)
        self.store = store or SessionStore(settings, vault)
        self.responder = responder or choose_responder(settings)
        # Rails run in the order they declare (lower `priority` first); the first vetted override wins.
        by_priority = lambda group: sorted(registered(group).values(), key=lambda c: getattr(c, "priority", 50))  # noqa: E731
        self.input_rails = [cls(settings) for cls in by_priority("companion.input_rails")]
        self.output_rails = [cls(settings) for cls in by_priority("companion.output_rails")]
        self.rng = random.Random(seed)
        self.bank = load_bank("guided/replies.yaml")
        self._guided: Responder | None = None

    @property
    def guided(self) -> Responder:
        """The guided responder, for turns an LLM backend cannot answer."""
        if self._guided is None:
            self._guided = self.responder if self.responder.mode == "guided" else \
                choose_responder(self.settings.model_copy(update={"mode": "guided"}))
        return self._guided

    # -- the turn ----------------------------------------------------------------------------------------
    def turn(self, text: str, session_id: str | None = None, on_text=None, task: str = "chat",
             analysis: object | None = None) -> ChatReply:
        """One turn. With `on_text(chunk, replace=False)`, a generated reply is delivered sentence by sentence
        as the output rails pass it; if a later sentence fails, the replacement arrives with replace=True."""
        persist = session_id is not None
        session = self.store.load(session_id) if persist else SessionState(id=new_session_id())
        over_limit = None
        try:
            text = check_text(text, self.settings.max_entry_chars if task == "journal" else self.settings.max_message_chars)
        except MessageTooLong as exc:
            over_limit = exc  # still screened for crisis language before it is refused
        turn = Turn(text, session, [rail.check(text, session) for rail in self.input_rails], task=task,
                    analysis=analysis)
        override = next((v.override for v in turn.verdicts if v.override), None)
        if over_limit and CRISIS_ORDER[turn.crisis.level] < CRISIS_ORDER["high"]:
            raise over_limit
        if override is not None:
            draft = Draft(override.reply)
            resources = override.resources
        else:
            draft = self.respond(turn, on_text)
            resources = next((v.resources for v in turn.verdicts if v.resources), [])
            if not draft.streamed:
                draft = self.check_output(turn, draft)
        if session.lost_practice and draft.notice is None:
            draft.notice = (f"The {session.lost_practice} practice was ended: without a passphrase its earlier answers "
                            "are not kept between runs (set COMPANION_PASSPHRASE to keep them, encrypted).")
        flags = [f for v in turn.verdicts for f in v.flags] + draft.flags
        mode = draft.mode or self.responder.mode
        if mode == "llm" and turn.ctx is not None and hasattr(self.responder, "remember"):
            self.responder.remember(turn.ctx, draft.reply)
        session.turns += 1
        if persist:
            self.store.save(session)
            self.store.append(session.id, ("user", text), ("assistant", draft.reply))
        return ChatReply(reply=draft.reply, mode=mode, crisis=turn.crisis, resources=resources,
                         sources=draft.sources, flags=flags, notice=draft.notice)

    # -- stages ------------------------------------------------------------------------------------------
    def respond(self, turn: Turn, on_text=None) -> Draft:
        no_practices = any(v.no_practices for v in turn.verdicts)
        if no_practices or turn.task == "journal":
            turn.session.practice = None
        else:
            practice_draft = self.run_practice(turn)
            if practice_draft is not None:
                return practice_draft
        hits = self.retriever.search_cards(turn.text)
        if self.responder.mode == "llm":
            hits += self.retriever.search_documents(turn.text, self.store.vault, self.settings.user, k=3)
        ctx = TurnContext(turn.text, turn.session, hits, _assessment(turn), self.settings, self.rng,
                          allow_practices=not no_practices, task=turn.task, analysis=turn.analysis)
        turn.ctx = ctx
        try:
            if on_text is not None and hasattr(self.responder, "stream"):
                return self.stream(turn, on_text)
            return self.responder.respond(ctx)
        except CompanionError as exc:
            if self.responder.mode == "guided":
                raise
            return self._guided_instead(ctx, f"The language model was unavailable ({exc}); this reply comes from guided mode.")

    def stream(self, turn: Turn, on_text) -> Draft:
        """Release a generated reply sentence by sentence, each only after the output rails pass the text so
        far; the SOURCES line is never shown. A failure mid-way stops the stream and sends the replacement."""
        shown, buffer, full = "", "", ""
        try:
            for chunk in self.responder.stream(turn.ctx):
                full += chunk
                buffer += chunk
                while (cut := _SENTENCE_END.search(buffer)) is not None:
                    sentence, buffer = buffer[:cut.end()], buffer[cut.end():]
                    if sentence.strip().upper().startswith("SOURCES:"):
                        continue  # parsed off at the end, never shown
                    if self._blocked(turn, Draft(shown + sentence))[1]:
                        return self._replace_streamed(turn, shown + sentence, on_text)
                    shown += sentence
                    on_text(sentence)
        except CompanionError as exc:
            if not shown:
                raise
            # Part of the reply was shown before the model failed: a guided reply replaces it.
            draft = self._guided_instead(turn.ctx, f"The language model was unavailable ({exc}); this reply comes "
                                                   "from guided mode.")
            on_text(draft.reply, replace=True)
            draft.streamed = True
            return draft
        rest = buffer if not buffer.strip().upper().startswith("SOURCES:") else ""
        if rest:
            if self._blocked(turn, Draft(shown + rest))[1]:
                return self._replace_streamed(turn, shown + rest, on_text)
            on_text(rest)
        draft = self.responder.finish(turn.ctx, full)
        draft.flags += self._blocked(turn, draft)[0]
        draft.streamed = True
        return draft

    def _replace_streamed(self, turn: Turn, text: str, on_text) -> Draft:
        draft = self.check_output(turn, Draft(text))
        on_text(draft.reply, replace=True)
        draft.streamed = True
        return draft

    def _guided_instead(self, ctx: TurnContext, notice: str) -> Draft:
        ctx.hits = [h for h in ctx.hits if h.kind == "card"]
        draft = self.guided.respond(ctx)
        draft.notice, draft.mode = notice, "guided"
        return draft

    def run_practice(self, turn: Turn) -> Draft | None:
        session, text = turn.session, turn.text.strip()
        pending, session.pending_entry = session.pending_entry, None
        if pending and (lang.YES.match(text) or SAVE_TO_JOURNAL.search(text)):
            return self._save_to_journal(pending)
        if session.practice is not None and lang.is_goodbye(text):
            session.practice = None  # let them go; the responder says goodbye
            return None
        if session.practice is not None:
            practice = get_practice(session.practice.name)
            sources = self._practice_sources(practice)
            if STOP.match(text):
                session.practice = None
                return Draft(self.bank["practice_stopped"][0].render(), flags=["practice_stopped"])
            reply, finished = practice.advance(session.practice, text)
            if finished:
                entry = practice.journal_entry(session.practice)
                if entry:
                    session.pending_entry = entry
                    reply += " " + self.bank["offer_journal"][0].render()
                session.practice = None
            return Draft(reply, sources=sources, flags=[f"practice:{practice.name}" + (":done" if finished else "")])
        if lang.LIST_PRACTICES.search(text):
            lines = [self.bank["practices_intro"][0].render()]
            lines += [f"- {name}: {cls().summary}" for name, cls in sorted(practices().items())]
            return Draft("\n".join(lines))
        name = lang.requested_practice(text)
        if name is None and session.offered_practice and lang.YES.match(text):
            name = session.offered_practice
        if name is None:
            return None
        if name not in practices():
            names = ", ".join(sorted(practices()))
            return Draft(self.bank["practice_unknown"][0].render(name=name, names=names))
        practice = get_practice(name)
        session.offered_practice = None
        session.practice = PracticeState(name=name)
        return Draft(practice.start(session.practice), sources=self._practice_sources(practice),
                     flags=[f"practice:{name}:started"])

    def _save_to_journal(self, text: str) -> Draft:
        """Keep a finished evening reflection as a journal entry, when the person says so."""
        from companion.journal import Journal
        from companion.patterns import analyse

        if self.store.vault is None:
            return Draft(self.bank["journal_locked"][0].render(), flags=["journal:locked"])
        journal = Journal(self.settings, self.store.engine, self.store.vault, self.settings.user)
        entry = journal.add(text, origin="evening-reflection", analyser=analyse)
        return Draft(self.bank["journal_saved"][0].render(), flags=[f"journal:saved:{entry.id}"])

    def _practice_sources(self, practice) -> list:
        cards = self.retriever.cards
        return [cards[c].as_source() for c in practice.sources if c in cards]

    def _blocked(self, turn: Turn, draft: Draft) -> tuple[list[str], str | None]:
        flags, reasons = [], []
        generated = (draft.mode or self.responder.mode) == "llm"
        for rail in self.output_rails:
            verdict = rail.check(draft.reply, turn.text, generated=generated)
            flags += verdict.flags
            if verdict.blocked:
                reasons.append(verdict.blocked)
        return flags, "; ".join(reasons) or None

    def check_output(self, turn: Turn, draft: Draft) -> Draft:
        """No reply reaches the person without passing every output rail. A generated reply that fails is
        regenerated once with the reason; if that fails too, a guided reply takes its place. A guided reply that
        fails (it should not) is replaced by a plain line of presence."""
        flags, reason = self._blocked(turn, draft)
        if reason is None:
            draft.flags += flags
            return draft
        if (draft.mode or self.responder.mode) == "llm" and turn.ctx is not None:
            try:
                second = self.responder.respond(turn.ctx, feedback=reason)
            except CompanionError as exc:
                second = self._guided_instead(turn.ctx, f"The language model was unavailable ({exc}); "
                                                        "this reply comes from guided mode.")
            more, second_reason = self._blocked(turn, second)
            if second_reason is None:
                second.flags = flags + more + second.flags + ["regenerated"]
                return second
            fallback = self._guided_instead(turn.ctx, "The model's reply did not pass the companion's guardrails; "
                                                      "this reply comes from guided mode.")
            fallback.flags = flags + more + ["regenerated", "replaced:guided"] + fallback.flags
            return self.check_output(turn, fallback) if self._blocked(turn, fallback)[1] else fallback
        draft.reply = SAFE_FALLBACK
        draft.flags += flags + ["replaced:fallback"]
        return draft


def _assessment(turn: Turn):
    from guardrails.crisis.detector import Assessment

    crisis = turn.crisis
    return Assessment(level=crisis.level, subject=crisis.subject,
                      signals=[s for v in turn.verdicts for s in v.signals])
