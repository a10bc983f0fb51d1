# Two entry points for a fresh machine: `make test` and `make demo`.
# Both create .venv, install coldsign with its dev extra, and make sure libzbar0 is present.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INTEROP := tests/interop
# npm ci rewrites node_modules/.package-lock.json, so it runs again only when the lock is newer.
INTEROP_STAMP := $(INTEROP)/node_modules/.package-lock.json

.PHONY: test demo lint bench mutate differential sysdeps clean interop-deps fuzz fuzz-merge fuzz-seeds

# editable_mode=compat puts the checkout on sys.path with a plain .pth line. The default editable
# mode installs an import hook that every Python start-up in .venv pays for (about 13 ms here),
# which a customer's `pip install coldsign` never pays: the start-up benchmarks
# (bench/reserves.py, bench/startup.py) would measure the development checkout, not the product.
$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

sysdeps:
	@sh scripts/ensure-libzbar.sh

# The JS peers of the interop tests (Keystone's registries, bc-ur, bbqr, ethers, scure,
# bip322-js), from the committed lockfile. The interop tests fail without them.
$(INTEROP_STAMP): $(INTEROP)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is needed for tests/interop (Node.js 18+)"; exit 7; }
	npm ci --prefix $(INTEROP) --no-audit --no-fund --loglevel=error

interop-deps: $(INTEROP_STAMP)

test: sysdeps $(STAMP) interop-deps
	$(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check coldsign tests bench fuzz
	$(BIN)/mypy

demo: sysdeps $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" sh scripts/demo.sh

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

# Mutation testing of the checks and the signing service (issue 17.4; config in pyproject.toml).
# mutmut resumes from mutants/ and reruns only what changed; the score table goes to docs/testing.md.
mutate: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,mutate]' --config-settings editable_mode=compat
	nice -n 5 $(BIN)/mutmut run
	$(BIN)/python scripts/mutation_score.py

# The differential check of the policy engine (tests/property/test_policy_differential.py) at
# length: make test runs 300 examples, this DIFFERENTIAL_EXAMPLES (20,000 took 194 s here).
DIFFERENTIAL_EXAMPLES ?= 20000

differential: $(STAMP)
	COLDSIGN_DIFFERENTIAL_EXAMPLES=$(DIFFERENTIAL_EXAMPLES) $(BIN)/python -m pytest -q -p no:xdist \
		tests/property/test_policy_differential.py

# Coverage-guided fuzzing (docs/testing.md). `make fuzz` runs every target FUZZ_SECONDS (one at a
# time, niced) and prints the table; FUZZ_TARGETS=a,b picks some. `make fuzz-merge` minimizes this
# machine's finds (fuzz/.work) into the committed corpora; `make fuzz-seeds` regenerates them.
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?=

fuzz: $(STAMP)
	nice -n 10 $(BIN)/python fuzz/run.py --seconds $(FUZZ_SECONDS) $(if $(FUZZ_TARGETS),--targets $(FUZZ_TARGETS),)

fuzz-merge: $(STAMP)
	nice -n 10 $(BIN)/python fuzz/run.py --merge $(if $(FUZZ_TARGETS),--targets $(FUZZ_TARGETS),)

fuzz-seeds: sysdeps $(STAMP)
	nice -n 10 $(BIN)/python fuzz/seed_corpora.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis fuzz/.work mutants
