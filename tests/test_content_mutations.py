"""Random damage to a valid site only ever produces located problems, never another exception."""
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.yamlsource import parse_text
from kiosk.site import load_checked

from sites import MINI_SITE

FILES = sorted(path.name for path in MINI_SITE.glob("*.yaml"))

values = st.recursive(
    st.none() | st.text(max_size=12) | st.integers() | st.floats() | st.booleans(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from paths(child, prefix + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from paths(child, prefix + (index,))


def mutate(data, path, operation, value):
    if not path:
        return value
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if operation == "delete":
        del parent[last]
    elif operation == "rename-id" and isinstance(parent, dict) and last == "id":
        parent[last] = str(value)
    else:
        parent[last] = value
    return data


def assert_located(folder: Path) -> None:
    site = load_checked(folder)
    for problem in site.problems:
        assert problem.location.file.startswith(str(folder)), problem.render()
        if problem.location.file.endswith(".yaml") and problem.location.line:
            assert problem.location.column >= 1
        assert problem.render()  # every message formats with its parameters
    assert (site.content is None) == bool(site.errors)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=st.sampled_from(FILES), data=st.data(),
       operation=st.sampled_from(["delete", "replace", "rename-id"]), value=values)
def test_structural_damage_gives_located_problems(mini_site: Path, file: str, data, operation: str, value) -> None:
    path = mini_site / file
    document, _ = parse_text(path.read_text(encoding="utf-8"), file)
    tree = document.data
    target = data.draw(st.sampled_from(list(paths(tree))))
    damaged = mutate(tree, target, operation, value)
    path.write_text(yaml.safe_dump(damaged, allow_unicode=True), encoding="utf-8")
    assert_located(mini_site)
    (mini_site / file).write_bytes((MINI_SITE / file).read_bytes())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=st.sampled_from(FILES), position=st.floats(0, 1), garbage=st.binary(min_size=1, max_size=8))
def test_garbage_bytes_give_located_problems(mini_site: Path, file: str, position: float, garbage: bytes) -> None:
    original = (MINI_SITE / file).read_bytes()
    offset = int(position * len(original))
    (mini_site / file).write_bytes(original[:offset] + garbage + original[offset:])
    assert_located(mini_site)
    (mini_site / file).write_bytes(original)
