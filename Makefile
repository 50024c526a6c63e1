# The two commands of the README: `make run` and `make test`.
# Each recipe line is plain shell, so the same steps work without make.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

BIND ?= 127.0.0.1:$(PORT)
WORKERS ?= 2

.PHONY: run serve test test-slow setup clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The site's own dependencies, then the test tools on top.
$(VENV)/installed-site: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/installed-tests: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/installed-site
	$(PY) -m records.catalogs
	$(PY) manage.py migrate --verbosity 0
	$(PY) manage.py import_seeds

# The task worker that runs the upload page's imports (README, "Background jobs") runs beside
# the server and stops with it.
WORKER := $(PY) manage.py db_worker --no-reload
STOP_WORKER := worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM

run: setup
	$(WORKER) & $(STOP_WORKER); $(PY) manage.py runserver $(PORT)

# The production server: gunicorn workers over the collected static files, and the task
# worker. Configure it through the environment (README, "Run in production").
serve: $(VENV)/installed-site
	$(PY) -m records.catalogs
	$(PY) manage.py migrate --verbosity 0
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(WORKER) & $(STOP_WORKER); \
	$(VENV)/bin/gunicorn labknowledge.wsgi --workers $(WORKERS) --bind $(BIND) \
		--access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# One test process per core (pytest-xdist); each gets its own test database. `test` runs the
# default tier; `test-slow` the tests marked slow (whole corpus, scale, fuzz, concurrency), and
# passes when none is collected (pytest's exit status 5). Bytecode is cached even where the
# environment turns caching off (PYTHONDONTWRITEBYTECODE): each test process would otherwise
# compile the project and rewrite the tests' assertions anew on every run.
TEST := PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n auto

test: $(VENV)/installed-tests
	$(TEST)

test-slow: $(VENV)/installed-tests
	$(TEST) -m slow || [ $$? -eq 5 ]

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles
