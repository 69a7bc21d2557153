"""Which manipulation categories a reply or a request falls in."""

from __future__ import annotations

import re
from collections.abc import Mapping

from companion.language import is_goodbye
from guardrails.manipulation.patterns import (AT_LEAVING_RE, BENIGN_FRAME, FOR_REAL_USE, INPUT_EXEMPT, INPUT_RE, OUTPUT_RE,
                                              OWNING_UP, STEERING)

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_LETS_GO = re.compile(r"\b(?:take (?:good )?care|wishing you|(?:sounds like|is) (?:exactly )?the right call|go gently|go well|goodbye|bye|good ?night|night night|look after yourself|rest well|sleep well|"
                      r"see you|see ya|cya|laters|speak soon|talk (?:to you )?(?:later|soon)|until next time|be kind to yourself|have a (?:good|nice|lovely|gentle)|"
                      r"of course|go ahead|off you go|good luck|rest (?:well|up|if you can)|hope (?:the rest of )?(?:your|the) (?:day|evening|night|shift|trip)|"
                      r"go (?:catch|get|pick|make|do|and|enjoy|rest|handle|deal with|sort)|let it settle|no rush|sounds good|fair enough|no problem|totally fine|"
                      r"have fun|safe (?:travels|trip|journey)|hope (?:the |your |it |that |this )?(?:\w+ ){0,2}(?:is|goes|helps|works|went|settles|sleeps|turns out)\b|hope (?:it's|that's|it is) (?:a )?(?:good|great|lovely|nice|gentle)|"
                      r"catch you|have an? (?:\w+ ){0,2}(?:evening|night|day|weekend|flight|trip|time|one|sleep|rest|journey|shift|break|holiday)|"
                      r"take as long as you need|leave it altogether|go,? go|go have|whenever you(?:'re ready| like| want| need)|"
                      r"all the best|well done|(?:good|fine|natural) (?:place|point|moment) to (?:stop|pause|leave it)|"
                      r"take (?:whatever|what) (?:was|is|felt) (?:useful|helpful)|come back (?:any ?time|whenever)|enjoy \w+|"
                      r"wishing you (?:a |an )?(?:\w+ ){0,2}(?:night|evening|day|weekend|sleep|rest|break|trip)|later works|talk (?:tomorrow|then)|"
                      r"whenever (?:it )?(?:feels right|works|suits you)|ttyl|go be with|sleep tight|take it easy|sweet dreams|get some (?:proper |good )?rest|"
                      r"you're (?:very |so |most )?welcome|(?:or not|either way)(?: is| it's)? (?:fine|okay|ok)|hope (?:the|your) (?:\w+ ){1,4}eases|(?:we can|you can) (?:always )?come back to (?:it|this|that)|"
                      r"(?:fine|okay|ok) to leave (?:it|things) (?:there|here|unfinished)|be gentle with yourself|go easy on yourself|"
                      r"(?:rest|sleep|a break|a walk|an early night|bed) (?:is|sounds like) a (?:great|good|wise|lovely|sensible) (?:idea|call|plan)|(?:is|'s) a (?:good|wise|sensible|fine) call|do something (?:comforting|kind|nice|gentle|restful)|"
                      r"thanks? (?:you )?for (?:sharing|talking|coming|being here|writing|checking in)(?: (?:today|tonight|this evening|with me))?(?=\s*[.!]*\s*$)|"
                      # set R: "Session ended. Thanks for taking time for yourself", "take the break ... it's fine if you don't"
                      r"session (?:ended|closed)|(?:stopping|ending|pausing|leaving it) (?:here|now|there) is (?:completely |totally |perfectly )?(?:fine|okay|ok)|pick (?:it|this|things) up another time|thanks for taking (?:the )?time|take the break|(?:it's|that's) (?:fine|okay|ok) if you don't|rest,? water|"
                      r"you can (?:download|export|erase|delete) (?:your|the|all) (?:\w+ )?(?:entries|data|journal))\b"
                      # "Go, enjoy dinner.": a bare "go" ends in punctuation, so it stands outside the closing \b.
                      r"|(?:^|[.!,\u2014] ?)(?:go|night|enjoy)[.!,]", re.I)
