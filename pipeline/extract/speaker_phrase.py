"""The speaker of a cue: the mention at the cue (``speaker_text`` with offsets), its kind, and
the named mention it resolves to; and ``Attribution``, the record every quote rule fills.

Reads a parsed spaCy ``Doc`` through ``cues.DocIndex``; writes nothing. Used by ``speakers.py``
(direct quotes) and ``indirect.py`` (reported speech). The rules (README.md, "Speaker mention"
and "Kind and resolution"):

- Speaker token: a passive cue's agent ("dubbed “the Knot” by locals"), else none; for "put
  it", its subject or the object of the "as" before it ("As the coach put it"); the cue's
  subject; for a conjoined, subordinate or participial cue, or one the parser attached loosely
  to a verb before it ("smiled, then turned round and bellowed"), the subject
  of the verb up to three steps above it (same paragraph), past a clause a speech verb reports
  ("Reyes said it was too early but added, “…”": Reyes, not "it"); a name the parser hung on a
  verbless root; the name opening the clause of a cue that follows an aside ("Sen. Calder
  (Leeds), noting the size of the crowd, said"); the nearest noun, name or pronoun just left
  of the cue; in inverted order ("said
  another"), the first noun phrase after the cue.
- Phrase: the named entity under the head (with an honorific before a person's name), else the
  head with its left modifiers and right modifiers up to a comma, conjoined common nouns
  included; an inverted cue's "from" phrase belongs to it.
- Kind: an entity -> person / organization (also the name apposed to a description: "the
  union's leader, Maria Lopez,", and the entity a definite description was introduced with:
  "the mayor" after "Mayor Jane Okafor"; both in ``descriptions.py``); he/she -> person (nearest preceding person
  subject); it / "the company" -> organization; "one", "another", "one user", "a commenter" ->
  anonymous_public; "a spokesperson", "sources", "one of the people" -> unnamed_source.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.extract.components import (
    AGENT_ENDINGS,
    CLUB_HEADS,
    CLUB_OPENERS,
    NOT_A_FORCE_S_PLACE,
    COURTESY_TITLES,
    HONORIFICS,
    KIN_NOUNS,
    OPENING_ROLES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ROLE_NOUNS,
    apposed_nouns,
    role_word,
)
from pipeline.extract.cues import (
    DASHES,
    GENDERED_NOUNS,
    NAMING_VERBS,
    PERSON_PRONOUNS,
    SENTENCE_END,
    SUBJECT_DEPS,
    DocIndex,
    after_dateline,
    bracket_opening,
    breaks_paragraph,
    headline_end,
    is_age,
    mention_gender,
    monsieur_at,
    names_its_object,
    puts_it,
    relative_after,
    seniority_before,
    which_after,
    to_quote,
    verb_lemma,
)
from pipeline.extract.descriptions import (
    FOCUS_KINDS,
    FORCE_HEADS,
    KIND_HEADS,
    PUBLICATION_KINDS,
    apposed_name,
    bracketed,
    described_entity,
    described_kind,
    headline_described,
    headline_qualified,
    introduced_after,
    name_before_bracket,
    role_in_capitals,
)
from pipeline.extract.entities import (
    OFFICE_TITLES,
    SPOKEN_TITLES,
    TITLES,
    listed_names,
    name_key,
    person_name,
    platform_names,
)
from pipeline.extract.quotes import QUOTE_MARKS
from pipeline.extract.world_names import english_words

PUBLIC_NOUNS = frozenset(
    "user users commenter commenters poster posters tweeter tweeters redditor redditors reader "  # noqa: SIM905 (a word list reads best as words)
    "readers viewer viewers fan fans follower followers netizen netizens wag wags correspondent "
    "correspondant someone somebody onlooker observer caller callers listener listeners "
    "protester protesters protestor protestors demonstrator demonstrators heckler hecklers".split()
)
PUBLIC_HEADS = frozenset({"one", "another", "someone", "somebody", "others", "many", "some"})
# what only the public writes under a post or a video ("the top comment read:", "One comment
# said"): its writer is one of them, unless the phrase says whose it is ("the council's comment")
PUBLIC_POSTS = frozenset({"comment"})
# "A third wrote:", "a fourth replied": one more of the commenters just quoted
ORDINAL_HEADS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
SOURCE_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman spokespeople source sources official officials aide aides "  # noqa: SIM905 (a word list reads best as words)
    "adviser advisers advisor advisors insider insiders representative representatives staffer "
    "staffers person people officer officers executive executives employee employees analyst "
    "analysts expert experts lawyer lawyers attorney attorneys witness witnesses member members "
    "strategist strategists operative operatives confidant confidants consultant consultants "
    "lobbyist lobbyists pollster pollsters diplomat diplomats "
    # people described by their work and not named: "A Pellmont engineer", "the pilot", "two senior doctors"
    "engineer engineers pilot pilots nurse nurses doctor doctors technician technicians controller "
    "controllers paramedic paramedics firefighter firefighters whistleblower whistleblowers "
    "investigator investigators detective detectives prosecutor prosecutors "
    # and the unnamed voices of a scene: "The announcer", "his solicitor", "a voice near the stage"
    "announcer announcers solicitor solicitors barrister barristers voice voices "
    # officers of a force or a service: "A gendarme, who asked not to be named, said"
    "gendarme gendarmes constable constables policeman policemen policewoman policewomen warden wardens".split()
)
# organisations the text names by kind ("the club said"): the kind is certain, which one is not
# (the nearest organisation subject is too often another one: "a defeat to Stanmoor left the club …")
ORG_KIND_NOUNS = frozenset(
    "club union league school university college council federation association charity trust "  # noqa: SIM905
    "hospital museum bank airline operator regulator newspaper paper magazine website outlet publication "
    "broadcaster board commission gallery library theatre theater zoo society institute foundation refuge sanctuary "
    "shelter".split()
)
# one person by role or relation ("the candidate said", "his wife told"): a person, unresolved when
# no earlier sentence introduces them (descriptions.py)
PERSON_ROLES = ROLE_NOUNS | frozenset(
    "senator governor president congressman congresswoman lawmaker mayor minister chancellor secretary "  # noqa: SIM905
    "nominee front-runner frontrunner runner contender challenger incumbent businessman businesswoman mogul tycoon "
    "billionaire millionaire entrepreneur investor executive chief judge prosecutor neurosurgeon surgeon "
    "physician scientist professor historian speechwriter moderator activist narrator filmmaker "
    "wife husband daughter son brother sister friend widow leader veteran".split()
)
# what "one …" names when it is no person: "One sweeping question asked …", "one email said …"
NOT_PEOPLE = frozenset(
    "question questions email emails letter letters memo memos report reports document documents "  # noqa: SIM905
    "headline headlines ad ads advert adverts advertisement statement study poll survey passage section "
    "page paragraph sentence line clause slide chapter draft version".split()
)
ORG_NOUNS = frozenset(
    "company firm platform network site service statement campaign agency department government utility provider "  # noqa: SIM905 (a word list reads best as words)
    "administration ministry office team group organisation organization committee party".split()
)
GENERIC_PEOPLE = frozenset(
    "woman women man men person guy girl boy mother father mum mom dad parent parents voter voters "  # noqa: SIM905 (a word list reads best as words)
    "resident residents student students teenager citizen citizens american americans briton britons "
    "customer customers listener listeners supporter supporters critic critics commuter commuters "
    "passenger passengers shopper shoppers traveller travellers traveler travelers driver drivers "
    "local locals visitor visitors tourist tourists holidaymaker holidaymakers neighbour neighbours neighbor "
    "neighbors motorist motorists pedestrian pedestrians spectator spectators bystander bystanders homeowner "
    "homeowners tenant tenants couple couples patient patients".split()
)
COUPLE_NOUNS = frozenset({"couple", "couples"})  # two of the public, however described: no one source
# verbs whose subject reads or receives a message rather than writing it ("saw a page saying …")
RECEIVING_VERBS = frozenset({"see", "show", "receive", "get", "find", "read", "hear", "watch", "view", "encounter", "meet"})
POSTING_CUES = frozenset({"tweet", "retweet", "post", "blog", "comment", "reply", "message"})
ORG_PRONOUNS = frozenset({"it"})
# "the company" is a business: not the union, council or ministry named nearest before it
COMPANY_NOUNS = frozenset({"company", "firm"})
NOT_COMPANY_HEADS = frozenset(
    "Guild Union Council Authority Committee Commission Ministry Department Agency Society Association "  # noqa: SIM905
    "Federation Party Foundation Trust Institute University College Museum Hospital School Police Court "
    "Government Parliament Assembly Board League Alliance Chamber Office Bureau Church Academy".split()
)


# a cleric's titles, which British style writes after "the" ("the Rev Jo Lee", "the Very Rev …")
CLERGY_TITLES = frozenset({"Rev", "Revd", "Reverend", "Very", "Right", "Most"})
# who runs an event or a place, called by what it runs: resolved to the story's main organisation
HOST_NOUNS = frozenset({"organiser", "organizer", "festival", "studio", "venue", "promoter"})


def _organisers(head: Token) -> bool:
    """Organisers named without "the": after a possessor ("the race's organisers") or a noun ("Race
    organizers"), or bare and plural ("organisers said")."""
    if head.lemma_ not in {"organiser", "organizer"} or head.tag_ != "NNS":
        return False
    return all(t.dep_ in {"poss", "compound", "amod", "case"} or t.lower_ == "the" for t in head.lefts)


# last words of a newspaper's or an agency's name, in English and German ("the Harnlow Gazette",
# "Corvid Press", "the Wipperstaller Bote", "Kestenbühler Rundschau")
OUTLET_WORDS = KIND_HEADS["newspaper"] | {
    "Press", "News", "Post", "Times", "Bote", "Zeitung", "Rundschau", "Anzeiger", "Kurier", "Tageblatt", "Nachrichten"}


def _not_an_outlet(ent: Span) -> bool:
    """An organisation that is no outlet or platform (the story's, not where it was posted or
    who reported it): not a listed one, not a name ending in a newspaper's or an agency's word
    (``OUTLET_WORDS``), and not one the document has someone talk to ("told the Bote")."""
    key = name_key(ent.text)
    if ent.text.lower().removeprefix("the ") in listed_names() or key in listed_names() or ent[-1].text in OUTLET_WORDS:
        return False
    doc = ent.doc
    for other in doc.ents:
        if other.label_ == "ORG" and name_key(other.text) == key:
            k = other.start - 1 - (other.start > 0 and doc[other.start - 1].lower_ == "the")
            if k >= 0 and doc[k].lower_ in {"told", "tells", "tell"}:
                return False  # "race director Wigbert Stolzenbach told the Bote": a newspaper
    return True


def _story_organisation(idx: DocIndex, i: int, fits: Callable[[Span], bool]) -> Span | None:
    """The story's organisation that "the company" or "the organisers" at token ``i`` stands
    for: of the organisations named before it that ``fits`` (``_a_company``, ``_not_an_outlet``),
    the one the document names most often, the nearest of those tied; not the last organisation
    named ("Tallowby Systems makes RosterOne … The company said": Tallowby, however often the
    product is named after)."""
    counts = Counter(name_key(idx.ent_of[start].text) for start in idx.orgs)
    before = [idx.ent_of[start] for start in idx.orgs if start < i and fits(idx.ent_of[start])]
    if not before:
        return None
    return max(reversed(before), key=lambda e: counts[name_key(e.text)])


def _story_organisation_after(idx: DocIndex, i: int) -> Span | None:
    """The organisation "the organisers" at token ``i`` stands for when the story names none before
    them ("…, the race organisers said" in its opening sentence, "The Kesby Fete Committee said"
    later): of the organisations named after, no outlet or platform, the one named most, twice at
    least and more often than any other; else None."""
    after = [idx.ent_of[start] for start in idx.orgs if start > i and _not_an_outlet(idx.ent_of[start])]
    counts = Counter(name_key(e.text) for e in after)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        # else the one organisation below that the story shows running the event ("The Kesby
        # Cycling Club, which has run the race since 1983, …"), named once or not
        hosts = {name_key(e.text): e for e in after if _shown_hosting(e)}
        return next(iter(hosts.values())) if len(hosts) == 1 else None
    return next(e for e in after if name_key(e.text) == ranked[0][0])


# verbs by which an organisation puts on an event ("which has run the race since 1983")
HOSTING_VERBS = frozenset({"run", "organise", "organize", "host", "stage"})


def _shown_hosting(ent: Span) -> bool:
    """Whether the organisation ``ent`` is the subject of a verb of putting on an event, in its
    own "which" clause or its sentence ("The Kesby Cycling Club, which has run the race …";
    "The Kesby Fete Committee organises the fête")."""
    root = ent.root
    verbs = [c for c in root.children if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ in {"which", "that"} for w in c.children)]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    return any(v.lemma_.lower() in HOSTING_VERBS and any(o.dep_ == "dobj" for o in v.children) for v in verbs)


# the words a firm's name gives the trade a headline names otherwise ("Phone company" for
# "Lindwell Telecom", "Power firm" for "Harnmoor Energy")
TRADE_NAMES = {
    "phone": {"telecom", "telecoms", "communications", "mobile"},
    "telecoms": {"telecom", "communications"},
    "power": {"energy", "electricity", "utilities"},
    "energy": {"power", "electricity", "utilities"},
    "rail": {"railways", "railway", "trains"},
    "train": {"rail", "railways", "trains"},
    "bus": {"buses", "coaches", "transport"},
    "ferry": {"ferries"},
}


def _firm_of_trade(idx: DocIndex, head: Token) -> Span | None:
    """The organisation a headline's "Water firm" or "Bus company" names by its trade: the one
    organisation of the document whose name holds each word before the noun, or a word of its
    trade (``TRADE_NAMES``: "Brenmoor Water", "Harnlow Buses", "Lindwell Telecom"), else None."""
    trade = [t.lower_ for t in head.lefts if t.dep_ in {"compound", "amod"} and t.is_alpha]
    if not trade:
        return None
    return _the_one(e for e in idx.ents if e.label_ == "ORG" and _not_an_outlet(e)
                    and all(({w, w + "s"} | TRADE_NAMES.get(w, set())) & {t.lower_ for t in e} for w in trade))


def _a_company(ent: Span) -> bool:
    """Whether an organisation can be what "the company" means: its name's head (its last word,
    or the word before its "of") is not a word of a union, a public body or a charity, nor does
    it hold a comma ("between Ely, Diss and …": places the NER ran together)."""
    words = [t.text for t in ent]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "Chamber" of "the Ely Chamber of Commerce"
    return head not in NOT_COMPANY_HEADS and "," not in ent.text


# the fields that say who spoke (classify_speaker fills them; take_speaker copies them)
# who the speaker is (kind, resolution, public), apart from how the text names them
IDENTITY_FIELDS = ("speaker_kind", "ref", "ref_name", "public")
SPEAKER_FIELDS = ("speaker_text", "speaker_start", "speaker_end", *IDENTITY_FIELDS)


@dataclass
class Attribution:
    """A quote (direct or indirect) with its cue and speaker; offsets index the doc text."""

    parts: list[tuple[int, int]]
    kind: str = "direct"
    open_char: int | None = None
    close_char: int | None = None
    cue: str | None = None
    cue_token: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str = "unknown"
    ref: tuple[int, int] | None = None  # the named mention (entity span) the speaker resolves to
    ref_name: str | None = None  # a name when there is no entity span (an untagged proper noun)
    public: bool = False  # the speaker phrase names a member of the public ("Twitter user Jo Bloggs")
    notes: list[str] = field(default_factory=list)

    def take_speaker(self, other: Attribution, cue: bool = False) -> None:
        """Copy ``other``'s speaker (``SPEAKER_FIELDS``; with ``cue``, its cue word too)."""
        for name in SPEAKER_FIELDS + (("cue",) if cue else ()):
            setattr(self, name, getattr(other, name))

    def take_identity(self, other: Attribution) -> None:
        """Copy who ``other``'s speaker is (``IDENTITY_FIELDS``), keeping this speaker's words."""
        for name in IDENTITY_FIELDS:
            setattr(self, name, getattr(other, name))

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def posting_cue(self) -> bool:
        return self.cue is not None and self.cue.lower() in POSTING_CUES


