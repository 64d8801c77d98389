"""Speakers named by a description: "the mayor" after "Mayor Jane Okafor", "the contractor"
after "Duysak, a former contractor", "the board" after "The Harbour Board", and the name set in
apposition to a description ("the union's leader, Maria Lopez,"). For
``speaker_phrase.classify_speaker``.

Reads a parsed spaCy ``Doc`` through ``cues.DocIndex``; returns the entity ``Span`` the
description resolves to, or None. The rules are in README.md ("Kind and resolution").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.components import ORG_DESCRIPTORS
from pipeline.extract.cues import DocIndex, doc_text, headline_end, names_its_object
from pipeline.extract.entities import CORPORATE_SUFFIXES, TITLE_ABBREVIATIONS, TITLES, name_key

# what a definite description may name: a facility the model tags FAC speaks as the body that
# runs it when its name says what it is ("Skelwick Airport" ... "the airport said")
DESCRIBED_LABELS = frozenset({"PERSON", "ORG", "FAC"})


def described_entity(idx: DocIndex, head: Token, org_nouns: frozenset[str]) -> Span | None:
    """The person or organisation an earlier sentence described with ``head``'s noun, when the
    speaker is a definite description ("the mayor", "the council leader"): the nearest before it
    that the noun titles ("Mayor Jane Okafor", "Council leader Tom Reid"), stands in apposition
    to ("Duysak, a former contractor"; "a former contractor, Bahtiyar Duysak") or, for an
    organisation (or a facility the model tags FAC), ends its name ("The Harbour Board" -> "the
    board", "Skelwick Airport" -> "the airport"). The description's names
    ("the Florida senator") must be in that introduction, and "vice" on both sides or neither
    ("the vice president" is not "President Obama"). A plural ("the lawyers") is no one person.
    None otherwise, and for the nouns that already resolve to the organisation in focus ("the
    company": ``org_nouns``, speaker_phrase.ORG_NOUNS)."""
    lemma = head.lemma_.lower()
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)  # "the senator" is tagged NNP at times
    # "her mother" after "Her mother, Ada Quist,": a possessive pronoun the introduction had too
    owner = next((t.lower_ for t in head.lefts if t.dep_ == "poss" and t.lower_ in POSSESSIVE_PRONOUNS), None)
    if not common or lemma in org_nouns or not (owner or any(t.lower_ == "the" and t.dep_ == "det" for t in head.lefts)):
        return None
    plural = head.tag_ == "NNS"
    marks = {t.lower_ for t in head.lefts if t.pos_ == "PROPN" or t.lower_ == "vice"}
    best: Span | None = None
    for ent in idx.ents:
        if ent.start >= head.i:
            break
        if ent.label_ not in DESCRIBED_LABELS or idx.inside[ent.start] or (plural and ent.label_ == "PERSON"):
            continue
        if ent.text.lower() == lemma:
            continue  # a common noun the model tagged as a name ("Candidate")
        words = _introduction(ent, lemma)
        if words is not None and marks <= words and ("vice" in words) == ("vice" in marks) and (owner is None or owner in words):
            best = ent
    return best


POSSESSIVE_PRONOUNS = frozenset({"her", "his", "its", "their"})


# how a description set beside a name may count the name among others ("another fan, Jo Lee,"):
# that is someone else, not the one the description spoke as
NOT_THE_SAME_ONE = frozenset({"another", "other", "second", "third", "one", "fellow"})


def introduced_after(idx: DocIndex, head: Token) -> Span | None:
    """The person a description that speaks before any name ("The island's councillor has called
    …", "a retired teacher said …") turns out to be: reports give the role first and the name in
    the next paragraph ("Cllr Morwenna Garvock, who represents the island, said"; "… said Ada
    Quist, 67, a retired teacher"). The first person named after ``head``, up to the end of the
    next paragraph, whom the same noun introduces (``_introduction``) and whom the document has
    not named before. None otherwise, for a plural, or when the introduction counts the name
    among others ("another councillor, Jo Lee,")."""
    lemma = head.lemma_.lower()
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
    if not common or head.tag_ == "NNS" or not any(t.dep_ in {"det", "poss"} for t in head.lefts):
        return None
    if any(t.lower_ in NOT_THE_SAME_ONE for t in head.lefts):
        return None
    # the names the description holds ("the Florida senator"), not its possessor, which the
    # introduction need not repeat ("The parish's councillor" ... "Cllr Jo Lee, who represents …")
    marks = {t.lower_ for t in head.lefts if (t.pos_ == "PROPN" and t.dep_ != "poss") or t.lower_ == "vice"}
    text = idx.text
    breaks = 0
    seen = {name_key(e.text) for e in idx.ents if e.end <= head.i and e.label_ == "PERSON"}
    last_words = {e[-1].lower_ for e in idx.ents if e.end <= head.i and e.label_ == "PERSON"}
    cursor = head.idx
    for ent in idx.ents:
        if ent.start <= head.i:
            continue
        breaks += text.count("\n\n", cursor, ent.start_char)
        cursor = ent.start_char
        if breaks > 1:
            return None
        if ent.label_ != "PERSON" or idx.inside[ent.start]:
            continue
        if name_key(ent.text) in seen or ent[-1].lower_ in last_words:
            continue
        if ent.root.head == head and ent.root.dep_ == "appos" and names_its_object(head, ent, org_nouns=ORG_DESCRIPTORS):
            continue  # "A spokesman for the grid operator, Quillon Power,": the operator's name (apposed_name)
        words = _introduction(ent, lemma)
        if words is not None and marks <= words and not words & NOT_THE_SAME_ONE:
            return ent
    return None


# what the names of each kind of organisation end in ("the Harnmoor Philharmonic" is an orchestra,
# "Meridell Airways" an airline): for "the orchestra", "the airline" where no name ends in the noun
# itself (not "the club": the nearest club name is often the opponent, not the club in focus)
_PAPER_HEADS = frozenset({"Gazette", "Herald", "Tribune", "Chronicle", "Journal", "Courier", "Messenger", "Echo", "Advertiser", "Examiner"})
# the last words of a police force's name, however written ("Harnlow Police", "the Arlanc gendarmerie")
FORCE_HEADS = frozenset({"Police", "Constabulary", "police", "Gendarmerie", "gendarmerie"})
KIND_HEADS: dict[str, frozenset[str]] = {
    "orchestra": frozenset({"Orchestra", "Philharmonic", "Symphony", "Sinfonia", "Sinfonietta", "Ensemble"}),
    "school": frozenset({"School", "Academy", "College"}),
    "newspaper": _PAPER_HEADS,
    "paper": _PAPER_HEADS,
    "airline": frozenset({"Airways", "Airlines", "Air", "Aviation"}),
    "museum": frozenset({"Museum", "Gallery", "Galleries"}),
    "gallery": frozenset({"Gallery", "Galleries", "Museum"}),
    "library": frozenset({"Library", "Libraries"}),
    "theatre": frozenset({"Theatre", "Theater", "Playhouse"}),
    "theater": frozenset({"Theatre", "Theater", "Playhouse"}),
    "zoo": frozenset({"Zoo", "Aquarium", "Safari", "Park"}),
    "society": frozenset({"Society"}),
    "institute": frozenset({"Institute", "Institution"}),
    "foundation": frozenset({"Foundation"}),
    "refuge": frozenset({"Refuge", "Sanctuary", "Shelter", "Rescue"}),
    "sanctuary": frozenset({"Sanctuary", "Refuge", "Rescue"}),
    "shelter": frozenset({"Shelter", "Refuge", "Rescue"}),
    "hospital": frozenset({"Hospital", "Hospitals", "Infirmary", "Trust"}),
    "union": frozenset({"Union", "Federation", "Guild", "Association"}),
    "council": frozenset({"Council"}),
    "university": frozenset({"University"}),
    "college": frozenset({"College"}),
    "bank": frozenset({"Bank"}),
    "charity": frozenset({"Charity", "Trust", "Foundation", "Fund", "Appeal", "Sanctuary"}),
    "trust": frozenset({"Trust"}),
    "league": frozenset({"League"}),
    "federation": frozenset({"Federation"}),
    "association": frozenset({"Association"}),
    "board": frozenset({"Board"}),
    "commission": frozenset({"Commission"}),
    "police": FORCE_HEADS,  # "Harnlow Police", "the Velbach police"
    "gendarmerie": FORCE_HEADS,
    "operator": frozenset(),
    "regulator": frozenset({"Authority", "Commission", "Office", "Agency", "Regulator"}),
}
# the kinds read as the organisation in focus whose name ends as theirs do (``described_kind``)
FOCUS_KINDS = frozenset({"orchestra", "school", "newspaper", "paper"})
# the kinds of publications, never "the one organisation named before" (speaker_phrase)
PUBLICATION_KINDS = frozenset({"newspaper", "paper"})


def described_kind(idx: DocIndex, head: Token) -> Span | None:
    """The organisation "the orchestra", "the school" or "the paper" stands for: of the last ones
    before it whose names end as that kind's do ("the Harnmoor Philharmonic", "the Quorndon
    Messenger"), the nearest that was a subject, else the nearest (``DocIndex.org_in_focus``);
    None when there is none, or for another noun."""
    kind = head.lemma_.lower()
    if kind not in FOCUS_KINDS or head.tag_ == "NNS" or not any(t.lower_ in {"the", "its", "their"} for t in head.lefts):
        return None
    heads = KIND_HEADS[kind]
    return idx.org_in_focus(head.i, lambda ent: not idx.inside[ent.start] and ent[-1].text in heads)


def headline_described(idx: DocIndex, head: Token) -> Span | None:
    """The person or organisation the story below introduces with the noun of a headline's
    speaker ("“…,” says museum director as …" above "the museum's director, Professor Ida
    Marsh, said"; "chief executive: «…»" above "Its chief executive, Ida Marsh,"): headlines
    name people by their role before the story names them. The first such introduction after
    the headline, the document's first line; None elsewhere, for a plural, or with none."""
    end = headline_end(idx.text)
    role_letters = role_in_capitals(head)  # "MP condemns …"
    if (head.pos_ != "NOUN" and not role_letters) or head.tag_ == "NNS" or head.idx > end:
        return None
    lemma = head.lower_ if role_letters else head.lemma_.lower()
    for ent in idx.ents:
        if ent.start_char <= end or ent.label_ not in {"PERSON", "ORG"} or idx.inside[ent.start]:
            continue
        if ent.text.lower() != lemma and _introduction(ent, lemma) is not None:
            return ent
    return None


# roles written in capitals that a headline names its speaker by ("MP condemns …", "CEO quits")
ROLE_ABBREVIATIONS = frozenset({"mp", "mep", "msp", "mla", "ceo", "cfo", "coo", "gp"})


def role_in_capitals(tok: Token) -> bool:
    """A role written in capitals, which the tagger reads as a name ("MP", "CEO")."""
    return tok.pos_ == "PROPN" and tok.is_upper and tok.lower_ in ROLE_ABBREVIATIONS


def headline_qualified(idx: DocIndex, head: Token) -> Span | None:
    """The person a headline's speaker named by a role and a proper name stands for ("says
    Pellmark boss", "Tollway Cup winner vows …"): the first person the story below names in full
    in a sentence that holds that proper name too ("Ada Quist, the chief executive of Pellmark,";
    "Ada Quist, who won the Tollway Cup"), the headline's role in other words. None elsewhere,
    for a plural, without a capitalised word before the role, or with no such person; a name
    in another clause of the sentence does not count ("Pendlebrook Council kept the libraries open,
    and its leader, Cllr Ros Quennell, said …" is no "Pendlebrook pensioner")."""
    doc = idx.doc
    end = headline_end(doc_text(doc))
    if head.pos_ != "NOUN" or head.tag_ == "NNS" or head.idx > end or not head.is_lower:
        return None
    # (a name opening the headline may be read as an adjective: "Quorndon boss will tell …")
    names = {t.text for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.is_title
             and (t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.i == 0 and t.ent_type_ != "NORP"))}
    if not names:
        return None
    for ent in idx.ents:
        if ent.start_char <= end or ent.label_ != "PERSON" or len(ent) < 2 or idx.inside[ent.start]:
            continue
        root = ent.root
        verb = root.head if root.dep_ in {"nsubj", "nsubjpass"} else None
        for t in ent.sent:
            if t.text not in names or idx.inside[t.i] or ent.start <= t.i < ent.end:
                continue
            # in the person's own phrase ("Ada Quist, the chief executive of Pellmark,", "…, who
            # won the Tollway Cup") or in the clause they are the subject of ("Ada Quist built
            # Pellmark"); not another clause's ("Pendlebrook Council kept …, and its leader … said")
            if root in t.ancestors or (verb is not None and verb in t.ancestors and not _under_other_subject(t, verb)):
                return ent
    # "Quorndon boss" above "Quorndon GmbH said …. Its chief executive, Dr Ann Lee, …": the first
    # person the story introduces by the role, or a word for it, as the organisation's ("its") or
    # with the name
    lowered = {n.lower() for n in names}
    for ent in idx.ents:
        if ent.start_char <= end or ent.label_ != "PERSON" or len(ent) < 2 or idx.inside[ent.start]:
            continue
        for role in HEADLINE_ROLE_WORDS.get(head.lemma_.lower(), {head.lemma_.lower()}):
            words = _introduction(ent, role)
            if words is not None and ("its" in words or words & lowered):
                return ent
    return None


