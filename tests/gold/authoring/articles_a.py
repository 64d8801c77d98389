"""Demo articles, part A: the Daily Meridian (British style) and Circuit Review (American style).

Every sentence here was written for newsreact's demo corpus; none is taken from the seed story
or any other publication. Quotes attributed to real people and companies are invented
paraphrases for a fictional demo site.
"""

from authoring.model import H2, Embed, Q, article

DM_NEWS = article(
    path="daily-meridian/2017/11/trump-account-vanishes-for-eleven-minutes.html",
    outlet="daily-meridian",
    title="Trump’s Twitter account vanishes for eleven minutes as worker leaves on final day",
    standfirst="President’s personal page replaced by an error message on Thursday evening",
    authors=["Oliver Pennington"],
    published_at="2017-11-03T07:45:00+00:00",
    kind="news report",
    body=[
        "For eleven minutes on Thursday evening, anyone who typed in the address of Donald Trump’s "
        "personal Twitter page found nothing there at all.",
        "Instead of the usual stream of posts, visitors to @realDonaldTrump were shown a blunt "
        "notice saying the account could not be found. The blackout began a little before 7pm "
        "Eastern time on November 2.",
        "The page then returned and appeared to work normally, with its followers and archive "
        "intact. The separate account run for the office of the president was not touched.",
        "Twitter at first offered only a few words of explanation. Posting from its government "
        "affairs account, the company said the profile had been ‘deactivated by mistake because "
        "of a human error’ made by a member of its staff.",
        "Hours later it went further. ‘We’ve found that a customer support worker on their final "
        "day with us did this,’ Twitter said in a statement. ‘A full internal review is under way.’",
        "The company did not name the worker, nor did it say whether it believed the deactivation "
        "was deliberate.",
        "The outage came not long after the president had used the account to promote his choice "
        "of Jerome Powell as the next head of the Federal Reserve.",
        "With more than 40 million followers, the account is Mr Trump’s favourite megaphone. He "
        "uses it to announce policy, goad opponents and answer critics at every hour of the day "
        "and night.",
        Embed("twitter", "dm-tweet-1"),
        "Online, the sudden silence was greeted with glee in some quarters and bafflement in "
        "others. Plenty of users wondered aloud whether the president had deleted the page himself.",
        "‘Eleven minutes without a single all-caps announcement. I slept better just hearing about "
        "it,’ wrote one.",
        "‘Somebody at Twitter just did the thing half the country has been begging for,’ chimed "
        "another.",
        "‘Whoever pressed that button should be sacked and then investigated. A private company "
        "has no business gagging an elected leader,’ another said.",
        "‘Plot twist: he switched it off himself to find out who would miss him,’ joked one user.",
        "‘Quick, somebody check whether anyone else at Twitter has a last day coming up’ another "
        "quipped.",
        "Others argued that the episode raised awkward questions about how much power ordinary "
        "staff hold over the world’s most-watched accounts.",
        "‘If one person on their way out of the door can do this, what else can they do?’ one "
        "security researcher asked.",
        "Twitter said it was taking steps to stop a similar lapse from happening again, but gave "
        "no details of what those steps were.",
    ],
    quotes=[
        Q("deactivated by mistake because of a human error", "Twitter", "the company",
          "organization", "said"),
        Q(["We’ve found that a customer support worker on their final day with us did this,",
           "A full internal review is under way."], "Twitter", "Twitter", "organization", "said"),
        Q("Eleven minutes without a single all-caps announcement. I slept better just hearing "
          "about it,", None, "one", "anonymous_public", "wrote", label="relief",
          secondary="joke"),
        Q("Somebody at Twitter just did the thing half the country has been begging for,", None,
          "another", "anonymous_public", "chimed", label="relief"),
        Q("Whoever pressed that button should be sacked and then investigated. A private company "
          "has no business gagging an elected leader,", None, "another", "anonymous_public",
          "said", label="criticism"),
        Q("Plot twist: he switched it off himself to find out who would miss him,", None,
          "one user", "anonymous_public", "joked", label="joke"),
        Q("Quick, somebody check whether anyone else at Twitter has a last day coming up", None,
          "another", "anonymous_public", "quipped", label="joke"),
        Q("If one person on their way out of the door can do this, what else can they do?", None,
          "one security researcher", "anonymous_public", "asked", label="criticism",
          secondary="other"),
    ],
    related=["daily-meridian/2017/11/contractor-behind-trump-twitter-blackout-speaks.html",
             "circuit-review/2017/11/how-one-employee-could-switch-off-a-presidents-account.html"],
)