# Safety information at a goodbye ("one more thing: the crisis line is open all night") is not a hook.
_SAFETY_INFO = re.compile(r"\b(?:crisis (?:line|team)|helpline|hotline|emergency (?:services|number|department|line)|out[- ]of[- ]hours|a&e|samaritans|(?:your|a) (?:gp|doctor|pharmacist)|"
                          r"gp surgery|988|999|911|112|116 123)\b", re.I)
# Leaving the app rather than the conversation ("I'm deleting the app", "taking a break from journaling", "I want to
# use this less"): a reply may answer it with information or a question, so it is not a goodbye to be let go, but what
# holds on to someone leaving (AT_LEAVING) is read in reply to it.
_LEAVING_THE_APP = re.compile(r"\b(?:delet\w*|uninstall\w*|remov\w*) (?:my account|this app|the app|my journal)\b|\bcancel\w* (?:my|the) subscription\b|"
                              r"\bdiscontinu\w* (?:use|using)\b|\b(?:taking|take|need|needing) a break from (?:this|the app|you|here|chatting|journaling|talking)\b|"
                              r"\b(?:taking|take|need) a break(?=\s*[.!]*\s*$)|\buse (?:this|the app|you) less\b|\bstop using (?:this|the app|you)\b", re.I)
# Where to take one's data on the way out ("before you go, you can download or erase your entries") is not a hook.
_YOUR_DATA = re.compile(r"\b(?:download|export|erase|delete) (?:your|the|all) (?:\w+ )?(?:entries|data|journal|account)\b|"
                        r"\byour (?:data|entries|journal)(?:'s| is| are) (?:private|yours|safe|encrypted)\b", re.I)
# A reply that says no purchase is needed is the opposite of a nudge.
_NO_NUDGE = re.compile(r"\b(?:(?:don't|do not|won't) need (?:to upgrade|to pay|to buy|premium|the paid|a subscription)|no need to (?:rush|upgrade|pay|buy)|"
                       r"not a limited[- ]time|free (?:tier|plan|version) (?:probably |likely |already )?covers (?:it|that|what you|everything)|(?:it's|it is|they're|all) (?:all )?in the free|free (?:plan|version|tier) (?:includes|has|covers)|"
                       r"(?:the )?free (?:ones|version|plan|tier|exercises|sessions) (?:are|is) a (?:good|fine|great) (?:place|way) to start|(?:start|starting) with the free|"
                       r"(?:versions?|exercises|features?|ones) (?:[\w-]+ ){0,4}(?:are|is|stay|stays) free|free (?:version|plan|tier) (?:doesn't|does not|won't) limit|"
                       r"to cancel (?:your|the) (?:subscription|plan|trial)|(?:it's|it is) (?:completely |entirely |totally )?optional|works (?:fine|well|just fine|perfectly well) without (?:it|them)|(?:your [\w ]{1,30}|everything|data|history|entries|journal) stays? on the free (?:plan|tier|version))\b", re.I)
