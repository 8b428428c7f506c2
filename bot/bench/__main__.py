"""`python -m bot.bench`: the benchmark (bot/bench/run.py)."""
import sys

from bot.bench.run import main

sys.exit(main())
