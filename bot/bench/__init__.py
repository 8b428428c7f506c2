"""Benchmark and load-test tooling: speed figures printed, not asserted (`python -m bot.bench`)."""
