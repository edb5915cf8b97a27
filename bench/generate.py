"""Write a large, valid site folder for benchmarks: floors of corridor grids with rooms, lifts and stairs."""
from __future__ import annotations

import random
from pathlib import Path

from kiosk.paths import BUNDLED_SITE

HEADER = "# Generated for benchmarks by bench/generate.py\n"


def write_large_site(folder: Path, *, floors: int, columns: int, rows: int, rooms_per_floor: int, services: int,
                     cross_every: int = 1, diagonals: bool = True, seed: int = 7) -> dict[str, int]:
    """A site of ``floors`` floors, each with ``rows`` corridors running east of ``columns`` nodes, joined
    every ``cross_every`` nodes (1 and ``diagonals`` make a dense mesh), with rooms off them; returns counts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "icons").mkdir(exist_ok=True)
    (folder / "icons" / "c.png").write_bytes((BUNDLED_SITE / "icons" / "orientierung.png").read_bytes())
    places, connections, rooms = [], [], []
    for floor in range(floors):
        places.append(f"  - {{id: lift-a-{floor}, kind: lift, floor: f{floor}, x: 0, y: -2}}")
        places.append(f"  - {{id: lift-b-{floor}, kind: lift, floor: f{floor}, x: {columns * 4}, y: -2}}")
        places.append(f"  - {{id: stairs-a-{floor}, kind: stairs, floor: f{floor}, x: 2, y: -2}}")
        places.append(f"  - {{id: stairs-b-{floor}, kind: stairs, floor: f{floor}, x: {columns * 4 - 2}, y: -2}}")
        for column in range(columns):
            for row in range(rows):
                node = f"c-{floor}-{column}-{row}"
                places.append(f"  - {{id: {node}, kind: corridor, floor: f{floor}, x: {column * 4}, y: {row * 4}}}")
                if column:
                    connections.append(f"  - {{from: c-{floor}-{column - 1}-{row}, to: {node}}}")
                if row and column % cross_every == 0:
                    connections.append(f"  - {{from: c-{floor}-{column}-{row - 1}, to: {node}}}")
                if diagonals and column and row:
                    connections.append(f"  - {{from: c-{floor}-{column - 1}-{row - 1}, to: {node}}}")
                if diagonals and column and row % 2 == 0 and row < rows - 1:
                    connections.append(f"  - {{from: c-{floor}-{column - 1}-{row + 1}, to: {node}}}")
        for number in range(rooms_per_floor):
            column, row = rng.randrange(columns), rng.randrange(rows)
            room = f"room-{floor}-{number:03d}"
            rooms.append(room)
            places.append(f"  - id: {room}\n    kind: room\n    floor: f{floor}\n    x: {column * 4 + 1.5}\n"
                          f"    y: {row * 4 + 1.5}\n    room: \"{floor}.{number:03d}\"\n    name: Raum {number}\n"
                          f"    outline: [[{column * 4 + 0.5}, {row * 4 + 0.5}], [{column * 4 + 3}, {row * 4 + 0.5}], "
                          f"[{column * 4 + 3}, {row * 4 + 3}]]")
            connections.append(f"  - {{from: c-{floor}-{column}-{row}, to: {room}, type: door}}")
        for shaft, corner in (("lift-a", "0-0"), ("lift-b", f"{columns - 1}-0"), ("stairs-a", "0-0"),
                              ("stairs-b", f"{columns - 1}-0")):
            connections.append(f"  - {{from: {shaft}-{floor}, to: c-{floor}-{corner}}}")
            if floor:
                kind = "elevator" if shaft.startswith("lift") else "stairs"
                connections.append(f"  - {{from: {shaft}-{floor - 1}, to: {shaft}-{floor}, type: {kind}}}")
    floor_lines = [f"  - {{id: f{floor}, ordinal: {floor}, label: Ebene {floor}, short_label: \"{floor}\"}}"
                   for floor in range(floors)]
    kiosks = "\n".join(f"    - {{id: k{index}, name: Kiosk {index}, place: c-{floor}-0-0, screen_faces: 180}}"
                       for index, floor in enumerate(sorted({0, floors // 2, floors - 1})))
    (folder / "site.yaml").write_text(
        HEADER + "site:\n  id: large\n  name: Großes Haus\n  address: Straße 1\n  languages: [de, en]\n"
        f"  kiosks:\n{kiosks}\n  service_point: c-0-0-1\n  opening_hours:\n    mon: [\"08:00-12:00\"]\n",
        encoding="utf-8")
    (folder / "building.yaml").write_text(
        HEADER + "floors:\n" + "\n".join(floor_lines) + "\nplaces:\n" + "\n".join(places) + "\nconnections:\n"
        + "\n".join(connections) + "\n", encoding="utf-8")
    documents = [f"  - {{id: doc-{number}, name: Unterlage {number}, description: Eine Beschreibung.}}"
                 for number in range(40)]
    service_lines = []
    for number in range(services):
        picked = ", ".join(f"doc-{rng.randrange(40)}" for _ in range(3))
        service_lines.append(
            f"  - id: service-{number}\n    category: c\n    name: Anliegen {number}\n"
            f"    summary: Eine kurze Beschreibung des Anliegens {number}.\n    destination: {rng.choice(rooms)}\n"
            f"    appointment:\n      rule: required\n      booking_url: https://example.org/termin/{number}\n"
            f"    documents: [{picked}]\n    fees:\n      - amount: \"29\"\n    notes:\n      - Bitte pünktlich sein.")
    (folder / "services.yaml").write_text(
        HEADER + "categories:\n  - {id: c, name: Alles, icon: icons/c.png, order: 1}\ndocuments:\n"
        + "\n".join(documents) + "\nservices:\n" + "\n".join(service_lines) + "\n", encoding="utf-8")
    return {"places": len(places), "connections": len(connections), "services": services}