def _same_paragraph(idx: DocIndex, a: Token, b: Token) -> bool:
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return not any(breaks_paragraph(idx.doc[i]) for i in range(lo, hi))


def _received(head: Token, cue: Token) -> bool:
    """``head`` is a verb of seeing or receiving whose object carries the cue ("saw a notice
    saying …", "were shown a message saying …", "received a letter saying …"): its subject read
    the words, someone else wrote them. ("issued a statement saying …" is its subject's.)"""
    carried = cue.dep_ == "acl" and cue.head.dep_ in {"dobj", "dative"} and cue.head.head.i == head.i
    return carried and head.pos_ == "VERB" and (head.lemma_.lower() in RECEIVING_VERBS or _passive(head))


def _quoted_as_saying(idx: DocIndex, verb: Token) -> Token | None:
    """The object of "quote" or "cite" that the cue reports "as saying" ("the release quoted the
    chair as saying …", "cited a senior officer as saying"): the one who said it; the subject
    (a statement, a newspaper) only passed it on. None for any other cue."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.dep_ != "prep":
        return None
    head = verb.head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in CITING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and not idx.inside[c.i]), None)


CITING_VERBS = frozenset({"quote", "cite"})


def _passive(verb: Token) -> bool:
    """A passive cue: with a passive subject or auxiliary ("was labelled “…”"), or a participle
    modifying a noun ("a play called “…”")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    # right after a comma it is more often the main verb read as a participle ("Beruff, a Scott
    # ally, called Florida’s standards “strong.”")
    return verb.i > 0 and verb.doc[verb.i - 1].text != ","


# links through which a verb without a subject of its own shares the subject of the verb above
# it ("released a statement saying", "explained it by saying", "stood up and said")
INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "pobj", "prep", "acl", "dobj"})


def _loose_later_verb(tok: Token) -> bool:
    """A verb the parser left loosely attached (``dep``) to a verb before it: most often the
    next verb of the same subject ("Jo, flustered, quietly answered: …", "Jo waved, then turned
    round and shouted: …"), so it shares that verb's subject. Not a verb before its head
    ("Asking around — everyone says …"), which is a phrase of its own."""
    return tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.i < tok.i and tok.head.pos_ in {"VERB", "AUX"}


def _reported_clause(idx: DocIndex, tok: Token) -> bool:
    """``tok`` heads the clause a speech verb reports ("Lee said the bridge was unsafe"): a
    later cue the parser hung on that clause ("…, adding …", "… and said …") is the reporter's,
    so its subject is not the speaker ("Lee said the bridge was unsafe, adding “…”": Lee, not
    the bridge)."""
    reporter = tok.head
    if tok.dep_ != "ccomp" or reporter.i > tok.i or not _same_paragraph(idx, reporter, tok):
        return False
    return idx.is_cue(reporter) and not idx.is_cue(tok)  # not a cue clause the parser hung on the quote ("“…,” Lee added")


def _no_subject(idx: DocIndex, tok: Token) -> bool:
    """A subject the parser gave a cue that cannot speak: a dash ("― Trump boasted", two
    subjects), a time or date ("6:15 p.m. Outside, Ana Ruiz told us", "Ana Ruiz, opening the
    pier on Saturday, said"), the first piece of a hyphenated word ("Her co-founder, Ana Ruiz,
    said", where the parser made "co" a subject beside "founder") or a wire-copy dateline
    ("LONDON -- Mayor Ana Ruiz, opening the pier, said")."""
    if tok.is_punct or (tok.ent_type_ in {"TIME", "DATE"} and _age_phrase(idx, tok) is None):
        return True
    nxt = idx.doc[tok.i + 1] if tok.i + 1 < len(idx.doc) else None
    if nxt is not None and not tok.whitespace_ and nxt.text == "-" and not nxt.whitespace_:
        return True
    start = tok.i
    while start > 0 and not breaks_paragraph(idx.doc[start - 1]):
        start -= 1
    return start <= tok.i < after_dateline(idx.doc, start, min(len(idx.doc) - 1, start + 12))


# particles a state before a colon may end in ("was won over:", "was talked round:")
STATE_PARTICLES = frozenset({"over", "round", "around", "back", "down", "out", "off", "up"})


def _state_before_colon(idx: DocIndex, verb: Token) -> bool:
    """A passive participle that is the subject's state right before the colon of a quote
    ("Bennett was unmoved: “…”", "The mayor was unconvinced: “…”"), not a speech verb (in "Ruiz
    was asked: “…”" the question is someone else's), with its subject outside any quote."""
    doc = idx.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].head.i == verb.i and (doc[after].dep_ == "prt" or doc[after].lower_ in STATE_PARTICLES):
        after += 1  # "Jo was won over: “…”", "Jo was talked round: “…”" (the parser may read it as an adverb)
    if after >= len(doc) - 1 or doc[after].text != ":" or not (idx.inside[after + 1] or doc[after + 1].text in QUOTE_MARKS):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return not idx.is_cue(verb) and len(subjects) == 1 and not idx.inside[subjects[0].i] and _same_paragraph(idx, subjects[0], verb)


# speech verbs whose object is the one spoken to ("told reporters", "asked the minister")
# ("ask" is not one: "“…?” asked the boy" is the commonest inversion of all)
ADDRESSEE_VERBS = frozenset({"tell", "inform", "remind", "urge", "warn", "assure", "promise", "advise", "notify",
                             "brief", "caution", "reassure", "convince", "persuade", "instruct", "beg", "order", "thank"})
_AGE_PHRASE = re.compile(r"^(\d{1,3})-year-old$")


def _age_phrase(idx: DocIndex, tok: Token) -> tuple[Span, int] | None:
    """The "29-year-old" entity ``tok`` is in (the model tags it DATE) and the age, when it
    names someone ("said the 29-year-old"), else None."""
    ent = idx.ent_of.get(tok.i)
    if ent is None or ent.label_ != "DATE" or not (m := _AGE_PHRASE.match(ent.text)) or ent.end >= len(idx.doc):
        return None
    if idx.doc[ent.end].pos_ == "NOUN":
        return None  # "a 29-year-old striker": the noun speaks, not the age
    return ent, int(m.group(1))


def _person_of_age(idx: DocIndex, before: int, age: int) -> Span | None:
    """The nearest person before token ``before`` whom the article gave that age ("Íñigo Ruiz,
    29, …"): who "the 29-year-old" is."""
    doc = idx.doc
    found = None
    for ent in idx.ents:
        if ent.start >= before:
            break
        if ent.label_ == "PERSON" and is_age(doc, ent.end) and int(doc[ent.end + 1].text) == age:
            found = ent
    return found


def _inverted_object(idx: DocIndex, verb: Token) -> Token | None:
    """The subject of a cue right after a quote that the parser took for its object ("‘…?’
    heckled a man behind her"), when the cue has no subject of its own outside the quote. A
    listed speech verb's object is its subject only when it names someone and the verb takes
    no addressee ("“…,” told reporters" is a clause missing its subject, not an inversion)."""
    if not idx.right_after_quote(verb) or any(c.dep_ in SUBJECT_DEPS and not idx.inside[c.i] for c in verb.children):
        return None
    after = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
    if after is None or idx.inside[after.i]:
        return None
    if not idx.is_cue(verb):
        return after
    person = (after.lower_ in PERSON_NOUNS or after.lemma_.lower() in PERSON_NOUNS
              or (after.i in idx.ent_of and idx.ent_of[after.i].label_ == "PERSON"))
    return after if person and verb_lemma(verb) not in ADDRESSEE_VERBS else None


def _noun_phrase_read_as_subject(idx: DocIndex, verb: Token) -> Token | None:
    """The subject of a cue the parser read as a participle of the noun phrase before it ("“…,”
    a user posted on Bluesky": "a user" the root, "posted" its modifier; "A teacher at one of
    the schools posted on TikTok: “…”": "posted" hung on "schools"): the phrase's head, up
    through its prepositions, when the phrase opens the sentence or follows the quote's closing
    mark and nothing but the phrase stands before the cue."""
    doc = idx.doc
    if verb.tag_ not in {"VBD", "VBN", "VBZ"} or verb_lemma(verb) in NAMING_VERBS:
        return None  # "a news site called “The Local”" names; "saying …" is a participle
    head = verb.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
        head = head.head.head
    named = head.i in idx.ent_of  # a handle the tagger read as punctuation: "@jo_b posted on X: “…”"
    if head.i >= verb.i or (head.pos_ not in {"NOUN", "PROPN"} and not named) or idx.inside[head.i] or not _same_paragraph(idx, head, verb):
        return None
    first = head.left_edge.i
    while first < head.i and doc[first].is_punct:
        first += 1  # the parser may hang the quote's closing comma and mark on the phrase
    before = doc[first - 1] if first > 0 else None
    opens = before is None or breaks_paragraph(before) or before.text in SENTENCE_END or (not idx.inside[before.i] and before.is_quote)
    after_quote = before is not None and (before.is_quote or (before.text == "," and first > 1 and doc[first - 2].is_quote))
    # its own relative clause, or a participle set off by commas ("The firm's statement, issued
    # on Wednesday afternoon, read in full:"), may stand between
    relative = {t.i for c in head.children if c.i < verb.i and (
        c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN" and doc[c.left_edge.i - 1].text == ","))
        for t in c.subtree}
    if not (opens or after_quote) or any(t.pos_ in {"VERB", "AUX"} and not idx.inside[t.i] and t.i not in relative
                                         for t in doc[first : verb.i]):
        return None  # a relative clause of the phrase's own may stand between: "A sign where it stood reads:"
    return head


def _account_handle(idx: DocIndex, subject: Token, verb: Token) -> Token | None:
    """The handle an account subject is called by ("An account on X called @falsch_abgebogen",
    "A TikTok account, @quay_fans,"): its first handle before the verb, in the subject's own
    phrase; None for any other subject."""
    if subject.lemma_.lower() != "account" or subject.pos_ != "NOUN":
        return None
    return next((t for t in subject.subtree if t.i < verb.i and t.i in idx.ent_of and idx.ent_of[t.i].label_ == "HANDLE"), None)


def subject_of(idx: DocIndex, verb: Token) -> Token | None:
    """The cue's speaker token: its subject, an inherited subject, or the noun after it."""
    if verb.lower_ == "according":
        for child in verb.children:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        nxt = verb.i + 2
        return idx.doc[nxt] if nxt < len(idx.doc) else None
    if verb.dep_ == "acl" and (noun := _noun_phrase_read_as_subject(idx, verb)) is not None:
        return noun  # "“…,” a user posted on Bluesky.", "A teacher at one of the schools posted:"
    if (inverted := _inverted_object(idx, verb)) is not None:
        return inverted  # "‘…?’ heckled a man behind her"
    if to_quote(verb):
        return next(c for c in verb.children if c.dep_ == "dobj")  # "To quote the manager, Ada Quist, ‘…’"
    if (cited := _quoted_as_saying(idx, verb)) is not None:
        return cited  # "The statement quoted its director, Jo Lin, as saying: “…”": Jo Lin, not the statement
    handle = idx.ent_of.get(verb.i - 1) if verb.i > 0 else None
    if handle is not None and handle.label_ == "HANDLE" and handle.end == verb.i and not idx.inside[verb.i - 1]:
        return verb.doc[verb.i - 1]  # "@ana_b posted on X: “…”", the handle read as an auxiliary
    if _passive(verb):
        if _state_before_colon(idx, verb):
            # "Bennett was unmoved: “…”": a state of the subject, who then speaks
            return next(c for c in verb.children if c.dep_ == "nsubjpass")
        # what a passive cue names is not its speaker: the one "by" whom it is said is ("was
        # dubbed “the Knot” by locals"); without one, nobody is named ("was dubbed “the Knot”")
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents[0] if agents and not idx.inside[agents[0].i] and _same_paragraph(idx, agents[0], verb) else None
    if puts_it(verb):
        return _phrasing_subject(idx, verb)
    if (named := _inverted_name(idx, verb)) is not None:
        return named
    subjects = [c for c in verb.children
                if c.dep_ in SUBJECT_DEPS and not idx.inside[c.i] and _same_paragraph(idx, c, verb) and not _no_subject(idx, c)]
    if subjects and bracketed(idx, idx.ent_of.get(subjects[0].i)) and (person := name_before_bracket(idx, subjects[0])) is not None:
        return person.root  # "Marcia Price (D-Newport News), shouted", the parser's subject the party in brackets
    if subjects:
        # two subjects where the parser missed an apposition ("The critic Clotilde Lacombe
        # called", "His widow, the designer Lerato Mokoena, said"): the person named
        named = [c for c in subjects[1:] if c.i in idx.ent_of and idx.ent_of[c.i].label_ == "PERSON"]
        if named and subjects[0].pos_ == "NOUN":
            return named[0]
        if subjects[0].pos_ == "PROPN" and subjects[0].i not in idx.ent_of and (handle := _bracketed_handle(idx, subjects[0], verb)) is not None:
            return handle  # "Bea the Baker (@bea_bakes) replied:": a display name no model tagged, the handle its identity
        if (handle := _account_handle(idx, subjects[0], verb)) is not None:
            return handle  # "An account on X called @falsch_abgebogen, set up on Sunday, took a harder line:"
        return subjects[0]
    if verb.i > 1 and verb.doc[verb.i - 1].lower_ in ORDINAL_HEADS and verb.doc[verb.i - 2].lower_ == "a":
        return verb.doc[verb.i - 1]  # "A third posted: “…”", the ordinal read as an adverb
    if verb.dep_ == "acl" and verb.head.i < verb.i and idx.doc[verb.i - 1].text == "," and verb.head.i in idx.ent_of:
        # the main verb read as a participle of the name before it ("De Blasio, speaking on the
        # radio, called Trump a “…”"): the name is the subject, not the nearest noun
        return verb.head
    if (main := _subject_past_a_relative_clause(idx, verb)) is not None:
        return main  # "… defend a builder who said he was stiffed, saying “…”": the clause's subject, not "who"
    if (shown := _person_shown(idx, verb)) is not None:
        return shown  # "The ad uses footage of Jo Lee asking, “…”": Jo Lee, not the ad
    if (outside := _subject_before_a_quote_the_participle_hangs_in(idx, verb)) is not None:
        return outside  # "“A,” Jo said, suggesting a few questions, including, “B”": Jo's, not inside A or B
    head, steps = verb, 0
    while head.head.i != head.i and steps < 3 and (head.dep_ in INHERITING_DEPS or _loose_later_verb(head)):
        head, steps = head.head, steps + 1  # "released a statement saying", "explained it by saying"
        if _received(head, verb):
            return None  # "visitors saw a page saying …": the message's readers did not write it
        if _reported_clause(idx, head) and verb.i > head.i:
            head = head.head  # "said the move was made by the police and said “…”": the reporter's
            if _received(head, verb):
                return None
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS and not idx.inside[child.i] and _same_paragraph(idx, child, verb) and not _no_subject(idx, child):
                return child
    doc = idx.doc
    if head.i != verb.i and head.dep_ == "ROOT":
        # a mis-parsed sentence around the subject's name ("Trump weighs in, calling …"): the root
        # is the name, or the verb read as a noun with the name as its compound
        if head.i in idx.ent_of and _same_paragraph(idx, head, verb):
            return head
        if head.pos_ == "NOUN":
            name = next((c for c in head.lefts if c.dep_ == "compound" and c.i in idx.ent_of
                         and idx.ent_of[c.i].label_ in {"PERSON", "ORG"} and _same_paragraph(idx, c, verb)), None)
            if name is not None:
                return name
    opening = _name_before_aside(idx, verb)
    if opening is not None:
        return opening  # "Jo Lin, whose shop sells nets to the fishermen, said": Jo Lin, not the fishermen
    aged = _aged_name_before(idx, verb)
    if aged is not None:
        return aged  # "In a statement on Instagram, Boudreau, 45, said:": the parser hung the name on the platform
    left = _left_subject(idx, verb)
    if left is not None:
        return left  # a subject the parser attached elsewhere ("’ Ramos, 58, told AFP")
    prev = verb.i - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].text == ","):
        prev -= 1
    if prev < 0 or not idx.inside[prev]:
        return None  # the noun after a cue is its speaker only in inverted order ("’ said another")
    if verb_lemma(verb) in ADDRESSEE_VERBS:
        return None  # "“…,” told reporters …": whom it was told to, never an inversion
    for i in range(verb.i + 1, min(verb.i + 5, len(doc))):
        tok = doc[i]
        if idx.inside[i] or tok.text in SENTENCE_END:
            break
        handle = tok.i in idx.ent_of and idx.ent_of[tok.i].label_ == "HANDLE"  # "wrote ana.bsky.social", read as an adjective
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "DET"} or handle:
            while tok.dep_ in {"nummod", "compound", "det", "amod"} and tok.head.i > tok.i and tok.head.i - tok.i <= 3:
                tok = tok.head
            return tok
    return None


