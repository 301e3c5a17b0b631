"""`python -m bench` runs and writes its results: the model section, quick.

A smoke test of the benchmark harness, not a benchmark: no timing is
asserted, only that the figures are there."""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_bench_quick_model_writes_results(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "model", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    result = json.loads((tmp_path / "latest.json").read_text())
    for key in ("finished_at", "duration_s", "quick", "only", "machine", "model_version",
                "sections", "rows", "errors"):
        assert key in result, key
    assert result["quick"] is True and result["only"] == ["model"]
    assert result["errors"] == {}
    assert set(result["sections"]) == {"model"}
    assert {"cores", "cpu", "python"} <= set(result["machine"])

    model = result["sections"]["model"]
    for key in ("model_us", "regex_us", "batch50_us_per_snippet", "megabyte", "artifact"):
        assert key in model, key
    assert model["model_us"]["p50"] > 0 and model["model_us"]["p99"] >= model["model_us"]["p50"]
    assert model["megabyte"]["chars"] >= 1_000_000
    assert model["artifact"]["bytes"] > 0

    rows = result["rows"]
    assert rows and all(r["section"] == "model" for r in rows)
    for r in rows:
        assert {"figure", "value", "unit", "shown", "target", "met", "baseline"} <= set(r)
        assert r["met"] in (True, False, None)
    assert any("1 MB" in r["figure"] for r in rows)

    md = (tmp_path / "latest.md").read_text()
    assert "| figure | measured | target | status | baseline (same run) |" in md
    # the table is printed too
    assert "model artifact size" in proc.stdout
