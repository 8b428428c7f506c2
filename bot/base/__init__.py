"""The base layer: settings, the records passed between stages, the seams' protocols and small shared
helpers. It imports nothing else of this project, so `ingest` and `bot` can both stand on it."""