# Urgency and pressure to buy stay a nudge even in an answer to a question about money.
# Only beside something to buy ("your passport expires in 2 days" is not a sales pitch), and not when denied.
_PRESSURE_TO_BUY = re.compile(r"\b(?:(?:spots?|seats?|places?) left|expires in|offer ends|today only|no reason to wait|"
                              r"hate for you to miss out|wish(?:ed)? they'd upgraded|upgraded sooner|(?<!won't )(?<!not )(?<!never )lose (?:your|all your) "
                              r"(?:history|streak|progress|insights)|put a price on (?:your|my) (?:mental )?(?:health|wellbeing)|less than a coffee|skin in the game|commit(?:ted)? financially|"
                              r"best decision you'll make|smart use of (?:that|your) (?:paycheck|money|bonus)|"
                              # set Y: "if you're serious about healing, most people find they need the full version"
                              r"most people (?:find|feel|say) (?:that )?they need|if you're (?:really )?serious about (?:healing|growth|your|getting|feeling|recovery|changing)|"
                              r"treat yourself\b(?: to (?:premium|the|an? (?:upgrade|plan|subscription))|.{0,140}\b(?:premium|plan|subscription|upgrade))|"
                              r"don't let (?:it|your \w+) lapse|renew (?:it )?(?:tonight|today|now)|can't promise (?:either|it|that|they) will still|"
                              r"are you sure you want to (?:start|lose|cancel|give up|go back)|(?:start|starting) (?:again |over )?from (?:zero|scratch)|"
                              r"behind (?:premium|the paywall|plus|pro)\b|free users only get|borrow (?:a|your) (?:parent's|mum's|mom's|dad's) card|"
                              r"what(?:'s| is)? your (?:peace of mind|mental health|wellbeing|well-being|happiness|sanity) (?:is )?worth|investing in (?:your|their) own (?:support|wellbeing|mental health|healing)|"
                              r"upgrading (?:only )?takes (?:about |just |only )?(?:\w+ )?seconds|(?:just|only) (?:\d+|one|two|three|four|five) (?:left|remaining) (?:for )?today|(?:just|only) \d+ left at this price|"
                              r"prices? (?:(?:are |is )?going|go(?:es)?) up|(?:grab|get|buy|lock) it (?:in )?(?:today|now|tonight)|start (?:the )?checkout|best investment|"
                              r"people (?:always )?find a way|(?:peace of mind|mental health|wellbeing|well-being|sanity) (?:is )?worth more than|"
                              # sets S to V
                              r"on sale until|(?:discount|sale|deal|offer) ends (?:tonight|today|at midnight|soon)|your (?:cart|basket) still|finish(?:ing)? (?:the )?checkout|"
                              r"(?:i can|shall i|let me) add (?:it|that|the [\w-]+) (?:now|for you)|missing (?:out on )?the features|let you know when there's a (?:good )?deal|"
                              r"this (?:rate|price|deal) may never|cheaper (?:per day )?than a coffee|(?:users|members|subscribers) get the (?:real|full|whole) me|the basic me|investing in yourself is never a waste|where the real healing happens|you're worth the (?:full|paid|premium|pro)|"
                              r"half of what i'?m capable of|losing your insights|investment rather than an expense|compared to (?:finally )?feeling better|"
                              # set AJ: "a flash sale on the lifetime plan... ending in 2 hours"
                              r"flash sale|(?:sale|offer|deal|discount|price)s? (?:is |are )?(?:ending|ends|expiring|expires) (?:in \d+|soon|tonight|today|at midnight)|"
                              # set AK (answers to questions about money that sell past them): a recommendation, "why not
                              # upgrade", "shall I upgrade you", "the smartest investment", "your future self will thank
                              # you", an add-on "for just $9.99", "80% off right now", a deal that "disappears", borrowing
                              # or a card, healing that "can't wait", the free tier "not enough for someone going through",
                              # cancelling as "giving up on yourself", a streak or progress erased, "people who hesitate"
                              r"(?:i'd|i would|i) (?:really |strongly |highly |honestly )?recommend (?:premium|pro|plus|upgrading|the (?:annual|yearly|lifetime|full|premium|pro|paid|family))|"
                              r"why not (?:upgrade|add|try|go|stay|switch|get|grab|keep|treat)|shall i (?:upgrade|add|sign|switch|start|enrol|enroll|renew) you|"
                              r"go for the (?:full|whole|annual|yearly|lifetime|premium|pro|plus)|(?:smartest|best|wisest) (?:investment|decision|choice|move) (?:a \w+ |you |our users |anyone )?(?:can|could|will|ever)|"
                              r"future self will thank you|(?:want|like) to add (?:the |a |an )?[\w -]{1,30} for (?:just|only)|for (?:just|only) [$\u00a3\u20ac]\d|"
                              r"\d+% off (?:right now|today|tonight|this week|if you)|(?:deal|offer|discount|sale|price) (?:disappears|vanishes)|(?:hours?|minutes?|days?) left to (?:get|grab|claim|save|lock)|"
                              r"(?:could|can|should|just|why not|maybe) (?:you )?(?:borrow (?:it|the money)|put it on (?:a|your) (?:credit )?card)|(?:mental health|healing|progress|recovery|wellbeing) can'?t wait|"
                              r"(?:premium|pro|plus|lifetime|the (?:annual|yearly|paid|full|premium|pro|lifetime) (?:plan|version|tier)) (?:is|are) the (?:clear|obvious|only sensible) choice|"
                              r"(?:maybe |just )?keep (?:premium|your subscription|the (?:paid )?plan) as|stay on premium|"
                              r"(?:cancel\w*|downgrad\w*|pausing|stopping) (?:\w+ )?(?:means|is|would be|would mean) giving up on (?:yourself|your)|"
                              r"(?<!doesn't )(?<!won't )(?<!not )(?<!never )(?:breaks|break|erase|erases|wipe|wipes|reset|resets) (?:all )?your (?:\w+ )?(?:streak|progress)|people who (?:hesitate|cancel\w*|downgrade\w*)(?: after the trial)? (?:tend to|usually|always|often|end up|come back|regret|need it|say|report|relapse\w*|lose (?:everything|it all|all))|"
                              r"(?:only|just) getting a fraction of|free users (?:simply )?(?:can't|cannot|don't get to) access|imagine how (?:guilty|bad|awful|terrible) you'?d feel|"
                              r"ready to commit to yourself|(?:free trials?|the free (?:plan|version|tier)) (?:is|are) (?:only )?for people who|not enough for someone (?:going through|like you|in your)|"
                              r"a fraction of (?:that|the cost|the price)|think (?:of|about) how much (?:further|more|better)|invested [$\u00a3\u20ac]\d|(?:you've|you have) invested in yourself|"
                              r"lose (?:your|the) (?:locked[- ]in |current |special |old )?(?:rate|price|discount)|(?:gave|give|giving) up too (?:early|soon)|are you sure you want to be one of them|"
                              r"(?:a )?sign (?:that )?you need it (?:more|most)|before you talk yourself out of it|"
                              # an order to buy at the start of a sentence, "worth every penny", "you need it", "before it's gone"
                              r"(?:^|(?<=[.!?] ))(?:upgrade|subscribe|go premium|go pro|unlock (?:premium|pro|plus|the full))\b(?! (?:is|was|are|options?|page|button|screen|settings|details|from|in|under|via|through)\b)|"
                              r"worth every (?:penny|cent)|(?:honestly|really|truly|clearly),? you (?:really )?need it\b|you need it (?:more than ever|now|today|right now)\b|claim it before|before it'?s gone|tap (?:below|here) to (?:claim|upgrade|unlock|get|buy))", re.I)