# recordings that show someone speaking ("footage of Jo Lee asking", "a clip of the mayor saying")
RECORDING_NOUNS = frozenset({"footage", "video", "clip", "recording", "tape", "audio", "film"})


def _person_shown(idx: DocIndex, verb: Token) -> Token | None:
    """The person a recording shows, right before a participle cue ("uses footage of Hillary
    Clinton asking, “…”", where the parser hangs the participle on "uses"): the recording's
    "of" names who speaks, not the subject that uses or shares it; else None."""
    doc = idx.doc
    if verb.tag_ != "VBG" or verb.i == 0 or (ent := idx.ent_of.get(verb.i - 1)) is None or ent.label_ != "PERSON":
        return None
    root = ent.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in RECORDING_NOUNS or idx.inside[root.i]:
        return None
    return doc[ent.end - 1]


def _subject_before_a_quote_the_participle_hangs_in(idx: DocIndex, verb: Token) -> Token | None:
    """The subject of the nearest clause before a participle cue set off by a comma that the
    parser hung inside a quotation ("“A,” Sanders said, suggesting a few questions, including,
    “B?”": "suggesting" hung on a verb of B; "Trump hardly clarified it, treating her remark as
    a compliment -- ''A'' -- and, when questioned, asserting, ''B''": on a verb of A): a verb
    outside the quotes, in the same sentence, whose subject is outside them too. None when the
    participle hangs outside a quote."""
    doc = idx.doc
    if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != "," or not idx.inside[verb.head.i]:
        return None
    for tok in reversed(doc[verb.sent.start : verb.i]):
        if idx.inside[tok.i] or tok.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not idx.inside[c.i] and c.lower_ not in RELATIVE_PRONOUNS]
        if subjects and not _no_subject(idx, subjects[0]):
            return subjects[0]
    return None


def _subject_past_a_relative_clause(idx: DocIndex, verb: Token) -> Token | None:
    """The subject of the clause a participle cue set off by a comma belongs to, when the parser
    hung the participle on a relative clause before it ("The mayor defended not paying a builder
    who said he was stiffed, saying “…”"; "Protesters marched past the stadium — where the
    Rovers played — while chanting “…”"): a participle after a comma modifies the sentence's
    clause, not the aside. None when no relative clause lies on the way up, or no subject."""
    doc = idx.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.lower_ in {"while", "when", "before", "after", "by"} and verb.i > 1:
        before = doc[verb.i - 2]
    if verb.tag_ != "VBG" or before is None or before.text not in {",", "-", "--", "\u2014", "\u2013"}:
        return None
    tok, passed, steps = verb, False, 0
    while tok.head.i != tok.i and steps < 8:
        # a relative clause the parser read as a clause of the verb ("the stadium — where the Rovers
        # played —"); not "when": "tweeted when Jo ended the debate, remarking “…”" is Jo's
        wh_clause = tok.dep_ in {"ccomp", "advcl"} and any(c.lower_ in {"where", "who", "which", "whom"} and c.i < tok.i for c in tok.children)
        # the clause's own subject is not the speaker: climb past it
        passed = passed or tok.dep_ == "relcl" or wh_clause
        tok, steps = tok.head, steps + 1
        if passed and tok.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS
                        and not idx.inside[c.i] and _same_paragraph(idx, c, verb)]
            if subjects:
                return subjects[0]
    return None


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _antecedent(idx: DocIndex, subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("Sam Okafor, who told reporters …", "a
    volunteer who said …", "a shirt that read …"), else ``subject`` itself."""
    clause = subject.head
    if subject.lower_ in RELATIVE_PRONOUNS and subject.tag_ in {"WP", "WDT"} and clause.dep_ == "relcl":
        noun = clause.head
        if noun.i < subject.i and not idx.inside[noun.i] and _same_paragraph(idx, noun, subject):
            handle = _handle_of(idx, noun, subject) if noun.i not in idx.ent_of else None
            if handle is not None:
                return handle  # "an account that posts as @gel.bsky.social, which wrote: …": the handle
            return _person_up(idx, noun) if subject.lower_ == "who" else noun
    return subject


def _handle_of(idx: DocIndex, noun: Token, before: Token) -> Token | None:
    """The handle a common noun's own words name ("an account that posts as @x", "a user
    called @x"): the first HANDLE entity in the noun's subtree before ``before``, else None."""
    for tok in noun.subtree:
        if tok.i >= before.i:
            break
        ent = idx.ent_of.get(tok.i)
        if ent is not None and ent.label_ == "HANDLE" and not idx.inside[tok.i]:
            return ent.root
    return None


def _bracketed_handle(idx: DocIndex, name: Token, verb: Token) -> Token | None:
    """The handle in brackets between a display name and its verb ("Bea the Baker (@bea_bakes)
    replied"), at most five words after the name, else None."""
    doc = idx.doc
    for i in range(name.i + 1, min(verb.i, name.i + 6)):
        ent = idx.ent_of.get(i)
        if ent is not None and ent.label_ == "HANDLE" and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
            return ent.root
    return None


def _person_up(idx: DocIndex, noun: Token) -> Token:
    """For "who", the person the parser's antecedent belongs to, when it hung the clause on a
    noun inside a description ("Philomena Wieczorek, the owner of the café on Tenbury Road, who
    told …": "Road"; "Gustav Kessling, the party's leader, who …": "leader"): up through
    apposition, prepositions and compounds to a PERSON, else ``noun``."""
    node = noun
    for _ in range(6):
        ent = idx.ent_of.get(node.i)
        if ent is not None and ent.label_ in {"PERSON", "HANDLE"}:
            return node
        if node.dep_ not in {"appos", "pobj", "prep", "compound"} or node.head.i >= node.i:
            break
        node = node.head
    return noun


ASIDE_OPENERS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "then"})


def _name_before_aside(idx: DocIndex, verb: Token) -> Token | None:
    """A cue right after an aside set off by commas, when its clause opens with a name and that
    comma or bracket ("Jo Lin, whose shop sells nets to the fishermen, said …", "But Ames
    (Leeds), noting the size of the crowd, said …"): the parser found no subject, and the
    nearest noun belongs to the aside, so the name is the speaker. The clause opens at the
    sentence start (after a leading "but" or "and", or a phrase of where or when: "On X,
    @pintsandpoints, who …, posted:") or after the quote's closing mark."""
    doc = idx.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    first = verb.i - 1
    while first > verb.sent.start and not idx.inside[first - 1] and not breaks_paragraph(doc[first - 1]):
        first -= 1
    first = after_dateline(doc, first, verb.i)  # "LONDON -- Mayor Ana Ruiz, opening the pier, said"
    while first < verb.i and (doc[first].is_punct or doc[first].is_space or doc[first].lower_ in ASIDE_OPENERS):
        first += 1
    if doc[first].pos_ == "ADP" and (comma := next((i for i in range(first + 1, min(first + 7, verb.i)) if doc[i].text == ","), None)):
        first = comma + 1  # a phrase of where or when opening the clause: "On X, @pintsandpoints, who …, posted:"
    title = first
    while title < verb.i and title - first < 3 and title not in idx.ent_of and doc[title].text[:1].isupper():
        title += 1  # a title before the name: "Sen.", "Mr.", "Chief Inspector"
    ent = idx.ent_of.get(title)
    if ent is not None:
        start, end = ent.start, ent.end
        if ent.label_ not in {"PERSON", "ORG", "HANDLE"}:
            return None
    else:  # a surname the entity model missed ("Okafor, meanwhile, who …, said")
        start = end = title
        while end < verb.i and doc[end].pos_ == "PROPN" and end not in idx.ent_of:
            end += 1
    if end == start or start != title or end >= verb.i - 1 or doc[end].text not in {",", "("}:
        return None
    return doc[end - 1]


def _phrasing_subject(idx: DocIndex, verb: Token) -> Token | None:
    """The one who "put it" so: the verb's subject, or the object the parser gave the "as"
    before it ("As the coach, a patient man, put it, …"); never the "it"."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not idx.inside[child.i]:
            return child
        if child.lower_ == "as" and child.i < verb.i:
            named = [g for g in child.children if g.dep_ == "pobj" and not idx.inside[g.i]]
            if named:
                return named[0]
    return None


INVERTED_CUES = frozenset({"say", "add", "write", "insist", "claim", "admit", "argue", "declare", "reply", "warn"})


def _inverted_name(idx: DocIndex, verb: Token) -> Token | None:
    """The name right after a cue that directly follows a closing mark, in a line that opens
    with words of the writer before the quote (a headline: "Ferry ‘suspended until spring’, says
    Okafor", where the parser makes "Ferry" the subject), else None."""
    doc = idx.doc
    if verb.lemma_.lower() not in INVERTED_CUES or verb.i + 1 >= len(doc):
        return None
    prev = verb.i - 1
    while prev >= 0 and doc[prev].text == ",":
        prev -= 1
    name = doc[verb.i + 1]
    ent = idx.ent_of.get(name.i)
    if prev < 0 or not idx.inside[prev] or name.pos_ != "PROPN" or idx.inside[name.i]:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > verb.i or not any(idx.inside[i] for i in range(subject.i, verb.i)):
        return None  # no subject before the quote to mistake for the speaker
    return doc[ent.start] if ent is not None else name


def _aged_name_before(idx: DocIndex, verb: Token) -> Token | None:
    """A person's name given an age right before the cue ("Boudreau, 45, said"), wherever the
    parser hung it: the speaker."""
    doc = idx.doc
    end = verb.i - 3  # "<name> , 45 , said"
    if end < 1 or not is_age(doc, end):
        return None
    ent = idx.ent_of.get(end - 1)
    return doc[ent.end - 1] if ent is not None and ent.label_ == "PERSON" and ent.end == end and not idx.inside[end - 1] else None


def _left_subject(idx: DocIndex, verb: Token, limit: int = 6) -> Token | None:
    """The nearest noun, name or pronoun just left of the cue in its clause (an apposition such
    as ", 58," may sit between), or None."""
    doc = idx.doc
    i = verb.i - 1
    skipped = 0
    while i >= 0 and verb.i - i - skipped <= limit:
        tok = doc[i]
        if idx.inside[i] or tok.text in SENTENCE_END or tok.text in {":", "\u2014"} or breaks_paragraph(tok):
            return None
        if tok.text == ")" and (opening := bracket_opening(doc, i)) is not None:
            skipped += i - opening + 1  # "Marcia Price (D-Newport News), said": not the party in brackets
            i = opening - 1
            continue
        # "Another joked:", which the parser can read as a determiner of the verb
        public_head = tok.head.i == verb.i and (
            (tok.lower_ in PUBLIC_HEADS and tok.dep_ in {"det", "nummod", "dep"})
            or (tok.lower_ in ORDINAL_HEADS and tok.dep_ == "amod" and tok.i > 0 and doc[tok.i - 1].lower_ == "a")  # "A third wrote:"
        )
        if (aged := _age_phrase(idx, tok)) is not None and aged[0].start > 0 and doc[aged[0].start - 1].lower_ == "the":
            return doc[aged[0].end - 1]  # "“…,” the 52-year-old said", the age read as the verb's modifier
        # a handle the tagger read as punctuation counts too ("@jo_b posted on X: '…'"), and a
        # name it read as an adverb ("«…», Tanguilly said")
        handle = i in idx.ent_of and idx.ent_of[i].label_ == "HANDLE"
        misread = tok.pos_ == "ADV" and tok.is_title and i in idx.ent_of and idx.ent_of[i].label_ in {"PERSON", "ORG"}
        if (tok.pos_ in {"NOUN", "PROPN", "PRON"} and tok.dep_ not in {"npadvmod", "appos"}) or public_head or handle or misread:
            while tok.dep_ in {"compound", "amod", "nummod"} and tok.i < tok.head.i < verb.i:
                tok = tok.head
            ent = idx.ent_of.get(tok.i)
            if ent is None or ent.label_ not in {"PERSON", "HANDLE"}:
                tok = _owner_of_phrase(idx, tok)  # "a spokeswoman for the trust said": the spokeswoman
                ent = idx.ent_of.get(tok.i)
            return doc[ent.start] if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "HANDLE"} else tok
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass"}:
            return None
        i -= 1
    return None


def _owner_of_phrase(idx: DocIndex, tok: Token) -> Token:
    """The noun a prepositional phrase ending in ``tok`` hangs on, outside any quote and up to two
    phrases up ("a spokeswoman for the trust": "spokeswoman"; "the head of the fete committee":
    "head"), else ``tok``: the phrase names its speaker by its head, not by its last noun."""
    for _ in range(2):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "at", "from", "with"}:
            break
        noun = prep.head
        if noun.i >= tok.i or idx.inside[noun.i] or noun.pos_ not in {"NOUN", "PROPN"} or tok.i - noun.i > 6:
            break
        tok = noun
    return tok


def _office_compound(idx: DocIndex, tok: Token, ent: Span) -> bool:
    """A capitalised word outside any entity and any quote that the parser hung on the name as a
    compound, directly or through the next word ("Chief" and "Executive" of "Chief Executive Ida
    Marsh")."""
    if not (tok.is_title and tok.is_alpha and not tok.ent_type_ and not idx.inside[tok.i] and tok.dep_ == "compound"):
        return False
    head = tok.head
    if head.dep_ == "compound" and not ent.start <= head.i < ent.end:
        head = head.head
    return ent.start <= head.i < ent.end


def _names_title(tok: Token) -> bool:
    """Whether ``tok`` is an honorific or a title written as part of a name ("Mr", "Dr.", "Judge"),
    or a rank abbreviated in capitals right before it ("DS Eze", "PC Lowe": two to four capitals,
    no entity of its own)."""
    word = tok.text.rstrip(".")
    if word in HONORIFICS or word in SPOKEN_TITLES or word in OFFICE_TITLES:
        return True
    return tok.is_upper and tok.is_alpha and 2 <= len(word) <= 4 and not tok.ent_type_


PLATFORM_PLACES = frozenset({"group", "page", "forum", "thread", "channel", "account", "feed", "chat"})  # where on a platform one writes


def _a_member_posting(head: Token) -> bool:
    """One member of a group writing where the public writes: "one forum member", "one member of
    the WhatsApp group", or "one member" in a sentence set on a page, group, forum or thread ("In
    the harbour society's WhatsApp group, one member wrote"); not "one member of the committee",
    an unnamed source."""
    if head.lemma_.lower() != "member" or not any(t.lower_ in {"one", "another", "a"} for t in head.lefts):
        return False
    of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if of:
        return any(o.lemma_.lower() in PLATFORM_PLACES for o in of)  # "one member of our Facebook group", not "of the board"
    return any(t.lemma_.lower() in PLATFORM_PLACES for t in head.lefts) or any(t.lemma_.lower() in PLATFORM_PLACES for t in head.sent)


def _on_a_platform(tok: Token) -> bool:
    """Whether ``tok`` opens "on/via <a social platform>" ("on X", "on Reddit", "via Facebook"),
    or a group or page on one ("on the Harbour Residents Facebook group")."""
    if tok.dep_ != "prep" or tok.lower_ not in {"on", "via"}:
        return False
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if not objects:
        return False
    words = [t.lower_ for t in objects[0].subtree if t.pos_ != "DET"]
    if " ".join(words) in platform_names():
        return True
    return words[-1] in PLATFORM_PLACES and any(w in platform_names() for w in words[:-1])


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
NUMERIC_ENTITIES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"})


DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "your", "our", "my", "this", "that"})
CLAUSE_OPENERS = frozenset({"as", "while", "after", "before", "when", "because", "since", "until"})


