"""The layer rules the code is built on, checked on the code itself."""
import ast
from pathlib import Path

from kiosk.paths import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "kiosk"


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """The kiosk modules ``path`` imports when it runs (anywhere in it), leaving out imports for type checkers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", "") == "TYPE_CHECKING" for node in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kiosk"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("kiosk"))
    return found


MODULES = {module_name(path): runtime_imports(path) for path in PACKAGE.rglob("*.py")}


def test_kivy_is_imported_only_in_the_ui_package() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(name.split(".")[0] == "kivy" for name in imported), path


def test_no_module_of_the_ui_imports_itself_through_others() -> None:
    ui = {name: {target for target in imports if target.startswith("kiosk.ui") and target in MODULES}
          for name, imports in MODULES.items() if name.startswith("kiosk.ui")}
    for start in ui:
        seen, stack = set(), list(ui[start])
        while stack:
            module = stack.pop()
            assert module != start, f"{start} imports itself through {sorted(seen)}"
            if module not in seen:
                seen.add(module)
                stack.extend(ui.get(module, ()))


def test_no_class_is_longer_than_two_hundred_lines() -> None:
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                assert node.end_lineno - node.lineno < 200, f"{path}: {node.name}"
