"""Is a message about the policy's world at all, whatever words it shares with a clause?

"What time does the school office shut on Fridays?" shares most of its words with APX.4's examples about
false closure rumours; the clause matcher, which only sees overlap, answers it. A logistic model over stemmed
words and word pairs, fitted by bench/train_topic_model.py on the guidance's example questions and labelled
in-scope questions against not-covered and everyday school-admin questions, says which kind of question it is;
the matcher weighs its log-odds beside the clause scores in the probability that a message is about the policy
at all (matcher.in_scope). Every word and pair counts on its own, as said of the clause the matcher would answer
from and as said of that clause's section, so the model learns what each clause's near misses ask that its own
questions do not (`said_of`).
A question about another of the school's policies ("when is the behaviour policy reviewed?") is not this one's
either, unless it names something online. Neither ever picks a clause.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat

from intents import pattern_cache
from intents.index import PolicyIndex, asked_with
from intents.intent_rules import strip_pleasantries
from intents.lexicon import ONLINE_WORDS, OTHER_POLICIES
from intents.linear_model import LinearModel, load_model, word_features, word_tokens
from intents.normalise import longest_of, tokens

MODEL_FILE = "topic_model.json"


def _naming_a_policy(lines: str) -> str:
    """"<one of the lines> policy": the policies named (one a line) as a trie, for the pattern cache to keep."""
    return r"\b" + longest_of(lines.split("\n")) + r" polic(?:y|ies)\b"


_OTHER_POLICY = pattern_cache.compile_cached("\n".join(sorted(OTHER_POLICIES)), rewrite=_naming_a_policy)
# A message naming the online world is about this policy's ground even when it names another policy too ("does
# the anti-bullying policy cover what they post on tiktok?").
_ONLINE = frozenset(tokens(" ".join(ONLINE_WORDS)))


def topic_features(text: str) -> frozenset[str]:
    """Stemmed words and word pairs of the message without its pleasantries."""
    words = strip_pleasantries(text)
    return word_features(word_tokens(words)) if words else frozenset()


@cache
def shared_sections(clause_ids: tuple[str, ...]) -> Mapping[str, str]:
    """Each clause's section where two or more clauses share it: the ID's part before the dot, as the policy format
    writes it ("B" for B.3, "APX" for APX.2). A clause alone in its section (C.1, PURPOSE) has none: its section's
    words would be its own counted twice."""
    section = {c: c.split(".")[0] for c in clause_ids if "." in c}
    sizes = Counter(section.values())
    return {c: s for c, s in section.items() if sizes[s] > 1}


def said_of(features: frozenset[str], clause_id: str, sections: Mapping[str, str]) -> Iterator[str]:
    """The message's features, and each again as said of the clause the matcher would answer it from and of that
    clause's section (`sections`, from shared_sections): a question about parents near a clause on staff's own
    accounts (section B) is more often about something the policy does not settle than one near a clause on parents'
    posts (section D). The model learns all three from the same messages; a section, with more messages than any one
    clause, speaks for a clause's rarer words."""
    said = chain(features, (f"x:{clause_id}|{f}" for f in features))
    section = sections.get(clause_id)
    return said if section is None else chain(said, (f"x:{section}.|{f}" for f in features))


@dataclass(frozen=True, slots=True)
class TopicOdds:
    """The topic model's log-odds for one message, as a function of the clause the matcher would answer it from."""

    model: LinearModel
    features: frozenset[str]
    sections: Mapping[str, str]

    def __call__(self, clause_id: str) -> float:
        # model.log_odds(said_of(...)), without a new string per feature: the same weights summed in the same order
        # (a feature the model lacks adds 0.0 either way), so the same log-odds to the last bit.
        model, features = self.model, self.features
        said = [map(model.weights.get, features, repeat(0.0)),
                map(model.said_weights(clause_id).get, features, repeat(0.0))]
        section = self.sections.get(clause_id)
        if section is not None:
            said.append(map(model.said_weights(f"{section}.").get, features, repeat(0.0)))
        return model.bias + sum(chain.from_iterable(said))


def names_another_policy(text: str) -> bool:
    """The message asks about another of the school's policies (behaviour, attendance, uniform…) and not about
    anything online."""
    words = strip_pleasantries(text)
    return bool(_OTHER_POLICY.search(words)) and not _ONLINE.intersection(tokens(words))


def topic_log_odds(text: str, index: PolicyIndex) -> TopicOdds | None:
    """The model's log-odds that the message is about what this policy covers, given the clause the matcher would
    answer it from (a function of that clause), which the matcher weighs in its in-scope probability; None for a
    message without words, or for a policy whose clauses the model did not learn (another school's, or this one
    with a clause reworded: PolicyIndex.clauses_fingerprint).

    The same clauses taught other questions keep it (a school's own examples, its questions file, its not-covered
    list): what the clauses cover has not changed, and a model that has not seen the new questions still knows
    their clauses' ground: pooled over our sets taught to the index but not to the model, out-of-scope abstention is
    96.0 % with it and 88.1 % without, the taught questions answered as well (README, "Measured"). Only a message in
    words and word pairs the model learned is weighed by it (_taught_since)."""
    model = load_model(MODEL_FILE)
    if model.policy != index.fingerprint and (not model.clauses or model.clauses != index.clauses_fingerprint
                                              or _taught_since(text, index, model)):
        return None
    features = topic_features(text)
    return TopicOdds(model, features, shared_sections(index.clause_ids)) if features else None


def _taught_since(text: str, index: PolicyIndex, model: LinearModel) -> bool:
    """The message has a word, or two neighbouring words, that a clause's questions were taught since the model was
    fitted (a school's own: "can I vlog the zumba flashmob?", or "can I email parents from my personal account?" in
    words the model knows, paired as none of its questions paired them): the model would weigh the message without
    its point, so the matcher decides without it. Words only in the clauses' own text, answers or keywords are not
    questions taught."""
    return any(f in index.said_spans and f not in model.vocabulary
               for f in asked_with(tokens(strip_pleasantries(text))))
