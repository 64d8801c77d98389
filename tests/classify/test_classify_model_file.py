"""The model file: tampered files refused, other versions reported (RELIABILITY 27)."""

from __future__ import annotations

import io
import json
import logging
import os
import pickle
import zipfile
from pathlib import Path

import pytest
import skops.io as sio
import sklearn

from pipeline.classify.model import FORMAT, MODEL_FILE, load_bundle, save_bundle
from pipeline.classify.predict import load_model
from pipeline.errors import ModelError


def _rewrite_schema(src: Path, dst: Path, edit) -> None:
    """Copy a skops zip, passing schema.json through ``edit`` (text -> text)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "schema.json":
                data = edit(data.decode()).encode()
            zout.writestr(name, data)


def test_genuine_model_loads(tiny_model_dir: Path):
    data, version = load_bundle(tiny_model_dir / MODEL_FILE)
    assert data["format"] == FORMAT and version.startswith("reaction_clf-") and len(version) == len("reaction_clf-") + 12


def test_schema_edited_to_an_untrusted_type_is_refused(tmp_path: Path, tiny_model_dir: Path):
    def edit(text: str) -> str:
        assert '"sklearn.linear_model._logistic"' in text
        return text.replace('"sklearn.linear_model._logistic"', '"os"').replace('"LogisticRegression"', '"system"')

    _rewrite_schema(tiny_model_dir / MODEL_FILE, tmp_path / MODEL_FILE, edit)
    with pytest.raises(ModelError, match=r"untrusted type\(s\) os\.system.*tampered"):
        load_model(tmp_path)


def test_schema_naming_another_sklearn_estimator_is_refused(tmp_path: Path, tiny_model_dir: Path):
    """skops trusts every sklearn estimator by default; our allow-list is narrower."""

    def edit(text: str) -> str:
        return text.replace('"LogisticRegression"', '"LinearRegression"').replace(
            '"sklearn.linear_model._logistic"', '"sklearn.linear_model._base"'
        )

    _rewrite_schema(tiny_model_dir / MODEL_FILE, tmp_path / MODEL_FILE, edit)
    with pytest.raises(ModelError, match=r"untrusted type\(s\) sklearn\.linear_model\._base\.LinearRegression"):
        load_model(tmp_path)


def test_file_holding_a_function_is_refused(tmp_path: Path):
    (tmp_path / MODEL_FILE).write_bytes(sio.dumps({"format": FORMAT, "pipeline": os.getcwd}))
    with pytest.raises(ModelError, match="untrusted"):
        load_model(tmp_path)


def test_pickle_renamed_skops_is_refused(tmp_path: Path):
    (tmp_path / MODEL_FILE).write_bytes(pickle.dumps({"format": FORMAT}))
    with pytest.raises(ModelError, match="not a skops model file"):
        load_model(tmp_path)


def test_truncated_file_is_refused(tmp_path: Path, tiny_model_dir: Path):
    content = (tiny_model_dir / MODEL_FILE).read_bytes()
    (tmp_path / MODEL_FILE).write_bytes(content[: len(content) // 2])
    with pytest.raises(ModelError):
        load_model(tmp_path)


def test_other_skops_content_is_refused(tmp_path: Path):
    (tmp_path / MODEL_FILE).write_bytes(sio.dumps({"format": "something-else"}))
    with pytest.raises(ModelError, match="not a newsreact reaction model"):
        load_model(tmp_path)


def _with_sklearn_version(src: Path, dst: Path, version: str) -> None:
    data, _ = load_bundle(src)
    meta = json.loads(data["meta_json"])
    meta["sklearn_version"] = version
    data["meta_json"] = json.dumps(meta, sort_keys=True)
    save_bundle(data, dst)


def test_model_from_another_sklearn_minor_version_is_reported(tmp_path: Path, tiny_model_dir: Path):
    _with_sklearn_version(tiny_model_dir / MODEL_FILE, tmp_path / MODEL_FILE, "0.24.2")
    with pytest.raises(ModelError, match=r"scikit-learn 0\.24\.2.*newsreact train.*scikit-learn==0\.24\.2"):
        load_model(tmp_path)


def test_estimator_stamp_from_another_version_is_reported(tmp_path: Path, tiny_model_dir: Path):
    here = sklearn.__version__

    def edit(text: str) -> str:
        stamp = f'"content": "\\"{here}\\""'  # a JSON string inside the JSON schema
        assert stamp in text
        return text.replace(stamp, '"content": "\\"1.0.2\\""')

    _rewrite_schema(tiny_model_dir / MODEL_FILE, tmp_path / MODEL_FILE, edit)
    with pytest.raises(ModelError, match=r"scikit-learn 1\.0\.2"):
        load_model(tmp_path)


def test_patch_version_difference_only_warns(tmp_path: Path, tiny_model_dir: Path, caplog):
    major, minor = sklearn.__version__.split(".")[:2]
    other = f"{major}.{minor}.999"
    _with_sklearn_version(tiny_model_dir / MODEL_FILE, tmp_path / MODEL_FILE, other)
    with caplog.at_level(logging.WARNING):
        model = load_model(tmp_path)
    assert model.predict_labels(["phew"])[0] in {"joke", "relief", "criticism", "other"}
    assert other in caplog.text and "newsreact train" in caplog.text


def test_zip_without_schema_is_refused(tmp_path: Path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    (tmp_path / MODEL_FILE).write_bytes(buf.getvalue())
    with pytest.raises(ModelError, match="newsreact train"):
        load_model(tmp_path)
