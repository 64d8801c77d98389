"""The reactions-over-time chart: bars per hour (or day) stacked by tone label, PNG, byte-identical for equal data.

Reads rows of (period, count, joke, relief, criticism, other, ...) from the report stage; writes
reactions_over_time.png. Uses matplotlib's Agg backend (no display) and strips the PNG
metadata that would change between runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402  (after choosing the backend)
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from pipeline.io import atomic_path  # noqa: E402
from pipeline.records import LABELS  # noqa: E402

COLOURS = {"joke": "#e69f00", "relief": "#009e73", "criticism": "#d55e00", "other": "#7f7f7f"}


def plot_reactions_over_time(rows: Sequence[Sequence[Any]], path: Path, grain: str = "hour") -> None:
    """Draw reactions per ``grain`` by label; an empty chart says there is nothing to show.

    ``rows`` are (period, count, joke, relief, criticism, other, ...), as in
    reactions_over_time.csv.
    """
    with plt.rc_context({"svg.hashsalt": "newsreact", "font.family": "DejaVu Sans"}):
        fig, ax = plt.subplots(figsize=(8, 4), dpi=100)
        try:
            periods: list[dt.datetime] = [row[0] for row in rows]
            if periods:
                width = 1 / 24 if grain == "hour" else 1.0  # in days, matplotlib's date unit
                bottom = [0] * len(rows)
                for i, label in enumerate(LABELS, start=2):
                    heights = [row[i] or 0 for row in rows]
                    ax.bar(periods, heights, width=width * 0.9, bottom=bottom, align="edge",
                           label=label, color=COLOURS[label])
                    bottom = [b + h for b, h in zip(bottom, heights)]
                locator = AutoDateLocator()
                ax.xaxis.set_major_locator(locator)
                ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
                ax.legend(loc="upper right", frameon=False)
            else:
                ax.text(0.5, 0.5, "no reactions with a time yet", ha="center", va="center", transform=ax.transAxes)
            ax.set_title(f"Reactions per {grain} by tone (UTC)")
            ax.set_ylabel("reactions")
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.grid(True, alpha=0.3)
            fig.tight_layout()
            with atomic_path(path) as tmp:
                fig.savefig(tmp, format="png", metadata={"Software": None})
        finally:
            plt.close(fig)