def speaker_span(idx: DocIndex, head: Token, verb: Token) -> tuple[int, int]:
    """Token range [start, end) of the speaker phrase as written around its head."""
    ent = idx.ent_of.get(head.i)
    if ent is None and (head.pos_ == "NOUN" or role_in_capitals(head)):
        # "The hospital's chief executive, Dr Julian Sandiford, said": the name the description gives
        # ("The town's MP, Ada Quist, said": a role in capitals, which the tagger reads as a name)
        # (or through a second description: "His widow, the set designer Naledi Dlamini, said")
        # (a handle between commas the parser hung on otherwise: "A Bluesky user, @jo_b, wrote")
        apposed = [c for c in head.children if c.dep_ == "appos" or (
            c.i > head.i and c.i in idx.ent_of and idx.ent_of[c.i].label_ == "HANDLE" and idx.doc[c.i - 1].text == ",")]
        apposed += [g for c in apposed if c.pos_ == "NOUN" and c.i not in idx.ent_of for g in c.children if g.dep_ == "appos"]
        # (an organisation's too: "The campaign group Harbour Otter Watch said"; a handle's: "Another user, @jo_b, replied")
        # (a party in brackets after the name is none: "his niece, Marcia Price (D-Newport News),")
        names = [name_before_bracket(idx, c) if bracketed(idx, idx.ent_of.get(c.i)) else idx.ent_of.get(c.i) for c in apposed]
        named = next((e for e in names if e is not None and e.label_ in {"PERSON", "ORG", "HANDLE"} and not names_its_object(head, e)), None)
        ent = named if named is not None and not idx.inside[named.start] else None
    elif ent is not None and ent.label_ in {"ORG", "FAC", "GPE"}:
        # "At the Harnmoor Sanctuary, …, the founder, Jo Lee, said" read with the place as the
        # subject: the role in apposition names the person who speaks
        roles = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in idx.ent_of]
        person = next((idx.ent_of[g.i] for r in roles for g in r.children
                       if g.dep_ == "appos" and g.i in idx.ent_of and idx.ent_of[g.i].label_ == "PERSON"), None)
        ent = person if person is not None and not idx.inside[person.start] else ent
    if ent is not None and (aged := _age_phrase(idx, head)) is not None:
        start = ent.start - 1 if ent.start > 0 and idx.doc[ent.start - 1].lower_ in {"the", "a"} else ent.start
        return start, aged[0].end  # "the 29-year-old"
    if ent is not None and ent.label_ == "NORP" and ent.start > 0 and idx.doc[ent.start - 1].lower_ in {"the", "a", "an"}:
        return ent.start - 1, ent.end  # "the Spaniard": a person by nationality, the article's word for them
    if ent is not None and ent.label_ not in NUMERIC_ENTITIES:  # not the CARDINAL of "one of the people"
        start = ent.start
        if (ent.label_ in {"ORG", "FAC", "GPE"} and len(ent) > 1 and ent[0].lower_ == "the" and ent.text.lower() not in listed_names()
                and not ent[-1].is_lower):
            # "the Harbour Bridges Authority said": the name, without the article the model took in ("The Guardian"
            # keeps it, and so does a name ending in a common noun, "the Velbach police", written as a description is)
            start += 1
        if ent.label_ == "PERSON":
            # "Mr Duysak", "Dr. Okafor", "Judge Rowena Tresham", "Detective Inspector Neil Ainsley":
            # the honorific or title is how the article names them
            while ent.start - start < 2 and start > 0 and not idx.inside[start - 1] and _names_title(idx.doc[start - 1]):
                start -= 1
            if start > 0 and idx.doc[start].text.rstrip(".") in CLERGY_TITLES and idx.doc[start - 1].lower_ == "the" and not idx.inside[start - 1]:
                start -= 1  # "the Rev Audrey Pellow": how British style writes a cleric's title
            # an office of two words ending in a title ("Education Minister Ulrike Kellmann",
            # "Professor …" above): the capitalised word before the title word goes with it
            if (start < ent.start and start > 0 and idx.doc[start].text in OFFICE_TITLES and not idx.inside[start - 1]
                    and idx.doc[start - 1].is_title and idx.doc[start - 1].is_alpha and idx.doc[start - 1].ent_type_ != "PERSON"):
                start -= 1
            # capitalised words of office the parser hung on the name ("Chief Executive Ida Marsh"):
            # how the article names them, though no list holds the words
            # but not a role word opening the sentence ("Farmer Ena Tolland said": the name alone)
            roles = idx.doc.user_data.get(OPENING_ROLES, ())
            while ((start == ent.start or ent.start - start == 1) and start > 0 and _office_compound(idx, idx.doc[start - 1], ent)
                   and start - 1 not in roles):
                start -= 1
            if seniority_before(idx.doc, start) is not None:
                start -= 2  # "the younger Mr Pell": which of the family, the article's words for them
        return start, ent.end
    start = head.i
    edge = head.left_edge.i
    if head.dep_ == "compound" and head.head.i == verb.i > head.i and verb.pos_ == "NOUN":
        edge = min(edge, verb.left_edge.i)  # "The second post read:", "read" taken for a noun the phrase hangs on
    while (start > edge and not idx.inside[start - 1] and idx.doc[start - 1].text != ","
           and not idx.doc[start - 1].is_space and not _CLOCK.match(idx.doc[start - 1].text) and start - 1 != verb.i):
        start -= 1  # not past a paragraph break the parser hung on the phrase, a live blog's "10:40", nor the cue ("admits councillor")
    if head.lower_ in ORDINAL_HEADS and start == head.i and head.i > 0 and idx.doc[head.i - 1].lower_ == "a":
        start -= 1  # "A third", whatever the parser hung the "A" on
    doc = idx.doc
    if start == head.i and start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2  # "co-founder", split by the parser into two subjects: the whole word
        if start > 0 and doc[start - 1].lower_ in DETERMINERS and not idx.inside[start - 1]:
            start -= 1  # "Your co-founder"
    end = head.i + 1
    for child in head.rights:
        if head.lemma_.lower() in DOCUMENT_NOUNS and verb.i > head.i and not _from_a_name(idx, child):
            # "A notice pinned to the hatch reads", "A statement from the council said": the
            # document is the mention; where it hangs and who put it out the resolved speaker
            # says (but "A statement from Summerscales Buses": the article's name for its author)
            break
        if _on_a_platform(child):
            break  # "one user on X", "one commenter on Reddit": where they wrote, not who they are
        conjoined = child.dep_ == "conj" and head.pos_ == child.pos_ == "NOUN"  # "friends and advisers"
        # a restrictive relative clause, no comma before it, says who an unnamed speaker is:
        # "Someone who was in the room", "two people who were there"
        restrictive = (child.dep_ == "relcl" and head.i not in idx.ent_of and child.left_edge.i > head.i
                       and idx.doc[child.left_edge.i - 1].text not in {",", "(", *DASHES})
        phrase = child.dep_ in {"prep", "acl"} or conjoined or restrictive
        # a modifier ending before the cue, or, in inverted order ("said one of the people on board"), a phrase
        # after the cue, an adjective phrase describes the speaker too ("according to a person close to him")
        described = child.dep_ == "amod" and child.i > head.i and any(g.dep_ == "prep" for g in child.children)
        if (phrase or child.dep_ in {"compound", "amod", "nummod"}) and child.right_edge.i < verb.i or ((phrase or described) and verb.i < head.i):
            # up to a comma or a quote inside the modifier: "Two people familiar with the review,
            # who spoke on condition of anonymity, said" (the parser hangs the relative clause
            # on "review") is "Two people familiar with the review"
            if verb.i < head.i and child.lower_ in CLAUSE_OPENERS:
                break  # "says Snapcrate's founder as the purge backfires": when, not who
            if verb.i < head.i and child.dep_ in {"relcl", "acl"} and head.idx < headline_end(idx.text) and "\n" in idx.text:
                break  # a headline's "says grocer who found watch in marrow": the story says the rest
            stop = next((i for i in range(end, child.right_edge.i + 1)
                         if idx.inside[i] or idx.doc[i].text == "," or breaks_paragraph(idx.doc[i]) or idx.doc[i].is_space),
                        child.right_edge.i + 1)
            if stop == end:
                break
            end = stop
            if stop <= child.right_edge.i:
                break
    if verb.i < head.i and end < len(idx.doc):
        # an inverted cue's "from" phrase after the speaker says who they are: "wrote one reader
        # from Leeds" (the parser hangs it on the verb)
        origin = idx.doc[end]
        if origin.lower_ == "from" and origin.head.i == verb.i and origin.dep_ == "prep" and not idx.inside[origin.i]:
            end = origin.right_edge.i + 1
    return start, end


def _from_a_name(idx: DocIndex, phrase: Token) -> bool:
    """Whether ``phrase`` is "from" and a named organisation or person ("A statement from
    Summerscales Buses"), not a description ("from the committee"), nor a sender with the
    addressee after it ("A letter from Drellmoor Coaches to the parish council … reads": the
    letter is the mention, as the golds' annotators wrote it both times)."""
    objects = [c for c in phrase.children if c.dep_ == "pobj"] if phrase.lower_ == "from" else []
    if not any(o.i in idx.ent_of and idx.ent_of[o.i].label_ in {"ORG", "PERSON"} for o in objects):
        return False
    # the "to" inside the phrase or right after it, on the document or on the sender
    owners = {phrase.head.i, *(o.i for o in objects)}
    return not any(t.lower_ == "to" and t.dep_ == "prep" and t.head.i in owners for t in phrase.doc[phrase.i + 1 : phrase.right_edge.i + 2])


UNTAGGED_LOOKBACK = 400  # tokens searched back for a pronoun's untagged antecedent


def _untagged_subject_before(idx: DocIndex, i: int) -> str | None:
    """The nearest name before token ``i`` that the entity model missed but the parser made a
    subject (proper nouns, capitalised, outside quotes: "Mayor Ana Ruiz said"): what a he/she
    with no PERSON before it refers to, named as written, as an untagged speaker is."""
    doc = idx.doc
    for k in range(i - 1, max(i - UNTAGGED_LOOKBACK, 0) - 1, -1):
        tok = doc[k]
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PROPN" and tok.text[:1].isupper() and k not in idx.ent_of and not idx.inside[k]:
            first = k
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i == k and doc[first - 1].text[:1].isupper():
                first -= 1
            return doc[first : k + 1].text
    return None


def _firm_named_by(idx: DocIndex, head: Token) -> Span | None:
    """The organisation an untagged one-word name begins ("Quenbury" after "Quenbury Systems"),
    when exactly one organisation of the document begins with it and no person's name holds it."""
    word = head.text
    if any(e.label_ in {"PERSON", "HANDLE"} and any(t.text == word for t in e) for e in idx.ents):
        return None
    firms = {e.text: e for e in idx.ents if e.label_ == "ORG" and len(e) >= 2 and e[0].text == word}
    return next(iter(firms.values())) if len(firms) == 1 else None


def _only_club_before(idx: DocIndex, head: Token) -> Span | None:
    """The football club "the club" is: the one the document names before ``head`` (an
    organisation whose name ends in Rovers, United, FC …, or in "Club", or opens with a club's
    word, ``CLUB_OPENERS``: FC, TSV, AS, Olympique …), or, of several, the one named most often
    before it, its short forms counted ("Vellemont" for "FC Vellemont"); on a tie, the one of
    them the document's first sentence (its headline) names, when it names one alone; else None:
    with two clubs named alike "the club" is either."""
    clubs: dict[str, Span] = {}
    for ent in idx.ents:
        if ent.start >= head.i:
            break
        opener = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]  # "The Amicale Bouliste de …"
        if ent.label_ == "ORG" and len(ent) > 1 and (ent[-1].text in CLUB_HEADS or any(t.lower_ == "club" for t in ent)
                                                      or opener.text in CLUB_OPENERS | SOCIETY_OPENERS):
            clubs.setdefault(ent.text.lower().removeprefix("the "), ent)
    if len(clubs) <= 1:
        return next(iter(clubs.values()), None)
    words = {key: {w for w in key.split() if w.upper() not in CLUB_HEADS_UPPER and w != "club"} for key in clubs}
    counts = dict.fromkeys(clubs, 0)
    for ent in idx.ents:
        if ent.start >= head.i:
            break
        text = ent.text.lower().removeprefix("the ")
        for key in clubs:
            if text == key or (ent.label_ in {"ORG", "GPE"} and len(ent) == 1 and text in words[key]):
                counts[key] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] > ranked[1][1]:
        return clubs[ranked[0][0]]
    # a tie: the club the story opens with, when its headline or first sentence names it alone
    # ("FC Vellemont sack their coach … a defeat by Olympique Sarrelay": the story's club)
    first = idx.doc[0].sent
    opening = [key for key, ent in clubs.items() if ent.start < first.end and counts[key] == ranked[0][1]]
    return clubs[opening[0]] if len(opening) == 1 else None


# the words a French club or society's name opens with ("Amicale Bouliste de Castelmourre", "Entente
# colombophile de Sambrelle", "Cercle nautique d'Arlanc"): "the club" of an article in English
SOCIETY_OPENERS = frozenset({"Amicale", "Entente", "Cercle"})
CLUB_HEADS_UPPER = frozenset(w.upper() for w in CLUB_HEADS | CLUB_OPENERS)

# organisation words ending a name of a kind other than the one sought ("Quorndon Council" is no union)
KIND_WORDS = ORG_HEADS | {w for kind, heads in KIND_HEADS.items() if kind not in FOCUS_KINDS for w in heads} | {"Guild", "Union", "Board", "Office", "Fund"}


def _only_organisation_before(idx: DocIndex, head: Token, kind: str) -> Span | None:
    """The organisation "the airline", "the museum", "the union" is when the document names
    exactly one before ``head`` that may be of that kind (``KIND_HEADS``): not a listed outlet or
    platform, not a place something was posted; its short forms ("Meridell" for "Meridell
    Airways") count as it; one whose name ends in another organisation word ("Quorndon Council"
    for "the union") is not of that kind. Of two or more, the one whose name ends in the kind's
    own word ("Meridell Airways" beside "Tallowby Systems" for "the airline"), when only one
    does. None for the kinds of publications and otherwise with two or more candidates."""
    if kind not in KIND_HEADS or kind in PUBLICATION_KINDS:
        return None
    heads = KIND_HEADS[kind]
    found: list[tuple[list[str], Span]] = []  # (words, the longest form) of each organisation
    for start in idx.orgs:
        if start >= head.i:
            break
        ent = idx.ent_of[start]
        if ent.text.lower() in listed_names() or (ent[-1].text in KIND_WORDS and ent[-1].text not in heads):
            continue
        words = ent.text.lower().removeprefix("the ").split()
        same = next((k for k, (kept, _) in enumerate(found) if words[: len(kept)] == kept or kept[: len(words)] == words), None)
        if same is None:
            found.append((words, ent))
        elif len(words) > len(found[same][0]):
            found[same] = (words, ent)  # the full form of a short one named before
    if len(found) > 1:
        found = [(words, ent) for words, ent in found if ent[-1].text in heads]
    return found[0][1] if len(found) == 1 else None


def _described_subject_before(idx: DocIndex, it: Token) -> Token | None:
    """The subject of the sentence before ``it``'s, in its paragraph, when that subject is an
    organisation named by a description ("The club said …. It said …": "club"), else None."""
    sent = it.sent
    if sent.start == 0:
        return None
    before = idx.doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or not _same_paragraph(idx, subjects[0], it):
        return None
    noun = subjects[0]
    lemma = noun.lemma_.lower()
    described = noun.pos_ == "NOUN" and noun.i not in idx.ent_of and lemma in ORG_NOUNS | ORG_KIND_NOUNS
    return noun if described and any(t.lower_ in {"the", "its"} for t in noun.lefts) else None


def _one_of_sources(head: Token) -> bool:
    """"one of the people", "another of the officials": a member of an unnamed group of sources."""
    if head.lower_ not in {"one", "another", "some", "two", "three"}:
        return False
    for prep in head.rights:
        if prep.lower_ == "of":
            group = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if group is not None and group.lower_ in {"them", "those"}:
                group = _group_before(group)  # "according to two people with knowledge of it. One of them said"
            return group is not None and group.lemma_.lower() in SOURCE_NOUNS | {"people", "person"}
    return False


