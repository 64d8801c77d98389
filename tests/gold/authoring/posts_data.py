"""Social posts of the demo corpus (Mastodon, Bluesky, Reddit, Hacker News), with gold labels.

Every text, user name and handle is invented for newsreact's demo. ``reply`` names the key of
the post answered; ``{{BASE}}`` links point at the demo articles (some with tracking params).
"""

from __future__ import annotations

from typing import Any


def P(key: str, author: str, created: str, text: str, label: str, *, sec: str | None = None,  # noqa: N802
      reply: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"key": key, "author": author, "created": created, "text": text, "label": label,
            "secondary_label": sec, "reply": reply, **extra}


CR_EXPLAINER = "{{BASE}}/circuit-review/2017/11/how-one-employee-could-switch-off-a-presidents-account.html"
CR_NEWS = "{{BASE}}/circuit-review/2017/11/twitter-blames-departing-employee.html"
DM_INTERVIEW = "{{BASE}}/daily-meridian/2017/11/contractor-behind-trump-twitter-blackout-speaks.html"
PL_WIRE = "{{BASE}}/pacific-ledger/2017/11/former-contractor-says-trump-shutdown-was-accident.html"

# Mastodon: ids are snowflake-style strings; accounts with "@" in the name are remote.
MASTODON: list[dict[str, Any]] = [
    P("m1", "newsjunkie_kat", "2017-11-02T23:03:41.000Z",
      "Trump's Twitter account just disappeared?? The page says it doesn't exist. #trump #twitter",
      "other", tags=["trump", "twitter"]),
    P("m2", "tooter_ben", "2017-11-02T23:04:30.000Z",
      "@newsjunkie_kat confirmed, I'm seeing it too. Either he rage-quit or someone pulled the plug.",
      "other", reply="m1"),
    P("m3", "newsjunkie_kat", "2017-11-02T23:14:02.000Z",
      "@tooter_ben it's back now. Shortest holiday in history.", "joke", reply="m2"),
    P("m4", "marguerite_h", "2017-11-02T23:09:55.000Z",
      "Eleven minutes. I got eleven minutes. I will treasure every one of them. #trump", "relief",
      tags=["trump"]),
    P("m5", "owlcaptain", "2017-11-02T23:21:13.000Z",
      "Film pitch: a support worker's final act on their last shift is clicking 'deactivate' on "
      "the way out. I would watch that. #twitter", "joke", tags=["twitter"]),
    P("m6", "secdev_anya", "2017-11-03T00:02:47.000Z",
      "The real story is that a single support login could do this at all. Where is the "
      "two-person approval? Where is the audit trail? #twitter #security", "criticism",
      tags=["twitter", "security"]),
    P("m7", "pagerduty_pete", "2017-11-03T00:10:19.000Z",
      "@secdev_anya the audit trail probably exists, that's how they worked out it was someone "
      "leaving that day", "other", reply="m6"),
    P("m8", "secdev_anya", "2017-11-03T00:13:58.000Z",
      "@pagerduty_pete finding out afterwards isn't a control, it's a postmortem.", "criticism",
      reply="m7"),
    P("m9", "garden_gnome", "2017-11-02T23:30:06.000Z",
      "Nice to see Twitter apply the rules to him for once, even if it was by accident. #trump",
      "relief", sec="criticism", tags=["trump"]),
    P("m10", "civicsteacher", "2017-11-03T01:45:31.000Z",
      "Whatever you think of him, a company employee silencing an elected official is a bad "
      "precedent. Today him, tomorrow whoever you like. #twitter", "criticism", tags=["twitter"]),
    P("m11", "slowmorning@mastodon.example", "2017-11-02T23:52:10.000Z",
      "eleven quiet minutes. i made tea. i watched the rain. then it came back. #twitter",
      "relief", tags=["twitter"], embed_key="masto-embed-1", status_id="99012345678901234",
      display_name="slow mornings"),
    P("m12", "linkposter_jo", "2017-11-03T17:40:00.000Z",
      f"Circuit Review has a decent explainer on how one support worker could do this: "
      f"{CR_EXPLAINER}?utm_source=mastodon #twitter", "other", tags=["twitter"]),
    P("m13", "quietriot", "2017-11-03T18:02:25.000Z",
      "@linkposter_jo good read. The bit about access not being trimmed before someone's last "
      "day is wild.", "other", sec="criticism", reply="m12"),
    P("m14", "bertie_b", "2017-11-02T23:16:44.000Z",
      "Me at 7:01pm: checks phone. His account: gone. Me: a gift! Me at 7:12pm: ah. #trump",
      "joke", sec="relief", tags=["trump"]),
    P("m15", "danish_pastry@fosstodon.example", "2017-11-03T07:12:09.000Z",
      "From over here in Europe this is the most American news story possible. A contractor, a "
      "last day, and a president's favourite toy. #trump", "joke", tags=["trump"]),
    P("m16", "newsjunkie_kat", "2017-11-03T07:30:51.000Z",
      "@danish_pastry@fosstodon.example don't worry, he'll be back in the news in five minutes",
      "joke", reply="m15"),
    P("m17", "journo_lee", "2017-11-03T02:05:00.000Z",
      "Twitter now says it was a customer support worker on their final day. More as we get it. "
      "#twitter #trump", "other", tags=["twitter", "trump"]),
    P("m18", "marguerite_h", "2017-11-03T02:11:37.000Z",
      "@journo_lee whoever it was, I hope they have a good lawyer and a better holiday", "joke",
      reply="m17"),
    P("m19", "journo_lee", "2017-11-30T08:15:00.000Z",
      f"The former contractor has spoken to TechCrunch and says it was an accident. Write-up: "
      f"{DM_INTERVIEW} #trump", "other", tags=["trump"]),
    P("m20", "owlcaptain", "2017-11-30T08:40:12.000Z",
      "@journo_lee 'accident' is doing a lot of work in that sentence", "criticism", reply="m19"),
    P("m21", "garden_gnome", "2017-11-30T09:02:44.000Z",
      "@journo_lee honestly I believe him. Internal tools are confusing and last days are chaos.",
      "other", reply="m19"),
]

