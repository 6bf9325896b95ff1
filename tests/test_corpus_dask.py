"""The dask engine on a LocalCluster of 2 worker processes gives the local engine's outputs byte for byte."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

import govtargets.corpus as gc

from ._corpus_fixtures import make_corpus
from .conftest import NATIONAL

OUTPUTS = [
    "documents.parquet",
    "facts.parquet",
    "tasks.parquet",
    "panel.parquet",
    "panel.csv",
    "panel.dta",
    "CODEBOOK.md",
    "errors.csv",
    "duplicates.csv",
]


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


def test_dask_equals_local_byte_for_byte(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_corpus(tmp_path)
    dirs = [str(src)]
    if NATIONAL.is_dir():  # real reports too: a copy, so the run reads 48 more files
        shutil.copytree(NATIONAL, tmp_path / "national")
        dirs.append(str(tmp_path / "national"))
    kinds = "actual,target,progress,task"
    local = gc.run(dirs, str(tmp_path / "local"), kinds=kinds, workers=2)
    dask = gc.run(
        dirs, str(tmp_path / "dask"), kinds=kinds, engine="dask", scheduler=cluster.scheduler_address
    )
    assert dask.read == local.read > 10 and len(dask.panel) == len(local.panel) > 30
    workers = set(cluster.scheduler_info["workers"])
    assert len(workers) == 2
    for name in OUTPUTS:
        assert filecmp.cmp(tmp_path / "local" / name, tmp_path / "dask" / name, shallow=False), name


def test_dask_resumes_a_local_run(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_corpus(tmp_path)
    out = tmp_path / "out"
    gc.run([str(src / "zhejiang" / "hangzhou")], str(out), workers=1)
    r = gc.run([str(src)], str(out), engine="dask", scheduler=cluster)  # a cluster object works too
    assert (r.read, r.skipped) == (7, 4)
