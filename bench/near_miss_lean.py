"""Do a clause's near misses tell themselves from its questions by their words? A side measurement (README, Notes).

    .venv/bin/python bench/near_miss_lean.py [GUIDANCE.yaml]

For the clause the matcher would answer from, its "lean" towards its own near misses (`not_settled`): the best
IDF-weighted token-set cosine of the message with them less the best with the clause's example questions (the
guidance's and the labelled ones it learned), and the same with rapidfuzz's token-sort ratio. Each of our sets meets
the index and topic model that never learned it (bench/cross_validate.py); dev and the unseen sets the shipped ones.
1. Of the questions `understand` answers: how many out-of-scope ones and rightly answered in-scope ones lean towards
   a near miss (> 0), and the AUC of the lean between the two.
2. The in-scope logistic (SCOPE_TOPIC, as bench/calibrate.py fits it on the same sets) refitted with the lean beside
   its signals: the lean's weight, the log-likelihood against without it, and how many in-scope and out-of-scope
   questions the in-scope probability alone puts under IN_SCOPE_FROM (the not-covered pseudo-clause's own
   abstentions aside), on the fitted sets and, with the same weights, on the unseen ones.
GUIDANCE.yaml: another guidance file (the branch `nearmiss`'s, `git show 3918fe6:policy_kb/data/…guidance.yaml`)
whose `not_settled` lists are used for the lean only; the index, its pooled not-covered pseudo-clause and the topic
model stay the shipped guidance's. Aggregates only; the held-out set is never read. Changes nothing.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from unittest.mock import patch

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.calibrate import _fit_scope  # noqa: E402 - after the path fix: runs from anywhere
from bench.folds import knowledge_without  # noqa: E402
from bench.labelled_sets import DEV, MATCHER_FIT, OURS, UNSEEN  # noqa: E402
from bench.train_topic_model import fold_models  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import matcher, topic, understand  # noqa: E402
from intents.answer_type import asks_quantity  # noqa: E402
from intents.intent_rules import strip_pleasantries  # noqa: E402
from intents.linear_model import LinearModel  # noqa: E402
from intents.normalise import ME, surface_words, tokens  # noqa: E402
from intents.understanding import IN_SCOPE_FROM  # noqa: E402
from policy_kb.guidance import parse_guidance  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base  # noqa: E402
from policy_kb.questions import Labelled, read_labelled  # noqa: E402

Tokens = list[str]
NearMisses = Mapping[str, Sequence[str]]
# A question's SCOPE_TOPIC signals, each list's (cosine, token-sort) lean of its best clause, and 1 if in scope
ScopeRow = tuple[list[float], dict[str, tuple[float, float]], float]


def _tokens(text: str) -> Tokens:
    return list(dict.fromkeys(tokens(text, words=surface_words(text))))


class Lean:
    """A clause's lean towards its own near misses, for one knowledge base and one list of near misses."""

    def __init__(self, kb: KnowledgeBase, near: NearMisses) -> None:
        self.kb, self.near = kb, near
        self.held: dict[str, tuple[list[Tokens], list[Tokens]]] = {}

    def _texts(self, clause: str) -> tuple[list[Tokens], list[Tokens]]:
        if clause not in self.held:
            guidance = self.kb.guidance(clause)
            asked = [*(guidance.examples if guidance else ()), *self.kb.learned.get(clause, ())]
            self.held[clause] = ([_tokens(q) for q in asked], [_tokens(q) for q in self.near.get(clause, ())])
        return self.held[clause]

    def _cosine(self, a: Tokens, b: Tokens) -> float:
        idf, unknown = self.kb.index.idf, self.kb.index.unknown_idf
        norm = math.sqrt(sum(idf.get(t, unknown) ** 2 for t in a) * sum(idf.get(t, unknown) ** 2 for t in b)) or 1.0
        return sum(idf.get(t, unknown) ** 2 for t in set(a) & set(b)) / norm

    def __call__(self, clause: str, toks: Tokens) -> tuple[float, float] | None:
        """(cosine lean, token-sort lean); None for a clause without near misses or questions."""
        asked, near = self._texts(clause)
        if not asked or not near:
            return None
        text = " ".join(sorted(toks))

        def cosine(other: Tokens) -> float:
            return self._cosine(toks, other)

        def fuzzy(other: Tokens) -> float:
            return fuzz.ratio(text, " ".join(sorted(other))) / 100.0

        return (max(map(cosine, near)) - max(map(cosine, asked)), max(map(fuzzy, near)) - max(map(fuzzy, asked)))


