"""Social posts embedded in demo articles (X/Twitter, Mastodon and Bluesky embed markup).

All texts, names and handles are invented for the demo corpus.
"""

from __future__ import annotations

EMBEDS: dict[str, dict[str, str]] = {
    "dm-tweet-1": {
        "platform": "twitter",
        "name": "Maggie Lund",
        "handle": "maggielund_",
        "id": "926230851123456001",
        "date": "November 2, 2017",
        "text": "Went to check what he'd said about the Fed pick and the whole account is just... "
                "gone? Is this real??",
        "label": "other",
    },
    "cr-tweet-1": {
        "platform": "twitter",
        "name": "Dana Whitfield",
        "handle": "danawhit",
        "id": "926231177654321002",
        "date": "November 2, 2017",
        "text": "Refreshed his page four times to make sure it was real. Best eleven minutes of my year.",
        "label": "relief",
        "secondary_label": "joke",
    },
    "cr-tweet-2": {
        "platform": "twitter",
        "name": "Civic Watch",
        "handle": "civicwatchorg",
        "id": "926262044198765003",
        "date": "November 2, 2017",
        "text": "Twitter needs to explain exactly how this happened and who else has that kind of "
                "access. This is not funny.",
        "label": "criticism",
    },
    "masto-embed-1": {
        "platform": "mastodon",
        "name": "slow mornings",
        "user": "slowmorning",
        "instance": "mastodon.example",
        "id": "99012345678901234",
        "date": "November 2, 2017",
        "created_at": "2017-11-02T23:52:10.000Z",
        "text": "eleven quiet minutes. i made tea. i watched the rain. then it came back. #twitter",
        "label": "relief",
    },
    "bsky-embed-1": {
        "platform": "bluesky",
        "name": "Ruth Adebayo",
        "handle": "ruthadebayo.bsky.social",
        "did": "did:plc:r4adebayo7n2kq3xw5vtzm6e",
        "rkey": "3ex35xwo7m22b",
        "date": "November 2, 2017",
        "created_at": "2017-11-03T00:14:09.000Z",
        "text": "A contractor can switch off a head of state's account and the explanation is "
                "human error? That is not a policy, that is a shrug.",
        "label": "criticism",
    },
}


def embed_url(key: str) -> str:
    """The public URL of an embedded post (how reactions.json names embeds)."""
    e = EMBEDS[key]
    if e["platform"] == "twitter":
        return f"https://twitter.com/{e['handle']}/status/{e['id']}"
    if e["platform"] == "mastodon":
        return f"https://{e['instance']}/@{e['user']}/{e['id']}"
    return f"https://bsky.app/profile/{e['did']}/post/{e['rkey']}"