# what a headline's role stands for in the story ("boss": its chief executive, its owner …)
HEADLINE_ROLE_WORDS = {
    "boss": {"boss", "executive", "chief", "head", "director", "owner", "chairman", "chairwoman", "chair", "founder", "president"},
    "chief": {"chief", "executive", "head", "director"},
    "head": {"head", "director", "headteacher", "principal", "chief"},
}


def _under_other_subject(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies in a subject of ``verb`` or of a clause below it other than the one
    searched for: "Pendlebrook" in "Pendlebrook Council kept …"."""
    for anc in [tok, *tok.ancestors]:
        if anc == verb:
            return False
        if anc.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return False


def _introduction(ent: Span, lemma: str) -> set[str] | None:
    """The words that introduced ``ent`` with the noun ``lemma`` (lower-cased), or None: a title
    just before it ("Vice President Joe Biden"), a singular noun in apposition on either side
    ("Duysak, a former contractor"; not "the author of the book, Mitchell Zuckoff", where the
    noun is a preposition's object), or, for an organisation, its own name ending in the noun."""
    doc = ent.doc
    title: list[Token] = []
    for t in reversed(doc[max(ent.start - 4, 0):ent.start]):
        if t.ent_type_ or (t.pos_ not in {"NOUN", "PROPN"} and t.lower_.rstrip(".") not in TITLE_ABBREVIATIONS):
            break  # (a title's abbreviation whatever its tag: "Cllr" is read as a verb at times)
        title.insert(0, t)
    if title and _title_noun(title[-1]) in _TITLE_NOUNS.get(lemma, {lemma}):
        return {t.lower_ for t in title}
    if len(ent) > 2 and _title_noun(ent[0]) in _TITLE_NOUNS.get(lemma, {lemma}):
        return {ent[0].lower_}  # the title the entity model took into the name ("Cllr Jo Lee")
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() == lemma and child.tag_ != "NNS" and doc[child.i - 1].text != "-":
            # (not the end of a hyphenated word the parser split: "her co-founder" is no founder)
            return {t.lower_ for t in child.subtree}
    if root.dep_ == "appos" and root.head.lemma_.lower() == lemma and root.head.dep_ != "pobj":
        return {t.lower_ for t in root.head.subtree}
    before = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text == "," else None
    if (root.dep_ == "appos" and before is not None and before.dep_ == "appos" and before.head == root.head
            and before.lemma_.lower() == lemma and before.tag_ != "NNS" and doc[before.i - 1].text != "-"):
        # "«…», his widow, Kagiso Mahlangu, told": the parser hangs the noun and the name, one
        # after the other, both on the closing mark
        return {t.lower_ for t in before.subtree}
    if root.dep_ == "appos" and (role := _role_of_organisation(root.head)) is not None and role.lemma_.lower() == lemma:
        # "The chief executive of Quorndon Water, Ann Lee,": the name hung on the organisation
        return {t.lower_ for t in role.subtree if not ent.start <= t.i < ent.end}
    if ent.label_ in {"ORG", "FAC"} and _name_noun(ent) in {lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies"}:
        return {t.lower_ for t in ent}
    return None


def _role_of_organisation(tok: Token) -> Token | None:
    """The role noun whose "of" phrase names an organisation ending in ``tok`` ("executive" for
    "Water" in "The chief executive of Quorndon Water"), else None: the parser hangs a name set
    in apposition after such a description on the organisation's last word."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.ent_type_ != "ORG" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    role = prep.head
    return role if role.pos_ == "NOUN" and role.tag_ != "NNS" else None


def _name_noun(ent: Span) -> str:
    """The word an organisation's name says it is, lower-cased, as written (a proper noun keeps
    its plural: "dairies"): its last word, a company form aside, before any "of"/"for" ("The
    Harbour Board", "Marsh Dairies Ltd", "the Ministry of Transport", "Skerrow Institute for
    Marine Science")."""
    words = list(ent)
    cut = next((i for i, t in enumerate(words) if i and t.lower_ in {"of", "for"}), len(words))
    words = words[:cut]
    while len(words) > 1 and words[-1].lower_ in CORPORATE_SUFFIXES:
        words.pop()
    return words[-1].lower_


# descriptions that a title names in other words ("Rep. Jo Lin" ... "the congresswoman")
_TITLE_NOUNS = {"congressman": {"congressman", "representative"}, "congresswoman": {"congresswoman", "representative"},
                "lawmaker": {"lawmaker", "senator", "representative", "congressman", "congresswoman"}}


def _title_noun(tok: Token) -> str:
    """A title's noun, abbreviations spelt out ("Sen." -> "senator")."""
    word = tok.lower_.rstrip(".")
    return TITLE_ABBREVIATIONS.get(word, tok.lemma_.lower())


# nouns for what a company is or does, so that the organisation set beside "the maker of the
# powder" or "the firm behind the app" is that maker or firm, not the powder or the app
COMPANY_AGENTS = ORG_DESCRIPTORS | frozenset(
    "maker makers owner owners operator operators organiser organisers organizer organizers provider "  # noqa: SIM905
    "producer producers developer developers builder builders seller sellers supplier suppliers "
    "contractor contractors landlord landlords creator creators firms companies".split()
)


def bracketed(idx: DocIndex, ent: Span | None) -> bool:
    """Whether an entity opens right after a "(" ("Marcia Price (D-Newport News)": a party and a
    place in brackets after a name)."""
    return ent is not None and ent.start > 0 and idx.doc[ent.start - 1].text == "("


def name_before_bracket(idx: DocIndex, appos: Token) -> Span | None:
    """The person named nearest before the bracket of an apposition or subject the parser made of
    the bracketed entity ("his niece, Marcia “Cia” Price (D-Newport News),": the name hung on
    "News"), else None."""
    ent = idx.ent_of.get(appos.i)
    if ent is None:
        return None
    named = (idx.ent_of[t.i] for t in reversed(list(appos.subtree)) if t.i < ent.start - 1 and t.i in idx.ent_of)
    return next((e for e in named if e.label_ == "PERSON"), None)  # the nearest: not "Okafor" of "Okafor's niece, Jo Price ("


def apposed_name(idx: DocIndex, head: Token) -> Span | None:
    """The person or organisation named in apposition to a descriptive speaker ("the union's
    leader, Maria Lopez,"; "the maker of the powder, Vitavell,": an organisation beside a noun
    for a company names it, whatever its "of" phrase), else None."""
    for child in head.children:
        ent = idx.ent_of.get(child.i)
        if child.dep_ == "appos" and bracketed(idx, ent):
            if (person := name_before_bracket(idx, child)) is not None:
                return person
            continue
        if (child.dep_ == "appos" and ent is not None and ent.label_ in {"PERSON", "HANDLE", "ORG"}
                and ((ent.label_ == "ORG" and head.lower_ in COMPANY_AGENTS)
                     or not names_its_object(head, ent, org_nouns=ORG_DESCRIPTORS))):
            return ent
    # "The mayor of Harnlow, Wenna Skelwick, said": the parser hangs the person on the place; and
    # a company's name on what it makes ("The firm behind the app, Strandly Hire, said")
    labels = {"PERSON", "ORG"} if head.lower_ in COMPANY_AGENTS else {"PERSON"}
    places = (o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "behind"} for o in p.children if o.dep_ == "pobj")
    for place in places:
        if (owner := idx.ent_of.get(place.i)) is not None and owner.label_ in {"PERSON", "HANDLE"}:
            continue  # "the wife of Jo Lee, Ann Lee,": not the role's place
        for child in place.children:
            ent = idx.ent_of.get(child.i)
            if child.dep_ == "appos" and ent is not None and ent.label_ in labels and idx.doc[ent.start - 1].text == ",":
                return ent
            if child.dep_ == "relcl" and (ent := _name_closing(idx, child)) is not None and ent.label_ in {"PERSON", "HANDLE"}:
                # "The chief executive of Quennell Learning Trust, which runs the academy, Dr
                # Cuthbert Mensah, said": the parser hangs the name on the clause's last noun
                return ent
    return None


def _name_closing(idx: DocIndex, clause: Token) -> Span | None:
    """The name set off by commas that ends a relative clause, in apposition to its last noun
    (", which runs the academy, Dr Ann Lee,"), else None."""
    doc = idx.doc
    last = clause.right_edge
    ent = idx.ent_of.get(last.i)
    if ent is None or ent.end - 1 != last.i or last.dep_ != "appos":
        return None
    start = ent.start
    while start > 0 and doc[start - 1].text.rstrip(".") in TITLES:
        start -= 1  # "Dr" the entity model left out
    if start == 0 or doc[start - 1].text != ",":
        return None
    return ent if ent.end < len(doc) and doc[ent.end].text == "," else None
