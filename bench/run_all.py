"""Run every benchmark, each in its own process, and print their tables: ``python bench/run_all.py [--quick]``.

Each ``bench_<area>.py`` prints its figures next to a baseline measured in the same run. Separate
processes keep one benchmark's Qt application, caches and memory from skewing the next.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs")
    areas = "foundation nav ev mapview health updates designer i18n soak frames"
    parser.add_argument("only", nargs="*", help=f"areas: {areas}")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    failed = []
    for script in scripts:
        print(f"\n######## {script.stem} ########", flush=True)
        t0 = time.monotonic()
        cmd = [sys.executable, str(script), *(["--quick"] if args.quick else [])]
        rc = subprocess.call(cmd, cwd=HERE.parent)
        print(f"({script.stem}: {time.monotonic() - t0:.0f} s, exit {rc})", flush=True)
        if rc:
            failed.append(script.stem)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