def _group_before(pronoun: Token) -> Token | None:
    """The group of people "them" stands for: the first plural noun for people in the sentence
    before, in the paragraph ("two people with knowledge of the talks. One of them said"; "fans"),
    else None."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    if any(t.is_space and "\n" in t.text for t in pronoun.doc[before.start : sent.start]):
        return None
    people = SOURCE_NOUNS | PUBLIC_NOUNS | GENERIC_PEOPLE | {"people"}
    return next((t for t in before if t.lower_ == "people" or (t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ in people)), None)


# what a source's description says it knows: "with knowledge of", "familiar with", "close to", "briefed on"
IN_THE_KNOW = (("with", "knowledge"), ("familiar", "with"), ("close", "to"), ("briefed", "on"), ("involved", "in"))


def _in_the_know(head: Token) -> bool:
    """A person described by what they know ("one person with knowledge of the talks", "a
    person familiar with the plan", "two people close to the mayor") or where they were
    ("someone who was in the room"): an unnamed source, not a member of the public."""
    if head.lower_ in {"someone", "somebody"}:
        return any(c.dep_ == "relcl" and any(t.lower_ in {"who", "whom"} for t in c.subtree if t.i < c.i) for c in head.children)
    if head.lemma_.lower() not in {"person", "people", "man", "woman"}:
        return False
    words = [t.lower_ for t in head.doc[head.i + 1 : head.right_edge.i + 1]]
    return any(words[k : k + 2] == list(pair) for pair in IN_THE_KNOW for k in range(min(len(words) - 1, 3)))


def tagged_elsewhere(idx: DocIndex, head: Token, span: Span, whole: frozenset[str] = frozenset({"ORG"})) -> Span | None:
    """For a one-word capitalised speaker the entity model left untagged ("Sterling hit back",
    "Pike said", "Ms Pike said", often at a sentence start), the person (or organisation) the document names
    with that word elsewhere: the nearest such entity before it, else the first after. A PERSON
    must end with the word (a surname); an entity of ``whole``'s labels (an organisation) must be
    the word. The word must be a noun, unless it opens a line, where a headline's Title Case
    misleads the tagger ("Reid: ‘…’", "Gillibrand on …")."""
    word = head.text
    line_start = head.i == 0 or breaks_paragraph(idx.doc[head.i - 1])
    titled = len(span) == 2 and span[0].text.rstrip(".") in TITLES and span[1].i == head.i  # "Ms Penhallow said", untagged
    if (len(span) != 1 and not titled) or not word[:1].isupper() or word.isupper() or idx.inside[head.i]:
        return None
    if head.pos_ not in {"NOUN", "PROPN"} and not (line_start and head.is_alpha):
        return None
    found = [
        ent for ent in idx.ents
        if (ent.label_ in {"PERSON", "HANDLE"} and ent[-1].text == word) or (ent.label_ in whole and ent.text == word)
    ]
    before = [ent for ent in found if ent.start < head.i]
    return before[-1] if before else (found[0] if found else None)


UNNAMED_KINDS = frozenset({"unnamed_source", "anonymous_public"})
INDEFINITE = frozenset({"a", "an", "one", "another"})


def _subject_of_sentence_before(idx: DocIndex, tok: Token) -> Token | None:
    """The subject of the main verb of the sentence before ``tok``'s, outside quotes: not a
    subject in a clause of it ("after China erupted", "who asked not to be named", "argued that
    the department …"), nor one in ``tok``'s own sentence, where an indirect quote's words ("The
    ferry might have run, they argue") would offer their own. Where the main verb has no
    subject, the noun phrase opening the sentence that the parser made its root or an adverbial
    of the verb."""
    doc = idx.doc
    start = tok.sent.start
    if start == 0:
        return None
    sent = doc[start - 1].sent
    root = sent.root
    if idx.inside[root.i]:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and not idx.inside[c.i]), None)
    if subject is None and root.pos_ in {"NOUN", "VERB"}:
        # the noun phrase opening the sentence, which the parser made the root, its verb hung on
        # it ("A retired couple who have skied here … had driven through the night."), or an
        # adverbial of the verb ("A couple in their eighties, brought out by boat, sat …")
        opening = root if root.pos_ == "NOUN" else next((c for c in root.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"), None)
        if opening is not None and opening.left_edge.i == sent.start:
            return opening
    return subject


def _people_between(idx: DocIndex, lo: int, hi: int) -> bool:
    """Whether a person is named, or people are described ("researchers", "sources"), between
    tokens ``lo`` and ``hi``, outside quotes: someone else a pronoun after them may stand for.
    Words of a clause reported by a speech verb do not count ("A spokeswoman said engineers
    would inspect it. “…,” she said": the spokeswoman)."""
    for i in range(lo + 1, hi):
        tok = idx.doc[i]
        if idx.inside[i] or _reported_words(idx, tok):
            continue
        ent = idx.ent_of.get(i)
        if (ent is not None and ent.label_ in {"PERSON", "HANDLE"}) or (tok.pos_ == "NOUN" and tok.lower_ in PERSON_NOUNS):
            return True
        if tok.dep_ in SUBJECT_DEPS and tok.tag_ == "NNS":
            return True  # "what researchers say": a plural subject of its own
    return False


def _reported_words(idx: DocIndex, tok: Token) -> bool:
    """Whether ``tok`` lies in a clause a speech verb reports ("said engineers would inspect it")."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and idx.is_cue(node.head):
            return True
        node = node.head
    return False


def _last_two_people(idx: DocIndex, i: int) -> tuple[Span, Span] | None:
    """The last two people named before token ``i``, in the order written, for "the former" and
    "the latter"; None unless they are two people of one sentence ("Jo Bush and Al Lee")."""
    k = bisect.bisect_left(idx.persons, i)
    if k < 2:
        return None
    first, second = idx.ent_of.get(idx.persons[k - 2]), idx.ent_of.get(idx.persons[k - 1])
    if first is None or second is None or first.sent.start != second.sent.start:
        return None
    return first, second


def _unnamed_antecedent(idx: DocIndex, pronoun: Token) -> Attribution | None:
    """The unnamed person a "he" or "she" speaking stands for: the subject of the sentence before
    it, when that is an indefinite description of a source or a member of the public ("A
    senior nurse …", "One passenger …"), not a name, a pronoun or a thing ("One big obstacle").
    None otherwise: the pronoun goes to the named person before it."""
    tok = _subject_of_sentence_before(idx, pronoun)
    if tok is not None and tok.lower_ in INDEFINITE:
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), tok)  # "Another, a retired driver,"
    if tok is None or tok.pos_ != "NOUN" or tok.i in idx.ent_of or not any(t.lower_ in INDEFINITE for t in tok.lefts):
        return None
    if _people_between(idx, tok.right_edge.i, pronoun.i):
        return None  # "A person taped the speech. Mr. Manafort … what he calls": Manafort
    described = _described_by_who(tok)
    if tok.lemma_.lower() not in PERSON_NOUNS and tok.lower_ not in PERSON_NOUNS and not described:
        return None
    found = classify_speaker(idx, tok, tok.left_edge.i, tok.i + 1)
    if found.ref is None and found.speaker_kind == "unknown" and described:
        found.speaker_kind = "unnamed_source"  # "a former ferryman, who asked not to be named,": someone, unnamed
    return found if found.speaker_kind in UNNAMED_KINDS and found.ref is None else None


def _described_by_who(noun: Token) -> bool:
    """Whether a common noun is someone: a relative clause opened by "who"/"whose" lies in its
    phrase ("a former ferryman, who asked not to be named,"; "one sorter – a retired nurse who
    …"; "a deckhand from the ferry service, who …", the clause hung on the service), no name in
    it. Things take "which"."""
    phrase = list(noun.subtree)
    if any(t.ent_type_ in {"PERSON", "HANDLE"} for t in phrase):
        return False  # "a friend of Jo Lee, who …": the clause may be Jo Lee's
    return any(t.lower_ in {"who", "whose"} and t.head.dep_ == "relcl" for t in phrase)


THEY_KINDS = frozenset({"organization", "anonymous_public"})


def _they_antecedent(idx: DocIndex, they: Token) -> Attribution | None:
    """What a speaking "they" stands for: the subject of the sentence before it, when that is an
    organisation (an entity, or a noun for one: "The authority posted …") or a group of the
    public ("Two fans had driven …"). None when it is a person, a pronoun or anything else:
    "they" stays unknown."""
    tok = _subject_of_sentence_before(idx, they)
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"} or _people_between(idx, tok.right_edge.i, they.i):
        return None  # "Congress boosted funding, yet researchers say … It's an investment, they say": the researchers
    ent = idx.ent_of.get(tok.i)
    lemma = tok.lemma_.lower()
    start = ent.start if ent is not None else tok.left_edge.i
    end = ent.end if ent is not None else tok.i + 1
    found = classify_speaker(idx, tok, start, end)
    if found.speaker_kind == "organization" and (ent is not None or found.ref is not None or lemma in ORG_NOUNS | ORG_KIND_NOUNS):
        return found  # "The Harbour Board", "the authority", "the organizers, Brackenfold Events"
    if found.speaker_kind == "anonymous_public" and (lemma in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS):
        return found  # "Two fans", "A retired couple"; not "One big obstacle"
    return None


# the labels of questioners' lines in an interview or press conference ("Q: “…?”"): who asked
# is not named, so the speaker is unknown
INTERVIEW_ROLES = frozenset({"Q", "QUESTION", "INTERVIEWER", "REPORTER"})
ANSWER_ROLES = frozenset({"A", "ANSWER"})


def interview_question_before(idx: DocIndex, i: int) -> int | None:
    """For an answer's label opening a line ("A:", "Answer:", token ``i``), the token of the
    first question label of its run of questions and answers ("Q:" opening an earlier line),
    else None: an "A:" with no question before it is no answer."""
    doc = idx.doc
    if doc[i].text.upper() not in ANSWER_ROLES or i + 1 >= len(doc) or doc[i + 1].text != ":":
        return None
    first = None
    for j in range(i - 1, -1, -1):
        tok = doc[j]
        if (tok.text.upper() in INTERVIEW_ROLES and j + 1 < len(doc) and doc[j + 1].text == ":"
                and (j == 0 or breaks_paragraph(doc[j - 1]))):
            first = j
    return first
# documents that speak for whoever issued them ("the review found", "the filing said")
DOCUMENT_NOUNS = frozenset(
    "review report filing decision ruling judgment judgement study audit memo notice survey inquiry statement "  # noqa: SIM905
    "account feed channel "  # "Harnmoor Ltd’s official account": its owner's
    "letter email note diary logbook petition "
    "release newsletter guidebook catalogue website minutes rulebook bulletin leaflet brochure "
    "card sign plaque agenda rule".split()
)
# documents one person writes: with no one named at them, the person the story is about ("Jo
# Lee wrote to the council in May. The letter said …"), not the organisation in focus
PERSONAL_DOCUMENTS = frozenset("letter email note diary logbook card".split())  # noqa: SIM905


# documents put up where people pass ("A notice pinned inside the pavilion door", "A sign at the
# entrance"): with no author named, the organisation the story is about put them there
POSTED_DOCUMENTS = frozenset({"notice", "sign"})


def _put_up_by_someone(document: Token) -> bool:
    """Whether a clause on a document says who put it up or out, whoever that is ("A sign the
    neighbours put up", "a notice pinned there by a fan")."""
    return bool(_put_out_by(document, SIGNING_VERBS))


def _put_out_by(document: Token, verbs: frozenset[str]) -> list[Token]:
    """Who the clauses on a document whose verb is one of ``verbs`` say put it up or out: the
    subject of such a clause ("A sign the council put up") and the object of its "by" ("A notice
    signed by M. Wautelet", "A petition started by the club"), or of such a participle set off by a
    comma that the parser hung on a noun of the document's own phrase ("A card tied to the
    whale’s tail, signed by the club’s members")."""
    found = []
    doc = document.doc
    set_off = [t for t in document.subtree if t.dep_ == "acl" and t.head != document and t.i > document.i and doc[t.i - 1].text == ","]
    for clause in list(document.children) + set_off:
        if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in verbs:
            found += [c for c in clause.children if c.dep_ == "nsubj"]
            found += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return found


def _sender(idx: DocIndex, document: Token) -> Token | None:
    """The organisation or person a document is from or by ("A statement from Harnmoor Buses",
    "a report by the arborist Jo Lee", "A notice signed by M. Wautelet and taped to the door"):
    the first such entity in the object of its "from" or "by", or of the "by" of a participle on
    it that signs or puts it out (``SIGNING_VERBS``; not "The notice, seen by the Gazette,"), else
    None."""
    obj = next((o for p in document.children if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                for o in p.children if o.dep_ == "pobj"), None)
    if obj is None:
        obj = next((o for o in _put_out_by(document, SIGNING_VERBS) if o.head.dep_ == "agent"), None)
    if obj is None:
        return None
    return next((t for t in obj.subtree if t.i in idx.ent_of and idx.ent_of[t.i].label_ in {"ORG", "PERSON"} and not idx.inside[t.i]), None)


# the verbs of putting a document up or out in a clause on it ("A sign the council put up",
# "A petition started by the club"; "tap": the lemma the model gives "taped")
AUTHORING_VERBS = frozenset("put hang pin tape tap stick nail post start send write issue draw publish leave fix".split())  # noqa: SIM905


# the verbs of a participle on a document whose "by" names its author ("A notice signed by M.
# Wautelet", "a letter written by the club")
SIGNING_VERBS = AUTHORING_VERBS | {"sign", "countersign", "pen", "draft", "compose", "set", "agree", "approve", "adopt"}


# the people of an organisation who sign or put out its documents together ("signed by the
# club’s members", "drawn up by the society’s volunteers")
MEMBER_NOUNS = frozenset({"member", "volunteer", "trustee", "officer"})


def _authored_by(document: Token) -> Token | None:
    """The body a document is from, named by a description rather than a name: the object of its
    "from" ("A statement from the council"), the subject of a clause on it whose verb puts it up
    or out ("A sign the society has hung on the shed", "A notice the club has pinned"), or the
    agent of such a participle or of a signing one ("A petition started by the club", "A card
    signed by the club’s members", the members' possessor): a noun for an organisation
    (``ORG_KIND_NOUNS``, ``ORG_NOUNS``) after "the" or "its"; None otherwise (``_sender`` reads
    names)."""
    found = [o for p in document.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    for noun in found + _put_out_by(document, SIGNING_VERBS):
        if noun.lemma_.lower() in MEMBER_NOUNS:  # "signed by the club’s 23 members": the club
            noun = next((c for c in noun.children if c.dep_ == "poss"), noun)
        lemma = noun.lemma_.lower()
        if noun.pos_ == "NOUN" and lemma in ORG_KIND_NOUNS | ORG_NOUNS and any(t.lower_ in {"the", "its"} for t in noun.lefts):
            return noun
    return None


def _sent_to_many(document: Token) -> bool:
    """Whether a clause on a document sends it to a group named in the plural ("A letter sent to
    parents", "the email sent to all members"), a mailing rather than one person's letter."""
    return any(
        clause.dep_ == "acl" and clause.lemma_.lower() in {"send", "mail", "email", "address", "issue"}
        and any(o.tag_ == "NNS" for p in clause.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj")
        for clause in document.children
    )


def _issuer(idx: DocIndex, head: Token) -> Attribution | None:
    """Who issued a document that speaks: its possessor resolved as a speaker ("The museum's own
    review": the museum the article names), else, for "the"/"its"/a possessor that resolves to no
    one, the organisation in focus (the nearest before it, a subject first), as for "the
    statement". None for "a report" and when no organisation comes before it."""
    sender = _sender(idx, head)
    if sender is None and any(t.lower_ in {"the", "this", "that"} and t.dep_ == "det" for t in head.lefts):
        # "the report" after "A report by the arborist Jo Lee found …": the earlier one's author;
        # "the letter" after "The office said in a letter that …": whoever put that one out
        lemma = head.lemma_.lower()
        for t in reversed(idx.doc[: head.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or idx.inside[t.i]:
                continue
            if (sender := _sender(idx, t)) is not None:
                break
            if (issued := _issued_so(idx, t)) is not None:
                return issued
            if (hers := _pronoun_owner(idx, next((c for c in t.children if c.dep_ == "poss"), None))) is not None:
                return hers  # "Her report for the parks office found …. The report concludes": hers
    if sender is not None:  # "A statement from Harnmoor Buses said", "A report by Jo Lee found": its author
        found = classify_speaker(idx, sender, idx.ent_of[sender.i].start, idx.ent_of[sender.i].end)
        if found.ref is not None:
            return found
    elif (author := _authored_by(head)) is not None:  # "A sign the council put up reads": the council
        found = classify_speaker(idx, author, author.left_edge.i, author.i + 1)
        if found.speaker_kind == "organization" and found.ref is not None:
            return found
    # the possessor ("Harnmoor Ltd’s account", which the parser may hang as "nmod" with its "’s")
    owner = next((c for c in head.children if c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children))), None)
    if (hers := _pronoun_owner(idx, owner)) is not None:
        return hers  # "Her judgment said"
    if owner is None and (placed := _placed_by(idx, head)) is not None:
        return placed  # "A notice in the company’s name", "A statement on the council’s website": theirs
    if owner is None and _sent_to_many(head) and (body := idx.org_in_focus(head.i)) is not None:
        # "A letter sent to parents said", "The letter sent to drivers reads": a mailing to a
        # whole group is the organisation's the story is about, not one person's letter
        return Attribution(parts=[], speaker_kind="organization", ref=(body.start_char, body.end_char))
    if owner is None and not any(t.lower_ in {"the", "this"} and t.dep_ == "det" for t in head.lefts):
        issued = _issued_so(idx, head)
        if issued is not None or head.lemma_.lower() not in POSTED_DOCUMENTS or _put_up_by_someone(head):
            return issued
        # "A notice pinned inside the pavilion door reads", no one named as its author: as "the
        # notice", the organisation in focus's (below)
    if owner is not None and owner.pos_ in {"NOUN", "PROPN"}:
        found = classify_speaker(idx, owner, owner.left_edge.i, owner.i + 1)
        if found.ref is not None:
            return found
    if head.lemma_.lower() in PERSONAL_DOCUMENTS:
        person = idx.nearest_before(idx.person_subjects, head.i)
        return Attribution(parts=[], speaker_kind="person", ref=(person.start_char, person.end_char)) if person is not None else None
    ante = idx.org_in_focus(head.i)
    if ante is None:
        return None
    return Attribution(parts=[], speaker_kind="organization", ref=(ante.start_char, ante.end_char))


def _pronoun_owner(idx: DocIndex, owner: Token | None) -> Attribution | None:
    """The person a document's "his" or "her" stands for, as its speaker; None for any other owner."""
    if owner is None or owner.lower_ not in {"his", "her"} or (person := idx.pronoun_antecedent(owner)) is None:
        return None
    return Attribution(parts=[], speaker_kind="person", ref=(person.start_char, person.end_char))


def _placed_by(idx: DocIndex, document: Token) -> Attribution | None:
    """Whose a document is by where it is put or whose name it is in ("A notice in the company’s
    name at the ticket office", "A statement on the council’s website", "A notice on the door of
    the club’s meeting room"): the first organisation a possessive noun of its place phrases
    ("in", "on", "at", and their "of") resolves to, else None (not "her", "his": a notice on
    someone's door is not theirs to say)."""
    phrases = [p for p in document.children if p.dep_ == "prep" and p.lower_ in {"in", "on", "at"}]
    for prep in phrases:
        for tok in prep.subtree:
            if tok.pos_ not in {"NOUN", "PROPN"} or not (tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children)):
                continue
            found = classify_speaker(idx, tok, tok.left_edge.i, tok.i + 1)
            if found.speaker_kind == "organization" and found.ref is not None:
                return found
    return None


# verbs by which a body puts a document out ("issued a statement", "said in a press release")
ISSUING_VERBS = frozenset("issue release publish post put send announce say confirm circulate write file submit produce".split())  # noqa: SIM905


def _issued_so(idx: DocIndex, document: Token) -> Attribution | None:
    """Who put out "a" document the text names as it is put out: the subject of the verb it is the
    object of, or that a preposition ties it to ("The studio announced the delay in a press
    release, which read …", "The club issued a statement, which said …"), when that subject
    resolves to someone; else None ("a report" alone says nothing of its author)."""
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ in {"in", "via", "through"}:
        verb = verb.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # "announced the delay in a press release": the parser hung "in" on "delay"
    elif document.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subject = subject_of(idx, verb)
    if subject is None or subject.i >= document.i or subject.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    found = classify_speaker(idx, subject, *speaker_span(idx, subject, verb))
    return found if found.ref is not None or found.ref_name is not None else None


def _the_one(orgs: Iterable[Span]) -> Span | None:
    """The organisation ``orgs`` name, when they all name the same one ("the" aside), else None."""
    named = {e.text.lower().removeprefix("the "): e for e in orgs}
    return next(iter(named.values())) if len(named) == 1 else None


def _only_force(idx: DocIndex) -> Span | None:
    """The one police force or gendarmerie the document names anywhere ("Police say …" in a
    headline over a story about "the Velbach police"), else None."""
    return _the_one(e for e in idx.ents if e.label_ == "ORG" and e[-1].text in FORCE_HEADS)


# the public bodies a report names by their place and their work ("the Dornhagen nature
# conservation office", "the Velbach planning department")
PUBLIC_BODY_NOUNS = frozenset(
    "office department council authority agency service ministry administration directorate commission "  # noqa: SIM905
    "committee board inspectorate".split()
)


def _body_of_a_place(idx: DocIndex, head: Token, start: int) -> str | None:
    """The name a public body is given by a place and lower-case words of its work before its
    noun ("The Dornhagen nature conservation office", "the Velbach planning department"): the
    phrase without "the", when no organisation of the document has the place in its name (then
    it is that one) and no word of the phrase is inside a name; else None."""
    doc = idx.doc
    words = [t for t in doc[start : head.i] if t.lower_ not in {"the", "its"}]
    if not words or not (_place_word(words[0]) or words[0].pos_ == "PROPN") or not all(t.is_lower and t.is_alpha for t in words[1:]):
        return None
    tagged = idx.ent_of.get(words[0].i)
    if tagged is not None and (len(tagged) > 1 or tagged.label_ not in {"ORG", "GPE", "NORP", "LOC"}):
        return None  # a person's or a longer name's word, not a place the model took for something else
    if any(e.label_ == "ORG" and len(e) > 1 and any(t.lower_ == words[0].lower_ for t in e) for e in idx.ents):
        return None  # "Almsfeld Borough Council … the Almsfeld planning office": the council, as "the office" is
    return doc[words[0].i : head.i + 1].text


def _a_persons_word(idx: DocIndex, ent: Span) -> bool:
    """Whether ``ent`` may be part of a person's name: a word of some person's name in the
    document, or right after a capitalised word the model left out of it ("Waverly Jeffcoat",
    only "Jeffcoat" tagged)."""
    before = idx.doc[ent.start - 1] if ent.start > 0 else None
    if (before is not None and before.is_title and before.is_alpha and not before.is_stop
            and (before.pos_ == "PROPN" or before.lower_ not in english_words())):
        return True  # (the tagger may read the first name as anything: "Waverly" an adverb)
    words = {t.lower_ for t in ent}
    return any(e.label_ == "PERSON" and words & {t.lower_ for t in e} for e in idx.ents)


def _one_named_so_before(idx: DocIndex, head: Token) -> Span | None:
    """The one organisation named before ``head`` whose name ends in its noun ("the committee"
    after "the Kesby Fete Committee"), else None."""
    word = head.text.lower()
    return _the_one(e for e in idx.ents if e.label_ == "ORG" and e.end <= head.i and len(e) > 1 and e[-1].lower_ == word)


def _holds_places(force: Span, places: list[str]) -> bool:
    """Whether the name ``force`` holds every place word of a phrase naming a force."""
    return set(places) <= {t.lower_ for t in force}


def _place_word(tok: Token) -> bool:
    """A capitalised word that may name the place of a force ("Velbach" of "Velbach police"):
    not a nation's ("German") and not a kind of force ("Transport", "Military")."""
    return tok.is_title and tok.is_alpha and tok.ent_type_ != "NORP" and tok.lower_ not in NOT_A_FORCE_S_PLACE


def _named_by_its_last_words(idx: DocIndex, head: Token, start: int) -> Span | None:
    """The one organisation of the document, named before or after, whose name ends in the words
    of a definite description of two or more words ("the borough council" -> "Wexbury Borough
    Council", "the village association" -> "Unterpfelzing Village Association"). None for a bare
    noun ("the council": which one is the story's focus, resolved elsewhere), a possessive ("the
    club's committee"), or when no organisation or more than one ends so."""
    doc = idx.doc
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)  # "the town council": "council" tagged NNP at times
    if not common or start >= head.i or doc[start].lower_ != "the":
        return None
    words = doc[start + 1 : head.i + 1]
    if not 2 <= len(words) <= 3 or any(not t.is_lower or t.pos_ not in {"NOUN", "ADJ", "PROPN"} or t.dep_ in {"poss", "case"} for t in words):
        return None
    wanted = [t.lower_ for t in words]
    found = {name_key(e.text): e for e in idx.ents
             if e.label_ == "ORG" and len(e) > len(wanted) and [t.lower_ for t in e[-len(wanted):]] == wanted}
    return next(iter(found.values())) if len(found) == 1 else None


def classify_speaker(idx: DocIndex, head: Token, start: int, end: int) -> Attribution:
    """Kind and resolution of a speaker phrase (an Attribution carrying only speaker fields)."""
    doc = idx.doc
    span = doc[start:end]
    out = Attribution(parts=[], speaker_text=span.text, speaker_start=span.start_char, speaker_end=span.end_char)
    words = {t.lower_ for t in span}
    out.public = bool(words & PUBLIC_NOUNS)
    ent = idx.ent_of.get(head.i)
    if (
        not start <= head.i < end and (named := idx.ent_of.get(start)) is not None
        and (named.label_ == "HANDLE" or (named.label_ == "PERSON" and (ent is not None or head.lemma_.lower() not in PERSON_NOUNS | PERSON_ROLES)))
    ):
        # the phrase is a person apposed to the head ("At the Harnmoor Sanctuary, …, the founder,
        # Jo Lee, said"; "Outside court, the club's chair, Jo Lee, said", "court" the parser's
        # subject; not "A spokesman for the operator, Harnmoor Grid, said": the spokesman speaks); a
        # handle always is who wrote ("A Bluesky user, @jo_b, wrote")
        ent = named
    lower, lemma = head.lower_, head.lemma_.lower()
    if len(span) == 1 and span.text.upper() in INTERVIEW_ROLES and end < len(doc) and doc[end].text == ":":
        out.speaker_kind = "unknown"  # "Q: “…?”"
    elif len(span) == 1 and end < len(doc) and doc[end].text == ":" and (question := interview_question_before(idx, head.i)) is not None:
        # "A: “…”" after "Q: “…?”": the person the story introduced before its first question
        out.speaker_kind = "person"
        interviewed = idx.nearest_before(idx.person_subjects, question) or idx.nearest_before(idx.persons, question)
        out.ref = (interviewed.start_char, interviewed.end_char) if interviewed is not None else None
    elif ent is not None and ent.label_ in {"PERSON", "HANDLE"}:
        out.speaker_kind, out.ref = "person", (ent.start_char, ent.end_char)
        if head.dep_ != "conj" and head.head.dep_ != "agent":
            # not one of a pair ("his rivals, Jo Bush and Al Lee, who say …"), nor a passive's
            # agent ("Lee was asked by the moderator Jo Bush whether …": Lee is the subject)
            idx.note_speaker(ent)
    elif ent is not None and ent.label_ == "NORP" and not head.lower_.endswith("s") and any(t.lower_ == "the" for t in head.lefts):
        # "the Spaniard said": one person, by nationality; like "he" or "she", the nearest person
        # before ("Íñigo Salaverri scoring twice …. The Spaniard added"), as for "the 29-year-old"
        # (unless a name is set beside it: "The Liberal Democrat, Ottoline Vosper, who came third,")
        named = apposed_name(idx, head)
        person = named if named is not None and named.label_ == "PERSON" else idx.pronoun_antecedent(head)
        out.speaker_kind, out.ref = "person", (person.start_char, person.end_char) if person is not None else None
    elif ent is not None and (aged := _age_phrase(idx, head)) is not None:
        # "said the 29-year-old": a person, the one the article gave that age
        # (else, like "he" or "she", the nearest person before: "Arvid Lindahl had lived there
        # since 1970. “…,” the 71-year-old said")
        person = _person_of_age(idx, head.i, aged[1]) or idx.pronoun_antecedent(head)
        out.speaker_kind, out.ref = "person", (person.start_char, person.end_char) if person is not None else None
    elif ent is not None and ent.label_ in {"ORG", "GPE", "FAC"}:
        out.speaker_kind, out.ref = "organization", (ent.start_char, ent.end_char)
    elif (ent is not None and ent.label_ == "PRODUCT" and ent.start == start and ent.end == end
          and not _a_persons_word(idx, ent)):
        # "RoadMark said", the model reading the firm as a product: a product's name that speaks
        # alone is its maker's, no person's (not a surname the model cut from "Waverly Jeffcoat")
        out.speaker_kind, out.ref = "organization", (ent.start_char, ent.end_char)
    elif ent is None and (elsewhere := tagged_elsewhere(idx, head, span)) is not None:
        # "Pike said …" where the entity model missed "Pike" but tagged "Dana Pike" elsewhere
        out.speaker_kind = "person" if elsewhere.label_ in {"PERSON", "HANDLE"} else "organization"
        out.ref = (elsewhere.start_char, elsewhere.end_char)
    elif (named := apposed_name(idx, head)) is not None:
        # "The union's leader, Maria Lopez, accused …": the description names its person; "The
        # firm behind the app, Strandly Hire, said": a firm, whatever the entity model tagged
        person = named.label_ in {"PERSON", "HANDLE"} and head.lemma_.lower() not in ORG_DESCRIPTORS
        out.speaker_kind = "person" if person else "organization"
        out.ref = (named.start_char, named.end_char)
    elif (body := _named_by_its_last_words(idx, head, start)) is not None:
        # "the borough council said" beside "Wexbury Borough Council", "the fête committee" beside
        # "Nether Quabbing Fête Committee": the one organisation whose name ends in the phrase
        out.speaker_kind, out.ref = "organization", (body.start_char, body.end_char)
    elif (described := described_entity(idx, head, ORG_NOUNS) or described_kind(idx, head) or headline_described(idx, head)
          or headline_qualified(idx, head) or introduced_after(idx, head)) is not None:
        # "the mayor" after "Mayor Jane Okafor", "the contractor" after "Duysak, a former
        # contractor", "the board" after "The Harbour Board": the description names them; so
        # does the story below a headline's "says museum director", "chief executive:"
        out.speaker_kind = "person" if described.label_ in {"PERSON", "HANDLE"} else "organization"
        out.ref = (described.start_char, described.end_char)
    elif lower in {"former", "latter"} and any(t.lower_ == "the" for t in head.lefts):
        # "Jo Bush and Al Lee saw it differently. The former called it …; the latter said …"
        pair = _last_two_people(idx, head.i)
        out.speaker_kind = "person"
        if pair is not None:
            chosen = pair[0] if lower == "former" else pair[1]
            out.ref = (chosen.start_char, chosen.end_char)
    elif lower in PERSON_PRONOUNS and (unnamed := _unnamed_antecedent(idx, head)) is not None:
        # "A senior nurse, who asked not to be named, described … “…,” she said": the nurse,
        # unnamed, not the last person the story named
        out.take_identity(unnamed)
    elif lower in PERSON_PRONOUNS or (lower == "his" and head.dep_ == "poss"):  # "His verdict? ‘…’" (speakers._whose_words)
        ante = idx.pronoun_antecedent(head)
        out.speaker_kind = "person"
        if ante is None and (kin := idx.kin_subject_before(head)) is not None:
            ante = kin_named(idx, kin)  # "Her father did not argue. “…,” he said": whoever her father is
        out.ref = (ante.start_char, ante.end_char) if ante is not None else None
        if ante is None:
            out.ref_name = _untagged_subject_before(idx, head.i)  # "Mayor Ana Ruiz said …", the NER blind to her
    elif lemma in DOCUMENT_NOUNS and (issuer := _issuer(idx, head)) is not None:
        # "The museum's own provenance review said", "The filing said": the body that issued it
        out.speaker_kind, out.ref, out.ref_name = issuer.speaker_kind, issuer.ref, issuer.ref_name
    elif lower in ORG_PRONOUNS and (described_before := _described_subject_before(idx, head)) is not None:
        # "The club said in a statement …. It said it would …": "it" is the club of the sentence
        # before, whoever that is (unresolved stays unresolved), not the organisation named last
        found = classify_speaker(idx, described_before, described_before.left_edge.i, described_before.i + 1)
        out.speaker_kind, out.ref = "organization", found.ref
    elif lemma in PUBLIC_BODY_NOUNS and (body := _body_of_a_place(idx, head, start)) is not None:
        # "The Dornhagen nature conservation office said": that place's office, named so, not the
        # organisation in focus
        out.speaker_kind, out.ref_name = "organization", body
    elif lemma in COMPANY_NOUNS and not any(t.dep_ in {"det", "poss"} for t in head.lefts) and (firm := _firm_of_trade(idx, head)) is not None:
        # a headline's "Water firm says …": the story's water company, named in full below
        out.speaker_kind, out.ref = "organization", (firm.start_char, firm.end_char)
    elif lower in ORG_PRONOUNS or (lemma in ORG_NOUNS and any(t.lower_ in {"the", "its"} for t in head.lefts)):
        ante = (((_introduced_as(idx, head) or _speaking_just_before(idx, head) or _story_organisation(idx, head.i, _a_company))
                 if lemma in COMPANY_NOUNS else None)
                or (_one_named_so_before(idx, head) if lemma in PUBLIC_BODY_NOUNS else None) or idx.org_in_focus(head.i))
        out.speaker_kind = "organization"
        out.ref = (ante.start_char, ante.end_char) if ante is not None else None
    elif lower == "they" and (group := _they_antecedent(idx, head)) is not None:
        # "The authority posted the details. “…,” they wrote": the organisation, or the group of
        # people ("A retired couple had driven all night. “…,” they said": the public)
        out.take_identity(group)
    elif lemma in ORG_KIND_NOUNS and any(t.lower_ in {"the", "its", "their"} for t in head.lefts):
        out.speaker_kind = "organization"  # "the club said": an organisation, unresolved unless
        if lemma == "club" and (club := _only_club_before(idx, head)) is not None:
            out.ref = (club.start_char, club.end_char)  # the article names one club only
        elif (only := _only_organisation_before(idx, head, lemma)) is not None:
            out.ref = (only.start_char, only.end_char)  # "the airline" where one organisation is named before
    elif lemma in HOST_NOUNS and (any(t.lower_ in {"the", "its", "their"} for t in head.lefts) or _organisers(head)):
        # "the organisers said", "the festival posted", "the race's organisers", "Race
        # organizers said": the organisation the story names most
        out.speaker_kind = "organization"
        if (host := _story_organisation(idx, head.i, _not_an_outlet) or _story_organisation_after(idx, head.i)) is not None:
            out.ref = (host.start_char, host.end_char)
    elif lower in {"police", "gendarmerie"} and not any(t.lower_ in {"a", "an", "one"} for t in head.lefts):
        # "police said", "the police said", "Tallowby police said": the force, an organisation; the
        # one the document names before when there is one ("Tallowby Police"), else, with a place
        # before it, the phrase itself ("Tallowby police")
        out.speaker_kind = "organization"
        # (the tagger may make a noun of the place at a sentence's start: "Velbach police said")
        places = [t.lower_ for t in doc[start : head.i] if t.pos_ == "PROPN" or _place_word(t)]
        if places:  # "Kirchmoor police said" after "the Arlanc gendarmerie": Kirchmoor's, not the one named before
            force = _the_one(e for e in idx.ents if e.label_ == "ORG" and e[-1].text in FORCE_HEADS
                             and not start <= e.start <= head.i and _holds_places(e, places))
        else:
            force = _only_organisation_before(idx, head, lower) or _only_force(idx)
        if force is not None and force[-1].text in KIND_HEADS[lower]:
            out.ref = (force.start_char, force.end_char)
        elif places:
            out.ref_name = doc[start : head.i + 1].text.removeprefix("the ").removeprefix("The ")
    elif lemma == "campaign" and any(t.dep_ == "poss" for t in head.lefts):
        out.speaker_kind = "organization"  # "his campaign said", "Ruiz's campaign": hers, not the organisation before it
    elif _one_of_sources(head) or _in_the_know(head):
        out.speaker_kind = "unnamed_source"  # "one of the people said", "one person familiar with the talks"
    elif (
        lower in GENERIC_PEOPLE - COUPLE_NOUNS
        and any(t.lower_ in {"a", "an"} for t in head.lefts)
        and any(c.dep_ in {"relcl", "appos"} for c in head.children)
    ):
        # "a German man who worked as a contractor says": a described individual, not the public
        out.speaker_kind, out.public = "unnamed_source", False
    elif (
        lower in PUBLIC_NOUNS
        or lemma in PUBLIC_NOUNS
        or (lemma in PUBLIC_POSTS and not any(t.dep_ == "poss" for t in span))
        or lower in PUBLIC_HEADS
        or (lower in ORDINAL_HEADS and head.i > 0 and doc[head.i - 1].lower_ == "a")
        or (lower in GENERIC_PEOPLE and any(t.lower_ in {"one", "another", "a", "an", "some"} for t in head.lefts))
    ):
        out.speaker_kind, out.public = "anonymous_public", True
    elif head.tag_ == "NN" and any(t.lower_ == "the" for t in head.lefts) and (named := _speaking_next(idx, head)) is not None:
        # "The chief executive of Harnmoor Trust told its board …. Jo Lee was speaking after …": named next
        out.speaker_kind, out.ref = "person", (named.start_char, named.end_char)
    elif _a_member_posting(head):
        out.speaker_kind, out.public = "anonymous_public", True  # "In the society's WhatsApp group, one member wrote"
    elif lower in SOURCE_NOUNS or lemma in SOURCE_NOUNS:
        out.speaker_kind = "unnamed_source"
    elif (
        head.pos_ == "NOUN" and lemma not in ORG_NOUNS and lemma not in NOT_PEOPLE and lower not in NOT_PEOPLE
        and any(t.lower_ in {"one", "another"} for t in head.lefts)
    ):
        out.speaker_kind, out.public = "anonymous_public", True  # "one security researcher asked"
    elif head.pos_ == "PROPN" and head.text in ORG_HEADS and len(span) == 1:
        # "Council concedes …" in a headline, the model blind to it: the organisation the document
        # names with that last word, when it names one
        out.speaker_kind = "organization"
        bodies = {name_key(idx.ent_of[i].text): idx.ent_of[i] for i in idx.orgs if idx.ent_of[i][-1].text == head.text}
        if len(bodies) == 1:
            body = next(iter(bodies.values()))
            out.ref = (body.start_char, body.end_char)
    elif head.pos_ == "PROPN" and (firm := _firm_named_by(idx, head)) is not None:
        out.speaker_kind, out.ref = "organization", (firm.start_char, firm.end_char)  # "Quenbury said" after "Quenbury Systems"
    elif head.pos_ == "PROPN" and head.i not in idx.ent_of and which_after(doc, end):
        out.speaker_kind, out.ref_name = "organization", span.text  # "Heskin Estate, which runs the car park, said": people take "who"
    elif head.pos_ == "PROPN":
        out.speaker_kind, out.ref_name = "person", span.text
    elif head.tag_ == "NN" and (relative := kin_named(idx, head)) is not None:
        out.speaker_kind, out.ref = "person", (relative.start_char, relative.end_char)  # "said his wife" after "Leocadie Pell"
    elif head.tag_ == "NN" and lemma in ROLE_OF_HEADING and any(t.dep_ == "poss" for t in head.lefts) and (
            leader := _introduced_as_heading(idx, ROLE_OF_HEADING[lemma])) is not None:
        # "The club's chair said" where the article introduced "Tressida Aspinshaw, who chairs the
        # club,": the one person it introduced so
        out.speaker_kind, out.ref = "person", (leader.start_char, leader.end_char)
    elif head.tag_ == "NN" and lemma in PERSON_ROLES and any(t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts):
        out.speaker_kind = "person"  # "the candidate", "the Ohio senator", "his wife": one person, unresolved
    elif head.tag_ == "NN" and lower in GENERIC_PEOPLE and any(t.lower_ == "the" for t in head.lefts):
        out.speaker_kind, out.public = "anonymous_public", True  # "the man said", "the student said": unnamed, the public
    elif _someone_by_trade(head):
        out.speaker_kind = "unnamed_source"  # "a waiter at the hotel said", "the ticket inspector told": unnamed, by their work
    if out.speaker_kind == "person" and out.ref is not None and not out.public and lemma not in DOCUMENT_NOUNS | (PERSON_ROLES - KIN_APPOSED):
        # a letter or a note speaks for its writer, a party to the story, not a vox pop; so does
        # one the phrase names by a role ("Harnmoor founder: «…»"), not by kin ("His wife, Jo Pell, said")
        out.public = vox_pop(idx, out.ref)
    return out


# words of kin a relative shares the family's surname under ("his wife", "her father")
FAMILY_KIN = frozenset(
    "wife husband mother father daughter son sister brother widow widower grandmother grandfather "  # noqa: SIM905
    "granddaughter grandson mum dad".split()
)


def kin_named(idx: DocIndex, head: Token) -> Span | None:
    """The person a possessed word of kin speaking stands for ("“…”, said his wife"; "Her
    husband said …"): the one person of the document, by another first name, who shares the
    possessor's surname and is not of the other sex ("Leocadie Pell" for Osric Pell's wife).
    The possessor is "his"/"her"'s antecedent or the name before "'s". None when no one or more
    than one person fits."""
    sex = GENDERED_NOUNS.get(head.lower_)
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lower_ not in FAMILY_KIN or sex is None or poss is None:
        return None
    owner = idx.pronoun_antecedent(poss) if poss.lower_ in {"his", "her"} else idx.ent_of.get(poss.i)
    if owner is None or owner.label_ != "PERSON":
        return None
    if (kin := _kin_by_apposition(idx, head, owner, sex)) is not None:
        return kin
    surname, own = owner[-1].lower_, name_key(person_name(owner.text))
    fits: dict[str, Span] = {}
    doc = idx.doc
    for ent in idx.ents:
        key = name_key(person_name(ent.text))
        if ent.label_ != "PERSON" or idx.inside[ent.start] or key == own or idx.gender(ent) not in {sex, None}:
            continue
        # "Leocadie and Osric Pell": a couple's first first name takes the surname after it
        couple = (len(key.split()) == 1 and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and"
                  and (partner := idx.ent_of.get(ent.end + 1)) is not None and partner[-1].lower_ == surname)
        if (len(key.split()) >= 2 and ent[-1].lower_ == surname) or couple:
            fits.setdefault(f"{key} {surname}" if couple else key, ent)
    fits = {k: v for k, v in fits.items() if not _initial_of_another(k, fits)}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _initial_of_another(key: str, keys: Iterable[str]) -> bool:
    """Whether a name key opens with an initial ("m. thiollier") that another key's first name
    begins with ("maixent thiollier"): one man, by his initial (or as Monsieur), not two."""
    return key[1:2] == "." and any(other[0] == key[0] and other[1:2] != "." for other in keys)


# the words of kin the other side of each tie says ("His daughter, Okka," ... "her father")
KIN_INVERSE = {
    **dict.fromkeys(("daughter", "son"), frozenset({"father", "mother", "dad", "mum"})),
    **dict.fromkeys(("father", "mother", "dad", "mum"), frozenset({"daughter", "son"})),
    **dict.fromkeys(("wife", "husband"), frozenset({"wife", "husband"})),
    **dict.fromkeys(("sister", "brother"), frozenset({"sister", "brother"})),
    **dict.fromkeys(("grandmother", "grandfather"), frozenset({"granddaughter", "grandson"})),
    **dict.fromkeys(("granddaughter", "grandson"), frozenset({"grandmother", "grandfather"})),
}


def _kin_by_apposition(idx: DocIndex, head: Token, owner: Span, sex: str) -> Span | None:
    """The relative an earlier apposition names the tie to: "Her father" said of Okka after
    "Jobst Wiebracht … His daughter, Okka," is Jobst, whatever their surnames (a married
    daughter's differs). The last such tie before ``head`` in which ``owner`` is the one named
    in apposition, when the person at its other end is not of the other sex; None when none."""
    doc = idx.doc
    found: Span | None = None
    for tok in doc[: head.i]:
        wanted = KIN_INVERSE.get(tok.lower_)
        if wanted is None or head.lower_ not in wanted or tok.pos_ != "NOUN":
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        named = next((idx.ent_of.get(c.i) for c in tok.children if c.dep_ == "appos" and c.i in idx.ent_of), None)
        if poss is None or named is None or named.label_ != "PERSON" or not _same_person(named, owner):
            continue
        other = idx.pronoun_antecedent(poss) if poss.lower_ in {"his", "her"} else idx.ent_of.get(poss.i)
        if other is not None and other.label_ == "PERSON" and not _same_person(other, owner) and idx.gender(other) in {sex, None}:
            found = other
    return found


def _same_person(a: Span, b: Span) -> bool:
    """Whether two mentions are one person's by their words: the same name, or a full name and
    its own first name or surname ("Okka Wiebracht", "Okka"; "Ms Wiebracht")."""
    x, y = name_key(person_name(a.text)).split(), name_key(person_name(b.text)).split()
    return bool(x and y) and (x == y or (min(len(x), len(y)) == 1 and (x[0] == y[0] or x[-1] == y[-1])))


ORG_OR_PLACE = frozenset({"ORG", "GPE"})


def _speaking_just_before(idx: DocIndex, head: Token) -> Span | None:
    """The organisation that spoke in the sentence right before "the company" speaks, in its
    paragraph ("In a statement, Tallowby said it was “…” The company said …": Tallowby, not the
    airline the story names more often): the subject of that sentence's speech verb, an
    organisation or a name the model took for a place (places do not speak: "Valdéchets said on
    Friday …"); not an outlet, nor one no company can be (``_a_company``). None otherwise."""
    subject = _subject_of_sentence_before(idx, head)
    if subject is None or not idx.is_cue(subject.head) or "\n" in idx.text[subject.idx : head.idx]:
        return None
    # the name untagged here, tagged where the story names it again ("Valdéchets", a place)
    ent = idx.ent_of.get(subject.i) or tagged_elsewhere(idx, subject, idx.doc[subject.i : subject.i + 1], ORG_OR_PLACE)
    if ent is None or ent.label_ not in ORG_OR_PLACE or not _not_an_outlet(ent) or not _a_company(ent):
        return None  # (not "The Farnley Chamber of Commerce said …": no company)
    return ent


def _introduced_as(idx: DocIndex, head: Token) -> Span | None:
    """The organisation the article introduced with the noun of "the company" ("the railway
    company Ostmarsch-Bahn", "Tallowby Systems, a software company,"), the nearest before it;
    None when it introduced none so."""
    found = described_entity(idx, head, frozenset())
    return found if found is not None and found.label_ == "ORG" else None


def _someone_by_trade(head: Token) -> bool:
    """A singular noun for a person by their work, with "a", "an" or "the" and no name, that no
    list knows ("A waiter at the hotel said", "the dispatcher asked"), or such a plural alone
    ("Ornithologists say"): an unnamed source. Its
    ending says it is a person (an agent's, ``components.AGENT_ENDINGS``); nouns for documents and things that end so
    ("a letter", "the poster", "the counter") are not, nor is a word the tagger read as a name."""
    lower = head.lower_
    if head.tag_ == "NNS" and not any(t.dep_ in {"det", "poss", "nummod"} for t in head.lefts):
        # a bare plural by trade or learning ("Ornithologists say", "Rescuers in the valley
        # say", "Scientists at the museum confirmed"): unnamed sources, not the public
        # ("Shoppers said", "Residents say": ``GENERIC_PEOPLE``, ``VOX_NOUNS``)
        lemma = head.lemma_.lower()
        return (head.is_alpha and len(lemma) > 4 and lemma.endswith(AGENT_ENDINGS) and lemma not in VOX_NOUNS
                and lower not in VOX_NOUNS and lemma not in NOT_PEOPLE and lemma not in DOCUMENT_NOUNS
                and lemma not in ORG_NOUNS and lemma not in HOST_NOUNS and lower not in HOST_NOUNS
                and lemma != "author")  # a work's "co-authors" are its people, named by it, not by a trade
    return (
        head.tag_ == "NN" and head.is_alpha and len(lower) > 4 and lower.endswith(AGENT_ENDINGS)
        and lower not in NOT_PEOPLE and lower not in DOCUMENT_NOUNS and lower not in PUBLIC_NOUNS
        and head.lemma_.lower() not in ORG_NOUNS
        and any(t.lower_ in {"a", "an", "the"} and t.dep_ == "det" for t in head.lefts)
    )


def _speaking_next(idx: DocIndex, head: Token) -> Span | None:
    """The person the sentence after a definite description's opens with as the one "speaking"
    ("The chief executive of Harnmoor Trust told the board …. Jo Lee was speaking a week after …"):
    the description's name, which reports give that way. None otherwise."""
    doc = idx.doc
    end = head.sent.end
    if end >= len(doc):
        return None
    first = end
    while first < len(doc) and (doc[first].is_space or doc[first].is_punct):
        first += 1
    ent = idx.ent_of.get(first)
    if ent is None or ent.start != first or ent.label_ != "PERSON" or len(ent) < 2:
        return None
    verb = ent.root.head
    return ent if ent.root.dep_ == "nsubj" and verb.lemma_.lower() in {"speak", "talk"} else None


# ordinary people a report introduces by what they do or are ("a retired bus driver", "a
# 34-year-old marathon runner", "the owner of a café"): with them a named person is the public
VOX_NOUNS = GENERIC_PEOPLE | PUBLIC_NOUNS | frozenset(
    "runner driver pensioner retiree grandmother grandfather grandparent owner shopkeeper worker "  # noqa: SIM905
    "nurse builder farmer fisherman cyclist jogger walker swimmer holder householder landlord landlady "
    "patient parent".split()
)


# nouns for people, unnamed: what a "he", "she" or "they" speaking may stand for
PERSON_NOUNS = VOX_NOUNS | SOURCE_NOUNS

VOX_POP_MAX_MENTIONS = 2  # a vox pop is introduced, quoted and left: named once, perhaps twice


def vox_pop(idx: DocIndex, ref: tuple[int, int]) -> bool:
    """Whether the person at ``ref`` is a named member of the public, the press's vox pop: some
    mention of them in the document is followed by their age ("Trevor Ansell, 71, said") or set
    beside a noun for ordinary people ("Dario Pellizzari, 67, a retired bus driver"; "Demelza
    Akintola, a 34-year-old marathon runner"), and none carries a title or a role (Councillor
    Jo Bloggs, "property tycoon Dale Ravenhill", "Jo Bloggs, the club's chief executive"), and
    they are named at most ``VOX_POP_MAX_MENTIONS`` times (``_named_as``: their own mentions,
    not a relative's). The age or the noun may be a relative's: one relative of the public
    makes the family the public."""
    doc = idx.doc
    ent = next((e for e in idx.ents if e.start_char == ref[0] and e.end_char == ref[1]), None)
    if ent is None or ent.label_ != "PERSON":
        return False
    family = [m for m in idx.ents if m.label_ == "PERSON" and m[-1].lower_ == ent[-1].lower_]
    mentions = _named_as(idx, ent, family)
    if monsieur_at(ent):
        # "M. Pommeret" beside "Sosthène Pommeret, who owns the garden centre": Monsieur is the
        # one man of the family named in full, who runs it
        men = [m for m in family if _full_name(m) and not monsieur_at(m) and mention_gender(m) != "f"]
        if len(men) == 1 and _runs_an_institution(doc, men[0].end):
            return False
    neighbours = any(_with_a_neighbour(m) for m in mentions)  # a resident, however often named
    if len(mentions) > VOX_POP_MAX_MENTIONS and not neighbours:
        return False  # named again and again: the story's own people ("Lidia Quiroga, a former nurse", who won)
    ordinary = False
    for mention in family:  # a vox pop's family is the public too ("Régine Fontcouverte, 84," and her husband)
        own = mention in mentions
        before = doc[mention.start - 1] if mention.start > 0 else None
        for word in (before, mention[0]):  # the entity model takes a title in at times
            if own and word is not None and (_titled(word) or word.lower_ in PERSON_ROLES | SOURCE_NOUNS):
                return False  # "Councillor Teresa Ibáñez-Hart", "property tycoon Dale Ravenhill"
        if own and _runs_an_institution(doc, mention.end):
            return False  # "Mairwen Pell, who runs the firm with her father,": its head, a party
        if own and _leads_by(mention):
            return False  # "volunteers led by her husband, Volker,": their leader, a party
        if own and _heads_as_subject(mention):
            return False  # "His daughter, Quitterie Pommeret, runs the bird section.": a party
        for noun in apposed_nouns(mention):
            word = role_word(noun)  # "front-runner" is no runner
            if word in VOX_NOUNS or (word in KIN_APPOSED and any(c.dep_ == "poss" and c.lemma_.lower() not in PERSON_ROLES for c in noun.children)
                                     and relative_after(doc, mention.end) is None):
                ordinary = True
            elif word in PERSON_ROLES | SOURCE_NOUNS | CLUB_OFFICES:
                if own:
                    return False  # "Martin Ormerod, the utility's chief executive"
            elif any(c.dep_ == "amod" and c.lower_ == "retired" for c in noun.children):
                ordinary = True  # "a retired postwoman"
        ordinary = ordinary or is_age(doc, mention.end) or _aged_last(doc, mention.end) or _lives_or_has_kin(doc, mention.end)
    return ordinary or neighbours


# offices of a club or a society, set beside a name ("the society's chair, Jo Lee,"): no vox pop
CLUB_OFFICES = frozenset({"chair", "chairperson", "treasurer", "secretary", "president"})

KIN_APPOSED = FAMILY_KIN | frozenset({"nephew", "niece", "aunt", "uncle", "cousin", "grandchild"})


def _named_as(idx: DocIndex, ent: Span, mentions: list[Span]) -> list[Span]:
    """The person mentions in the document that may be the person of ``ent``: those ending in its
    surname. When the document names two people of that surname in full (Elkanah Pellacombe and
    his wife, Tegwedd Pellacombe), the person's own: the full mentions with their first name and
    the bare ones ("Pellacombe", "Mrs Pellacombe") not known to be of the other sex; a bare
    ``ent`` is the one full-named person of its sex. The family's most-named member is then not
    the relative named once. ``mentions``: the document's person mentions ending in ``ent``'s
    surname."""
    full = {m[0].lower_: m for m in mentions if _full_name(m)}
    if len(full) < 2:
        return mentions
    sex = mention_gender(ent)
    if _full_name(ent):
        first = ent[0].lower_
    else:
        same = [name for name, m in full.items() if sex is not None and mention_gender(m) == sex]
        if len(same) > 1:
            # "Miss Thorncliffe" beside two sisters named in full: whichever she is, she is named
            # as often as the more-named of them
            return max((_own_mentions(mentions, name, sex) for name in same), key=len)
        if len(same) != 1:
            return mentions
        first = same[0]
    return _own_mentions(mentions, first, sex or mention_gender(full[first]))


def _own_mentions(mentions: list[Span], first: str, sex: str | None) -> list[Span]:
    """Of a family's ``mentions``, those of the one whose first name is ``first`` and whose sex
    is ``sex``: their full mentions, and the bare ones not known to be of the other sex."""

    def theirs(m: Span) -> bool:
        if _full_name(m):
            return m[0].lower_ == first
        other = mention_gender(m)
        return other is None or sex is None or other == sex

    return [m for m in mentions if theirs(m)]


def _aged_last(doc: Doc, i: int) -> bool:
    """Tokens ``i``..``i + 2`` are ", <age>." closing the sentence (‘…,’ said Peigi Glennie, 41.)."""
    return (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text.isdigit() and 0 < int(doc[i + 1].text) < 120
            and doc[i + 2].text in {".", "!", "?"})


def _full_name(ent: Span) -> bool:
    """A first name and a surname ("Tegwedd Pellacombe"), no title first ("Mrs Pellacombe")."""
    return len(ent) > 1 and ent[0].text[:1].isupper() and ent[0].text.rstrip(".") not in TITLES


NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor", "flatmate", "housemate"})


def _with_a_neighbour(mention: Span) -> bool:
    """"Elroy Quarmby and his neighbour, …": one named with their own neighbour lives on the
    street the story is on, one of the public like the neighbour, however often the story names
    them."""
    return any(c.dep_ == "conj" and c.lemma_.lower() in NEIGHBOUR_NOUNS and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
               for c in mention.root.children)


def _lives_or_has_kin(doc: Doc, end: int) -> bool:
    """", who lives on Pilchard Row" or ", whose daughter …" right after a name: where a person
    lives or whose parent they are is how papers introduce the people of a vox pop."""
    rel = relative_after(doc, end)
    if rel is None:
        return False
    if rel.lower_ == "whose":
        # ", whose daughter …", ", whose house flooded", ", whose time no longer counts": what is
        # theirs; not a body or a business they lead (", whose company …", ", whose café
        # terrace …"), nor a contest's entry (", whose 588kg entry …": a competitor is a party)
        if rel.head.lower_ in KIN_NOUNS:
            return True
        words = {name_key(t.text) for t in rel.head.subtree}
        return rel.head.pos_ in {"NOUN", "PROPN", "NUM"} and not words & (INSTITUTION_NOUNS | SMALL_BUSINESSES | CONTEST_NOUNS)
    if rel.lower_ != "who" or rel.head.dep_ != "relcl":
        return False
    if rel.head.lemma_ in {"run", "own"}:
        # ", who runs the 40-room Hôtel Belle," ", who owns a café on the square": a local trader
        objects = [c for c in rel.head.children if c.dep_ == "dobj"]
        words = {name_key(t.text) for o in objects for t in o.subtree}  # accents folded: "Hôtel"
        return bool(words & SMALL_BUSINESSES)
    return rel.head.lemma_ == "live"


def _runs_an_institution(doc: Doc, end: int) -> bool:
    """", who runs the firm" or ", who founded the charity" right after a name: the head of a
    body (``INSTITUTION_NOUNS``), who speaks for it; not a local trader (", who runs a café":
    ``SMALL_BUSINESSES``, the public)."""
    rel = relative_after(doc, end)
    if rel is None or rel.lower_ != "who" or rel.head.dep_ != "relcl" or rel.head.lemma_ not in HEADING_VERBS:
        return False
    objects = [c for c in rel.head.children if c.dep_ == "dobj"]
    heads = {name_key(o.text) for o in objects}
    return bool(heads & INSTITUTION_NOUNS) and not heads & SMALL_BUSINESSES


def _leads_by(mention: Span) -> bool:
    """Whether a name, or the noun it is set beside, is the "by" of a participle of heading
    ("volunteers led by her husband, Volker,", "a team run by Ada Quist"): the leader of what
    the story is about, a party to it."""
    tok = mention.root
    if tok.dep_ == "appos":
        tok = tok.head
    by = tok.head
    return tok.dep_ == "pobj" and by.dep_ == "agent" and by.head.lemma_.lower() in HEADING_VERBS


def _heads_as_subject(mention: Span) -> bool:
    """Whether a name, or the noun it is set beside, is the subject of a verb of heading with a
    definite object ("His daughter, Quitterie Pommeret, runs the bird section."): one who runs
    part of what the story is about, a party to it; not "runs a café"."""
    tok = mention.root
    if tok.dep_ == "appos":
        tok = tok.head
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in HEADING_VERBS and any(
        c.dep_ == "dobj" and any(d.lower_ == "the" or d.dep_ == "poss" for d in c.lefts) for c in verb.children)


# what the head of a body does to it ("who runs the firm", "who founded the charity")
HEADING_VERBS = frozenset({"run", "own", "lead", "head", "manage", "found", "co-found", "chair"})

# a body's head by their role, and what the article says one so named does to it ("its
# headteacher": ", who has led the school since 2019"; "the club's chair": ", who chairs the club")
_LEADING = frozenset({"lead", "head", "run"})
ROLE_OF_HEADING = {
    **dict.fromkeys(("chair", "chairman", "chairwoman", "chairperson"), frozenset({"chair"})),
    **dict.fromkeys(("leader", "head", "headteacher", "headmaster", "headmistress", "principal"), _LEADING),
    **dict.fromkeys(("founder", "co-founder"), frozenset({"found", "co-found"})),
    "owner": frozenset({"own", "run"}),
    **dict.fromkeys(("boss", "director", "manager"), _LEADING | {"manage"}),
}


def _introduced_as_heading(idx: DocIndex, verbs: frozenset[str]) -> Span | None:
    """The one person the document introduces as doing ``verbs`` to a body (", who chairs the
    club", ", who has led the school since 2019": a relative clause right after the name, its
    verb one of ``verbs`` with a definite object: not ", who runs a café two doors away", a
    business of their own), or, for an owner, as having the business (", whose bakery was a
    finalist"); None when it introduces none or two people so."""
    found: dict[str, Span] = {}
    for ent in idx.ents:
        if ent.label_ != "PERSON":
            continue
        rel = relative_after(idx.doc, ent.end)
        if (rel is not None and rel.lower_ == "who" and rel.head.dep_ == "relcl" and rel.head.lemma_ in verbs
                and any(c.dep_ == "dobj" and not any(d.lower_ in {"a", "an"} for d in c.lefts) for c in rel.head.children)):
            found.setdefault(name_key(person_name(ent.text)), ent)
        elif rel is not None and rel.lower_ == "whose" and "own" in verbs and rel.head.lower_ in INSTITUTION_NOUNS | SMALL_BUSINESSES:
            found.setdefault(name_key(person_name(ent.text)), ent)
    return next(iter(found.values())) if len(found) == 1 else None

# what a competitor has: ", whose entry …" introduces a party to the contest the story is about
CONTEST_NOUNS = frozenset({"entry", "entries", "entrant"})

# what a person of the public has no say in: ", whose company …" introduces its head
INSTITUTION_NOUNS = frozenset(
    "company firm business department agency organisation organization team party campaign office ministry committee "  # noqa: SIM905
    "group charity club union council board school trust foundation practice brand label restaurant shop centre center".split()
)

# what a local trader runs: one who runs one, introduced so in a story, is one of the public
SMALL_BUSINESSES = frozenset(
    "hotel cafe shop bakery pub inn guesthouse b&b restaurant bar salon stall farm garage deli kiosk "  # noqa: SIM905
    "chippy takeaway newsagent florist butcher grocer campsite".split()
)


def _titled(tok: Token) -> bool:
    """A capitalised title or honorific other than Mr/Mrs/Ms ("Councillor", "Dr.", "Sen.")."""
    word = tok.text.rstrip(".")
    return word[:1].isupper() and tok.pos_ == "PROPN" and word not in COURTESY_TITLES and (word in HONORIFICS or word.lower() in PERSON_ROLES)


def attribute_to(idx: DocIndex, att: Attribution, verb: Token) -> None:
    """Fill the cue and speaker fields of ``att`` from the cue verb."""
    att.cue = "according to" if verb.lower_ == "according" else verb.text
    att.cue_token = verb.i
    head = subject_of(idx, verb)
    if head is None:
        return
    start, end = speaker_span(idx, head, verb)
    speaker = classify_speaker(idx, head, start, end)
    noun = _antecedent(idx, head)
    if noun.i != head.i:
        # "who" is the mention at the cue (speaker_text); who that is comes from the noun it stands for
        speaker.take_identity(classify_speaker(idx, noun, *speaker_span(idx, noun, verb)))
        if head.lower_ == "which" and speaker.speaker_kind == "person" and noun.i not in idx.ent_of:
            speaker.speaker_kind = "organization"  # "Pixhold, which promised …": people take "who"
    att.take_speaker(speaker)
