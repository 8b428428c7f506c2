# Two commands matter: `make run` (the bot on the bundled corpus) and `make test`.
# Both install what is missing first: a virtual environment in .venv, the CPU build of torch, the project.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# torch 2.13.0's CPU wheel lies in /opt/wheels on these machines; an unpinned torch would pull a CUDA build.
FIND_LINKS := $(if $(wildcard /opt/wheels),--find-links /opt/wheels)
# llama.cpp's native build dies with "Illegal instruction" here; these are the flags of the build that ran.
export CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: run ask test test-quick install install-test ingest bench clean-index

run: $(VENV)/.installed
	$(BIN)/python -m bot

ask: $(VENV)/.installed
	$(BIN)/python -m bot ask "What should policymakers in Europe learn from China's use of AI in public services?"

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

test-quick: $(VENV)/.installed-test   # the loop while editing: no real servers, browser or model downloads
	$(BIN)/python -m pytest -m "not slow"

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

ingest: $(VENV)/.installed
	$(BIN)/python -m ingest

bench: $(VENV)/.installed-test
	$(BIN)/python -m bot.bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(FIND_LINKS) torch==2.13.0
	$(BIN)/python -m pip install --quiet $(FIND_LINKS) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	# Debian's chromium for the browser tests; the Debian FAQ, the second corpus of the evaluation
	command -v chromium >/dev/null && test -d /usr/share/doc/debian/FAQ || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium debian-faq; }
	$(BIN)/python -m pip install --quiet $(FIND_LINKS) -e '.[test]'
	touch $@

clean-index:
	rm -rf .index
