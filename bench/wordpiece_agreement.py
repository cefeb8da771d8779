"""Does intents/wordpiece.py split text as Hugging Face's `tokenizers` does with the same tokenizer file?

    .venv/bin/pip install 'tokenizers>=0.20,<0.24' && .venv/bin/python bench/wordpiece_agreement.py

Over every labelled question (dev, ours, unseen; not held-out), the bundled policy's and guidance's texts, and awkward
text (emoji, accents, other scripts, control characters, a 200-letter word): prints how many texts agree and each
that does not. `tokenizers` is not a dependency of policybot; this check is the only thing that uses it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.labelled_sets import DEV, OURS, UNSEEN
from bot.config import BUNDLED_POLICY
from intents import meaning
from policy_kb.knowledge import load_knowledge_base

AWKWARD = (
    "Can I post sports day photos? 📸👍", "café naïve résumé Zoë", "Ça va? Où est la politique?", "学校的政策是什么",
    "Какая политика?", "سياسة المدرسة", "tab\there\x00nul\x07bell\x7fdel\u200bzero-width", "a" * 200,
    "e-safety / KCSIE (2024) – “quotes” and ‘apostrophes’… £5 & 50%", "yr6 pics on insta?!?! lol #sportsday @head",
    "ﬁne ligature and full-width ＡＢＣ", "", "   ", "\n\n", "don't won't can't it's", "x" * 99 + " " + "y" * 101,
)


def texts() -> list[str]:
    found = [json.loads(line)["q"] for sets in (DEV, OURS, UNSEEN) for path in sets.values()
             for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    kb = load_knowledge_base(BUNDLED_POLICY)
    found += [clause.text for clause in kb.policy.clauses]
    for guidance in kb.guidance_file.clauses.values():
        found += [guidance.answer, *guidance.examples, *guidance.keywords, *guidance.not_settled]
    found += list(kb.guidance_file.unanswered)
    return found + list(AWKWARD) + [" ".join(AWKWARD)]


def main() -> int:
    try:
        from tokenizers import Tokenizer
    except ImportError:
        print("tokenizers is not installed: see this file's first lines")
        return 2
    reference = Tokenizer.from_file(str(meaning.TOKENIZER_FILE))
    reference.no_padding()
    reference.enable_truncation(meaning.MAX_PIECES)
    special = {reference.token_to_id(t) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")}
    all_texts = texts()
    differ = 0
    for text in all_texts:
        clipped = text[:meaning.MAX_CHARACTERS]
        theirs = [i for i in reference.encode(clipped, add_special_tokens=False).ids if i not in special]
        ours = meaning.pieces(text)
        if ours != theirs:
            differ += 1
            print(f"differs: {text[:80]!r}\n  ours   {ours[:20]}\n  theirs {theirs[:20]}")
    print(f"{len(all_texts) - differ} of {len(all_texts)} texts split alike")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
