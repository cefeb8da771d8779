"""How the matcher does on a writer it has not learned from: leave each of our sets out in turn.

    .venv/bin/python bench/cross_validate.py

The bundled policy learns from our labelled sets (policy_kb/data/<stem>.questions.jsonl, see
bench/collect_questions.py), so scoring a set against the shipped index would score questions it has seen. Here
each set of ours is scored against an index built from the guidance and every *other* set's questions, with the
topic model fitted without it; the dev, held-out, probed and unseen sets (labelled_sets.PROBED, UNSEEN), which
neither ever learns from, are scored against the shipped index and model. Prints a Markdown table.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest.mock import patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Figures, predictor, score_rows  # noqa: E402 - after the path fix
from bench.folds import knowledge_without  # noqa: E402
from bench.labelled_sets import DEV, HELD_OUT, OURS, PROBED, UNSEEN  # noqa: E402
from bench.train_topic_model import fold_models  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import topic  # noqa: E402
from intents.linear_model import LinearModel  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base  # noqa: E402
from policy_kb.questions import read_labelled  # noqa: E402

_COUNTS = ("in_scope", "top1", "top3", "in_scope_abstain", "out_of_scope", "oos_abstain", "wrong_confident",
           "report", "report_found", "report_offered", "questions_reported",
           "questions_offered")


def figures(kb: KnowledgeBase, path: Path, topic_model: LinearModel | None = None) -> Figures:
    """The set's figures against `kb`, with `topic_model` standing in for the shipped topic model when given."""
    if topic_model is None:
        return score_rows(read_labelled(path), predictor(kb.index))
    shipped = topic.load_model
    with patch.object(topic, "load_model", lambda name: topic_model if name == topic.MODEL_FILE else shipped(name)):
        return score_rows(read_labelled(path), predictor(kb.index))


def main() -> int:
    print("| set | top-1 | top-3 | in-scope abstain | out-of-scope abstain | wrong-but-confident "
          "| report-intent recall |")
    print("|---|---|---|---|---|---|---|")
    pooled = Figures()
    shipped = load_knowledge_base(BUNDLED_POLICY)
    folds = fold_models(shipped)  # nor has the topic model seen the set it scores
    for name, path in OURS.items():
        without = knowledge_without(name)
        found = figures(without, path, folds[name])  # fitted for the fold's index (train_topic_model.fold_models)
        print(found.markdown_row(f"{name} (left out)"))
        for count in _COUNTS:
            setattr(pooled, count, getattr(pooled, count) + getattr(found, count))
    print(pooled.markdown_row("**our sets, pooled, each left out**"))
    for name, path in {**DEV, **PROBED, **UNSEEN, **HELD_OUT}.items():
        if path.exists():
            print(figures(shipped, path).markdown_row(f"{name} (never learned from)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