def _topic_model(model: LinearModel | None) -> AbstractContextManager[object]:
    """The shipped topic model, or `model` standing in for it (bench/cross_validate.py)."""
    if model is None:
        return nullcontext()
    shipped = topic.load_model
    return patch.object(topic, "load_model", lambda name: model if name == topic.MODEL_FILE else shipped(name))


def _answered(kb: KnowledgeBase, rows: list[Labelled], model: LinearModel | None,
              leans: Mapping[str, Lean]) -> dict[str, list[tuple[str, float, float]]]:
    """Per list of near misses: (kind, cosine lean, token-sort lean) of each answered question that counts."""
    found: dict[str, list[tuple[str, float, float]]] = {name: [] for name in leans}
    with _topic_model(model):
        for r in rows:
            u = understand(r.q, kb.index) if r.kind in ("in_scope", "out_of_scope") else None
            if u is None or u.clause_id is None or (r.kind == "in_scope" and u.clause_id not in r.expect):
                continue
            toks = matcher.question_tokens(strip_pleasantries(r.q), kb.index)
            for name, lean in leans.items():
                if (value := lean(u.clause_id, toks)) is not None:
                    found[name].append((r.kind, *value))
    return found


def _scope_rows(kb: KnowledgeBase, rows: list[Labelled], model: LinearModel,
                leans: Mapping[str, Lean]) -> list[ScopeRow]:
    """bench/calibrate.py's SCOPE_TOPIC signals for each question, with each lean of its best clause (0 without)."""
    index, weights = kb.index, np.array(matcher.WEIGHTS)
    found = []
    for r in rows:
        if r.kind not in ("in_scope", "out_of_scope"):
            continue
        words = strip_pleasantries(r.q)
        toks = matcher.question_tokens(words, index)
        feats = matcher.features(toks, index, text=words)
        scored = [(float(np.dot(weights, f)), f, o) for o, f in feats.items() if o != index.off_topic]
        best, row, owner = max(scored, key=lambda s: s[0], default=(-5.0, (0.0,) * len(weights), -1))
        figure = matcher.figure_signal(asks_quantity(words), owner, toks, index) if owner >= 0 else 0.0
        length = max(1, len([t for t in toks if t != ME]))
        domain = 1.0 if matcher.DOMAIN.intersection(toks) else 0.0
        said = topic.topic_features(r.q)
        if said and owner >= 0:
            odds = topic.TopicOdds(model, said, topic.shared_sections(index.clause_ids))(index.clause_ids[owner])
        else:
            odds = model.log_odds(said) if said else 0.0
        signals = matcher.scope_signals(best, length, row[matcher.FEATURES.index("missing")], domain, figure=figure,
                                        topic=odds)
        clause = index.clause_ids[owner] if owner >= 0 else None
        lean = {name: (f(clause, toks) if clause else None) or (0.0, 0.0) for name, f in leans.items()}
        found.append(([*signals], lean, 1.0 if r.kind == "in_scope" else 0.0))
    return found


def _auc(high: list[float], low: list[float]) -> float:
    a, b = np.array(high)[:, None], np.array(low)[None, :]
    return float(((a > b).sum() + 0.5 * (a == b).sum()) / (a.size * b.size)) if a.size and b.size else float("nan")