# Bluesky: ``link`` becomes an external embed (link card) plus a link facet over ``link_text``.
BLUESKY: list[dict[str, Any]] = [
    P("b1", "ruthadebayo.bsky.social", "2017-11-03T00:14:09.000Z",
      "A contractor can switch off a head of state's account and the explanation is human error? "
      "That is not a policy, that is a shrug.", "criticism", embed_key="bsky-embed-1",
      display_name="Ruth Adebayo"),
    P("b2", "jamiecooks.bsky.social", "2017-11-02T23:13:30.000Z",
      "He's back. Eleven minutes. I didn't even get to finish my sandwich.", "joke"),
    P("b3", "mo-writes.bsky.social", "2017-11-03T03:20:00.000Z",
      "Somebody's last day at work turned into world news. Legendary exit.", "joke"),
    P("b4", "hollowbirch.bsky.social", "2017-11-02T23:25:41.000Z",
      "Honestly feeling lighter knowing it can be switched off at all. Even if only for a few "
      "minutes.", "relief"),
    P("b5", "ktanaka.bsky.social", "2017-11-02T23:31:02.000Z",
      "Lighter? It's frightening that one person can switch it off. Doesn't matter whose account "
      "it is.", "criticism", reply="b4"),
    P("b6", "hollowbirch.bsky.social", "2017-11-02T23:36:19.000Z",
      "Fair point. I can feel both things at once.", "other", reply="b5"),
    P("b7", "policywonk.bsky.social", "2017-11-03T02:30:55.000Z",
      "Twitter's story went from 'human error' to 'a worker on their final day' in two hours. "
      "Which is it?", "criticism"),
    P("b8", "devnotes.bsky.social", "2017-11-03T18:10:00.000Z",
      "Good explainer on why support staff have these powers at all", "other",
      link=f"{CR_EXPLAINER}?utm_source=bsky", link_text="Good explainer",
      link_title="How one employee could switch off a president’s account"),
    P("b9", "ktanaka.bsky.social", "2017-11-03T04:44:12.000Z",
      "If the account is this easy to switch off, how easy is it to post from?", "criticism"),
    P("b10", "jamiecooks.bsky.social", "2017-11-03T11:05:00.000Z",
      "Choosing to believe the contractor just hit the wrong button. Mondays, am I right? Oh wait, "
      "it was Thursday.", "joke"),
    P("b11", "newsdesk-daily.bsky.social", "2017-11-30T07:00:00.000Z",
      "The contractor speaks: he says it was an accident and he just wants his ordinary life back.",
      "other", link=f"{DM_INTERVIEW}?utm_source=bluesky&utm_medium=social",
      link_text="The contractor speaks",
      link_title="‘I never set out to take anything down’: the contractor behind Trump’s Twitter blackout speaks"),
    P("b12", "hollowbirch.bsky.social", "2017-11-30T07:20:33.000Z",
      "Poor guy. Imagine your last day at work following you around for the rest of your life.",
      "other", reply="b11"),
    P("b13", "mo-writes.bsky.social", "2017-11-30T07:41:08.000Z",
      "An accident that made millions of people happy for eleven minutes. Give the man a medal.",
      "joke", sec="relief", reply="b11"),
    P("b14", "policywonk.bsky.social", "2017-11-30T08:02:50.000Z",
      "Please don't hand out medals for breaking things.", "criticism", reply="b13"),
    P("b15", "softlight.bsky.social", "2017-11-04T21:15:00.000Z",
      "still thinking about the 11 minute blackout. the internet was briefly a calm place",
      "relief"),
    P("b16", "oncall-ops.bsky.social", "2017-11-03T09:30:00.000Z",
      "Imagine being the engineer on call when the most-followed political account vanishes. My "
      "pager would melt.", "joke"),
    P("b17", "devnotes.bsky.social", "2017-11-03T09:47:21.000Z",
      "Plot twist: the on-call engineer was the one leaving", "joke", reply="b16"),
    P("b18", "profsandoval.bsky.social", "2017-11-03T14:00:00.000Z",
      "This belongs in every security course: departing staff, powerful tools, no second check.",
      "criticism"),
    P("b19", "ktanaka.bsky.social", "2017-11-03T14:22:45.000Z",
      "Already added it to my slides for next term.", "other", reply="b18"),
    P("b20", "softlight.bsky.social", "2017-11-30T12:00:00.000Z",
      "Relieved it was a mistake and not a hack. A hack would have been so much worse.", "relief"),
]
BLUESKY_IN_SEARCH = ["b1", "b2", "b3", "b4", "b7", "b8", "b9", "b10", "b11", "b15", "b16", "b18", "b20"]
BLUESKY_THREADS = ["b4", "b11", "b16", "b18"]

