"""The models multiply their matrices on numpy's BLAS (nlp/gemm.py): the same annotations as on
BLIS, spaCy's default; CONFLICTSCOPE_GEMM chooses, a bad value is one clear error; the command runs
one BLAS thread per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import spacy
from thinc.api import NumpyOps

from conflictscope.nlp.analyze import MODEL_NAME, get_nlp
from conflictscope.nlp.gemm import use_gemm

# Our own sentences: long and short, a list of places, numbers, quotes and a headline in capitals,
# so the tagger, parser and both entity models see varied input.
TEXTS = [
    "Four soldiers were killed and nine wounded when insurgents stormed a checkpoint outside Mopti late on Thursday, the army said in a statement.",
    "Police fired tear gas at hundreds of teachers who marched on parliament demanding unpaid wages.",
    "The ministry denied that its jets had struck the market in Idlib, blaming rebel mortars instead.",
    "FIGHTING RAGES NEAR THE BORDER AS REFUGEES FLEE TO TURKEY",
    "Gunmen abducted 12 passengers from a bus between Kaduna and Abuja; no group has claimed the kidnapping.",
    "“We will not negotiate,” the commander told reporters on 3 March 2021, two days after the ceasefire collapsed.",
]


def signature(doc):
    return [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_every_model_multiplies_on_numpys_blas_by_default():
    nlp = get_nlp()
    models = [component.model for _, component in nlp.pipeline if getattr(component, "model", None) is not None]
    assert {"tok2vec", "tagger", "parser", "ner"} <= {name for name, c in nlp.pipeline if getattr(c, "model", None) is not None}
    for model in models:
        for node in model.walk():
            assert isinstance(node.ops, NumpyOps) and node.ops.use_blis is False, node.name


def test_annotations_are_those_of_blis():
    blis = use_gemm(spacy.load(MODEL_NAME), "blis")
    assert blis.get_pipe("ner").model.ops.use_blis is True
    ours = get_nlp()
    tokens = 0
    for a, b in zip(blis.pipe(TEXTS), ours.pipe(TEXTS)):
        assert signature(a) == signature(b)
        tokens += len(a)
    assert tokens > 100
    # and the entity models did find something to compare
    assert any(doc.ents for doc in ours.pipe(TEXTS))


def _cli(args, env_extra, stdin=None):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "conflictscope", *args], input=stdin, capture_output=True, text=True, env=env, timeout=600)


def test_both_backends_give_the_same_events(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(" ".join(TEXTS), encoding="utf-8")
    runs = {name: _cli(["extract", str(report), "--published", "2021-03-05", "-f", "jsonl"], {"CONFLICTSCOPE_GEMM": name}) for name in ("blis", "numpy")}
    for proc in runs.values():
        assert proc.returncode == 0, proc.stderr
    events = {name: json.loads(proc.stdout)["events"] for name, proc in runs.items()}
    assert len(events["numpy"]) >= 2
    assert events["numpy"] == events["blis"]


def test_a_bad_backend_is_one_line_and_exit_code_2(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXTS[0], encoding="utf-8")
    proc = _cli(["extract", str(report)], {"CONFLICTSCOPE_GEMM": "gpu"})
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "CONFLICTSCOPE_GEMM='gpu'" in lines[0] and "numpy, blis" in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_the_command_runs_one_blas_thread_unless_told_otherwise():
    probe = "import os, conflictscope.cli; print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['MKL_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True).stdout.split()
    assert out == ["1", "1"]
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={**env, "OPENBLAS_NUM_THREADS": "4"}, check=True).stdout.split()
    assert out == ["4", "1"]
    # numpy is not loaded before the setting (it would be too late for OpenBLAS to read it)
    assert "numpy" not in subprocess.run([sys.executable, "-c", "import sys, conflictscope.nlp.gemm; print(sorted(sys.modules))"],
                                         capture_output=True, text=True, check=True).stdout
