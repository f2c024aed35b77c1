"""The local engine forks its workers from a server that loaded the model and the gazetteer once:
a worker finds them loaded before it is asked for them, and opens its own connection to the
gazetteer's index instead of using the one it inherited."""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.forkserver
import os

from conflictscope.batch.engines import LocalEngine, worker_context


def what_the_worker_had() -> dict:
    """Run in a worker, before anything asks for the model: what did it start with?"""
    from conflictscope.batch import preload
    from conflictscope.nlp.analyze import get_nlp
    from conflictscope.pipeline import Extractor

    had = {"pid": os.getpid(), "loaded_by": preload.loaded_by, "nlp_loaded": get_nlp.cache_info().currsize,
           "extractor_loaded": Extractor.default.cache_info().currsize}
    extractor = Extractor.default()
    had["places"] = [p.country_code for p in extractor.gazetteer.candidates("Kandahar")][:3]
    return had


def test_workers_start_with_the_model_and_the_gazetteer_loaded():
    assert "forkserver" in multiprocessing.get_all_start_methods()  # Linux and macOS; elsewhere: spawn
    assert worker_context().get_start_method() == "forkserver"
    with LocalEngine(workers=2) as engine:
        pool = engine.started()
        assert pool is not None
        seen = [pool.submit(what_the_worker_had).result(timeout=300) for _ in range(4)]
        server = multiprocessing.forkserver._forkserver
        assert server._forkserver_pid is not None
    # Leaving the engine stops the server (its copy of the model is not kept while the client
    # fuses) and reaps it.
    assert server._forkserver_pid is None
    assert all(s["pid"] != os.getpid() for s in seen)
    # Loaded once, by the process the workers were forked from, not by each worker.
    assert len({s["loaded_by"] for s in seen}) == 1 and all(s["loaded_by"] not in (s["pid"], None, os.getpid()) for s in seen), seen
    assert all(s["nlp_loaded"] == 1 and s["extractor_loaded"] == 1 for s in seen), seen
    assert all(s["places"] and s["places"][0] == "AF" for s in seen), seen


def test_a_forked_process_opens_its_own_gazetteer_connection(tmp_path):
    from conflictscope.geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.open()
    inherited = gazetteer._con
    expected = [(p.name, p.country_code) for p in gazetteer.candidates("Mosul")]
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's clean-up
        try:
            fresh = gazetteer._con is not inherited
            gazetteer._cache.clear()
            got = [(p.name, p.country_code) for p in gazetteer.candidates("Mosul")]
            os.write(write, json.dumps([fresh, got]).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as fh:
        report = fh.read()
    os.waitpid(pid, 0)
    fresh, got = json.loads(report)
    assert fresh
    assert [tuple(g) for g in got] == expected and expected
    assert gazetteer._con is inherited  # the parent keeps its own
    gazetteer.close()
