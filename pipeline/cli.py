"""The ``newsreact`` command: thin click commands over the stage functions.

Every stage is also a library call (``pipeline.runner``); this module only parses options,
turns library errors into one-line messages (exit 1; a traceback only with ``-v``) and prints
each stage's summary line. Usage errors exit 2 (click's own convention).

Heavy libraries (Scrapy, spaCy, scikit-learn, DuckDB) are imported inside the commands, so
``newsreact --help`` works with no network and no model.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline import __version__
from pipeline.cli_evaluate import evaluate
from pipeline.errors import PipelineError

if TYPE_CHECKING:
    from pipeline.runner import Paths


class Context:
    """What every command needs: params, where data lives, verbosity."""

    def __init__(self, params_file: Path | None, data_dir: Path, verbose: bool):
        self.params_file = params_file
        self.data_dir = data_dir
        self.verbose = verbose
        self._params: dict[str, Any] | None = None

    @property
    def params(self) -> dict[str, Any]:
        if self._params is None:
            from pipeline.config import load_params

            self._params = load_params(self.params_file)
        return self._params

    @property
    def paths(self) -> Paths:
        from pipeline.runner import Paths

        return Paths.under(self.data_dir)


class NewsreactGroup(click.Group):
    """Turns PipelineError into ``error: <message>`` and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PipelineError as exc:
            verbose = bool(ctx.params.get("verbose"))
            if verbose:
                logging.getLogger("newsreact").exception("pipeline error")
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted: nothing half-written was kept (an interrupted crawl resumes when run "
                       "again with the same sources)", err=True)
            sys.exit(130)


@click.group(cls=NewsreactGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--params", "params_file", type=click.Path(path_type=Path), default=None,
              help="Params file (default: ./params.yaml if present, else the shipped defaults).")
@click.option("--data-dir", type=click.Path(path_type=Path), default=Path("data"), show_default=True,
              help="Where raw/, interim/, processed/, reports/ and newsreact.duckdb go.")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging and full tracebacks.")