DM_INTERVIEW = article(
    path="daily-meridian/2017/11/contractor-behind-trump-twitter-blackout-speaks.html",
    outlet="daily-meridian",
    title="‘I never set out to take anything down’: the contractor behind Trump’s Twitter blackout speaks",
    standfirst="Bahtiyar Duysak says the deactivation on his last day was an accident",
    authors=["Priya Raman"],
    published_at="2017-11-30T06:30:00+00:00",
    kind="interview",
    feed_query="?utm_source=rss&utm_medium=feed",
    body=[
        "The man who briefly took Donald Trump’s Twitter account offline has come forward, and he "
        "insists he never meant to do it.",
        "Bahtiyar Duysak, a German citizen with Turkish roots who had been working at Twitter’s San "
        "Francisco offices as a contractor, spoke to the technology news site TechCrunch about the "
        "evening of November 2, which was also his final day in the job.",
        "‘I never set out to take anything down,’ he told TechCrunch. ‘It was an error, and if "
        "anybody was upset by it I am sorry for that.’",
        "Mr Duysak, who worked in the company’s trust and safety team handling reports from users, "
        "said a complaint about the president’s account had landed in his queue during that last "
        "shift.",
        "He described carrying out what he thought were routine steps on the report without "
        "realising where they would lead. Only later, after getting home and switching on the "
        "television, did he understand what had happened, he said.",
        "Duysak was keen to stress that he had not broken any rules. ‘Nothing I did was outside "
        "what I was allowed to do. I didn’t break into anything,’ he said.",
        "He added: ‘I was worn out some days, like anyone. Everybody slips up now and then, so "
        "maybe that is what happened to me.’",
        "He said the attention since his name emerged had turned ordinary life upside down, with "
        "reporters contacting friends and former colleagues.",
        "‘I would like my normal life back. I want to be able to chat to the people next door and "
        "see my friends again without a camera in my face.",
        "‘I have had to take down a lot of photographs and remove people from my accounts, because "
        "I don’t know who is watching any more,’ he said.",
        "Some social media users hailed him as a hero, and a few even joked about putting his "
        "name forward for the Nobel Peace Prize. He brushed that aside.",
        "‘I am not a hero and I am not looking for a prize,’ Duysak said. ‘Give it to someone who "
        "has earned it.’",
        "Twitter has not publicly named the worker involved and has said only that the "
        "deactivation was carried out by a support employee on their last day. The company did "
        "not respond to questions about Mr Duysak’s version of events.",
        "Earlier this month Twitter said it had introduced new safeguards. ‘We have put "
        "protections in place so this cannot happen again,’ a spokesperson said at the time.",
        "Asked what he planned to do next, Duysak said he hoped the story would soon be forgotten "
        "and that people would let him get on with his life.",
    ],
    quotes=[
        Q(["I never set out to take anything down,",
           "It was an error, and if anybody was upset by it I am sorry for that."],
          "Bahtiyar Duysak", "he", "person", "told"),
        Q("a complaint about the president’s account had landed in his queue during that last "
          "shift", "Bahtiyar Duysak", "Mr Duysak", "person", "said", indirect=True),
        Q("Nothing I did was outside what I was allowed to do. I didn’t break into anything,",
          "Bahtiyar Duysak", "he", "person", "said"),
        Q("I was worn out some days, like anyone. Everybody slips up now and then, so maybe that "
          "is what happened to me.", "Bahtiyar Duysak", "He", "person", "added"),
        Q("I would like my normal life back. I want to be able to chat to the people next door "
          "and see my friends again without a camera in my face.\nI have had to take down a lot "
          "of photographs and remove people from my accounts, because I don’t know who is "
          "watching any more,", "Bahtiyar Duysak", "he", "person", "said"),
        Q(["I am not a hero and I am not looking for a prize,",
           "Give it to someone who has earned it."], "Bahtiyar Duysak", "Duysak", "person",
          "said"),
        Q("We have put protections in place so this cannot happen again,", None,
          "a spokesperson", "unnamed_source", "said", on_behalf_of="Twitter"),
        Q("he hoped the story would soon be forgotten and that people would let him get on with "
          "his life", "Bahtiyar Duysak", "Duysak", "person", "said", indirect=True),
    ],
    related=["daily-meridian/2017/11/trump-account-vanishes-for-eleven-minutes.html",
             "pacific-ledger/2017/11/eleven-minutes-what-we-know.html"],
)

