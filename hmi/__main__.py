"""``python -m hmi`` is the same as the ``hmi`` console script."""

from hmi.cli import main

raise SystemExit(main())
