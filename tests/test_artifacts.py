import pytest

from model import artifacts
from model.scorer import Scorer


def test_loader_refuses_a_tampered_artifact(model_dir):
    version = artifacts.current_version(model_dir)
    path = model_dir / version / artifacts.MODEL_FILE
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    path.write_bytes(bytes(blob))
    with pytest.raises(artifacts.ArtifactError, match="sha256"):
        artifacts.load(model_dir)


def test_loader_refuses_missing_metadata_and_bad_pointer(model_dir):
    version = artifacts.current_version(model_dir)
    (model_dir / artifacts.CURRENT).write_text("../etc\n")
    with pytest.raises(artifacts.ArtifactError, match="does not name"):
        artifacts.load(model_dir)
    (model_dir / artifacts.CURRENT).write_text(version)
    (model_dir / version / artifacts.META_FILE).unlink()
    with pytest.raises(artifacts.ArtifactError, match="missing"):
        artifacts.load(model_dir)


def test_promote_checks_before_switching(model_dir):
    version = artifacts.current_version(model_dir)
    with pytest.raises(artifacts.ArtifactError):
        artifacts.promote(model_dir, "2000.01.01-1")
    assert artifacts.current_version(model_dir) == version


def test_bundled_default_model_loads_and_verifies():
    scorer = Scorer.load(artifacts.DEFAULT_DIR)
    assert scorer.version == artifacts.current_version(artifacts.DEFAULT_DIR)
    size = (artifacts.DEFAULT_DIR / scorer.version / artifacts.MODEL_FILE).stat().st_size
    assert size < 5 * 1024 * 1024
