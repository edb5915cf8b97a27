"""Route queries against ``networkx.dijkstra_path`` on the same graph, and the cost of building the trees.

Run: .venv/bin/python bench/routing.py   (networkx comes with the test extra)
"""
from __future__ import annotations

import gc
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import write_large_site  # noqa: E402
from kiosk.content import Content  # noqa: E402
from kiosk.paths import BUNDLED_SITE  # noqa: E402
from kiosk.routing import Profile, Routes  # noqa: E402
from kiosk.site import load_checked  # noqa: E402

QUERIES = 300


def as_networkx(routes: Routes) -> networkx.DiGraph:
    graph = networkx.DiGraph()
    adjacency = routes.graph.adjacency[Profile.DEFAULT]
    for start, edges in enumerate(adjacency):
        for target, cost, _ in edges:
            graph.add_edge(start, target, weight=cost)
    return graph


def measure(name: str, content: Content) -> None:
    started = time.perf_counter()
    routes = Routes(content)
    whole = time.perf_counter() - started
    rounds = []
    for _ in range(5):
        gc.collect()
        started = time.perf_counter()
        for kiosk in content.site.kiosks:
            for profile in Profile:
                routes.graph.tree(kiosk.place, profile)
        rounds.append(time.perf_counter() - started)
    build = sorted(rounds)[len(rounds) // 2]
    graph = as_networkx(routes)
    kiosk = content.site.kiosks[0]
    source = routes.graph.index[kiosk.place]
    targets = random.Random(1).choices(list(content.places), k=QUERIES)

    gc.collect()
    started = time.perf_counter()
    for target in targets:
        networkx.dijkstra_path(graph, source, routes.graph.index[target])
    oracle = (time.perf_counter() - started) / QUERIES

    started = time.perf_counter()
    for target in targets:
        routes.trees[(kiosk.id, Profile.DEFAULT)].legs_to(target)
    walk_back = (time.perf_counter() - started) / QUERIES

    distinct = list(dict.fromkeys(targets))
    gc.collect()
    started = time.perf_counter()
    for target in distinct:
        routes.route(kiosk.id, target)
    with_steps = (time.perf_counter() - started) / len(distinct)
    started = time.perf_counter()
    for target in targets:
        routes.route(kiosk.id, target)
    asked_again = (time.perf_counter() - started) / QUERIES
    trees = len(routes.trees)
    print(f"{name}: {len(content.places)} places, {len(content.connections)} connections")
    print(f"  build {trees} trees ({len(content.site.kiosks)} kiosks x 2 profiles, median of 5): {build * 1000:.1f} ms "
          f"(with the graph itself: {whole * 1000:.1f} ms)")
    print(f"  per query: networkx.dijkstra_path {oracle * 1e6:9.1f} us | tree walk-back {walk_back * 1e6:7.1f} us "
          f"({walk_back / oracle:.4f}x)")
    print(f"  per route with its steps: first time {with_steps * 1e6:7.1f} us ({with_steps / oracle:.4f}x), "
          f"asked again {asked_again * 1e6:5.1f} us ({asked_again / oracle:.4f}x)")


def main() -> None:
    measure("sample site (Chemnitz)", load_checked(BUNDLED_SITE).content)
    for name, shape in (
        ("generated building, corridors (4 per floor, joined every 8th node)",
         {"columns": 64, "rows": 4, "cross_every": 8, "diagonals": False}),
        ("generated building, dense corridor mesh (a worst case)",
         {"columns": 16, "rows": 16, "cross_every": 1, "diagonals": True}),
    ):
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            write_large_site(folder, floors=10, rooms_per_floor=240, services=50, **shape)
            measure(name, load_checked(folder).content)


if __name__ == "__main__":
    main()
