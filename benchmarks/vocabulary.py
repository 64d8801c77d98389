"""The fixed vocabulary of the benchmark corpus: invented outlets, people, places and phrasing.

Reads and writes nothing. Every name and sentence here was written for this benchmark; the
corpus generator (``benchmarks.corpus``) only recombines them with a seeded random, so a
given seed always yields the same corpus. Slots in templates are ``{person}``, ``{org}``,
``{place}``, ``{thing}``, ``{number}``, ``{day}``, ``{role}`` and ``{outlet}``.
"""

from __future__ import annotations

# (slug, display name, template): the template picks the HTML layout and metadata style.
OUTLETS: tuple[tuple[str, str, str], ...] = (
    ("calder-ledger", "The Calder Ledger", "jsonld"),
    ("northbank-evening-post", "Northbank Evening Post", "og"),
    ("harbourside-wire", "Harbourside Wire", "bare"),
    ("civic-signal", "Civic Signal", "jsonld"),
    ("millbrook-courier", "The Millbrook Courier", "og"),
    ("wharfside-daily", "Wharfside Daily", "bare"),
)

# (name, role, pronoun): people quoted by name; surnames are unique on purpose except two
# pairs (Okafor, Norrstedt) so name resolution has same-surname people to keep apart.
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Rosalba Okafor", "the deputy mayor", "she"),
    ("Gustav Norrstedt", "chief executive of Keystream Payments", "he"),
    ("Kavya Ramaswamy", "a transport researcher at Southmere University", "she"),
    ("Eoin Carvalho", "the union's regional organiser", "he"),
    ("Hana Tremlett", "a councillor for Northbank", "she"),
    ("Osei Brannigan", "operations director at Harbor Power Cooperative", "he"),
    ("Lucia Szalai", "a spokeswoman for the Calder Transit Authority", "she"),
    ("Jonah Petrakis", "a lecturer in public policy", "he"),
    ("Rosa Donnellan", "head of the Riverside Tenants Union", "she"),
    ("Rafael Nakamura", "a software engineer who used the service daily", "he"),
    ("Hedda Akintola", "the city's emergency planning officer", "she"),
    ("Samir Villalobos", "owner of a bakery on the Old Quay", "he"),
    ("Noor Hellwig", "a data-protection lawyer", "she"),
    ("Fraser Okafor", "a ferry captain", "he"),
    ("Rima Norrstedt", "a nurse at Northbank Clinic", "she"),
    ("Viktor Osterberg", "chair of the council's scrutiny committee", "he"),
)

ORGANISATIONS: tuple[str, ...] = (
    "Calder Transit Authority", "Keystream Payments", "Harbor Power Cooperative",
    "Southmere University", "Riverside Tenants Union", "Northbank Clinic Network",
    "Meridian Rail", "Port Calder City Council", "Ashford Weather Service", "Saltmarsh Water",
)

PLACES: tuple[str, ...] = (
    "Port Calder", "Northbank", "Southmere", "Millbrook", "Saltmarsh", "the Old Quay",
    "Ashford", "Riverside", "the harbour district", "Kestrel Hill",
)

# Things that break, close or change in the stories.
THINGS: tuple[str, ...] = (
    "ferry timetable", "ticketing system", "payments app", "night bus network", "tram line",
    "flood barrier", "library budget", "clinic booking portal", "water supply", "street lighting",
    "bike lane plan", "school lunch contract", "harbour bridge", "emergency text alert",
)

DAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

HEADLINES: tuple[str, ...] = (
    "{org} apologises after {thing} fails for {number} hours",
    "{thing} outage leaves {place} commuters stranded",
    "Questions mount over {org} handling of {thing}",
    "{person} defends {thing} decision as criticism grows",
    "How a single error took down the {thing} in {place}",
    "{place} residents react with anger and jokes to {thing} chaos",
    "{org} promises review of {thing} after {day} disruption",
    "What we know about the {thing} failure so far",
    "{thing} back online in {place} after night of repairs",
    "Inside the {number} hours that shut the {thing}",
)

NARRATIVE: tuple[str, ...] = (
    "The {thing} stopped working shortly after dawn on {day}, and by mid-morning queues had formed across {place}.",
    "Engineers at {org} spent {number} hours tracing the fault to a configuration change made the previous evening.",
    "Officials in {place} said the problem affected roughly {number} thousand people before it was contained.",
    "{person}, {role}, was among the first to raise the alarm on {day}.",
    "The disruption comes weeks after {org} announced a review of its ageing systems.",
    "Documents seen by this newspaper show that warnings about the {thing} were circulated in {place} last year.",
    "Residents of {place} described a confusing morning, with little information from {org}.",
    "By the afternoon the {thing} had partially recovered, though some services remained patchy.",
    "{org} has not said whether anyone will face disciplinary action over the failure.",
    "The council is expected to debate the episode at its next meeting on {day}.",
    "Similar failures have hit other cities, but rarely for as long as {number} hours.",
    "A written statement from {org} blamed a routine update that went wrong.",
    "Several businesses near {place} said they lost a day of trade because of the outage.",
    "Independent experts said the incident exposed how much of {place} now depends on the {thing}.",
    "The timeline remains unclear, and {org} has promised to publish a full account within {number} days.",
    "Opposition members called for an independent inquiry into the {thing}.",
    "Staff at {org} worked through the night to restore the {thing}, according to people familiar with the repairs.",
    "Social media filled quickly with complaints, screenshots and a surprising number of jokes.",
    "It was the {number}th reported fault with the {thing} since the start of the year.",
    "Commuters in {place} were advised to check for updates before setting out on {day}.",
    "The regulator confirmed it had opened a preliminary inquiry into the episode.",
    "{person} has previously argued that the {thing} needed a larger maintenance budget.",
    "Some users reported receiving duplicate messages once the {thing} came back online.",
    "Union representatives said staff had warned managers about the risk for months.",
    "A backup procedure that should have kicked in automatically did not, officials said.",
    "The cost of the disruption has not been estimated, but traders expect it to be significant.",
    "In {place}, volunteers handed out printed timetables at the main stations.",
    "The episode has revived a long-running debate about who oversees the {thing}.",
)

