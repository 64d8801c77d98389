"""Finding direct quotations in article text by their marks, in one linear pass per paragraph.

Reads a text; returns ``QuoteSpan``s: the character ranges of the quoted words (marks excluded).
No spaCy here: cues and speakers are ``speakers.py``'s job. Rules (README.md, "Quotes"):

- Marks: straight "…", curly “…”, British ‘…’, „German“ (or „…”), «French» and ‹…›. An
  opening mark is followed by a non-space, or by a space and an ellipsis ("“ … if the tide
  rises”"). Only the outermost quote is returned; nested quotes stay inside its text. A straight " may close a curly “ and a curly ” a straight " (mixed marks).
  '' (two straight apostrophes) is read as a straight ". A straight '…' pair is read as ‘…’
  only in a headline (a short line with no other mark and no closing full stop).
- ’ is both the closing single mark and the apostrophe. Between letters ("didn’t") it is an
  apostrophe. After an "s" and before a lower-case word that is not a cue ("the players’
  union"), or before a nested double quote ("the players’ “pay rise”"), or before a comma and
  "not" ("the bosses’, not the crew’s"), it is a possessive when a later ’ in the paragraph can
  close the quote instead; before a comma and the closing ’ ("the stewards’,’") it always is.
  Otherwise a ’ after a non-space character closes the open ‘ quote.
- A quote left open at the end of a paragraph continues when the next paragraph opens with a
  mark of the same family (the British/American convention for multi-paragraph quotes).
  Otherwise it is unbalanced: kept up to the paragraph end when it opened the paragraph or
  followed a colon, else dropped. Unbalanced marks never raise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

# opening mark -> the marks that close it
OPENERS: dict[str, str] = {
    "\u201c": "\u201d\"",  # “ ” (or a straight " typed for the closing mark)
    "\u201e": "\u201c\u201d",  # „ “ (or ”)
    "\u00ab": "\u00bb",  # « »
    "\u2039": "\u203a",  # ‹ ›
    "\u2018": "\u2019",  # ‘ ’
    "\u201a": "\u2018\u2019",  # ‚ ‘
    '"': '"\u201d',  # (or a curly ” for the closing mark)
}
SINGLE = frozenset("\u2018\u201a")
QUOTE_MARKS = frozenset("\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a\"")
# format characters typed or pasted before a mark (direction marks, zero-width space, BOM): no text
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
# marks that only ever open, so may follow a comma directly ("said,“Well …”"); a straight " there closes
_OPEN_ONLY = frozenset("\u201c\u2018\u201e\u00ab")
_OPEN_BEFORE = frozenset("([{\u2014\u2013-/:;\u201c\u2018\u201e\u00ab\"")
_SINGLE_MARKS = frozenset("\u2018\u2019\u201a'")
_EDGE_STRIP = " \t\r\n,\u00a0\u202f"
# words after "s’ " that show the ’ closed a quote rather than marking a plural possessive
_CUE_STARTERS = frozenset(
    "he she they i we it one another someone he’s she’s said says say told tells tweeted wrote "  # noqa: SIM905 (a word list reads best as words)
    "writes added joked quipped replied posted according and but or so as while when".split()
)
_NON_OPENING_SINGLE = ("\u201890s", "\u2018em", "\u2018til", "\u2018cause", "\u2018n\u2019")


@dataclass
class QuoteSpan:
    """One direct quote: its parts (character ranges of the quoted words) and its marks."""

    parts: list[tuple[int, int]]
    open_char: int  # offset of the first opening mark
    close_char: int | None  # offset of the last closing mark; None when unclosed
    paragraph_start: bool = False  # the opening mark starts its paragraph
    paragraph_end: bool = False  # the closing mark ends its paragraph (a whole-paragraph quote)
    unclosed: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text_of(self, text: str) -> str:
        return join_parts(text, self.parts)


def join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    """The quoted words of a quote in parts. Parts split only by marks and a paragraph break join
    with a newline (a space within a paragraph); parts split by other words (a cue: "‘A,’ he
    said. ‘B.’") join with " … " to show the omission."""
    out = text[parts[0][0] : parts[0][1]]
    for (_, prev_end), (start, end) in pairwise(parts):
        gap = text[prev_end:start]
        if all(not c.isalnum() for c in gap):
            out += "\n" if "\n" in gap else " "
        else:
            out += " \u2026 "
        out += text[start:end]
    return out


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text``."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            yield pos, end
        pos = end + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_STRIP:
        start += 1
    while end > start and text[end - 1] in _EDGE_STRIP:
        end -= 1
    return start, end


def _is_opener(text: str, i: int, pstart: int, pend: int) -> bool:
    mark = text[i]
    if mark not in OPENERS:
        return False
    nxt = text[i + 1] if i + 1 < pend else ""
    if not nxt or (nxt.isspace() and not _ellipsis_after(text, i) and not _french_spacing(text, i, pend)):
        return False
    prev = text[i - 1] if i > pstart else ""
    if prev and not (prev.isspace() or prev in _OPEN_BEFORE or prev in _INVISIBLE or (prev == "," and mark in _OPEN_ONLY)):
        return False
    return not (mark == "\u2018" and _an_elision(text, i, _NON_OPENING_SINGLE))


FRENCH_SPACES = " \u00a0\u202f"  # French typography spaces « and » off the words, often with a (narrow) no-break space


def _french_spacing(text: str, i: int, pend: int) -> bool:
    """A « or ‹ followed by one space and then a word ("« C’est une honte »")."""
    return text[i] in "\u00ab\u2039" and text[i + 1] in FRENCH_SPACES and i + 2 < pend and not text[i + 2].isspace()


MISTYPED_OPENER_CLOSERS = "\u201d\""  # what closes a ” that opens a quote (``_opens_by_mistake``)


def _opens_by_mistake(text: str, i: int, first: int, pend: int) -> bool:
    """A closing ” typed for the opening mark at the start of a paragraph ("”Words …” ― Name"),
    also the Nordic style: it opens when a later ” in the paragraph can close it."""
    return (
        i == first
        and text[i] == "\u201d"
        and i + 1 < pend
        and (text[i + 1].isalnum() or _ellipsis_after(text, i))
        and text.find("\u201d", i + 1, pend) != -1
    )


def _ellipsis_after(text: str, i: int) -> bool:
    """A mark followed by a space and an ellipsis ("“ … and then the lights went out”"): quoted
    words picked up mid-sentence, so the mark opens although a space follows it."""
    return text.startswith((" \u2026", " ..."), i + 1)


def _nests(text: str, i: int, closers: str, pend: int) -> bool:
    """Whether a second double opener at ``i`` opens a quote inside the open one ("“… what he
    calls “hell” than …”": a nested quote typed with the outer marks): the rest of the paragraph
    holds a closer for each, and no other opener of that kind comes before the second closer."""
    found = 0
    for j in range(i + 1, pend):
        if text[j] == text[i]:
            return False
        if text[j] in closers and text[j] != text[i] and text[j - 1] != " ":
            found += 1
            if found == 2:
                return True
    return False


def _next_word(text: str, i: int, pend: int) -> str:
    j = i
    while j < pend and text[j] == " ":
        j += 1
    k = j
    while k < pend and (text[k].isalpha() or text[k] in "’'"):
        k += 1
    return text[j:k]


def _closes(text: str, i: int, closers: str, pstart: int, pend: int) -> bool:
    """Whether the mark at ``i`` closes a quote that ``closers`` would close."""
    mark = text[i]
    if mark not in closers:
        return False
    prev = text[i - 1] if i > pstart else ""
    nxt = text[i + 1] if i + 1 < pend else ""
    if mark == "\u2019":
        if not prev or prev.isspace():
            return False
        if nxt.isalnum():
            return False  # an apostrophe inside a word: didn’t, I’m, Duysak’s
        if prev in "sS" and nxt == " ":
            word = _next_word(text, i + 1, pend)
            if (word and word[0].islower() and word.casefold() not in _CUE_STARTERS) or _double_opener_after(text, i + 1, pend):
                return not _later_closer(text, i + 1, pend)  # a plural possessive if a later ’ can close
        if prev in "sS" and nxt == ",":
            if text[i + 2 : i + 3] == "\u2019":
                return False  # "not the stewards’,’ he said": the plural possessive, then the closing mark
            if _next_word(text, i + 2, pend) == "not":
                return not _later_closer(text, i + 2, pend)  # "it’s the bosses’, not the crew’s,’": a possessive
        return True
    if mark == '"':
        return bool(prev) and not prev.isspace() or not nxt or nxt.isspace() or not nxt.isalnum()
    return True


def _double_opener_after(text: str, i: int, pend: int) -> bool:
    """Whether spaces and then a double opening mark follow ``i`` ("‘The players’ “pay rise” is a
    fiction,’": a plural possessive before a nested quote, not the ‘ quote's end)."""
    j = i
    while j < pend and text[j] == " ":
        j += 1
    return j < pend and text[j] in OPENERS and text[j] not in SINGLE


def _closes_by_mistake(text: str, i: int, open_mark: str, pend: int) -> bool:
    """An opening “ typed where ” was meant: after a word, before a space or punctuation."""
    if open_mark != "\u201c" or text[i] != "\u201c" or i == 0:
        return False
    nxt = text[i + 1] if i + 1 < pend else ""
    return not text[i - 1].isspace() and (not nxt or not nxt.isalnum())


def _later_closer(text: str, i: int, pend: int) -> bool:
    j = text.find("\u2019", i, pend)
    while j != -1:
        prev = text[j - 1] if j > 0 else ""
        nxt = text[j + 1] if j + 1 < pend else ""
        if prev and not prev.isspace() and not nxt.isalnum():
            return True
        j = text.find("\u2019", j + 1, pend)
    return False


@dataclass
class _Open:
    mark: str
    pos: int
    closers: str


def _doubled_apostrophes_as_marks(text: str) -> str:
    """``text`` with each '' (two straight apostrophes typed for a double quotation mark) as a
    straight " plus a space, on the side away from the quoted words; same length, same offsets."""
    if "''" not in text:
        return text
    chars = list(text)
    i = text.find("''")
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        if before.isspace() or before in _OPEN_BEFORE:
            chars[i], chars[i + 1] = " ", '"'  # opening: ''Words
        else:
            chars[i], chars[i + 1] = '"', " "  # closing: words,''
        i = text.find("''", i + 2)
    return "".join(chars)


HEADLINE_MAX_WORDS = 30  # a line this short with no other quotation mark may quote in straight singles
_NON_OPENING_STRAIGHT = ("'em", "'til", "'cause", "'n'", "'tis", "'twas", "'bout")


def _straight_singles_as_marks(text: str) -> str:
    """``text`` with a straight '…' pair read as ‘…’ in a short line that has no other quotation
    mark (a headline: "Mayor calls closure 'a betrayal'", "'We were never told', say residents");
    same length, same offsets. The ' opens after a space, a bracket, a dash or a colon, or at the
    line's start, before a letter or digit (not '90s, 'em, 'n'); it closes after a non-space,
    before no letter or digit (not didn't, Reyes's), and not after an s before a lower-case word
    when a later ' can close ("'The Smiths' van was fine'"). Only a closed pair counts. A line
    ending in sentence punctuation is a sentence, not a headline, unless that punctuation is the
    quote's own ("Lopez: 'We will rebuild.'"); a whole line in such marks is still left alone."""
    if "'" not in text:
        return text
    chars: list[str] | None = None
    for pstart, pend in paragraphs(text):
        line = text[pstart:pend]
        if "'" not in line or len(line.split()) > HEADLINE_MAX_WORDS or any(c in QUOTE_MARKS for c in line):
            continue
        last = len(line.rstrip()) - 1
        quoted_end = line[last] == "'" and line[last - 1 : last] in {".", "!", "?"}  # "Lopez: 'We will rebuild.'"
        if line.rstrip(" '").endswith((".", "!", "?", ":", "\u2026")) and not quoted_end:
            continue  # a sentence rather than a headline: its ' may be anything
        i = line.find("'")
        while i != -1:
            close = _straight_closer(line, i) if _straight_opener(line, i) else -1
            if close == -1 or (quoted_end and close == last and not line[:i].strip()):
                i = line.find("'", i + 1)  # a whole line in marks ending a sentence: a pull quote or a sentence, not a headline's quote
                continue
            chars = chars if chars is not None else list(text)
            chars[pstart + i], chars[pstart + close] = "\u2018", "\u2019"
            i = line.find("'", close + 1)
    return text if chars is None else "".join(chars)


def _straight_opener(line: str, i: int) -> bool:
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if not (prev.isspace() or prev in "([{\u2014\u2013-:") or not nxt.isalnum():
        return False
    return not _an_elision(line, i, _NON_OPENING_STRAIGHT) and not (line[i + 1 : i + 3].isdigit() and line[i + 3 : i + 4] in {"s", ""})


def _an_elision(text: str, i: int, elisions: tuple[str, ...]) -> bool:
    """Whether the mark at ``i`` opens a word it shortens (``elisions``: "'em", "‘til", "‘cause"),
    as a whole word: not the quote of "admits ‘embarrassing’ error" or "the ‘tilted towers’"."""
    low = text[i : i + 8].lower()
    return any(low.startswith(e) and not low[len(e) : len(e) + 1].isalpha() for e in elisions)


def _straight_closer(line: str, opener: int) -> int:
    """The ' that closes a straight single quote opened at ``opener``, or -1."""
    j = line.find("'", opener + 2)
    while j != -1:
        nxt = line[j + 1] if j + 1 < len(line) else ""
        if not line[j - 1].isspace() and not nxt.isalnum():
            word = _next_word(line, j + 1, len(line)) if nxt == " " else ""
            possessive = line[j - 1] in "sS" and word[:1].islower() and word.casefold() not in _CUE_STARTERS
            if not (possessive and _straight_closer(line, j - 1) != -1):
                return j
        j = line.find("'", j + 1)
    return -1


DOUBLE_MARKS = QUOTE_MARKS - SINGLE - {"\u2019"}  # every mark but the single curly ones
MIN_STRAIGHT_OPENERS = 2  # quotes in straight singles throughout: at least this many openers
MAX_NESTED_DOUBLES = 4  # straight doubles such a document may hold, cited inside its single quotes


def _straight_singles_throughout(text: str) -> str:
    """``text`` with every straight ' read as a curly one, when the document quotes in straight
    single marks throughout (a house style of some outlets and of plain-text feeds: no double
    mark and no curly ‘ anywhere, and at least two ' that open a quote): an opening ' (after a
    space, a bracket, a dash or a colon, or at a line's start, before a letter or digit; not
    'em, '90s) becomes ‘ and every other ' becomes ’, so that the British-style reading of
    ’ as a closing mark or an apostrophe applies. Same length, same offsets. A few straight
    doubles, a title or nickname cited inside the single quotes ('I'll grant the "Morning Gull"
    is the better boat'), do not change the house style: at most ``MAX_NESTED_DOUBLES`` of them
    and at least twice as many openers."""
    if "'" not in text or "\u2018" in text or any(mark in text for mark in DOUBLE_MARKS - {'"'}):
        return text
    doubles = text.count('"')
    if doubles > MAX_NESTED_DOUBLES or doubles % 2:
        return text
    chars = list(text)
    openers = 0
    for pstart, pend in paragraphs(text):
        line = text[pstart:pend]
        i = line.find("'")
        while i != -1:
            if _straight_opener(line, i):
                chars[pstart + i] = "\u2018"
                openers += 1
            else:
                chars[pstart + i] = "\u2019"
            i = line.find("'", i + 1)
    return "".join(chars) if openers >= max(MIN_STRAIGHT_OPENERS, 2 * doubles) else text


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost direct quote in ``text``, in order. Never raises on unbalanced marks."""
    text = _straight_singles_as_marks(_straight_singles_throughout(_doubled_apostrophes_as_marks(text)))
    found: list[QuoteSpan] = []
    pending: QuoteSpan | None = None  # a quote left open at the previous paragraph's end
    pending_mark = ""
    for pstart, pend in paragraphs(text):
        stack: list[_Open] = []
        current: QuoteSpan | None = None
        first = pstart
        while first < pend and (text[first].isspace() or text[first] in _INVISIBLE):
            first += 1
        if pending is not None:
            if first < pend and text[first] in OPENERS and (text[first] in SINGLE) == (pending_mark in SINGLE):
                current = pending
                stack.append(_Open(text[first], first, OPENERS[text[first]]))
                current.notes.append("continued")
                part_start = first + 1
            else:
                _finish_unclosed(pending, found)
            pending = None
        i = first + 1 if current is not None else first  # a reopening mark is already consumed
        while i < pend:
            ch = text[i]
            if ch in QUOTE_MARKS:
                if len(stack) > 1 and stack[-1].mark in SINGLE and ch not in _SINGLE_MARKS and _closes(
                    text, i, stack[0].closers, pstart, pend
                ):
                    del stack[1:]  # an inner ‘ left open: the outer quote's closing mark ends both
                if stack and (
                    _closes(text, i, stack[-1].closers, pstart, pend) or _closes_by_mistake(text, i, stack[-1].mark, pend)
                ):
                    stack.pop()
                    if not stack:
                        assert current is not None
                        current.parts.append(_trim(text, part_start, i))
                        current.close_char = i
                        rest = text[i + 1 : pend].strip()
                        current.paragraph_end = not rest or all(c in ".,;:!?)\u2026" for c in rest)
                        found.append(current)
                        current = None
                elif _is_opener(text, i, pstart, pend) or (not stack and _opens_by_mistake(text, i, first, pend)):
                    if len(stack) == 1 and _same_kind(ch, stack[0].mark) and not _nests(text, i, stack[0].closers, pend):
                        # a second opener of the same kind before any closer: the first was left open
                        stack.clear()
                        current = None
                    if not stack:
                        current = QuoteSpan(parts=[], open_char=i, close_char=None, paragraph_start=(i == first))
                        if text[pstart:i].rstrip().endswith(":"):
                            current.notes.append("after_colon")
                        part_start = i + 1
                    stack.append(_Open(ch, i, OPENERS.get(ch, MISTYPED_OPENER_CLOSERS)))
            i += 1
        if stack and current is not None:
            current.parts.append(_trim(text, part_start, pend))
            pending, pending_mark = current, stack[0].mark
    if pending is not None:
        _finish_unclosed(pending, found)
    found = [q for q in found if q.parts and all(s < e for s, e in q.parts)]
    found.sort(key=lambda q: q.open_char)
    return found


def _same_kind(mark: str, open_mark: str) -> bool:
    """Whether ``mark`` opening inside a quote opened by ``open_mark`` means that one never closed."""
    if open_mark == '"' or mark == '"':
        return mark == open_mark
    return (mark in SINGLE) == (open_mark in SINGLE) and mark not in OPENERS.get(open_mark, MISTYPED_OPENER_CLOSERS)


def _finish_unclosed(quote: QuoteSpan, found: list[QuoteSpan]) -> None:
    """Keep an unclosed quote only when its opening is unambiguous (paragraph start, after a colon)."""
    quote.unclosed = True
    if quote.paragraph_start or "continued" in quote.notes or "after_colon" in quote.notes:
        found.append(quote)
