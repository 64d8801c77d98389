"""Current figures of every held-out gold, as the two markdown tables of README.md's "Held-out
golds".

Run from the repository root:

    .venv/bin/python tests/gold/figures.py              # both tables
    .venv/bin/python tests/gold/figures.py --quotes     # the quote sets only
    .venv/bin/python tests/gold/figures.py --entities   # the entity sets only

It finds the gold folders (``tests/gold/quotes-heldout``, ``quotes-heldout-<x>``,
``entities-heldout``, ``entities-heldout-<x>``; the folder without a suffix is set A), runs the
real CLI on each (``newsreact evaluate quotes --gold DIR`` / ``newsreact evaluate entities --gold
DIR``, as ``python -m pipeline``), reads the figures it prints and prints the tables, with a
totals row each. The column "blind" is the set's blind first run as its own README states it
under its last heading (speakers right for a quote set, F1 for an entity set); where that text
cannot be read, it says "see README". Paste the output into README.md unchanged.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold"
SEE_README = "see README"


@dataclass(frozen=True)
class GoldSet:
    letter: str
    folder: Path

    @property
    def rel(self) -> str:
        return self.folder.relative_to(REPO).as_posix()


def find_sets(prefix: str) -> list[GoldSet]:
    """The held-out folders ``<prefix>`` (set A) and ``<prefix>-<letters>``, in the order A, B, …,
    Z, AA, AB, …"""
    sets = []
    for folder in GOLD.iterdir():
        if not folder.is_dir():
            continue
        if folder.name == prefix:
            letter = "A"
        else:
            m = re.fullmatch(re.escape(prefix) + r"-([a-z]+)", folder.name)
            if not m:
                continue
            letter = m.group(1).upper()
        sets.append(GoldSet(letter, folder))
    return sorted(sets, key=lambda s: (len(s.letter), s.letter))


def run_cli(*args: str) -> str:
    """The CLI's printed output; stops the script if the command fails."""
    result = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=REPO,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"`newsreact {' '.join(args)}` failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def grab(pattern: str, text: str, what: str) -> re.Match:
    m = re.search(pattern, text)
    if not m:
        sys.exit(f"could not read {what} in:\n{text[:2000]}")
    return m


# --- the blind first run, from the set's own README ------------------------------------------

def last_section(folder: Path) -> str:
    """The text under the last heading of the set's README (its figures), whitespace folded."""
    readme = folder / "README.md"
    if not readme.is_file():
        return ""
    lines = readme.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("#")]
    return "\n".join(lines[starts[-1]:]) if starts else ""


def table_cell(section: str, column: re.Pattern) -> str | None:
    """The cell of the first table row whose first cell says "blind", in the first column whose
    header matches ``column``."""
    header = None
    for line in section.splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue
        if "blind" in cells[0].lower():
            for i, name in enumerate(header):
                if column.search(name) and i < len(cells):
                    return cells[i].replace("*", "").strip()
            return None
    return None


def blind_figure(folder: Path, column: str, cell: str, prose: str) -> str:
    """The set's blind first-run figure: the cell of its README's "blind" row in the column named
    ``column``, read with ``cell``, or else the first ``prose`` match after "Blind first run";
    the groups joined by "/" ("120/147", "0.826"), or ``SEE_README``."""
    section = last_section(folder)
    found = table_cell(section, re.compile(column, re.I))
    if found:
        m = re.fullmatch(cell, found)
    else:
        flat = " ".join(section.split())
        start = flat.find("Blind first run")
        m = re.search(prose, flat[start:]) if start >= 0 else None
    return "/".join(m.groups()) if m else SEE_README


def blind_speakers(folder: Path) -> str:
    return blind_figure(folder, r"^speakers\b", r"(\d+)\s*/\s*(\d+)(?:\s*\(\d\.\d+\))?",
                        r"speakers (?:right )?(\d+) of (\d+)")


def blind_f1(folder: Path) -> str:
    return blind_figure(folder, r"^F1$", r"(\d\.\d{3})", r"F1 (\d\.\d{3})")


# --- the tables ---------------------------------------------------------------------------------

def ratio(right: int, total: int) -> str:
    return f"{right:,}/{total:,} ({right / total:.3f})" if total else f"{right:,}/{total:,}"


