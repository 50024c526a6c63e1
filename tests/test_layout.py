"""The shape of `records/`: one room per idea, small enough to read, no import cycles."""

import ast
from pathlib import Path

import pytest

from tests.factories import ROOT

RECORDS = ROOT / "records"
MODULES = sorted(p for p in RECORDS.rglob("*.py") if "migrations" not in p.parts)
MAX_LINES = {"models.py": 600}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 150


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


KNOWN = {module_name(p) for p in MODULES}


def imported_modules(path: Path) -> set[str]:
    """The `records` modules this one imports, type-checking imports included."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = f"{base}.{node.module}" if node.level and node.module else node.module or base
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in found if m in KNOWN and m != name}


def test_records_has_no_import_cycle():
    # A package's __init__ importing its own modules to re-export them is not a cycle.
    graph = {
        name: {m for m in imported_modules(p) if not m.startswith(name + ".")}
        if p.name == "__init__.py"
        else imported_modules(p)
        for p in MODULES
        for name in [module_name(p)]
    }
    cycles = []

    def visit(node, trail):
        for nxt in sorted(graph[node]):
            if nxt in trail:
                cycles.append(trail[trail.index(nxt) :])
            elif nxt not in done:
                visit(nxt, [*trail, nxt])
        done.add(node)

    done = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert cycles == []


def test_archive_imports_no_django():
    archive = [p for p in MODULES if "archive" in p.relative_to(RECORDS).parts[:1]]
    assert archive
    for path in archive:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            else:
                continue
            assert not any(n.startswith(("django", "records")) for n in names), path


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small_enough_to_read(path):
    tree = ast.parse(path.read_text())
    assert len(path.read_text().splitlines()) <= MAX_LINES.get(path.name, MAX_MODULE_LINES)
    too_long = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(tree)
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
        )
        or (isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES)
    ]
    assert too_long == []
