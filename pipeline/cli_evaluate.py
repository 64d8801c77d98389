"""``newsreact evaluate``: the quality measurements, each printing precision, recall and F1 on a
named data set (direct quotes and speakers on PolNeAR or the demo gold, indirect quotes on
PolNeAR, entities, article extraction, the classifier). Registered on the ``newsreact`` group by ``pipeline.cli``; like the other
commands, it imports the heavy libraries inside each command and writes nothing but what
``--errors`` asks for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.errors import PipelineError

if TYPE_CHECKING:
    from pipeline.cli import Context


@click.group()
def evaluate() -> None:
    """Quality measurements: precision, recall and F1 on named data sets."""


@evaluate.command("quotes")
@click.option("--polnear", "polnear_dir", type=click.Path(path_type=Path), default=Path("../shared/data/polnear"),
              show_default=True, help="The PolNeAR corpus folder (with train/ and dev/).")
@click.option("--split", type=click.Choice(["train", "dev"]), default="dev", show_default=True, help="Which split to score.")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--no-peer", is_flag=True, help="Skip textacy's direct_quotations (the peer baseline).")
@click.option("--errors", "errors_path", type=click.Path(path_type=Path), default=None,
              help="Write newsreact's misses at 80% (fp, fn, speaker), one JSON object a line, to this file "
                   "(with --gold: the demo gold's misses).")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), default=None,
              help="Score against a quote gold folder (quotes.json + reactions.json) instead of PolNeAR: "
                   "the demo corpus (tests/gold) or a held-out folder of texts in articles/*.txt "
                   "(tests/gold/quotes-heldout).")
@click.pass_obj
def evaluate_quotes_cmd(obj: Context, polnear_dir: Path, split: str, limit: int | None, no_peer: bool,
                        errors_path: Path | None, gold_dir: Path | None) -> None:
    """Direct-quote P/R/F1 (80% and 30% overlap) and speaker accuracy on PolNeAR.

    With --gold, scores every direct quote, the annotated indirect ones, their speakers and the
    quoted public reactions against a gold folder, listing each miss (--errors writes them as
    JSON lines too; --split, --limit, --no-peer and --polnear are PolNeAR's and are refused with
    --gold): the demo gold (tests/gold: the demo corpus crawled and extracted into a temporary
    folder) or a held-out folder whose texts are in articles/*.txt (tests/gold/quotes-heldout,
    written blind: the figure to quote).

    \b
    Examples:
      newsreact evaluate quotes --polnear ../shared/data/polnear --split train --errors /tmp/misses.jsonl
      newsreact evaluate quotes --gold tests/gold --errors /tmp/demo-misses.jsonl
      newsreact evaluate quotes --gold tests/gold/quotes-heldout
    """
    from pipeline.extract.evaluation import evaluate_quotes, format_quote_report

    errors: list[dict] | None = [] if errors_path is not None else None
    if gold_dir is not None:
        from pipeline.runner import evaluate_demo_quotes

        ctx = click.get_current_context()
        given = [f"--{name.replace('_dir', '').replace('_', '-')}" for name in ("polnear_dir", "split", "limit", "no_peer")
                 if ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE]
        if given:
            raise click.UsageError(f"{', '.join(given)} only apply to PolNeAR; drop them with --gold "
                                   "(the demo gold is scored whole, without a peer)")
        click.echo(evaluate_demo_quotes(obj.params, gold_dir, errors=errors))
    else:
        _require_dir(polnear_dir, "--polnear")
        result = evaluate_quotes(polnear_dir, split, obj.params, limit=limit, peer=not no_peer, errors=errors)
        click.echo(format_quote_report(result))
    if errors_path is not None and errors is not None:
        errors_path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
        click.echo(f"{len(errors)} misses written to {errors_path}")


@evaluate.command("entities")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path), default=None,
              help="Gold entities JSON of the demo corpus (default: tests/gold/entities.json), or a held-out "
                   "gold folder (entities.json + articles/*.txt, e.g. tests/gold/entities-heldout).")
@click.pass_obj
def evaluate_entities_cmd(obj: Context, gold_path: Path | None) -> None:
    """Mention-to-entity precision/recall/F1 against gold annotations.

    With a gold file (the default), runs the demo crawl and extract into a temporary folder,
    then scores. With a gold folder, runs its texts through the extract stage's entity analysis
    (no crawl) and scores them: tests/gold/entities-heldout is the held-out set no rule was
    tuned on.

    \b
    Examples:
      newsreact evaluate entities
      newsreact evaluate entities --gold tests/gold/entities-heldout
    """
    from pipeline.runner import evaluate_demo_entities

    click.echo(evaluate_demo_entities(obj.params, gold_path))


@evaluate.command("indirect")
@click.option("--polnear", "polnear_dir", type=click.Path(path_type=Path), default=Path("../shared/data/polnear"),
              show_default=True, help="The PolNeAR corpus folder (with train/ and dev/).")
@click.option("--split", type=click.Choice(["train", "dev"]), default="dev", show_default=True, help="Which split to score.")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.pass_obj
def evaluate_indirect_cmd(obj: Context, polnear_dir: Path, split: str, limit: int | None) -> None:
    """Indirect-quote (reported speech) P/R/F1 (80% and 30% overlap) and speaker accuracy on PolNeAR.

    Recall is bounded by design (PolNeAR also annotates noun cues, "according to" and beliefs;
    the quotes table holds speech verbs only): precision is the figure to read.

    \b
    Example:
      newsreact evaluate indirect --polnear ../shared/data/polnear --split dev
    """
    from pipeline.extract.indirect_eval import evaluate_indirect, format_indirect_report

    _require_dir(polnear_dir, "--polnear")
    click.echo(format_indirect_report(evaluate_indirect(polnear_dir, split, obj.params, limit=limit)))


@evaluate.command("agreement")
@click.option("--polnear", "polnear_dir", type=click.Path(path_type=Path), default=Path("../shared/data/polnear"),
              show_default=True, help="The PolNeAR corpus folder (with train/ and dev/).")
@click.option("--split", type=click.Choice(["train", "dev", "all"]), default="all", show_default=True,
              help="Which split's multiply annotated articles to read.")
@click.pass_obj
def evaluate_agreement_cmd(obj: Context, polnear_dir: Path, split: str) -> None:
    """How far PolNeAR's annotators agree on direct quotes, beside newsreact on the same articles.

    Reads the articles that several annotators marked; scores each annotator's direct quotes
    against each other annotator's attributions exactly as `evaluate quotes` scores newsreact
    (P/R/F1 at 80% and 30% overlap, speaker), and newsreact against each annotator. The
    annotators' row is the ceiling to read `evaluate quotes` against.

    \b
    Example:
      newsreact evaluate agreement --polnear ../shared/data/polnear
    """
    from pipeline.extract.agreement import evaluate_agreement
    from pipeline.extract.evaluation import format_quote_report

    _require_dir(polnear_dir, "--polnear")
    click.echo(format_quote_report(evaluate_agreement(polnear_dir, split, obj.params)))


@evaluate.command("extraction")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("../shared/data/extraction-eval"),
              show_default=True, help="The extraction evaluation set (evaldata_en_subset.json + html/).")
@click.option("--limit", type=int, default=None, help="Only the first N pages.")
@click.pass_obj
def evaluate_extraction_cmd(obj: Context, data_dir: Path, limit: int | None) -> None:
    """Article body P/R/F1 and title/author/date accuracy, beside bare trafilatura.

    \b
    Example:
      newsreact evaluate extraction --data ../shared/data/extraction-eval
    """
    from pipeline.extract.text_eval import evaluate_extraction, format_extraction_report

    _require_dir(data_dir, "--data")
    click.echo(format_extraction_report(evaluate_extraction(data_dir, obj.params, limit=limit)))


@evaluate.command("classifier")
@click.option("--goemotions", "goemotions_dir", type=click.Path(path_type=Path), default=None,
              help="GoEmotions folder (default: params train.goemotions_dir).")
@click.option("--labels-dir", type=click.Path(path_type=Path), default=Path("data/labels"), show_default=True,
              help="Our labelled reactions (the held-out split is scored).")
@click.option("--models-dir", type=click.Path(path_type=Path), default=None,
              help="Model folder (default: ./models, else the model shipped with newsreact).")
@click.pass_obj
def evaluate_classifier_cmd(obj: Context, goemotions_dir: Path | None, labels_dir: Path, models_dir: Path | None) -> None:
    """Per-class P/R/F1 and macro-F1 on GoEmotions dev (mapped) and our held-out reactions.

    \b
    Example:
      newsreact evaluate classifier --goemotions ../shared/data/goemotions
    """
    from pipeline.classify.evaluate import evaluate_classifier, format_evaluation

    click.echo(format_evaluation(evaluate_classifier(models_dir, obj.params, goemotions_dir, labels_dir)))


def _require_dir(path: Path, option: str) -> None:
    if not path.is_dir():
        raise PipelineError(f"{path}: folder not found; point {option} at it")