# Reddit: t3 submissions (keys r*) and t1 comments (keys c*, d*, e*).
REDDIT_SUBMISSIONS: list[dict[str, Any]] = [
    P("r1", "throwaway_civics", "2017-11-03T03:02:00.000Z",
      "", "other", id36="7ac1x2", subreddit="politics",
      title="Twitter says a departing employee took Trump's account offline for 11 minutes",
      url=f"{CR_NEWS}?utm_source=reddit&utm_medium=social"),
    P("r2", "bytes_and_bits", "2017-11-29T23:30:00.000Z",
      "", "other", id36="7g4k9p", subreddit="technology",
      title="Former Twitter contractor says he deactivated Trump's account by accident",
      url=PL_WIRE),
    P("r3", "curious_clara", "2017-11-03T15:45:00.000Z",
      "Genuine question. I assumed accounts like that would have some special protection. How "
      "does one person just switch it off?", "other", id36="7ad2m8", subreddit="NoStupidQuestions",
      title="How is it even possible for one employee to delete the president's Twitter?",
      url=None),
]
REDDIT_COMMENTS: list[dict[str, Any]] = [
    P("c1", "lampshade_larry", "2017-11-03T03:10:00.000Z",
      "The most powerful man in the world, taken down by someone clearing out their desk. You "
      "couldn't make it up.", "joke", reply="r1", id36="dp1a001"),
    P("c1a", "moth_and_lamp", "2017-11-03T03:14:00.000Z",
      "Honestly the calmest my group chat has been all year.", "relief", sec="joke", reply="c1",
      id36="dp1a002"),
    P("c1b", "quiet_quokka", "2017-11-03T03:20:00.000Z",
      "Same. Eleven minutes of nobody sending me screenshots.", "relief", reply="c1a",
      id36="dp1a003"),
    P("c2", "sober_second_look", "2017-11-03T03:25:00.000Z",
      "This is genuinely worrying. If a contractor can do this by accident, a contractor can be "
      "paid to do it at the worst possible moment.", "criticism", reply="r1", id36="dp1a004"),
    P("c2a", "rustbelt_rita", "2017-11-03T03:31:00.000Z",
      "This. Everyone laughing now would be furious if it happened to their candidate.",
      "criticism", reply="c2", id36="dp1a005"),
    P("c2b", "lampshade_larry", "2017-11-03T03:40:00.000Z",
      "I'd probably be laughing at that too, but point taken.", "other", reply="c2a",
      id36="dp1a006"),
    P("c3", "tabs_not_spaces", "2017-11-03T03:45:00.000Z",
      "Does anyone know if the tweets were actually deleted or just hidden?", "other", reply="r1",
      id36="dp1a007"),
    P("c3a", "former_mod_99", "2017-11-03T03:52:00.000Z",
      "Deactivation hides everything. Once the account is reactivated it all comes back.", "other",
      reply="c3", id36="dp1a008"),
    P("c4", "locked_out_lou", "2017-11-03T04:05:00.000Z",
      "Twitter support can't unlock my account in three weeks but they can deactivate a president "
      "in three seconds.", "joke", sec="criticism", reply="r1", id36="dp1a009"),
    P("c5", "moth_and_lamp", "2017-11-03T04:30:00.000Z",
      "Whoever did this is going to have a very interesting next job interview.", "joke",
      reply="r1", id36="dp1a010"),
    P("d1", "kernel_panic_kim", "2017-11-29T23:41:00.000Z",
      "Believable. Support tooling at big companies is a mess of buttons with vague labels.",
      "other", reply="r2", id36="dq9b001"),
    P("d1a", "ex_trust_safety", "2017-11-29T23:55:00.000Z",
      "Yep, I worked trust and safety at a mid-size platform. One wrong dropdown and you've "
      "suspended the wrong person.", "other", reply="d1", id36="dq9b002"),
    P("d2", "sunny_side_sam", "2017-11-30T00:10:00.000Z",
      "Accident or not, the guy gave us eleven minutes of quiet. I'm grateful.", "relief",
      reply="r2", id36="dq9b003"),
    P("d2a", "rustbelt_rita", "2017-11-30T00:22:00.000Z",
      "Cheering a company for silencing people is a bad look, whoever the target is.", "criticism",
      reply="d2", id36="dq9b004"),
    P("d3", "sober_second_look", "2017-11-30T01:05:00.000Z",
      "The real failure is that a departing contractor still had this level of access on his final "
      "day.", "criticism", reply="r2", id36="dq9b005"),
    P("e1", "former_mod_99", "2017-11-03T16:00:00.000Z",
      "The protections are mostly against outsiders, not against insiders with admin tools.",
      "other", reply="r3", id36="dp7c001"),
    P("e2", "ex_trust_safety", "2017-11-03T16:20:00.000Z",
      "Big platforms give support staff strong tools because they handle millions of reports. "
      "Usually there are logs, not locks.", "other", reply="r3", id36="dp7c002"),
]

