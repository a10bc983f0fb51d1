# Two entry points for a fresh machine: `make test` and `make demo`.
# Both create .venv, install coldsign with its dev extra, and make sure libzbar0 is present.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test demo lint bench sysdeps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

sysdeps:
	@sh scripts/ensure-libzbar.sh

test: sysdeps $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check coldsign tests bench
	$(BIN)/mypy

demo: sysdeps $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" sh scripts/demo.sh

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
