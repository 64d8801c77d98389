"""The cheaper paths through parse_page give what the longer ones give."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.extract import body as body_module
from pipeline.extract import text
from pipeline.extract.body import body_to_text, count_words
from pipeline.extract.embeds import take_embeds


def walked(body: etree._Element) -> str:
    """body_to_text with every block read by walking it (the path for line breaks and comments)."""
    blocks: list[str] = []
    body_module._collect_blocks(body, blocks, plain=False)
    return "\n\n".join(block for block in blocks if block)


BODIES = [
    "<body><p>One  two\n three</p><p>four <hi>five</hi> six<ref>seven</ref> eight</p></body>",
    "<body><list><item>a <hi>b</hi></item><item>c</item></list>tail words<quote>said \n she</quote></body>",
    "<body><table><row><cell>x</cell><cell><hi>y</hi> z</cell></row></table><head>Heading</head></body>",
    "<body><div>lead<p>inner</p>after</div><p>  </p><p>\u2003spaced\u00a0out\u2028line</p></body>",
]


@pytest.mark.parametrize("xml", BODIES)
def test_plain_blocks_read_as_the_walk_reads_them(xml):
    body = etree.fromstring(xml)
    assert not body_module._SPECIAL_NODES(body)
    assert body_to_text(body) == walked(body)


def test_line_breaks_and_comments_take_the_walk():
    body = etree.fromstring("<body><p>first<lb/>second</p><p>a<!-- kept as written -->b</p></body>")
    assert body_module._SPECIAL_NODES(body)
    assert body_to_text(body) == "first\nsecond\n\na kept as written b"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["p", "hi", "item", "cell", "quote"]),
                          st.text(alphabet=" \n\tabcé’“”\u00a0\u3000", max_size=12)), max_size=8))
def test_plain_and_walked_agree_on_generated_bodies(parts):
    body = etree.Element("body")
    for tag, words in parts:
        parent = body if tag in ("p", "quote") or not len(body) else body[-1]
        element = etree.SubElement(parent, tag)
        element.text, element.tail = words, words[::-1]
    assert body_to_text(body) == walked(body)


@pytest.mark.parametrize("sample", ["", "plain words here", "“curly” quotes — and dashes", "日本語の記事です とても長い",
                                    "한국어 기사 text", "mixed 中文 words", "\u303f below the first CJK block"])
def test_count_words_follows_the_counting_rule(sample):
    cjk = len(body_module._CJK.findall(sample))
    expected = len(sample.split()) if not cjk else len(body_module._CJK.sub(" ", sample).split()) + cjk // 2
    assert count_words(sample) == expected


def test_embed_classes_split_on_xml_whitespace_only():
    html = ("<html><body><blockquote class='x\ttwitter-tweet'><p>tab separated</p></blockquote>"
            "<blockquote class='x\u00a0twitter-tweet'><p>no-break space: one class</p></blockquote>"
            "<iframe class='bluesky-embed' src='https://bsky.app/x'></iframe>"
            "<blockquote class=' mastodon-embed '><p>spaced</p></blockquote></body></html>")
    tree = lxml.html.document_fromstring(html)
    assert [post.text for post in take_embeds(tree, "https://news.example/a")] == ["tab separated", "spaced"]


def test_long_article_is_not_searched_for_paywall_evidence(monkeypatch):
    import base64

    from pipeline.records import RawPage

    looked = []
    monkeypatch.setattr(text, "_paywall_evidence", lambda *args, **kwargs: looked.append(kwargs) or "strong")
    story = "<p>" + " ".join(["The harbour wall was repaired after the storm."] * 40) + "</p>"

    def run(body: str) -> object:
        page = RawPage(url="https://news.example/a", requested_url="https://news.example/a", status=200,
                       headers={"content-type": "text/html"}, body_b64=base64.b64encode(body.encode()).decode(),
                       fetched_at="2024-01-01T00:00:00+00:00", source="article")
        return text.parse_page(page, {"extract": {"min_words": 30, "paywall_max_words": 150}})

    assert not isinstance(run(f"<html><body><article>{story}</article></body></html>"), text.Failure)
    assert looked == []  # 320 words: more than paywall_max_words, no evidence can change the outcome
    short = run("<html><body><article><p>" + " ".join(["Harbour wall repaired."] * 20) + "</p></article></body></html>")
    assert short.status == "paywall" and looked == [{"weak": False}]  # 60 words: only strong evidence counts


@pytest.mark.parametrize("attributes", ["class='Teaser'", "id='story-teaser-2'", "class='teasers box'", "class='tease'",
                                        "data-x='teaser'", "class='EASER'", "", "id='x' class='y'"])
def test_teaser_test_agrees_with_the_element_xpath(attributes):
    tree = lxml.html.document_fromstring(f"<html><body><div {attributes}><p>Read next</p></div><p>x</p></body></html>")
    by_element = etree.XPath("//*[contains(@class, 'easer') or contains(@id, 'easer')]")
    assert body_module._TEASER_MARKED(tree) == bool(by_element(tree))