CR_EXPLAINER = article(
    path="circuit-review/2017/11/how-one-employee-could-switch-off-a-presidents-account.html",
    outlet="circuit-review",
    title="How one employee could switch off a president’s account",
    standfirst="Support staff at big platforms hold powerful tools. Here is why, and what could change.",
    authors=["Marcus Oyelaran"],
    published_at="2017-11-03T16:20:00+00:00",
    kind="explainer",
    body=[
        "When President Trump’s Twitter account disappeared for 11 minutes on Thursday, the first "
        "question for a lot of people was a technical one: how could a single person make that "
        "happen?",
        "The short answer is that large social networks hand their support staff real power, "
        "because that is the only way to keep up with a flood of abuse reports.",
        H2("Who can press the button"),
        "Teams that review complaints about harassment, impersonation and spam need tools that can "
        "lock, suspend or deactivate an account in seconds. At most big platforms those tools are "
        "open to hundreds of employees and contractors, some of whom are hired through outside "
        "agencies.",
        "“The people who clean up a platform have to be able to act fast, and acting fast means "
        "fewer checks,” said Daniel Hartmann, a professor who studies insider risk at the Lakeshore "
        "Institute of Technology. “That trade-off is built into how these companies work.”",
        "Hartmann said accounts belonging to heads of state and other prominent users are usually "
        "marked for extra protection, but that such markers do not always block every action.",
        "“A flag like that is a speed bump, not a wall,” he said.",
        H2("Why the last day matters"),
        "Security teams treat an employee’s final days as a period of raised risk. Access is "
        "supposed to be trimmed as someone prepares to leave, but in practice permissions often "
        "survive until the badge is handed in.",
        "A former Twitter employee, who asked not to be named because they were not authorized to "
        "speak publicly, said support staff had been warned again and again about touching "
        "verified accounts. “Everyone knew those accounts were radioactive,” the former employee "
        "said.",
        "Twitter said on Thursday night that the deactivation had been carried out by a customer "
        "support employee who was leaving the company that day, and that it was reviewing what "
        "had happened.",
        "In an email to Circuit Review on Friday, a spokesperson said: “We’ve added new controls "
        "around high-profile accounts and our review is still going on.”",
        H2("What could change"),
        "Hartmann said the episode should push companies to require a second pair of eyes before "
        "the most prominent accounts can be switched off. “Two-person rules exist for a reason,” "
        "he said. “Banks use them. Missile silos use them. A platform with this much reach should, "
        "too.”",
        "Until then, he added, the best defense is careful record-keeping, so that when something "
        "does go wrong a company can see exactly who did what, and when.",
        "None of this means that the worker in question acted with bad intent. It does mean that "
        "the next time a famous account goes dark, the first place to look may be inside the "
        "company rather than outside it.",
    ],
    quotes=[
        Q(["The people who clean up a platform have to be able to act fast, and acting fast means "
           "fewer checks,", "That trade-off is built into how these companies work."],
          "Daniel Hartmann", "Daniel Hartmann", "person", "said"),
        Q("accounts belonging to heads of state and other prominent users are usually marked for "
          "extra protection, but that such markers do not always block every action",
          "Daniel Hartmann", "Hartmann", "person", "said", indirect=True),
        Q("A flag like that is a speed bump, not a wall,", "Daniel Hartmann", "he", "person",
          "said"),
        Q("Everyone knew those accounts were radioactive,", None, "the former employee",
          "unnamed_source", "said"),
        Q("the deactivation had been carried out by a customer support employee who was leaving "
          "the company that day, and that it was reviewing what had happened", "Twitter",
          "Twitter", "organization", "said", indirect=True),
        Q("We’ve added new controls around high-profile accounts and our review is still going on.",
          None, "a spokesperson", "unnamed_source", "said", on_behalf_of="Twitter"),
        Q(["Two-person rules exist for a reason,",
           "Banks use them. Missile silos use them. A platform with this much reach should, too."],
          "Daniel Hartmann", "he", "person", "said"),
        Q("the best defense is careful record-keeping, so that when something does go wrong a "
          "company can see exactly who did what, and when", "Daniel Hartmann", "he", "person",
          "added", indirect=True),
    ],
    related=["circuit-review/2017/11/internet-reacts-to-trump-account-outage.html",
             "circuit-review/2017/11/twitter-blames-departing-employee.html"],
)

