"""The YAML side of a guidance file (policy_kb/guidance.py describes the format): walks the composed nodes so every
error names its line. Imported only when a guidance file is read, not when the index cache already holds it."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import yaml

from policy_kb.errors import PolicyError
from policy_kb.guidance import CONCERN_CATEGORIES, ConcernGuidance, Guidance, GuidanceFile, same_question
from policy_kb.policy_name import SHORT_NAME_KEY

HELP_EXAMPLES_KEY = "help_examples"
_CLAUSE_FIELDS = {"answer", "examples", "keywords", "related", "route", "not_settled"}
_TEXT_FIELDS = {"answer", "route"}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: start-up stays quick


class _Reader:
    """Walks the composed YAML nodes so every error can name its line."""

    def __init__(self, path: Path, known_ids: Collection[str]) -> None:
        self.path = path
        self.known = known_ids
        self.near_misses: list[tuple[str, str, int]] = []  # (clause, question, line) of every `not_settled` entry

    def check_near_misses(self, clauses: dict[str, Guidance]) -> None:
        """A near miss is a question no clause answers: not any clause's example, and listed under one clause."""
        examples: dict[str, str] = {}
        for clause_id, guidance in clauses.items():
            for question in guidance.examples:
                examples.setdefault(same_question(question), clause_id)
        listed: dict[str, str] = {}
        for clause_id, question, line in self.near_misses:
            key = same_question(question)
            if key in examples:  # a clause either answers it or none does
                raise PolicyError(self.path, line, f"{question!r} is both an example question of [{examples[key]}] "
                                                   f"and not_settled of [{clause_id}]")
            if key in listed:
                raise PolicyError(self.path, line, f"{question!r} is not_settled of [{clause_id}] and already of "
                                                   f"[{listed[key]}]: list it under one clause")
            listed[key] = clause_id

    def fail(self, node: yaml.Node, message: str) -> PolicyError:
        return PolicyError(self.path, node.start_mark.line + 1, message)

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping of key: value lines")
        seen: dict[str, int] = {}
        items = []
        for key, value in node.value:
            name = self.text(key, "a key")
            if name in seen:
                raise self.fail(key, f"duplicate key {name!r} in {what} (first at line {seen[name]})")
            seen[name] = key.start_mark.line + 1
            items.append((name, key, value))
        return items

    def text(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.fail(node, f"{what} must be text")
        return str(node.value).strip()

    def short_name(self, key: yaml.Node, node: yaml.Node) -> str:
        """What replies call the policy: words on one line, not too long to read mid-sentence."""
        name = self.text(node, SHORT_NAME_KEY)
        if not name or "\n" in name or len(name) > 80:
            raise self.fail(key, f"{SHORT_NAME_KEY} must be the words staff call the policy, on one line, e.g. "
                                 f"{SHORT_NAME_KEY}: Social Media policy")
        return name

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
            return (self.text(node, what),)
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return tuple(t for t in (self.text(item, f"each item of {what}") for item in node.value) if t)

    def ids(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        ids = self.texts(node, what)
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        for clause_id, item in zip(ids, items, strict=False):
            if clause_id not in self.known:
                raise self.fail(item, f"{what} names [{clause_id}], which is not a clause of this policy")
        return ids

    def clause(self, clause_id: str, key: yaml.Node, node: yaml.Node) -> Guidance:
        if clause_id not in self.known:
            raise self.fail(key, f"guidance for [{clause_id}], which is not a clause of this policy")
        values: dict[str, object] = {}
        for name, field_key, value in self.mapping(node, f"guidance for [{clause_id}]"):
            if name not in _CLAUSE_FIELDS:
                allowed = ", ".join(sorted(_CLAUSE_FIELDS))
                raise self.fail(field_key, f"unknown field {name!r} for [{clause_id}] (expected {allowed})")
            if name in _TEXT_FIELDS:
                values[name] = self.text(value, f"{name} of [{clause_id}]")
            elif name == "related":
                values[name] = self.ids(value, f"related of [{clause_id}]")
            else:
                values[name] = self.texts(value, f"{name} of [{clause_id}]")
            if name == "not_settled":  # each entry with its line, for check_near_misses (texts() has read them)
                items = value.value if isinstance(value, yaml.SequenceNode) else [value]
                self.near_misses += [(clause_id, text, item.start_mark.line + 1) for item in items
                                     if (text := str(item.value).strip())]
        return Guidance(line=key.start_mark.line + 1, **values)  # type: ignore[arg-type]

    def concerns(self, node: yaml.Node) -> dict[str, ConcernGuidance]:
        out: dict[str, ConcernGuidance] = {}
        for category, key, value in self.mapping(node, "concerns"):
            if category not in CONCERN_CATEGORIES:
                expected = ", ".join(CONCERN_CATEGORIES)
                raise self.fail(key, f"unknown concern category {category!r} (expected {expected})")
            clauses: tuple[str, ...] = ()
            route = ""
            for name, field_key, field_value in self.mapping(value, f"concern {category!r}"):
                if name == "clauses":
                    clauses = self.ids(field_value, f"clauses of concern {category!r}")
                elif name == "route":
                    route = self.text(field_value, f"route of concern {category!r}")
                else:
                    message = f"unknown field {name!r} for concern {category!r} (expected clauses, route)"
                    raise self.fail(field_key, message)
            out[category] = ConcernGuidance(clauses, route, key.start_mark.line + 1)
        return out


def read_guidance(path: Path, text: str, known_ids: Collection[str]) -> GuidanceFile:
    """Parse guidance text, checking every clause ID against `known_ids`."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1  # YAML gives a mark for every error it finds in the text
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError(path, line, f"not valid YAML: {problem}") from exc
    if root is None:
        return GuidanceFile(path)
    reader = _Reader(path, known_ids)
    clauses: dict[str, Guidance] = {}
    concerns: dict[str, ConcernGuidance] = {}
    not_covered: tuple[str, ...] = ()
    short_name = ""
    help_examples: tuple[str, ...] = ()
    for name, key, value in reader.mapping(root, "the guidance file"):
        if name == SHORT_NAME_KEY:
            short_name = reader.short_name(key, value)
        elif name == HELP_EXAMPLES_KEY:
            help_examples = reader.texts(value, HELP_EXAMPLES_KEY)
        elif name == "concerns":
            concerns = reader.concerns(value)
        elif name == "not_covered":
            not_covered = reader.texts(value, "not_covered")
        elif name[:1].isupper():
            clauses[name] = reader.clause(name, key, value)
        else:
            raise reader.fail(key, f"unknown section {name!r}: top-level keys are clause IDs, concerns, not_covered, "
                                   f"{HELP_EXAMPLES_KEY} or {SHORT_NAME_KEY}")
    reader.check_near_misses(clauses)
    return GuidanceFile(path, clauses, concerns, not_covered, short_name, help_examples)