def quote_table() -> list[str]:
    sets = find_sets("quotes-heldout")
    rows = []
    tot = [0] * 12
    blind_right = blind_checked = 0
    blind_all = True
    for s in sets:
        print(f"quotes {s.letter} …", file=sys.stderr, flush=True)
        out = run_cli("evaluate", "quotes", "--gold", s.rel)
        d = grab(r"direct quotes P [\d.]+ R [\d.]+ F1 [\d.]+ \((\d+)/(\d+) found, (\d+) predicted\)", out,
                 f"{s.rel}: direct quotes")
        i = grab(r"indirect quotes found (\d+)/(\d+)", out, f"{s.rel}: indirect quotes")
        sp = grab(r"speakers right (\d+)/(\d+) \(entity and kind\), speaker_text right (\d+)/(\d+)", out,
                  f"{s.rel}: speakers")
        r = grab(r"quoted public reactions found (\d+)/(\d+), (\d+) made, (\d+) of them no gold reaction", out,
                 f"{s.rel}: public reactions")
        n = [int(x) for x in (*d.groups(), *i.groups(), *sp.groups()[:3], *r.groups())]
        # n: direct found, gold, predicted; indirect found, gold; speakers right, checked;
        # speaker_text right; reactions found, gold, made, wrong
        tot = [a + b for a, b in zip(tot, n)]
        blind = blind_speakers(s.folder)
        m = re.fullmatch(r"(\d+)/(\d+)", blind)
        if m:
            blind_right += int(m.group(1))
            blind_checked += int(m.group(2))
        else:
            blind_all = False
        rows.append(f"| {s.letter} | {n[0]}/{n[1]} ({n[2]}) | {n[3]}/{n[4]} | {n[5]}/{n[6]} | {n[7]}/{n[6]} "
                    f"| {n[8]}/{n[9]} ({n[10]}, {n[11]}) | {blind} |")
    blind_total = ratio(blind_right, blind_checked) if blind_all else ""
    rows.append(f"| all | {tot[0]:,}/{tot[1]:,} ({tot[2]:,}) | {tot[3]:,}/{tot[4]:,} | {ratio(tot[5], tot[6])} "
                f"| {ratio(tot[7], tot[6])} | {tot[8]:,}/{tot[9]:,} ({tot[10]:,}, {tot[11]:,}) | {blind_total} |")
    first, last = sets[0], sets[-1]
    return [
        *caption(
            f"Quote sets {first.letter}–{last.letter}: `newsreact evaluate quotes --gold {first.rel}` for "
            f"set {first.letter} and so on to `newsreact evaluate quotes --gold {last.rel}` for set "
            f"{last.letter}. Public reactions: found/gold (made, made but no gold reaction). Blind: "
            "speakers right/checked in the set's blind first run, as its README gives it. The row "
            "\"all\" sums the sets."),
        "",
        "| set | direct found/gold (predicted) | indirect found/gold | speakers right/checked "
        "| speaker_text right/checked | public reactions found/gold (made, wrong) | blind |",
        "|---|---|---|---|---|---|---|",
        *rows,
    ]


def entity_table() -> list[str]:
    sets = find_sets("entities-heldout")
    rows = []
    tp = gold = predicted = 0
    for s in sets:
        print(f"entities {s.letter} …", file=sys.stderr, flush=True)
        out = run_cli("evaluate", "entities", "--gold", s.rel)
        m = grab(r"Entities: precision ([\d.]+), recall ([\d.]+), F1 ([\d.]+) "
                 r"\((\d+) of (\d+) gold mentions; (\d+) predicted\)", out, f"{s.rel}: entities")
        p, r, f = m.group(1), m.group(2), m.group(3)
        tp += int(m.group(4))
        gold += int(m.group(5))
        predicted += int(m.group(6))
        rows.append(f"| {s.letter} | {int(m.group(5))} | {p} | {r} | {f} | {blind_f1(s.folder)} |")
    p_all = tp / predicted if predicted else 0.0
    r_all = tp / gold if gold else 0.0
    f_all = 2 * p_all * r_all / (p_all + r_all) if p_all + r_all else 0.0
    rows.append(f"| all | {gold:,} | {p_all:.3f} | {r_all:.3f} | {f_all:.3f} | |")
    first, last = sets[0], sets[-1]
    return [
        *caption(
            f"Entity sets {first.letter}–{last.letter}: `newsreact evaluate entities --gold {first.rel}` "
            f"for set {first.letter} and so on to `newsreact evaluate entities --gold {last.rel}` for set "
            f"{last.letter}. Mention-to-entity precision, recall and F1; the row \"all\" pools the "
            "mentions of every set. Blind: F1 of the set's blind first run, as its README gives it."),
        "",
        "| set | gold mentions | P | R | F1 | blind |",
        "|---|---|---|---|---|---|",
        *rows,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", action="store_true", help="only the quote sets")
    parser.add_argument("--entities", action="store_true", help="only the entity sets")
    args = parser.parse_args()
    both = not (args.quotes or args.entities)
    blocks = []
    if both or args.quotes:
        blocks.append(quote_table())
    if both or args.entities:
        blocks.append(entity_table())
    print("\n\n".join("\n".join(block) for block in blocks))


def caption(text: str) -> list[str]:
    """A paragraph wrapped as README.md's prose is, never inside a `code span`."""
    glued = re.sub(r"`[^`]*`", lambda m: m.group(0).replace(" ", "\0"), text)
    lines = textwrap.wrap(glued, 100, break_long_words=False, break_on_hyphens=False)
    return [line.replace("\0", " ") for line in lines]


if __name__ == "__main__":
    main()