CR_ROUNDUP = article(
    path="circuit-review/2017/11/internet-reacts-to-trump-account-outage.html",
    outlet="circuit-review",
    title="Jokes, relief and outrage: how the internet reacted to Trump’s vanishing account",
    standfirst="Eleven minutes was plenty of time for a party, a wake and an argument.",
    authors=["Jess Whitcombe"],
    published_at="2017-11-04T11:05:00+00:00",
    kind="round-up of reactions",
    body=[
        "Donald Trump’s Twitter page was gone for only 11 minutes on Thursday evening, but that "
        "was more than enough time for the internet to throw a party, hold a wake and start an "
        "argument.",
        "Within moments of the profile going blank, screenshots of the error page were racing "
        "across every major platform. Here is a selection of how people responded.",
        H2("The jokes"),
        "“I leave Twitter alone for one dinner and somebody finally unplugs the thing,” wrote one "
        "user.",
        "Another quipped: “Eleven minutes is the longest he has gone without posting since the "
        "inauguration. Doctors are calling it a medical miracle.”",
        Embed("twitter", "cr-tweet-1"),
        H2("The relief"),
        "For many users the main feeling was not amusement but a sort of exhausted calm.",
        "“For a few minutes my phone stopped buzzing with breaking news alerts. I didn’t realize "
        "how much I needed that,” one woman wrote.",
        Embed("mastodon", "masto-embed-1"),
        "One Reddit user wrote: \"Honestly the calmest my group chat has been all year.\"",
        H2("The backlash"),
        "Not everyone was celebrating. Supporters of the president, and free-speech advocates "
        "from across the spectrum, argued that a silenced account was a warning sign rather than "
        "a gift.",
        "“Today it’s someone you don’t like. Tomorrow it’s you. Nobody at a tech company should "
        "have that switch,” one commenter replied.",
        "On Hacker News the discussion turned quickly to access controls, with several commenters "
        "asking why a single support worker could take such a drastic step without anyone else "
        "signing off.",
        Embed("bluesky", "bsky-embed-1"),
        Embed("twitter", "cr-tweet-2"),
        "Northgate Gazette columnist Lena Hartmann took a middle path, writing that the episode "
        "was “funny for about a minute and worrying for the other ten.” Hartmann argued that the "
        "real story was the access itself, not the eleven minutes.",
        H2("The confusion"),
        "And then there were the people who simply wanted to know what on earth was going on. "
        "Some were convinced the president had deleted the account in a fit of pique. Others "
        "suspected a hack, and a few wondered whether Twitter had at last enforced its own rules.",
        "“Did he delete it himself? Did Twitter ban him? Did the internet break? Someone please "
        "explain,” asked one user.",
        "Twitter eventually said the deactivation was the work of a staff member who was leaving that day, "
        "a detail that only poured fuel on the memes.",
        "By Friday morning the account was back to business as usual, and so, for the most part, "
        "was everyone else. The screenshots of that empty profile page, though, are likely to "
        "circulate for a long time yet.",
        H2("What our readers said"),
        "We asked Circuit Review readers where they were when the account went dark. A few of the "
        "replies:",
        "“My blood pressure dropped about ten points in those eleven minutes. Best part of my "
        "week.” — Sarah Whitfield, Bristol",
        "“One departing worker with a button is not a security policy. Twitter should be "
        "embarrassed.” — Ahmed Karimi",
        "“I thought my Wi-Fi had died again and restarted the router twice before checking the "
        "news.” — Tom Brennan, 34, a bus driver",
    ],
    quotes=[
        Q("I leave Twitter alone for one dinner and somebody finally unplugs the thing,", None,
          "one user", "anonymous_public", "wrote", label="joke"),
        Q("Eleven minutes is the longest he has gone without posting since the inauguration. "
          "Doctors are calling it a medical miracle.", None, "Another", "anonymous_public",
          "quipped", label="joke"),
        Q("For a few minutes my phone stopped buzzing with breaking news alerts. I didn’t realize "
          "how much I needed that,", None, "one woman", "anonymous_public", "wrote",
          label="relief"),
        Q("Honestly the calmest my group chat has been all year.", None, "One Reddit user",
          "anonymous_public", "wrote", label="relief", secondary="joke"),
        Q("Today it’s someone you don’t like. Tomorrow it’s you. Nobody at a tech company should "
          "have that switch,", None, "one commenter", "anonymous_public", "replied",
          label="criticism"),
        Q("funny for about a minute and worrying for the other ten.", "Lena Hartmann",
          "Lena Hartmann", "person", "writing"),
        Q("the real story was the access itself, not the eleven minutes", "Lena Hartmann",
          "Hartmann", "person", "argued", indirect=True),
        Q("Did he delete it himself? Did Twitter ban him? Did the internet break? Someone please "
          "explain,", None, "one user", "anonymous_public", "asked", label="other"),
        Q("the deactivation was the work of a staff member who was leaving that day", "Twitter", "Twitter",
          "organization", "said", indirect=True),
        Q("My blood pressure dropped about ten points in those eleven minutes. Best part of my "
          "week.", "Sarah Whitfield", "Sarah Whitfield", "person", "—", label="relief",
          secondary="joke"),
        Q("One departing worker with a button is not a security policy. Twitter should be "
          "embarrassed.", "Ahmed Karimi", "Ahmed Karimi", "person", "—", label="criticism"),
        Q("I thought my Wi-Fi had died again and restarted the router twice before checking the "
          "news.", "Tom Brennan", "Tom Brennan", "person", "—", label="other"),
    ],
    related=["circuit-review/2017/11/how-one-employee-could-switch-off-a-presidents-account.html",
             "northgate-gazette/2017/11/eleven-minutes-of-quiet.html"],
)