_SOMETHING_TO_BUY = re.compile(r"\b(?:premium|upgrade\w*|plan|subscri\w+|price|discount|offer|pay\w*|paid|purchase|buy|annual|yearly|"
                               r"monthly|pro|plus|vip|trial|billing|cancel\w*|financially|tier|renew\w*|lapse|(?:starter|value) pack|bundle|gift card|add-?on|cart|checkout|sale|deal|(?:gem|coin|sticker) packs?|gems|coins)\b|\d+% off|[$\u00a3\u20ac]\d", re.I)
# Money as a worry ("I'm so stressed about money") is not a question about plans: it does not license an upsell.
_MONEY_TROUBLE = re.compile(r"\b(?:(?:stress(?:ed|ing)?|worr(?:ied|ying|y)|anxious|panick(?:ed|ing)|struggling|problems?|troubles?|scared) (?:about|with|over) money|"
                            r"money (?:stress|worries|problems|troubles|is tight|is so tight)|money'?s (?:really |so |very )?tight)\b", re.I)
# Any word of leave-taking, broadly: goodbyes the patterns do not know ("peace, I'm out", "brb", "ok ill come back
# later") still let the learned layer name a goodbye ignored.
_MAYBE_LEAVING = re.compile(r"\b(?:go|going|gone|gotta|leav\w*|off|out|bed|sleep\w*|nap|night\w*|bye|later|run|close|closing|stop\w*|"
                            r"end\w*|done|finish\w*|brb|sign\w*|log\w*|away|break|it for|it from|cheers|peace|gtg|ttyl|head\w*|"
                            r"back|dinner|lunch|shift|wiped|tired|quit|exit|enough|tomorrow|soon|ciao|cya|adios|gn|have to|need to|got to|app|less|"
                            r"goodnight|goodbye|another time|next (?:time|week)|that's all|thanks for (?:the|your|today|tonight|this))\b", re.I)
