"""Demo articles, part B: Circuit Review news, The Pacific Ledger (straight quotes), and one
Transatlantic Press wire story republished by The Pacific Ledger and the Northgate Gazette.

Every sentence here was written for newsreact's demo corpus; none is taken from the seed story
or any other publication. Quotes attributed to real people and companies are invented
paraphrases for a fictional demo site.
"""

from authoring.model import H2, Q, article

CR_NEWS = article(
    path="circuit-review/2017/11/twitter-blames-departing-employee.html",
    outlet="circuit-review",
    title="Twitter blames departing employee for Trump account outage",
    standfirst="The president’s personal account was offline for 11 minutes on Thursday.",
    authors=["Jess Whitcombe"],
    published_at="2017-11-03T02:10:00+00:00",
    kind="news report",
    body=[
        "Twitter said Thursday night that President Donald Trump’s personal account was taken "
        "offline by one of its own customer support workers, who did it on their last day at the "
        "company.",
        "The @realDonaldTrump account was unreachable for 11 minutes, starting just before 7 p.m. "
        "ET. Visitors saw a generic error page saying no such account existed.",
        "In its first public comment, posted about two hours later from the @TwitterGov account, "
        "Twitter said the account had been “deactivated by mistake” because of a human error by "
        "an employee.",
        "The company later added more detail. “We’ve found that a customer support worker on their "
        "final day with us did this. A full internal review is under way,” Twitter said in a "
        "follow-up post.",
        "Twitter did not name the employee or say whether it believed the deactivation was "
        "intentional. It also did not say whether the worker was a staff member or a contractor "
        "hired through an agency.",
        "The account, which Trump uses to announce decisions and attack critics, has more than 41 "
        "million followers. Its posts and follower count appeared unaffected once it returned.",
        "The incident lands during a difficult stretch for Twitter, which is already under "
        "scrutiny over how it polices its platform and who gets to decide what stays up.",
        "Former employees said the company’s internal tools make it possible to suspend or "
        "deactivate an account within seconds, a capability meant for fighting spam and abuse.",
        "On Hacker News, one commenter wrote: “The interesting question isn’t who did it but why "
        "the tooling allowed it without a second approval.”",
        "The brief blackout set off a wave of speculation online, with some users guessing that "
        "the president had closed the account himself and others assuming it had been hacked.",
        "Trump has used the account for years, long before taking office, and has brushed off "
        "repeated suggestions from allies that he post less often.",
        "The White House did not immediately respond to a request for comment, and Trump himself "
        "had not remarked on the outage by late Thursday.",
        "Twitter said it was taking steps to prevent a repeat. It did not say what those steps "
        "were or when they would take effect.",
        "This story has been updated with Twitter’s second statement.",
    ],
    quotes=[
        Q("deactivated by mistake", "Twitter", "Twitter", "organization", "said"),
        Q("We’ve found that a customer support worker on their final day with us did this. A full "
          "internal review is under way,", "Twitter", "Twitter", "organization", "said"),
        Q("the company’s internal tools make it possible to suspend or deactivate an account "
          "within seconds, a capability meant for fighting spam and abuse", None,
          "Former employees", "unnamed_source", "said", indirect=True),
        Q("The interesting question isn’t who did it but why the tooling allowed it without a "
          "second approval.", None, "one commenter", "anonymous_public", "wrote", label="other",
          secondary="criticism"),
        Q("it was taking steps to prevent a repeat", "Twitter", "Twitter", "organization", "said",
          indirect=True),
    ],
    related=["circuit-review/2017/11/how-one-employee-could-switch-off-a-presidents-account.html",
             "circuit-review/2017/11/internet-reacts-to-trump-account-outage.html"],
)