NG_OPINION = article(
    path="northgate-gazette/2017/11/eleven-minutes-of-quiet.html",
    outlet="northgate-gazette",
    title="Eleven minutes of quiet, and why they should worry us all",
    standfirst=None,
    authors=["Lena Hartmann"],
    published_at="2017-11-03T09:30:00+00:00",
    kind="opinion",
    body=[
        "I will admit it: when I heard that Donald Trump’s Twitter account had vanished on "
        "Thursday night, I laughed.",
        "It was funny for about a minute and worrying for the other ten.",
        "The laughter is easy to understand. Love him or loathe him, the president’s feed is "
        "impossible to avoid. It sets the news agenda before breakfast and resets it after "
        "dinner. The idea of it simply blinking out, switched off by a worker clearing their "
        "desk, has the shape of a perfect joke.",
        "My inbox agreed. ‘Give that employee a medal and a pension,’ wrote one reader from "
        "Harrogate. Another wrote simply: ‘Best news I’ve had all week, even if it only lasted "
        "until the kettle boiled.’",
        "But step back and the picture is less comic. One contractor, on the way out of the door, "
        "was able to silence the most powerful politician on earth on the platform he relies on "
        "most. Twitter calls it a mistake. Perhaps it was. That is almost beside the point.",
        "If a mistake can do this, so can malice. The same access that let one person take down "
        "@realDonaldTrump could in principle be used to post from it, to shut down an opposition "
        "leader’s account in the middle of an election, or to quietly read private messages.",
        "Technology firms like to describe themselves as ‘neutral pipes’. They are nothing of the "
        "sort. They are run by people, many of them junior, poorly paid and on short contracts, "
        "who are handed controls with enormous reach and remarkably little supervision.",
        "The company’s own explanations have not helped. First it blamed ‘human error’. Then it "
        "said the culprit was ‘a worker on their final day’, as though that settled anything.",
        "I am no admirer of the president’s online manners. I would happily see him post less. "
        "But I want that to happen because voters, advertisers or the man himself decide it, not "
        "because somebody in a support queue had a strange afternoon.",
        "What we need from Twitter is not another short statement but a clear account of who can "
        "switch off whose voice, and what checks stand in the way. Until we get one, the joke is "
        "on all of us.",
    ],
    quotes=[
        Q("Give that employee a medal and a pension,", None, "one reader from Harrogate",
          "anonymous_public", "wrote", label="joke", secondary="relief"),
        Q("Best news I’ve had all week, even if it only lasted until the kettle boiled.", None,
          "Another", "anonymous_public", "wrote", label="relief"),
        Q("neutral pipes", None, "Technology firms", "unknown", "describe"),
        Q("human error", "Twitter", "it", "organization", "blamed"),
        Q("a worker on their final day", "Twitter", "it", "organization", "said"),
    ],
    related=["northgate-gazette/2017/11/former-contractor-says-trump-shutdown-was-accident.html"],
)

ARTICLES_A = [DM_NEWS, DM_INTERVIEW, CR_EXPLAINER, CR_ROUNDUP, NG_OPINION]