@click.version_option(__version__, prog_name="newsreact")
@click.pass_context
def cli(ctx: click.Context, params_file: Path | None, data_dir: Path, verbose: bool) -> None:
    """newsreact: how a news story was covered and how the public reacted.

    Crawl articles and social reactions, extract entities and quotes with their speakers,
    classify reaction tone (joke, relief, criticism, other), store it all in DuckDB.

    \b
    Example, the bundled demo story end to end:
      newsreact run
      newsreact query "select label, count(*) from reactions group by 1"
    """
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s" if verbose else "%(message)s",
        stream=sys.stderr,
    )
    for noisy in ("scrapy", "twisted", "filelock", "urllib3", "matplotlib", "trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    ctx.obj = Context(params_file, data_dir, verbose)


def _sources_options(func: Any) -> Any:
    func = click.option("--allow-local", is_flag=True,
                        help="Allow loopback/private addresses (the demo and tests need this).")(func)
    func = click.option("--url", "urls", multiple=True, metavar="URL",
                        help="An article URL (http, https or file); repeat for more.")(func)
    func = click.option("--sources", "sources_file", type=click.Path(path_type=Path), default=None,
                        help="A sources YAML file (articles, feeds, sitemaps, reactions).")(func)
    return func


def _log_outputs(result: Any) -> None:
    """Each stage logs its own one-line summary (stderr); nothing more to print here."""
    log = logging.getLogger("newsreact")
    log.debug("%s outputs: %s", result.stage, ", ".join(result.outputs) or "-")


@cli.command()
@_sources_options
@click.pass_obj
def run(obj: Context, sources_file: Path | None, urls: tuple[str, ...], allow_local: bool) -> None:
    """Run every stage in order: crawl, extract, (train), classify, store, report.

    With no --sources and no --url, crawls params ``crawl.sources`` (default ``demo``: the
    bundled demo story, served on a loopback port). Trains the classifier only when no trained model is found.

    \b
    Example:
      newsreact run
      newsreact --data-dir story1 run --sources story1/sources.yaml
    """
    from pipeline.runner import run_all

    summary = run_all(obj.params, obj.paths, sources_file, urls, allow_local, echo=click.echo)
    click.echo(summary)


@cli.command()
@_sources_options
@click.pass_obj
def crawl(obj: Context, sources_file: Path | None, urls: tuple[str, ...], allow_local: bool) -> None:
    """Fetch articles (URLs, feeds, sitemaps) and social reactions into DATA/raw/.

    With no --sources and no --url, crawls what params ``crawl.sources`` names: ``demo`` (the
    bundled demo story, served on a loopback port) or a sources file.

    \b
    Example:
      newsreact crawl --url https://example.com/news/story.html
      newsreact crawl --sources sources.yaml
    """
    from pipeline.runner import crawl_stage, resolve_sources

    sources = resolve_sources(sources_file, urls, obj.params)
    _log_outputs(crawl_stage(obj.params, obj.paths, sources, allow_local, echo=click.echo))


@cli.command()
@click.pass_obj
def extract(obj: Context) -> None:
    """Articles, embedded posts, entities, mentions, quotes and reactions: raw/ -> interim/.

    \b
    Example:
      newsreact extract
    """
    from pipeline.runner import extract_stage

    _log_outputs(extract_stage(obj.params, obj.paths))


@cli.command()
@click.option("--models-dir", type=click.Path(path_type=Path), default=Path("models"), show_default=True,
              help="Where to write the trained model, its metrics and confusion matrix.")
@click.pass_obj
def train(obj: Context, models_dir: Path) -> None:
    """Fit the reaction-tone classifier on data/labels/ (+ GoEmotions when found).

    \b
    Example:
      newsreact train
    """
    from pipeline.runner import train_stage

    _log_outputs(train_stage(obj.params, models_dir))


@cli.command()
@click.option("--models-dir", type=click.Path(path_type=Path), default=None,
              help="Model folder (default: ./models, else the model shipped with newsreact).")
@click.pass_obj
def classify(obj: Context, models_dir: Path | None) -> None:
    """Label every reaction joke, relief, criticism or other: interim/ -> processed/.

    \b
    Example:
      newsreact classify
    """
    from pipeline.runner import classify_stage

    _log_outputs(classify_stage(obj.params, obj.paths, models_dir))


@cli.command()
@click.pass_obj
def store(obj: Context) -> None:
    """Load interim/ and processed/ into DATA/newsreact.duckdb in one transaction.

    \b
    Example:
      newsreact store
    """
    from pipeline.runner import store_stage

    _log_outputs(store_stage(obj.params, obj.paths))


@cli.command()
@click.pass_obj
def report(obj: Context) -> None:
    """Write CSV reports, summary.json, a chart and an HTML summary to DATA/reports/.

    \b
    Example:
      newsreact report
    """
    from pipeline.runner import report_stage

    _log_outputs(report_stage(obj.params, obj.paths))


@cli.command()
@click.argument("sql", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for reading, csv (header then rows) for spreadsheets, json (one array of objects) for code.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Also write the result to this file.")
@click.option("--saved", default=None, metavar="NAME", help="Run a saved query by name (see --list).")
@click.option("--param", "query_params", multiple=True, metavar="KEY=VALUE", help="A saved query's parameter.")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds before the query is interrupted.")
@click.pass_obj
def query(obj: Context, sql: str | None, fmt: str, out: Path | None, saved: str | None,
          query_params: tuple[str, ...], list_saved: bool, timeout: float) -> None:
    """Run read-only SQL against DATA/newsreact.duckdb (no writes, files, ATTACH or INSTALL).

    \b
    Examples:
      newsreact query "select label, count(*) from reactions group by 1"
      newsreact query --format csv "select * from v_quotes_by_speaker" --out quotes.csv
      newsreact query --saved quotes_by_speaker --param speaker=Duysak
      newsreact query --list
    """
    from pipeline.store import query as q

    if list_saved:
        for name, description in sorted(q.list_saved_queries().items()):
            click.echo(f"{name:28} {description}")
        return
    db_path = obj.paths.db
    if not db_path.exists():
        raise PipelineError(f"{db_path} not found: run `newsreact run` (or `newsreact store`) first")
    bound = {}
    for item in query_params:
        if "=" not in item:
            raise click.UsageError(f"--param expects KEY=VALUE, got {item!r}")
        key, value = item.split("=", 1)
        bound[key] = value
    if saved:
        text = q.run_saved_query(db_path, saved, bound, fmt=fmt, out=out, timeout_s=timeout)
    elif sql:
        text = q.run_query(db_path, sql, fmt=fmt, out=out, params=bound or None, timeout_s=timeout)
    else:
        raise click.UsageError("give SQL, --saved NAME or --list")
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.argument("source", required=False, default="-", metavar="[FILE | -]")
@click.option("--models-dir", type=click.Path(path_type=Path), default=None,
              help="Model folder (default: ./models, else the model shipped with newsreact).")
@click.pass_obj
def tone(obj: Context, source: str, models_dir: Path | None) -> None:
    """Tone of free texts, one per line; prints one JSON line per text.

    \b
    Example:
      echo "ten minutes of peace, best part of my week" | newsreact tone
      newsreact tone pasted_reactions.txt
    """
    from pipeline.classify.predict import tone as tone_of

    if source == "-":
        lines = sys.stdin.read().splitlines()
    else:
        path = Path(source)
        if not path.exists():
            raise PipelineError(f"{path}: file not found (give a text file, one reaction per line, or - for stdin)")
        lines = path.read_text(encoding="utf-8").splitlines()
    texts = [line for line in lines if line.strip()]
    for row in tone_of(texts, models_dir):
        click.echo(json.dumps(row, ensure_ascii=False))


@cli.command()
@click.option("--limit", default=50, show_default=True, help="How many reactions to show at most.")
@click.option("--labels-dir", type=click.Path(path_type=Path), default=Path("data/labels"), show_default=True,
              help="Folder of labelled reactions to append to.")
@click.option("--models-dir", type=click.Path(path_type=Path), default=None,
              help="Model folder (default: ./models, else the model shipped with newsreact).")
@click.pass_obj
def label(obj: Context, limit: int, labels_dir: Path, models_dir: Path | None) -> None:
    """Label the reactions the model is least sure of; appends to data/labels/ for a retrain.

    Keys: j joke, r relief, c criticism, o other, s skip, u undo, q quit.

    \b
    Example:
      newsreact label --limit 30 && newsreact train
    """
    from pipeline.classify.labeling import label_session

    db_path = obj.paths.db
    if not db_path.exists():
        raise PipelineError(f"{db_path} not found: run `newsreact run` first")
    count = label_session(db_path, labels_dir, models_dir, limit)
    click.echo(f"label: {count} new labelled reactions appended to {labels_dir}")


cli.add_command(evaluate)


def main() -> None:
    cli(prog_name="newsreact")


if __name__ == "__main__":
    main()
