# The two commands of the README: `make run` and `make test`.
# Each recipe line is plain shell, so the same steps work without make.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test setup clean

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
	$(PY) manage.py migrate --verbosity 0
	$(PY) manage.py import_seeds
	$(PY) manage.py collectstatic --noinput --verbosity 0

run: setup
	$(PY) manage.py runserver $(PORT)

test: $(VENV)/installed-tests
	$(PY) -m pytest

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles
