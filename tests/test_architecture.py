"""The import architecture: layers that run one way, public surfaces between packages, no cycles.

Every module of the package is parsed with `ast` (nothing is imported), and every import statement, at the top
of a module or inside a function, is checked against three rules:

1. **Layers.** A module imports only from its own layer or the layers below it. The layers, bottom to top:

   - records: govtargets._model (the Fact record; imports nothing)
   - text: govtargets.text (pure string functions: script, widths, sentences, offset maps)
   - ingest: govtargets.ingest (bytes → Document; uses text's pure helpers)
   - values: govtargets.numbers, .lexicon, .bounds, .status (numbers, units, names, limits, statuses; pure)
   - extract: govtargets.extract, .breakdown, .evaluate (facts and tasks; the task table; the gold scorer)
   - api: govtargets itself, the package __init__ (the public reading API, re-exported)
   - store: govtargets.store (the database)
   - cycle: govtargets.cycle, .samples (plans, progress, judgement, reports, the demo)
   - corpus: govtargets.corpus (a folder of reports → documents, facts, the target/actual panel)
   - web: govtargets.web (the FastAPI application)
   - cli: govtargets.cli, govtargets.__main__ (the click commands; nothing imports them)

   ingest → text → numbers/lexicon → extract is the order the data flows; in imports, text sits *below*
   ingest because ingest calls text's pure helpers (script detection, traditional → simplified) and text
   needs nothing from ingest.

2. **Public surfaces.** A private module (a path component starting with `_`, as in `govtargets.store._users`)
   or a private name (`from x import _y`) may be imported only from inside the package that owns it. The owner
   of `a.b._c` is `a.b`; the owner of the names of module `a.b.c` is `a.b`; so `govtargets._model` is open to
   the whole package, `govtargets.store._users` only to `govtargets.store`.

3. **No cycles** between modules, counting imports inside functions too (a late import does not make a loop
   go away; it only hides it). Imports under `if TYPE_CHECKING:` name types for annotations and never run, so
   they count for rules 1 and 2 but not for cycles.

And in the web application only app.py imports the routers (routes_*.py, api.py): what two of them share
lives in a module of its own (pages.py, uploads.py, reporting.py, words.py).

`ALLOWED` lists the exceptions, each with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "govtargets"

# bottom to top; a module belongs to the layer of its longest matching prefix ("=name": that module only)
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("records", ("govtargets._model",)),
    ("text", ("govtargets.text",)),
    ("ingest", ("govtargets.ingest",)),
    ("values", ("govtargets.numbers", "govtargets.lexicon", "govtargets.bounds", "govtargets.status")),
    ("extract", ("govtargets.extract", "govtargets.breakdown", "govtargets.evaluate")),
    ("api", ("=govtargets",)),
    ("store", ("govtargets.store",)),
    ("cycle", ("govtargets.cycle", "govtargets.samples")),
    ("corpus", ("govtargets.corpus",)),  # corpus mode: reads, extracts and audits (cycle.audit) a corpus
    ("web", ("govtargets.web",)),
    ("cli", ("govtargets.cli", "govtargets.__main__")),
]

# (importer, imported module, name or None): reason. Keep it short; every entry is a debt.
ALLOWED: dict[tuple[str, str, str | None], str] = {}


@dataclass(frozen=True, slots=True)
class Import:
    """One imported module (and name, for `from m import name`) at one line of one module."""

    importer: str
    module: str
    name: str | None
    line: int
    typing_only: bool = False  # under `if TYPE_CHECKING:`

    def where(self) -> str:
        what = f"{self.module}.{self.name}" if self.name else self.module
        return f"{self.importer}:{self.line} imports {what}"


def module_names(root: Path) -> dict[str, Path]:
    """Every module under the package directory `root`, by dotted name (a package by its own name)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports_of(name: str, path: Path, modules: Mapping[str, Path]) -> Iterator[Import]:
    """The imports of one module that stay inside the package, relative ones resolved.

    `from pkg import sub` where `sub` is a module counts as importing the module `pkg.sub`.
    """
    top = next(iter(modules)).split(".")[0] if modules else ""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == top:
                    yield Import(name, alias.name, None, node.lineno, id(node) in typing_only)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([node.module] if node.module else []))
            if base.split(".")[0] != top:
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:
                    yield Import(name, sub, None, node.lineno, id(node) in typing_only)
                else:
                    yield Import(name, base, alias.name, node.lineno, id(node) in typing_only)


def layer_of(module: str, layers: list[tuple[str, tuple[str, ...]]]) -> int | None:
    """The index of the layer whose longest prefix matches `module` (a prefix "=name" matches only `name`)."""
    best, best_len = None, -1
    for i, (_, prefixes) in enumerate(layers):
        for p in prefixes:
            exact = p.startswith("=")
            p = p.removeprefix("=")
            if (module == p or (not exact and module.startswith(p + "."))) and len(p) > best_len:
                best, best_len = i, len(p)
    return best