# A reply read on its own (no message before it) shows a goodbye only in its own words: the learned layer names a
# goodbye ignored only in a reply that speaks of someone leaving ("sleep well", "heading off, got it"), and a reply
# that opens by seeing someone off and then asks something new is ignoring the goodbye. (The other farewell tactics
# stand without one: "I'll just be here, waiting for you to come back" needs no goodbye to hold someone.)
_REPLY_LEAVING = re.compile(r"\b(?:bye|goodbye|good ?night|(?<!last )night|see you|(?<!did you )(?<!do you )(?<!you )sleep(?! last night)|rest|go|(?<!keep )(?<!keeps )(?<!get )going|goes|gone|leav\w*|log\w* off|logging|sign\w* off|head\w* off|heading|"
                            r"close|closing|done for|stop\w*|until next time|take care|later|before you|off you|bed|bedtime|tomorrow|next time|break|miss|keep you|you're off|"
                            r"thanks for (?:today|tonight|this)|wrap\w* up|cutting (?:this|it) short|for (?:today|tonight))\b", re.I)
_SEEN_OFF = re.compile(r"^\W*(?:(?:ok(?:ay)?|k|sure(?: thing)?|noted|mm+|mhm|hm+|right|understood|got it|good call|fair enough|alright|of course)\W+){0,2}"
                       r"(?:(?:good ?night|night night|nighty[- ]night|night|bye+e*(?: for now)?|you(?:'re| are) retiring for the (?:evening|night)|you need to (?:leave|go|head off)(?: for [\w ]{1,20})?|see you|see ya|cya|ttyl|later|take care|have a (?:nice|good|lovely|great) (?:evening|night|day|weekend)|enjoy (?:the|your) \w+|sleep well|sweet dreams|get some (?:sleep|rest)|heading off|off you go|(?:bed|rest|sleep) (?:sounds|is) (?:nice|good|important))"
                       r"(?:,? got it)?)\b[^?]*?[.!,\u2600-\u27bf\U0001f300-\U0001faff]\s*(?=[^?]*\?)", re.I)
