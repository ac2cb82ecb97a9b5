# Two commands do all set-up: `make run` opens the explorer on the bundled seed data,
# `make test` runs every test. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench clean seeds-shipped tmux postgres chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,extract]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/bilat

test: $(STAMP) tmux postgres chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/mypy bench/*.py
	$(BIN)/mypy bench/extract/*.py bench/extract/first_read/*.py
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest -n 2 -q

# $(call apt_install,COMMAND,WHY): the Debian package COMMAND, unless it is there already
# (Debian's base images lack what the tests below need).
define apt_install
	@command -v $(1) >/dev/null 2>&1 || { \
	  echo "make: installing $(1) ($(2))"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1); }
endef

# The terminal race (bench/terminal.py) and its test run tmux.
tmux:
	$(call apt_install,tmux,bench/terminal.py and its test run it)

# The browser test of `bilat serve` drives Debian's Chromium (playwright never downloads one).
chromium:
	$(call apt_install,chromium,tests/share/test_serve_browser.py drives it)


# The team database's tests (store/pg) run against PostgreSQL on 127.0.0.1:5432: started
# here if it is down; if it still does not answer, those tests fail saying so.
postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || { \
	  echo "make: starting PostgreSQL (the team database's tests use it)"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO pg_ctlcluster 15 main start 2>/dev/null || $$SUDO service postgresql start || true; \
	  for i in 1 2 3 4 5 6 7 8 9 10; do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; \
	  pg_isready -h 127.0.0.1 -p 5432 || echo "make: PostgreSQL does not answer on 127.0.0.1:5432: its tests will fail"; }

bench: $(STAMP) tmux
	$(BIN)/python -m pip install --quiet visidata || echo "bench: no VisiData; its rows will read n/a"
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# After a change to seeds/records: record the new versions, so that `bilat init --reseed`
# updates databases that hold an earlier one unedited.
seeds-shipped: $(STAMP)
	$(BIN)/python -c "from bilat.store.reseed import main; main()"

clean:
	rm -rf $(VENV) build *.egg-info
