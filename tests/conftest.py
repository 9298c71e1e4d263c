"""Suite-wide setup: Qt renders offscreen; the HMI keeps its data in a per-test directory."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
