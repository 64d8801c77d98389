"""The four fictional outlets of the demo site: names, templates and page chrome (boilerplate)."""

from __future__ import annotations

OUTLETS: dict[str, dict[str, object]] = {
    "daily-meridian": {
        "name": "The Daily Meridian",
        "template": "jsonld",
        "lang": "en-GB",
        "title_sep": " - ",
        "nav": ["News", "World", "Politics", "Money", "Sport", "Culture", "Opinion"],
        "cookie": "We use cookies to personalise content and ads. By continuing to browse you "
                  "agree to our cookie policy.",
        "footer": "© 2017 Meridian Media Group. All rights reserved. Registered in England and Wales.",
        "share": ["Share on Facebook", "Share on X", "Email a friend"],
        "promo": "Sign up to the Meridian Morning newsletter for the day’s top stories.",
    },
    "circuit-review": {
        "name": "Circuit Review",
        "template": "opengraph",
        "lang": "en-US",
        "title_sep": " — ",
        "nav": ["Latest", "Platforms", "Security", "Policy", "Gadgets", "Podcasts"],
        "cookie": "This site uses cookies for analytics and personalized content. Manage your "
                  "choices in Privacy Settings.",
        "footer": "Circuit Review is an independent technology publication. Tips: tips@circuitreview.example",
        "share": ["Tweet this", "Share on LinkedIn", "Copy link"],
        "promo": "Get the Circuit Review daily briefing in your inbox every weekday morning.",
    },
    "northgate-gazette": {
        "name": "Northgate Gazette",
        "template": "plain",
        "lang": "en-GB",
        "title_sep": " | ",
        "nav": ["Home", "Local", "National", "Comment", "Letters", "What’s on"],
        "cookie": "Northgate Gazette uses cookies. Find out more or change your settings.",
        "footer": "Northgate Gazette, 14 Mill Lane, Northgate. Printed and published since 1898.",
        "share": ["Share", "Print this page"],
        "promo": "Support local journalism: subscribe to the Gazette from £1 a week.",
    },
    "pacific-ledger": {
        "name": "The Pacific Ledger",
        "template": "jsonld",
        "lang": "en-US",
        "title_sep": " | ",
        "nav": ["U.S.", "World", "Business", "Technology", "Opinion", "Weather"],
        "cookie": "We and our partners use cookies to deliver a better experience and measure "
                  "performance.",
        "footer": "Copyright 2017 Pacific Ledger Company. All rights reserved.",
        "share": ["Facebook", "Twitter", "Email", "Save"],
        "promo": "Subscribe for unlimited access to The Pacific Ledger's reporting.",
    },
}
