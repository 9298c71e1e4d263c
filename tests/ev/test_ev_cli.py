"""``hmi plan`` / ``hmi range``: JSON keys, exit codes and one-line reasons (on the built Liechtenstein map)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hmi.cli import main
from hmi.nav.ev.cli import EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_OK

pytestmark = pytest.mark.slow

RUGGELL = "47.245,9.525"
MALBUN = "47.101,9.609"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_keys(liechtenstein_map, capsys):
    code, out, err = _run(
        capsys,
        "plan",
        "--map",
        str(liechtenstein_map),
        "--vehicle",
        "nissan-leaf-40",
        "--soc",
        "8",
        "--from",
        RUGGELL,
        "--to",
        MALBUN,
        "--reserve",
        "5",
        "--arrival",
        "10",
        "--json",
    )
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert set(data) == {"legs", "total_s"}
    stop, last = data["legs"][0], data["legs"][-1]
    assert set(stop) == {"from", "to", "distance_m", "drive_s", "arrive_soc", "charger", "charge_s", "depart_soc"}
    assert set(stop["charger"]) == {"id", "name", "lat", "lon", "power_kw", "plugs", "estimated"}
    assert set(last) == {"from", "to", "distance_m", "drive_s", "arrive_soc"}
    assert last["arrive_soc"] >= 10.0
    assert data["total_s"] == pytest.approx(
        sum(lg["drive_s"] + lg.get("charge_s", 0) for lg in data["legs"]) + 300, abs=1.0
    )


def test_plan_text_output(liechtenstein_map, capsys):
    code, out, _ = _run(
        capsys,
        "plan",
        "--map",
        str(liechtenstein_map),
        "--vehicle",
        "nissan-leaf-40",
        "--soc",
        "60",
        "--from",
        RUGGELL,
        "--to",
        MALBUN,
    )
    assert code == EXIT_OK
    assert "total" in out and "0 stop(s)" in out


def test_infeasible_exit_code_and_reason(liechtenstein_map, capsys):
    code, out, err = _run(
        capsys,
        "plan",
        "--map",
        str(liechtenstein_map),
        "--vehicle",
        "nissan-leaf-40",
        "--soc",
        "5.5",
        "--from",
        RUGGELL,
        "--to",
        MALBUN,
        "--min-power",
        "100",
        "--json",
    )
    assert code == EXIT_INFEASIBLE
    assert err.startswith("hmi: no feasible trip: ") and err.count("\n") == 1
    assert json.loads(out)["code"] == "unreachable"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--vehicle", "warp-car"), "unknown vehicle"),
        (("--plugs", "ccs"), "has no ccs plug"),
        (("--to", "48.5,9.6"), "outside the map"),
    ],
)
def test_bad_input_exit_codes(liechtenstein_map, capsys, args, needle):
    base = {
        "--map": str(liechtenstein_map),
        "--vehicle": "nissan-leaf-40",
        "--soc": "50",
        "--from": RUGGELL,
        "--to": MALBUN,
    }
    for k, v in zip(args[::2], args[1::2], strict=True):
        base[k] = v
    argv = ["plan"] + [x for kv in base.items() for x in kv]
    code, _, err = _run(capsys, *argv)
    assert code in (EXIT_BAD_INPUT, EXIT_INFEASIBLE) and needle in err


def test_missing_map_and_bad_numbers(tmp_path, capsys):
    code, _, err = _run(
        capsys,
        "plan",
        "--map",
        str(tmp_path),
        "--vehicle",
        "nissan-leaf-40",
        "--soc",
        "50",
        "--from",
        RUGGELL,
        "--to",
        MALBUN,
    )
    assert code == EXIT_BAD_INPUT and "hmi mapbuild" in err
    for bad in (("--soc", "nan"), ("--soc", "120"), ("--from", "47.1"), ("--to", "abc,def")):
        argv = ["plan", "--map", str(tmp_path), "--vehicle", "x", "--soc", "50", "--from", RUGGELL, "--to", MALBUN]
        argv[argv.index(bad[0]) + 1] = bad[1]
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_range_json(liechtenstein_map, capsys):
    code, out, _ = _run(
        capsys,
        "range",
        "--map",
        str(liechtenstein_map),
        "--vehicle",
        "nissan-leaf-40",
        "--soc",
        "5",
        "--at",
        "47.139,9.522",
        "--json",
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert len(data["polygon"]) >= 3 and data["nodes"] > data["nodes_reserve"]


def test_real_process_exit_code(liechtenstein_map):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "hmi",
            "plan",
            "--map",
            str(liechtenstein_map),
            "--vehicle",
            "nissan-leaf-40",
            "--soc",
            "1",
            "--from",
            MALBUN,
            "--to",
            RUGGELL,
            "--min-power",
            "40",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_INFEASIBLE
    assert "nearest compatible charger" in proc.stderr, proc.stderr
    assert json.loads(proc.stdout)["code"] == "unreachable"