def _private_owner(module: str) -> str | None:
    """The package that owns the first private component of a module path, or None if the path is public."""
    parts = module.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def violations(
    root: Path,
    layers: list[tuple[str, tuple[str, ...]]],
    allowed: Mapping[tuple[str, str, str | None], str] = {},
) -> list[str]:
    """Every breach of the three rules in the package at `root`, as readable lines (none when all is well)."""
    modules = module_names(root)
    found: list[str] = []
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        own = layer_of(name, layers)
        if own is None:
            found.append(f"{name} sits in no layer")
            continue
        for imp in imports_of(name, path, modules):
            if (imp.importer, imp.module, imp.name) in allowed:
                continue
            target = imp.module
            if target in modules and not imp.typing_only:
                graph[name].add(target)
            theirs = layer_of(target, layers)
            if theirs is not None and theirs > own:
                found.append(f"upward: {imp.where()} ({layers[own][0]} → {layers[theirs][0]})")
            owner = _private_owner(target)
            if owner is not None and not _inside(name, owner):
                found.append(f"private module: {imp.where()} (private to {owner})")
            if imp.name and imp.name.startswith("_") and not imp.name.startswith("__"):
                owner = (
                    target if modules.get(target, Path()).name == "__init__.py" else target.rpartition(".")[0]
                )
                if not _inside(name, owner):
                    found.append(f"private name: {imp.where()} (private to {owner})")
    found.extend(f"cycle: {' → '.join(c)}" for c in cycles(graph))
    return found


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One loop per strongly connected component of more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan; the package is small enough for recursion
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                out.append(sorted(component) + [min(component)])

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_package_keeps_its_architecture():
    found = violations(ROOT, LAYERS, ALLOWED)
    assert not found, "\n".join(found)


def test_every_allowed_exception_is_still_needed_and_has_a_reason():
    for key, reason in ALLOWED.items():
        assert reason.strip(), key
    modules = module_names(ROOT)
    used = {(i.importer, i.module, i.name) for m, p in modules.items() for i in imports_of(m, p, modules)}
    assert not set(ALLOWED) - used, "allow-list entries that no longer match an import"


# --- the rules fail on planted violations -------------------------------------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, body in files.items():
        p = tmp_path / "pkg" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")
    return tmp_path / "pkg"


TOY_LAYERS = [("low", ("pkg.low",)), ("mid", ("pkg.mid", "=pkg")), ("high", ("pkg.high",))]

CLEAN = {
    "__init__.py": "from pkg.mid import run\n",
    "low/__init__.py": "from pkg.low._impl import parse\n__all__ = ['parse']\n",
    "low/_impl.py": "def parse(s):\n    return s\n\ndef _helper():\n    pass\n",
    "mid/__init__.py": "from pkg.low import parse\n\ndef run(s):\n    return parse(s)\n",
    "high/__init__.py": "from pkg import mid\nfrom pkg.mid import run\n",
}


def test_a_clean_toy_tree_passes(tmp_path):
    assert violations(_tree(tmp_path, CLEAN), TOY_LAYERS) == []


@pytest.mark.parametrize(
    ("planted", "expected"),
    [
        # an upward import at the top of a module, and one hidden inside a function
        ({"low/up.py": "from pkg.high import x\n"}, "upward: pkg.low.up:1 imports pkg.high.x (low → high)"),
        ({"low/up.py": "def f():\n    import pkg.mid\n"}, "upward: pkg.low.up:2 imports pkg.mid (low → mid)"),
        # a relative import is resolved before it is judged
        ({"low/up.py": "from ..mid import run\n"}, "upward: pkg.low.up:1 imports pkg.mid.run (low → mid)"),
        # another package's private module, by path and by `from package import _module`
        (
            {"high/peek.py": "from pkg.low._impl import parse\n"},
            "private module: pkg.high.peek:1 imports pkg.low._impl.parse (private to pkg.low)",
        ),
        (
            {"high/peek.py": "from pkg.low import _impl\n"},
            "private module: pkg.high.peek:1 imports pkg.low._impl (private to pkg.low)",
        ),
        # another package's private name
        (
            {"mid/peek.py": "from pkg.low import _helper\n"},
            "private name: pkg.mid.peek:1 imports pkg.low._helper (private to pkg.low)",
        ),
        # a cycle within one layer, through a late import
        (
            {"mid/a.py": "from pkg.mid.b import g\n", "mid/b.py": "def g():\n    from pkg.mid import a\n"},
            "cycle: pkg.mid.a → pkg.mid.b → pkg.mid.a",
        ),
        # a type-only import back is no cycle, but it still may not reach upwards
        (
            {"low/t.py": "import typing\nif typing.TYPE_CHECKING:\n    from pkg.mid import run\n"},
            "upward: pkg.low.t:3 imports pkg.mid.run (low → mid)",
        ),
        # a module no layer claims
        ({"stray/__init__.py": ""}, "pkg.stray sits in no layer"),
    ],
)
def test_a_planted_violation_is_reported(tmp_path, planted, expected):
    toy = dict(CLEAN, **planted)
    assert expected in violations(_tree(tmp_path, toy), TOY_LAYERS)


def test_a_private_module_is_open_to_its_own_package(tmp_path):
    toy = dict(CLEAN, **{"low/other.py": "from pkg.low._impl import _helper\n"})
    assert violations(_tree(tmp_path, toy), TOY_LAYERS) == []


def test_a_type_only_import_back_is_no_cycle(tmp_path):
    toy = dict(
        CLEAN,
        **{
            "mid/a.py": "from pkg.mid.b import g\n",
            "mid/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.mid.a import A\n",
        },
    )
    assert violations(_tree(tmp_path, toy), TOY_LAYERS) == []


def test_an_allowed_import_is_not_reported(tmp_path):
    toy = dict(CLEAN, **{"low/up.py": "from pkg.high import x\n"})
    allowed = {("pkg.low.up", "pkg.high", "x"): "a toy reason"}
    assert violations(_tree(tmp_path, toy), TOY_LAYERS, allowed) == []


def test_only_the_application_imports_the_routers():
    """A route module routes; what two share lives in a module of its own (pages, uploads, reporting)."""
    modules = module_names(ROOT)
    routers = {m for m in modules if m.startswith("govtargets.web.routes_") or m == "govtargets.web.api"}
    found = [
        i.where()
        for m, p in modules.items()
        if m != "govtargets.web.app"
        for i in imports_of(m, p, modules)
        if i.module in routers
    ]
    assert not found, "\n".join(found)
