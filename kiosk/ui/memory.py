"""The kiosk's memory over months: what start-up built is kept out of the garbage collector's way, and what visitors
freed is given back to the system (bench/RESULTS.md, "Soak", has the figures behind both)."""
from __future__ import annotations

import ctypes
import ctypes.util
import gc

# A count of middle-generation collections no kiosk reaches: Python then never starts a full collection itself.
NEVER = 2**30


def freeze_what_lasts() -> None:
    """Move what the kiosk has built so far (screens, content, catalogs, fonts' data: about 170,000 objects) out of
    the cyclic garbage collector's reach, so that its full collections walk only what visitors made since. Without
    it a full collection took 0.3–1.3 s on this machine: a frame a visitor sees stall. A content set replaced by a
    live update is thawed first (``gc.unfreeze``), so its cycles can still be freed."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def collect_only_between_visits() -> None:
    """Leave full collections to the end of each visit (``tidy_up_between_visits``). Python's own come at any
    moment, also in the middle of a tap, and walk everything visitors made since the last freeze: 0.1–0.6 s here,
    a third of the frames over 100 ms in a 120-visit soak. The young generations are still collected as usual,
    and what one visit leaves in cycles waits at most until it ends."""
    youngest, middle, _oldest = gc.get_threshold()
    gc.set_threshold(youngest, middle, NEVER)


def _malloc_trim():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc (Windows, musl): nothing to give back this way
        return None


_TRIM = _malloc_trim()


def tidy_up_between_visits() -> None:
    """Free what the visit left in cycles (a full collection over what visitors made since the last freeze: tens
    of milliseconds, on Welcome with nobody waiting), then give the memory back to the system."""
    gc.collect()
    give_back_freed_memory()


def give_back_freed_memory() -> None:
    """Hand the memory freed since (label textures of the screens left, a visit's views) back to the system.

    glibc keeps freed memory in its heap for reuse; a screen's label textures are a few hundred kilobytes to
    megabytes each and of every size, so a kiosk going through languages and text sizes holds tens of megabytes
    that nothing uses (``malloc_trim`` gave back 20–70 MB in the soak). Called when a visit ends (Welcome shown):
    the kiosk is idle then, and the trim took 1–16 ms in bench/soak_kinds.py."""
    if _TRIM is not None:
        _TRIM(0)
