"""Test kit for GUI and integration tests against the HMI (pytest plugin ``hmi.testing.plugin``)."""