def _matrix(rows: list[ScopeRow], lean: str | None, which: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    x = [[*s, *([v[lean][i] for i in which] if lean else []), 1.0] for s, v, _ in rows]
    return np.array(x), np.array([y for *_, y in rows])


def main(argv: list[str]) -> int:
    kb = load_knowledge_base(BUNDLED_POLICY)
    known = {c.id for c in kb.policy.clauses}
    lists: dict[str, NearMisses] = {"shipped": {c: g.not_settled for c, g in kb.guidance_file.clauses.items()}}
    if argv:
        other = parse_guidance(Path(argv[0]), Path(argv[0]).read_text(encoding="utf-8"), known)
        lists[Path(argv[0]).name] = {c: g.not_settled for c, g in other.clauses.items()}
    folds = fold_models(kb)
    shipped_model = topic.load_model(topic.MODEL_FILE)

    def leans(base: KnowledgeBase) -> dict[str, Lean]:
        return {name: Lean(base, near) for name, near in lists.items()}

    print("## 1. Answered questions: the answered clause's nearest near miss nearer than its nearest question\n")
    print("| near misses | sets | lean | out-of-scope answered | in-scope right | AUC |\n|---|---|---|---|---|---|")
    pooled: dict[str, list[tuple[str, float, float]]] = {name: [] for name in lists}
    for name, path in OURS.items():
        base = knowledge_without(name)
        for near, got in _answered(base, read_labelled(path), folds[name], leans(base)).items():
            pooled[near] += got
    sets = {"ours, each left out": pooled}
    sets |= {name: _answered(kb, read_labelled(path), None, leans(kb))
             for name, path in {**DEV, **UNSEEN}.items() if not name.startswith("short")}
    for set_name, found in sets.items():
        for near, got in found.items():
            for i, lean in ((1, "cosine"), (2, "token sort")):
                oos = [g[i] for g in got if g[0] == "out_of_scope"]
                right = [g[i] for g in got if g[0] == "in_scope"]
                print(f"| {near} | {set_name} | {lean} | {sum(v > 0 for v in oos)} of {len(oos)} | "
                      f"{sum(v > 0 for v in right)} of {len(right)} | {_auc(oos, right):.2f} |")

    print("\n## 2. SCOPE_TOPIC refitted with the lean: under IN_SCOPE_FROM by the in-scope probability alone\n")
    fitted = []
    for name, path in MATCHER_FIT.items():
        base = knowledge_without(name) if name in OURS else kb
        fitted += _scope_rows(base, read_labelled(path), folds.get(name, shipped_model), leans(base))
    unseen = {name: _scope_rows(kb, read_labelled(path), shipped_model, leans(kb))
              for name, path in UNSEEN.items() if not name.startswith("short")}
    print("| signal | lean's weight | log-likelihood | fitted sets: in-scope / out-of-scope under | "
          + " | ".join(unseen) + " |\n|---|---|---|---|" + "---|" * len(unseen))
    variants = [("without", None, ())] + [(f"{near}: {lean}", near, which) for near in lists
                                          for lean, which in (("cosine", (0,)), ("token sort", (1,)),
                                                              ("both", (0, 1)))]
    for label, near, which in variants:
        x, y = _matrix(fitted, near, which)
        w = _fit_scope(x, y)
        p = np.clip(1 / (1 + np.exp(-(x @ w))), 1e-9, 1 - 1e-9)
        likelihood = float((y * np.log(p) + (1 - y) * np.log(1 - p)).sum())
        cells = [f"{int((p[y == 1] < IN_SCOPE_FROM).sum())} of {int(y.sum())} / "
                 f"{int((p[y == 0] < IN_SCOPE_FROM).sum())} of {int((1 - y).sum())}"]
        for rows in unseen.values():
            ux, uy = _matrix(rows, near, which)
            up = 1 / (1 + np.exp(-(ux @ w)))
            cells.append(f"{int((up[uy == 1] < IN_SCOPE_FROM).sum())} of {int(uy.sum())} / "
                         f"{int((up[uy == 0] < IN_SCOPE_FROM).sum())} of {int((1 - uy).sum())}")
        weight = ", ".join(f"{v:.2f}" for v in w[len(w) - 1 - len(which):-1]) or "–"
        print(f"| {label} | {weight} | {likelihood:.1f} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