# Hacker News: stories (s*) and comments; text is HTML as the API returns it.
HN_STORIES: list[dict[str, Any]] = [
    P("s1", "pmarsh", "2017-11-03T17:02:11.000Z", "", "other", item_id=15617001, points=212,
      title="How one employee could switch off a president's account", url=CR_EXPLAINER),
    P("s2", "tlbrk", "2017-11-29T21:48:30.000Z", "", "other", item_id=15793300, points=148,
      title="Former Twitter contractor says deactivating Trump's account was a mistake",
      url=f"{PL_WIRE}?utm_source=hackernews"),
    P("s3", "quietops", "2017-11-06T14:12:00.000Z",
      "After the Twitter incident last week I'm reviewing our own admin tooling. How do you stop "
      "a single support agent from taking irreversible actions on big accounts without slowing "
      "everyone down?", "other", item_id=15640221, points=37,
      title="Ask HN: How do you limit what support staff can do to high-profile accounts?", url=None),
]
HN_COMMENTS: list[dict[str, Any]] = [
    P("h1", "grepwise", "2017-11-03T17:10:40.000Z",
      "Every large platform I've worked at had some version of this. Support tooling is where "
      "access control goes to die.", "criticism", reply="s1", item_id=15617090),
    P("h1a", "nullpointer_ed", "2017-11-03T17:21:05.000Z",
      "Same experience. The incentives are all about closing tickets fast, not least privilege.",
      "criticism", reply="h1", item_id=15617155),
    P("h1b", "grepwise", "2017-11-03T17:30:12.000Z",
      "Least privilege is expensive right up until the day it isn't.", "criticism", sec="other",
      reply="h1a", item_id=15617210),
    P("h2", "mkovacs", "2017-11-03T17:15:33.000Z",
      "Two-person rules for actions on accounts above some follower threshold seem like an easy "
      "win.", "other", reply="s1", item_id=15617120),
    P("h2a", "ayla_r", "2017-11-03T17:40:58.000Z",
      "Easy to say. Now define the threshold without creating a list of 'important people' that "
      "eventually leaks.", "other", reply="h2", item_id=15617288),
    P("h3", "tessellate", "2017-11-03T17:25:19.000Z",
      "The fact that they identified who did it within two hours suggests the audit logging "
      "worked fine.", "other", reply="s1", item_id=15617190),
    P("h3a", "nullpointer_ed", "2017-11-03T17:52:44.000Z",
      "Logging that tells you what happened afterwards is forensics, not prevention.", "criticism",
      reply="h3", item_id=15617350),
    P("h4", "blameless_bob", "2017-11-03T18:05:00.000Z",
      "I'm mildly impressed the account came back intact. At least reactivation is a clean path.",
      "other", reply="s1", item_id=15617420),
    P("h5", "pagerfatigue", "2017-11-03T18:20:31.000Z",
      "Eleven minutes of downtime on the most-watched endpoint of the political internet. I would "
      "hate to write that postmortem.", "joke", reply="s1", item_id=15617501),
    P("h6", "ayla_r", "2017-11-03T19:02:10.000Z",
      "Is it just me or did every outlet cover this as a comedy story? It's a security story.",
      "criticism", reply="s1", item_id=15617733),
    P("k1", "tessellate", "2017-11-29T22:01:17.000Z",
      "Hard to believe anyone would do this on purpose on their last day, with their name right "
      "there in the audit log.", "other", reply="s2", item_id=15793371),
    P("k1a", "quux_quinn", "2017-11-29T22:15:44.000Z",
      "People do strange things on their last day. I once saw someone email the whole company "
      "their review of the CEO.", "joke", reply="k1", item_id=15793420),
    P("k2", "mkovacs", "2017-11-29T22:20:09.000Z",
      "Whatever happened, the fact that so many people cheered says a lot about how exhausting "
      "the feed has become.", "other", reply="s2", item_id=15793444),
    P("k3", "blameless_bob", "2017-11-29T22:31:50.000Z",
      "I feel bad for the guy. Reporters at his friends' doors over what sounds like a misclick.",
      "other", reply="s2", item_id=15793490),
    P("k3a", "grepwise", "2017-11-29T22:45:02.000Z",
      "Misclick or not, Twitter handed him the keys. The blame belongs with the company's design.",
      "criticism", reply="k3", item_id=15793551),
    P("k4", "pagerfatigue", "2017-11-29T23:05:38.000Z",
      "Honestly the best part of the whole saga was realizing how quiet my timeline could be.",
      "relief", reply="s2", item_id=15793630),
    P("k5", "quux_quinn", "2017-11-29T23:20:00.000Z",
      "He should have said nothing. Now he's the face of it forever.", "other", reply="s2",
      item_id=15793702),
    P("k6", "curiouscat42", "2017-11-30T00:02:13.000Z",
      "Anyone have a link to the original TechCrunch interview?", "other", reply="s2",
      item_id=15793880),
]
# The crawler searches with tags=story, so the search payload holds stories only (as the real API
# answers that request); comments arrive through /items/<id>.
HN_IN_SEARCH = ["s1", "s2", "s3"]