PL_FOLLOWUP = article(
    path="pacific-ledger/2017/11/twitter-tightens-controls-after-trump-account-deactivation.html",
    outlet="pacific-ledger",
    title="Twitter tightens controls after Trump account deactivation",
    standfirst="The company says it is auditing who can take action on high-profile accounts.",
    authors=["Carmen Iglesias", "David Osei"],
    published_at="2017-11-07T01:30:00+00:00",
    kind="follow-up",
    body=[
        "SAN FRANCISCO - Twitter has added new safeguards around the accounts of world leaders and "
        "other prominent users after a departing worker deactivated President Donald Trump's "
        "personal account last week, the company said.",
        "The account, @realDonaldTrump, went dark for 11 minutes on Nov. 2. Twitter has said a "
        "customer support employee on their final day was responsible, but it has not explained "
        "how the action got past existing protections.",
        "\"We've put additional protections in place and we are auditing who has access to these "
        "tools,\" a Twitter spokesperson said in an email Monday. The spokesperson declined to "
        "describe the changes in detail.",
        "Two people familiar with the company's internal review, who spoke on condition of "
        "anonymity because the review has not concluded, said the deactivation had been "
        "triggered through a support tool used to handle complaints from users.",
        "\"It was a normal queue item. Nobody expected it to do what it did,\" one of the people "
        "said.",
        "The episode has renewed questions in Washington about the influence of technology "
        "companies over political speech. Several congressional offices have asked Twitter for a "
        "briefing, according to aides.",
        "Daniel Hartmann, an insider-risk researcher at the Lakeshore Institute of Technology, "
        "said the new controls were overdue. \"This is the cheapest lesson Twitter will ever "
        "get,\" Hartmann said. \"Next time the person at the keyboard might not be leaving on good "
        "terms.\"",
        "Twitter said in a statement: \"We will share what we can when our review is finished.\"",
        "On the company's own platform, reaction to the news was mixed.",
        "\"Too little, too late. Lock the stable door before the horse bolts next time,\" one user "
        "wrote.",
        "\"Glad they're fixing it, but honestly I'm still grateful for those 11 minutes,\" another "
        "replied.",
        "Some investors also took note. Shares in the company were little changed on Monday, but "
        "analysts said the episode had added to questions about how well Twitter manages risk "
        "inside its own walls.",
        "The changes come as technology companies face growing pressure to explain how they make "
        "decisions about high-profile accounts, from politicians to celebrities.",
        "The White House did not respond to a request for comment.",
    ],
    quotes=[
        Q("We've put additional protections in place and we are auditing who has access to these "
          "tools,", None, "a Twitter spokesperson", "unnamed_source", "said",
          on_behalf_of="Twitter"),
        Q("the deactivation had been triggered through a support tool used to handle complaints "
          "from users", None, "Two people familiar with the company's internal review",
          "unnamed_source", "said", indirect=True),
        Q("It was a normal queue item. Nobody expected it to do what it did,", None,
          "one of the people", "unnamed_source", "said"),
        Q("the new controls were overdue", "Daniel Hartmann", "Daniel Hartmann", "person", "said",
          indirect=True),
        Q(["This is the cheapest lesson Twitter will ever get,",
           "Next time the person at the keyboard might not be leaving on good terms."],
          "Daniel Hartmann", "Hartmann", "person", "said"),
        Q("We will share what we can when our review is finished.", "Twitter", "Twitter",
          "organization", "said"),
        Q("Too little, too late. Lock the stable door before the horse bolts next time,", None,
          "one user", "anonymous_public", "wrote", label="criticism"),
        Q("Glad they're fixing it, but honestly I'm still grateful for those 11 minutes,", None,
          "another", "anonymous_public", "replied", label="relief"),
        Q("the episode had added to questions about how well Twitter manages risk inside its own "
          "walls", None, "analysts", "unnamed_source", "said", indirect=True),
    ],
    related=["pacific-ledger/2017/11/eleven-minutes-what-we-know.html",
             "pacific-ledger/2017/11/former-contractor-says-trump-shutdown-was-accident.html"],
)