QUOTED_WORDS: tuple[str, ...] = (
    "We let people down today and I am sorry for that",
    "Nobody should have to wait {number} hours for an answer",
    "This was a preventable failure, and we will find out exactly how it happened",
    "Our teams worked as fast as they safely could",
    "The warning signs were there for anyone willing to look",
    "I have never seen the {thing} fail quite like this",
    "We need a proper plan, not another apology",
    "Residents deserve to know what went wrong and when it will be fixed",
    "The system is old, and everyone in {place} knows it",
    "I was stuck for most of the morning with no information at all",
    "It is frankly embarrassing for a city of this size",
    "We are reviewing every step of the update that caused this",
    "The people who keep the {thing} running did an extraordinary job overnight",
    "Frankly, we were lucky it happened on a {day} and not during a storm",
    "I want an independent review, published in full",
    "There will be lessons for every operator in the region",
    "We expect the {thing} to be fully stable by {day}",
    "Someone pressed the wrong button, and the whole thing fell over",
)

INDIRECT: tuple[str, ...] = (
    "the {thing} had been running without a tested backup for some time",
    "staff had raised concerns about the update before it went ahead",
    "the council would ask {org} for a written explanation",
    "compensation for affected customers was being considered",
)

# (cue verb, position): "after" puts the cue after the quote ("..., said X"), "before" ahead.
SPEECH_VERBS: tuple[str, ...] = ("said", "told reporters", "added", "explained", "insisted", "warned", "admitted")
PUBLIC_CUES: tuple[str, ...] = ("wrote one user", "joked another", "quipped one resident", "posted one commuter",
                                "wrote another", "replied one reader")
UNNAMED: tuple[str, ...] = ("a spokesperson for {org}", "two people briefed on the repairs",
                            "an official who asked not to be named", "a source at {org}")

# Reactions by tone: openers and bodies combine, so posts vary without being random noise.
REACTIONS: dict[str, tuple[str, ...]] = {
    "joke": (
        "Apparently the {thing} also needed a long weekend",
        "My cat has better uptime than the {thing}",
        "Someone at {org} found the off switch and could not resist",
        "Breaking: the {thing} is now an art installation",
        "At this point I will take a rowing boat to work",
        "Turned it off and on again, {number} hours later",
        "New {place} tradition: guessing when the {thing} comes back",
    ),
    "relief": (
        "Thank goodness the {thing} is working again",
        "Finally home after the {thing} mess, so relieved",
        "Glad nobody was hurt during the outage in {place}",
        "Phew, the {thing} is back and my shift is saved",
        "What a relief, the water is running again in {place}",
        "So grateful to the crews who fixed the {thing} overnight",
    ),
    "criticism": (
        "This is a disgrace and {org} should answer for it",
        "How is nobody accountable for the {thing} failing again",
        "{number} hours without the {thing} is unacceptable",
        "{org} ignored every warning and now we pay the price",
        "Absolutely shameful handling of the {thing} by {org}",
        "Another apology from {org}, another broken promise",
    ),
    "other": (
        "Does anyone know when the {thing} reopens in {place}",
        "Reading the full report on the {thing} now",
        "Which routes are running tomorrow, does anyone have a list",
        "Here is the statement from {org} for anyone looking",
        "Is the {thing} affected in {place} too",
        "Council meeting about the {thing} is on {day}",
    ),
}
REACTION_TAILS: tuple[str, ...] = ("", "", "", ".", "!", " 🙃", " 😂", " #PortCalder", " #outage", "...")
REACTION_EXTRAS: tuple[str, ...] = (
    "", "", "",
    "Honestly.",
    "Not the first time either.",
    "Anyone else?",
    "Day ruined.",
    "Well done to the crews though.",
    "Read the thread below.",
)

AUTHORS_FIRST: tuple[str, ...] = ("ada", "bo", "cy", "dee", "eli", "fox", "gus", "ivy", "jo", "kit", "lou", "max",
                                  "nia", "oz", "pip", "quin", "rue", "sol", "tam", "uma", "vic", "wren", "xan", "zed")
AUTHORS_LAST: tuple[str, ...] = ("harbour", "tram", "quay", "north", "east", "mill", "salt", "kestrel", "river", "ash")
BYLINES: tuple[str, ...] = ("Alma Reyes", "Bram Wieczorek", "Ikenna Osterman", "Dana Fielding", "Ebru Marr",
                            "Femi Lachance", "Gwen Sato", "Morten Adebisi")
SECTIONS: tuple[str, ...] = ("News", "Local", "Business", "Technology", "Transport", "Politics")
