"""DTC table lookups: known, unknown and malformed codes, and a damaged table file."""

import json

import pytest

from hmi.health.dtc import DEFAULT_TABLE, DtcError, DtcTable, normalise_code


@pytest.fixture(scope="module")
def table() -> DtcTable:
    return DtcTable.load()


def test_shipped_table_is_complete_and_valid(table):
    raw = json.loads(DEFAULT_TABLE.read_text(encoding="utf-8"))["codes"]
    assert len(table) == len(raw) >= 50  # no entry was skipped as malformed
    for letter in "PCBU":
        assert any(r["code"].startswith(letter) for r in raw), letter


@pytest.mark.parametrize(
    ("code", "text", "severity"),
    [
        ("P0A80", "Replace Hybrid/EV Battery Pack", "warning"),
        ("P0AA6", "Hybrid/EV Battery Voltage System Isolation Fault", "critical"),
        ("P0420", "Catalyst System Efficiency Below Threshold (Bank 1)", "info"),
        ("U0100", "Lost Communication With ECM/PCM A", "warning"),
        ("C0035", "Left Front Wheel Speed Sensor Circuit", "warning"),
    ],
)
def test_known_codes(table, code, text, severity):
    info = table.lookup(code)
    assert (info.code, info.text, info.severity, info.known) == (code, text, severity, True)
    assert info.action


def test_lookup_normalises_case_and_spaces(table):
    assert table.lookup(" p0a80 ").code == "P0A80"
    assert "p0aa6" in table


def test_unknown_code_is_shown_not_dropped(table):
    info = table.lookup("P1ABC")
    assert info.text == "Unknown code P1ABC"
    assert not info.known and info.severity == "warning" and info.action
    assert info.system == "Powertrain"
    assert table.lookup("B3FFF").system == "Body"


@pytest.mark.parametrize(
    "bad", ["", "P0A8", "P0A800", "X0A80", "P0G80", "P 0A80", "P0A8\u0660", 42, None, b"P0A80", ["P0A80"], "P0A80\n1"]
)
def test_malformed_codes_rejected(table, bad):
    with pytest.raises(DtcError):
        table.lookup(bad)
    with pytest.raises(DtcError):
        normalise_code(bad)
    assert bad not in table


def test_lookup_many_skips_malformed_and_duplicates(table, caplog):
    infos = table.lookup_many(["P0A80", "bogus", "P0A80", "P1ABC", 7])
    assert [i.code for i in infos] == ["P0A80", "P1ABC"]
    assert "rejected" in caplog.text


def test_bad_table_entries_are_skipped(tmp_path, caplog):
    p = tmp_path / "t.json"
    p.write_text(
        json.dumps(
            {
                "codes": [
                    {"code": "P0A80", "text": "Replace", "severity": "warning", "action": "Check"},
                    {"code": "Q0000", "text": "x", "severity": "warning", "action": "y"},
                    {"code": "P0001", "text": "x", "severity": "fatal", "action": "y"},
                    {"code": "P0002", "text": "", "severity": "info", "action": "y"},
                    "not an object",
                ]
            }
        )
    )
    t = DtcTable.load(p)
    assert len(t) == 1 and "P0A80" in t
    assert caplog.text.count("skipped") == 4


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b'{"codes": 5}', b"[]"])
def test_unreadable_table_raises(tmp_path, content):
    p = tmp_path / "t.json"
    p.write_bytes(content)
    with pytest.raises(DtcError):
        DtcTable.load(p)
    with pytest.raises(DtcError):
        DtcTable.load(tmp_path / "missing.json")