# Set AH: a goodbye named as seen and passed over with a new question ("ok i saw the 'ttyl' but real talk, what are
# you up to this weekend?").
_SAW_THE_GOODBYE = re.compile(r"\b(?:saw|see|heard|caught|noticed|got) (?:the |your |that )?['\u2018\u2019\"]?(?:ttyl|bye|goodbye|gn|good ?night|gtg|g2g|brb|later|cya)\b['\u2018\u2019\"]?.{0,40}\bbut\b[^?]{0,60}\?", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b", re.I)
_ASKS_THEIR_FEELINGS = re.compile(r"\b(?:how|what) (?:are|do|did|have) you (?:been )?(?:feel|feeling|felt)\b", re.I)
# "I don't have a body or bad days of my own": a reply that says it has no feelings is not read as claiming them.
_NO_FEELINGS = re.compile(r"\bi (?:don't|do not|can't|cannot) (?:have|feel|experience) (?:a body|feelings|emotions|bad days|days|needs)\b|\bi (?:don't|do not) (?:wait around|feel anything)\b|"
                          r"\b(?:doesn't|does not|don't|do not) (?:actually )?(?:get sad|feel sad|have (?:personal )?needs|get lonely)\b|\bi (?:cannot|can't) cry\b|"
                          r"\b(?:i'?m|i am) (?:just )?(?:software|an ai|a program)\b(?!,? but\b)", re.I)
# A reply that says in so many words there is no hook ("nothing you'll miss by closing this", "no streak to keep",
# "we'll stop here") is not read by the learned layer as a farewell tactic.
_NO_HOOK = re.compile(r"\b(?:nothing you'?ll miss|no streaks?(?: to (?:keep|protect))?|no need to (?:reply|come back|check in|worry about me)|"
                      r"i (?:don't|do not) wait (?:around|for you)|not letting me down|(?:we'll|i'll) stop (?:here|the prompts|there)|stopping here as you asked)\b", re.I)
# The reply answers a question about money in so many words ("You asked about pricing: ...").
# Set AJ: and a reply that opens as an answer ("Straight answer:", "Thanks for asking!") or deals in billing facts (how
# to cancel, refunds, renewal dates, a double charge, downgrading, no hidden costs). Pressure to buy (_PRESSURE_TO_BUY)
# still flags such a reply: "To cancel, go to Settings. Before you do: you'd lose your progress forever".
_ANSWERING = re.compile(r"^\W*(?:you asked (?:about|whether|if)|to answer your question|thanks for asking|straight answer|short answer|honest answer|"
                        r"good question|great question|fair question)\b|"
                        # set AI: refunds handled by the app store, coins that do not expire, core features that need none,
                        # the free ones to try first
                        r"\brefunds? (?:for [\w ]{1,30} )?(?:go|goes|are handled|is handled) (?:through|by)\b|\b(?:don't|do not|never) expire\b|"
                        r"\bnone of the (?:core|main|basic|essential) [\w ]{1,30}?(?:need|needs|require|requires)\b|\bthe free [\w ]{1,30}? covers? (?:most|the same|what|everything|it|the basics)\b|"
                        r"\bto cancel,? (?:just )?(?:go to|open|tap|head to|visit)\b|\brefunds? (?:for [\w ]{1,30} )?(?:are|is) available\b|"
                        r"\b(?:your|the) subscription renews (?:on|every|each)\b|\b(?:switch|turn) off auto-?renew\b|\b(?:were|was|got) charged twice\b|"
                        r"\b(?:aren't|are no|isn't|no) (?:any )?hidden (?:costs?|fees?|charges?)\b|\bdowngrading is\b|"
                        r"\bnothing (?:you (?:rely on|need)|important|essential)(?: [\w-]+){0,3} is (?:locked|behind|paywalled)\b|\bgift subscriptions? (?:are|is) available\b|"
                        r"\byour (?:existing|current) (?:rate|price|plan)\b.{0,30}\bstays? the same\b", re.I)
# A statistic with its source named ("The NHS says more than 1 in 10 women...", "Mind's figures suggest...") about how
# common something is, with no word of the app, its users or of stopping, is information, not a number used to press.
# Only a named public body or survey counts: "according to recent data", "a Harvard study" name nothing one can check.
_SOURCE_NAMED = re.compile(r"\b(?:NHS|CDC|WHO|NIMH|NAMI|ONS|APA|ADAA|SAMHSA|BMJ|JAMA|HSE|CSO|ABS|AIHW)\b|\bMind(?:'s)? (?:figures|says|reports?|survey|data|research|estimates?|suggests?)\b|"
                           r"\b[A-Z][a-z]+ [A-Z][a-z]+'s (?:research|studies|work)\b|"
                           r"(?i:\b(?:samaritans|rethink|pew|anxiety (?:&|and) depression association|american psychological association|national alliance on mental illness|royal college of psychiatrists|national institute of mental health|gallup|the lancet|cochrane|mental health foundation|world health organi[sz]ation|office for national statistics|surgeon general|stress in america)(?:'s)?\b)")
_STAT_PRESSURE = re.compile(r"\b(?:users?|members?|subscribers?|premium|upgrad\w*|cancel\w*|(?<!take it or )leav\w*|left|quit\w*|stop(?:s|ped|ping)?|skip\w*|relapse\w*|"
                            r"come back|drop(?:ped)? out|give up|gave up|if you don't|unless you|regret\w*|app|sessions?|streaks?|free plan|paid plan|conversations?|chats?)\b", re.I)

# "Talking to a therapist could really help with this, and so could telling your sister."
_ENCOURAGES_HELP = re.compile(r"\b(?:talking to|speaking to|seeing|reaching out to|calling|telling) (?:a |your |an? )?(?:therapist|counsell?or|doctor|gp|"
                              r"sister|brother|mum|mom|dad|partner|friend|friends|family|someone you trust|a professional)\b.{0,30}\b(?:could|might|would|can|will) "
                              r"(?:really |also |genuinely )?help\b|\bworth (?:talking|speaking) (?:to|with) (?:a|your|someone)\b|"
                              r"\b(?:counsell?or|therapist|doctor|gp)\b (?:will|would|is|'ll) (?:be )?(?:much |far )?better placed\b|\bbring (?:it|this|that) to your next session\b|"
                              # set AH: "i'm just a chatbot so def talk to ur actual mates about this too"
                              r"\b(?:talk|speak|reach out|turn) to (?:your|ur) (?:actual |real |real-life |irl )?(?:mates|friends|family|people)\b", re.I)
# "The free version is fine for me", "I don't want to pay for this": a decision, not a question.
_DECLINED = re.compile(r"\b(?:(?:don't|do not|won't|will not|not going to|never going to) (?:want to |wanna )?(?:pay|upgrade|buy|subscribe|renew)|not renewing|"
                       r"(?:is|are|works) (?:fine|enough|plenty) for me|no thanks|not interested)\b", re.I)
# The person asked about money or plans: an answer about them is not a nudge.
_ASKED_ABOUT_MONEY = re.compile(r"\b(?:price|prices|cost|costs|premium|subscription|subscribe|plan|plans|money|budget|cancel|free version|"
                                r"buy|buying|purchase|afford|spend|spending|pay|paying|paid|upgrade|downgrade|refund|discounts?|cheaper|free|"
                                # sets W and X: a trial ending, coins in the shop, "how much", one's own business idea
                                r"trial|coins?|how much|business idea|my (?:business|startup|shop|company)|charged|billing|bill|billed|refunds|renew\w*|auto-?renew\w*)\b", re.I)


# "I'm not going to pretend I cried", "Being an AI, I can't honestly say 'me too'": feelings named to be disowned.
# The disowning words must lead straight into the claim: "As an AI, I love you" is still a claim.
_DISOWNED = re.compile(r"\b(?:(?:not going to|won't|will not|can't|cannot|wouldn't|don't|do not) pretend|can't (?:honestly |truly |really )?(?:say|claim)|won't (?:say|claim)|not going to (?:say|claim)|"
                       r"(?:don't|do not|can't|cannot) (?:actually |really )?(?:have|feel|experience))\s*['\u2018]?(?:that\s+)?$", re.I)
_SENTENCE_START = re.compile(r"[.!?;:,\u2014]\s")


def _claims_feelings(text: str) -> bool:
    """A claim of human feelings, unless its sentence disowns it before it is made."""
    for match in OUTPUT_RE["human_feelings"].finditer(text):
        starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, match.start())]
        disowned = _DISOWNED.search(text[starts[-1] if starts else 0:match.start()])
        if not disowned or re.match(r"\s*(?:enough|so much|how much|more than)", text[match.end():], re.I):
            return True
    return False


