"""Unchanged since: the migration of this name in records.migrations."""

from importlib import import_module

Migration = import_module("records.migrations.0003_search_entries").Migration