WIRE_BODY = [
    "(Transatlantic Press) - A German man who worked as a contractor for Twitter says he shut down "
    "President Donald Trump’s account by accident on his final day at the company.",
    "Bahtiyar Duysak, who was identified in a technology news report on Wednesday, said the "
    "11-minute deactivation on Nov. 2 happened while he was dealing with a complaint about the "
    "account.",
    "“I never set out to take anything down,” Duysak said in an interview with TechCrunch, adding "
    "that he regretted any upset the episode had caused.",
    "He said he had followed the company’s procedures and had not used any tool he was not "
    "permitted to use.",
    "Twitter initially attributed the outage to human error before saying it had been carried "
    "out by a customer support employee on their last day. The company has not confirmed "
    "Duysak’s name and did not immediately respond to a request for comment on Wednesday.",
    "Duysak, who is of Turkish descent, had been working in the United States on a temporary "
    "visa. He said he had been overwhelmed by media attention since the incident and wanted to "
    "return to an ordinary routine.",
    "“I am just a regular person,” he said. “I want to go back to being one.”",
    "During the outage, visitors to the profile were shown a standard message saying the page "
    "did not exist. The account was restored within minutes, and Twitter later said it had "
    "added safeguards to stop a repeat.",
    "The account, which has more than 40 million followers, is Trump’s main channel for speaking "
    "directly to the public. He later described the person responsible as a rogue employee.",
    "TechCrunch reported that Duysak had worked in the company’s trust and safety division, which "
    "handles reports of abusive or rule-breaking behavior.",
    "Twitter’s explanation at the time prompted questions about how a single worker could take "
    "such a step against one of the most closely watched accounts in the world.",
    "Many social media users celebrated the brief silence at the time, and some hailed the then "
    "unnamed worker as a hero. Duysak rejected the label.",
    "“I don’t deserve praise for an accident,” he said.",
    "Security specialists have said the case shows how much power front-line support staff can "
    "hold at large platforms, and how hard it is to limit that power without slowing down the "
    "fight against abuse.",
]

WIRE_QUOTES = [
    Q("I never set out to take anything down,", "Bahtiyar Duysak", "Duysak", "person", "said"),
    Q("he had followed the company’s procedures and had not used any tool he was not permitted to "
      "use", "Bahtiyar Duysak", "He", "person", "said", indirect=True),
    Q("he had been overwhelmed by media attention since the incident and wanted to return to an "
      "ordinary routine", "Bahtiyar Duysak", "He", "person", "said", indirect=True),
    Q(["I am just a regular person,", "I want to go back to being one."], "Bahtiyar Duysak", "he",
      "person", "said"),
    Q("I don’t deserve praise for an accident,", "Bahtiyar Duysak", "he", "person", "said"),
]

PL_WIRE = article(
    path="pacific-ledger/2017/11/former-contractor-says-trump-shutdown-was-accident.html",
    outlet="pacific-ledger",
    title="Former contractor says shutdown of Trump's Twitter account was an accident",
    standfirst=None,
    authors=["Tom Ashby"],
    wire_credit="Transatlantic Press",
    published_at="2017-11-29T22:40:00+00:00",
    kind="wire story",
    body=list(WIRE_BODY),
    quotes=list(WIRE_QUOTES),
    related=["pacific-ledger/2017/11/eleven-minutes-what-we-know.html",
             "pacific-ledger/2017/11/twitter-tightens-controls-after-trump-account-deactivation.html"],
)

NG_WIRE = article(
    path="northgate-gazette/2017/11/former-contractor-says-trump-shutdown-was-accident.html",
    outlet="northgate-gazette",
    title="Ex-Twitter contractor: I switched off Trump’s account by accident",
    standfirst=None,
    authors=["Tom Ashby"],
    wire_credit="Transatlantic Press",
    published_at="2017-11-30T08:00:00+00:00",
    kind="wire story (republished)",
    in_feed=True,
    near_duplicate_of="pacific-ledger/2017/11/former-contractor-says-trump-shutdown-was-accident.html",
    body=list(WIRE_BODY[:-1]) + ["This report was supplied by Transatlantic Press, a news agency."],
    quotes=list(WIRE_QUOTES),
    related=["northgate-gazette/2017/11/eleven-minutes-of-quiet.html"],
)

PL_TIMELINE = article(
    path="pacific-ledger/2017/11/eleven-minutes-what-we-know.html",
    outlet="pacific-ledger",
    title="Eleven minutes: what we know about the Trump Twitter shutdown",
    standfirst="A timeline of the deactivation and what has been said since.",
    authors=["David Osei"],
    published_at="2017-11-30T15:00:00+00:00",
    kind="explainer (timeline)",
    body=[
        "It took less than a quarter of an hour, but the brief disappearance of President Donald "
        "Trump's Twitter account on Nov. 2 has become one of the odder episodes of his presidency. "
        "Here is what is known so far, and what is not.",
        H2("Thursday, Nov. 2"),
        "Shortly before 7 p.m. Eastern time, people visiting @realDonaldTrump see an error page "
        "instead of the president's posts. Screenshots spread within minutes.",
        "About 11 minutes later the account is back. Its posts, followers and history appear to "
        "be intact.",
        "Roughly two hours after that, Twitter posts a short explanation blaming human error on the part "
        "of a staff member. Later that night it adds that the person responsible was a "
        "customer support employee on their last day.",
        H2("Friday, Nov. 3"),
        "Trump weighs in on his restored account, calling the person responsible a \"rogue "
        "employee\" and suggesting that the episode showed his message was getting through.",
        "Online, guesses about the cause range from a hack to a protest by a disgruntled worker. "
        "Twitter does not name anyone.",
        "Twitter tells reporters it has put new protections in place, without saying what they "
        "are.",
        H2("Monday, Nov. 6"),
        "A Twitter spokesperson says the company is auditing who has access to the tools "
        "involved. \"We will share what we can when our review is finished,\" the company said "
        "in a statement.",
        H2("Wednesday, Nov. 29"),
        "Bahtiyar Duysak, a former contractor in Twitter's trust and safety team, comes forward "
        "in an interview with TechCrunch and says the deactivation was an accident.",
        "Mr. Duysak says a complaint about Trump's account arrived during his final shift and "
        "that he handled it without expecting the account to go offline. \"Nothing I did was "
        "outside what I was allowed to do,\" Mr. Duysak told the site.",
        "He also rejects the praise he received from some of the president's critics, saying he "
        "does not see himself as a hero.",
        H2("What we still don't know"),
        "Exactly which tool was used, and whether any existing safeguard should have stopped it. "
        "Whether Twitter has changed who can deactivate the accounts of world leaders. And "
        "whether Mr. Duysak's account of events matches what the company's own review found.",
        "Twitter has declined to comment on Mr. Duysak's interview beyond its earlier statements.",
    ],
    quotes=[
        Q("rogue employee", "Donald Trump", "Trump", "person", "calling"),
        Q("the company is auditing who has access to the tools involved", None,
          "A Twitter spokesperson", "unnamed_source", "says", indirect=True,
          on_behalf_of="Twitter"),
        Q("We will share what we can when our review is finished,", "Twitter", "the company",
          "organization", "said"),
        Q("the deactivation was an accident", "Bahtiyar Duysak", "Bahtiyar Duysak", "person",
          "says", indirect=True),
        Q("Nothing I did was outside what I was allowed to do,", "Bahtiyar Duysak", "Mr. Duysak",
          "person", "told"),
    ],
    related=["pacific-ledger/2017/11/former-contractor-says-trump-shutdown-was-accident.html",
             "pacific-ledger/2017/11/twitter-tightens-controls-after-trump-account-deactivation.html"],
)

ARTICLES_B = [CR_NEWS, PL_FOLLOWUP, PL_WIRE, NG_WIRE, PL_TIMELINE]