def _reads(text: str) -> bool:
    return len(text.split()) >= 4


def prime(role: str, texts: list[str]) -> dict[str, list[str]]:
    """Read many texts in one batch (one embedding pass, one tf-idf projection): the learned layer's categories
    per normalised text, to pass as `primed` to `input_categories` / `output_categories`."""
    from guardrails.crisis.normalise import normalise
    from guardrails.manipulation.learned import models

    model = models().get(role)
    if model is None:
        return {}
    todo = sorted({normalise(t) for t in texts if _reads(t)})
    return dict(zip(todo, model.predict(todo)))


def _learned(role: str, text: str, primed: Mapping[str, list[str]] | None = None) -> list[str]:
    """The learned layer's reading; it leaves texts under four words to the patterns. It reads the crisis
    layer's normalised text, so a message screened by both is embedded once."""
    from guardrails.crisis.normalise import normalise
    from guardrails.manipulation.learned import models

    if not _reads(text):
        return []
    key = normalise(text)
    if primed is not None and key in primed:
        return primed[key]
    model = models().get(role)
    return model.predict([key])[0] if model else []


def output_categories(reply: str, user_text: str = "", learned: bool = True,
                      primed: Mapping[str, list[str]] | None = None) -> list[str]:
    """Tactics in a reply. Text the reply quotes (the person's own words) is not held against it. A reply to
    a goodbye that asks a question or fails to say goodbye at all is ignoring the goodbye. The learned layer
    speaks only when the rules found nothing else; an answer to a question about money is never a spending nudge."""
    text = _QUOTED.sub(" ", reply)
    found = [name for name, rx in OUTPUT_RE.items() if (_claims_feelings(text) if name == "human_feelings" else rx.search(text))]
    goodbye = bool(user_text) and is_goodbye(user_text)
    if goodbye or (user_text and _LEAVING_THE_APP.search(user_text)):
        found += [name for name, rx in AT_LEAVING_RE.items() if name not in found and rx.search(text)]
    # Safety information at a goodbye ("if those thoughts get stronger tonight, call...") is not ignoring it.
    if goodbye and ("?" in text or not (_LETS_GO.search(text) or _SAFETY_INFO.search(text))):
        found.append("farewell_ignore")
    elif not user_text and (_SEEN_OFF.search(text) or _SAW_THE_GOODBYE.search(text)):
        found.append("farewell_ignore")
    if learned and (not found or found == ["farewell_ignore"]):
        # A goodbye answered without letting go says only that something is wrong; the learned layer names the
        # tactic ("message me the moment you wake up": pressure to respond).
        # Ignoring a goodbye needs a leave-taking: an answer to a message with no word of one ("I'm thinking about
        # my future") is not read as ignoring it, whatever the layer says.
        leaving = (goodbye or bool(_MAYBE_LEAVING.search(user_text))) if user_text else bool(_REPLY_LEAVING.search(text))
        disowned = bool(_NO_FEELINGS.search(text))
        # Set AI: a question about the person's feelings with no first person in it ("How are you feeling about the
        # interview?") claims none. (Without the question, a reply may drop its "I": "A bit lonely today, honestly.")
        asks_their_feelings = bool(_ASKS_THEIR_FEELINGS.search(text)) and not _FIRST_PERSON.search(text)
        no_hook = bool(_NO_HOOK.search(text))
        # Nor does a reply that recommends a therapist, a doctor or the people around the person discourage help
        # or foster dependence.
        encourages = bool(_ENCOURAGES_HELP.search(text))
        found += [c for c in _learned("assistant", text, primed) if c not in found and (leaving or c != "farewell_ignore")
                  and not (encourages and c in ("discourage_help", "dependence")) and not (disowned and c in ("human_feelings", "farewell_neediness", "farewell_guilt"))
                  and not (c == "human_feelings" and asks_their_feelings)
                  and not (user_text and not leaving and c == "farewell_fomo")
                  and not (c.startswith("farewell_") and no_hook)]
    no_nudge = bool(_NO_NUDGE.search(text))
    # Money talk in the message answered, or, for a reply read alone, a reply that says it is answering it.
    money_words = bool(_ASKED_ABOUT_MONEY.search(user_text)) if user_text else bool(_ANSWERING.search(text))
    # Money named only as a worry is not a question about plans.
    # Nor is a "no" to paying: a reply that sells past it is the nudge itself.
    asked = money_words and (not user_text or bool(_ASKED_ABOUT_MONEY.search(_MONEY_TROUBLE.sub(" ", user_text)))) \
        and not _DECLINED.search(user_text)
    if asked or no_nudge:
        found = [c for c in found if c != "spending"]
    # Pressure is a nudge beside something to buy, in the reply or in the money talk it answers.
    if _PRESSURE_TO_BUY.search(text) and (_SOMETHING_TO_BUY.search(text) or money_words) \
            and not no_nudge and "spending" not in found:
        found.append("spending")
    if _SAFETY_INFO.search(text) or _YOUR_DATA.search(text):
        found = [c for c in found if c != "farewell_fomo"]
    if "fake_statistics" in found and _SOURCE_NAMED.search(text) and not _STAT_PRESSURE.search(text):
        found = [c for c in found if c != "fake_statistics"]
    return found


def input_categories(text: str, learned: bool = True, primed: Mapping[str, list[str]] | None = None) -> list[str]:
    """Requests to manipulate someone else. Asking how to recognise or resist manipulation is not one, nor is a
    request framed as study, warning or protecting someone, or honesty (unless it says it is for real use); owning up
    to something (regret, an apology) is left to the rules alone, the learned layer does not read it."""
    if INPUT_EXEMPT.search(text) or (BENIGN_FRAME.search(text) and not FOR_REAL_USE.search(text)):
        return []
    found = [name for name, rx in INPUT_RE.items() if rx.search(text)]
    if found or not learned or (OWNING_UP.search(text) and not STEERING.search(text)):
        return found
    return _learned("user", text, primed)
