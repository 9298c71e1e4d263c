"""docs/scenarios.md documents the schema the validator enforces: every key and action, valid examples."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hmi.sim import scenario as scenarios
from hmi.sim import schema_doc

DOC = schema_doc.DOC


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_doc_lists_every_action_with_its_help(doc: str) -> None:
    for name, help_text in scenarios.ACTION_HELP.items():
        assert re.search(rf"^\| `{name}` \|.*\| {re.escape(help_text)} \|", doc, re.M), name
    assert set(scenarios.ACTION_HELP) == set(scenarios.ACTIONS)


def test_generated_tables_are_current(doc: str) -> None:
    assert schema_doc.render(doc) == doc, "run: python -m hmi.sim.schema_doc"


def test_doc_lists_every_top_level_and_recording_key(doc: str) -> None:
    for key in scenarios.TOP_LEVEL_KEYS:
        assert f"| `{key}` |" in doc, key
    for key in ("started_at", "retained", "messages", "duration", "loop", "source"):
        assert f"| `recording.{key}` |" in doc, key
    for kind in scenarios.HISTORY_KINDS:
        assert f"| `{kind}` |" in doc, kind
    for topic_filter in scenarios.RECORDED_FILTERS:
        assert f"`{topic_filter}`" in doc


def test_examples_in_the_doc_are_valid(doc: str, tmp_path: Path) -> None:
    blocks = re.findall(r"```json\n(.*?)```", doc, re.S)
    assert len(blocks) == 2
    simulated = scenarios.parse(json.loads(blocks[0]), "doc example 1")
    assert simulated.waypoints and simulated.events[0].do == "drive"
    recorded = scenarios.parse(json.loads(blocks[1]), "doc example 2")
    assert recorded.recording is not None and dict(recorded.recording.retained)["agent/status"] == b"online"


def test_error_examples_match_real_messages(doc: str, tmp_path: Path) -> None:
    """The doc's sample errors are what the validator says (minus the "known: …" tail)."""
    path = tmp_path / "my-drive.json"
    path.write_text('{"name": "my-drive",\n "initial": {"Vehicle.Speed": 450}}')
    with pytest.raises(scenarios.ScenarioError) as err:
        scenarios.load(path)
    message = str(err.value).replace(str(path), "my-drive.json").replace(":2:", ":5:")
    assert message in doc


def test_schema_doc_check_command() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "hmi.sim.schema_doc", "--check"], capture_output=True, text=True, timeout=30
    )
    assert res.returncode == 0, res.stderr
