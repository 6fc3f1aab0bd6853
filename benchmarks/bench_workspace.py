"""The workspace at 100k clients: launch, search, keystroke-to-list, scrolling, sorting, memory.

Every measurement of the window runs in a fresh child process, beside the
baseline measured in the same run:

- launch: process start → first paint of the populated client table, through
  the real ``app.ui.application.run``; baseline: a bare PySide6 QMainWindow,
  process start → its first paint. Target ≤ 3× the bare window. Also shown:
  process start → the whole workspace built (the other pages, which start-up
  builds after that first paint), and whether SQLAlchemy had loaded by then.
- search service p95 (``search_customers`` over the foundation's queries);
  target < 30 ms.
- keystroke → updated list, debounce excluded: from the debounce timer's
  timeout (``apply_filter``) to the repainted table; target p95 < 100 ms.
- scroll to the end, and sorting by every column: time to the repainted
  table, and the longest the event loop stalled meanwhile (a stall is a
  freeze the user sees; the id queries run on a worker thread).
- peak RSS of the interacting child; target < 300 MB.

Run: .venv/bin/python benchmarks/bench_workspace.py --db /tmp/bench100k.sqlite3
(create it first: rapport --db /tmp/bench100k.sqlite3 demo --customers 100000).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))  # bench_foundation's query list
HEAVY = (
    "matplotlib",
    "pypinyin",
    "openpyxl",
    "python_calamine",
    "lxml",
    "icalendar",
    "sqlalchemy",
)
KEYSTROKE_QUERIES = ["z", "zw", "张", "张伟", "li", "chen", "王", "1381", "华为", "163.com"]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


# Children ---------------------------------------------------------------------------


def _elapsed_ms() -> float:
    return (time.monotonic() - float(os.environ["BENCH_T0"])) * 1000


def _report(result: dict) -> None:
    print("BENCH " + json.dumps(result), flush=True)


def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                _report({"launch_ms": _elapsed_ms()})
                app.exit(0)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.resize(1100, 720)
    window.show()
    app.exec()


def child_app(db: str, interact: bool) -> None:
    """The real launch path; the table's first populated paint stops the clock."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from app.ui import application, settings

    settings.use_settings_file(Path(os.environ["BENCH_SETTINGS"]))
    settings.LAST_PAGE.set("clients")
    app = application.create_application(sys.argv[:1])  # run() reuses it

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            table = watched.parent() if watched.objectName() == "qt_scrollarea_viewport" else None
            if table is not None and table.objectName() == "clientTable":
                model = table.model()
                if model.rowCount() and table.isVisible():
                    self.done = True
                    launch = _elapsed_ms()
                    heavy = sorted(m for m in HEAVY if m in sys.modules)
                    result = {"launch_ms": launch, "rows": model.rowCount(), "heavy": heavy}
                    QTimer.singleShot(0, lambda: _when_complete(table.window(), result, interact))
            return False

    spy = FirstPaint(app)
    app.installEventFilter(spy)
    application.run(db, sys.argv[:1])


def _when_complete(window, result: dict, interact: bool) -> None:
    """Wait for the rest of the workspace (built after the first paint), then go on."""
    from PySide6.QtCore import QTimer

    from app.ui.workspace import Workspace

    workspace = window.findChild(Workspace)

    def complete() -> None:
        result["complete_ms"] = _elapsed_ms()
        QTimer.singleShot(0, lambda: _finish(window, result, interact))

    if workspace.complete:
        complete()
    else:
        workspace.completed.connect(complete)


def _finish(window, result: dict, interact: bool) -> None:
    from PySide6.QtWidgets import QApplication

    if interact:
        result.update(_interact(window))
    _report(result)
    QApplication.instance().exit(0)


class _StallMeter:
    """The longest gap between two ticks of a 5 ms timer: how long the UI froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0


def _wait_loaded(model, preview: bool = False) -> None:
    """Sit in an idle event loop, as the app does, until the new ids are in
    (with ``preview``: until the first rows of the new answer are)."""
    from PySide6.QtCore import QEventLoop

    if model.loading:
        loop = QEventLoop()
        signals = [model.ids_loaded, model.load_failed]
        signals += [model.ids_previewed] if preview else []
        for signal in signals:
            signal.connect(loop.quit)
        loop.exec()
        for signal in signals:
            signal.disconnect(loop.quit)


def _interact(window) -> dict:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    page = window.page("clients")
    table, model = page.table, page.model
    for column in model.columns:
        table.set_column_visible(column.key, True)  # the widest case: every column painted
    QApplication.processEvents()
    meter = _StallMeter()

    started = time.perf_counter()
    table.scrollToBottom()
    table.viewport().repaint()
    scroll_end = (time.perf_counter() - started) * 1000
    last_row_text = model.data(model.index(model.rowCount() - 1, 0))
    table.scrollToTop()
    table.viewport().repaint()

    # Baseline for the stall: the longest tick gap while nothing happens (machine noise).
    meter.reset()
    idle_until = time.perf_counter() + 2.0
    while time.perf_counter() < idle_until:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    idle_stall = meter.worst * 1000

    sorts: dict[str, float] = {}
    stalls: dict[str, float] = {}
    header = table.horizontalHeader()
    for column in model.columns:
        if not column.sortable:
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            meter.reset()
            started = time.perf_counter()
            header.setSortIndicator(model.column_of(column.key), order)
            _wait_loaded(model)
            table.viewport().repaint()
            name = f"{column.key} {order.name[:3].lower()}"
            sorts[name] = (time.perf_counter() - started) * 1000
            stalls[name] = meter.worst * 1000
    header.setSortIndicator(model.column_of("name"), Qt.SortOrder.AscendingOrder)
    _wait_loaded(model)

    keystrokes: list[float] = []  # to the first repaint showing the new answer
    completes: list[float] = []  # to the complete id list (the count in the status bar)
    for _ in range(3):
        for query in KEYSTROKE_QUERIES:
            for text in (query, ""):
                page.search.setText(text)
                started = time.perf_counter()
                page.apply_filter()  # what the debounce timer calls
                _wait_loaded(model, preview=True)
                table.viewport().repaint()
                shown = time.perf_counter()
                _wait_loaded(model)
                if text:
                    keystrokes.append((shown - started) * 1000)
                    completes.append((time.perf_counter() - started) * 1000)
    return {
        "scroll_end_ms": scroll_end,
        "last_row_shown": bool(last_row_text),
        "sort_ms": sorts,
        "sort_worst_stall_ms": max(stalls.values()),
        "sort_stalls_ms": stalls,
        "idle_stall_ms": idle_stall,
        "keystroke_ms": keystrokes,
        "complete_ms": completes,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


# Parent -----------------------------------------------------------------------------


def spawn(kind: str, db: str, settings_dir: Path) -> dict:
    settings_file = settings_dir / f"{kind}-{time.monotonic_ns()}.ini"
    env = dict(os.environ, BENCH_SETTINGS=str(settings_file))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BENCH_T0"] = repr(time.monotonic())
    done = subprocess.run(
        [sys.executable, str(HERE), "--child", kind, "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError(f"child {kind} failed:\n{done.stdout}\n{done.stderr}")


def search_service(db_path: str, repeat: int) -> list[float]:
    from bench_foundation import QUERIES

    from app.models.db import open_database
    from app.services.search import search_customers

    db = open_database(db_path)
    timings = []
    for _ in range(repeat):
        for query in QUERIES:
            started = time.perf_counter()
            search_customers(db, query)
            timings.append((time.perf_counter() - started) * 1000)
    db.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench100k.sqlite3")
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--child", choices=["bare", "app", "interact"])
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child:
        return child_app(args.db, interact=args.child == "interact")
    if not Path(args.db).exists():
        sys.exit(f"{args.db} is missing: rapport --db {args.db} demo --customers 100000")

    with tempfile.TemporaryDirectory() as tmp:
        spawn("app", args.db, Path(tmp))  # warm the OS file cache and .pyc files once
        bare, ours, complete = [], [], []
        for _ in range(args.launches):  # interleaved: machine noise hits both alike
            bare.append(spawn("bare", args.db, Path(tmp))["launch_ms"])
            launched = spawn("app", args.db, Path(tmp))
            ours.append(launched["launch_ms"])
            complete.append(launched["complete_ms"])
        interact = spawn("interact", args.db, Path(tmp))
    searches = search_service(args.db, args.repeat)
    report(bare, ours, complete, launched, interact, searches)


def report(bare, ours, complete, launched, interact, searches) -> None:
    b, o = statistics.median(bare), statistics.median(ours)
    keys, full = interact["keystroke_ms"], interact["complete_ms"]
    stall, idle = interact["sort_worst_stall_ms"], interact["idle_stall_ms"]
    rows = [
        ("launch → populated table (median)", f"{o:.0f} ms", f"bare window {b:.0f} ms",
         f"{o / b:.2f}x", "≤ 3x", o / b <= 3),
        ("search service p95", f"{percentile(searches, 95):.1f} ms",
         f"p50 {statistics.median(searches):.1f} ms", "", "< 30 ms", percentile(searches, 95) < 30),
        ("keystroke → updated list p95", f"{percentile(keys, 95):.1f} ms",
         f"p50 {statistics.median(keys):.1f} ms", "", "< 100 ms", percentile(keys, 95) < 100),
        ("keystroke → complete count p95", f"{percentile(full, 95):.1f} ms",
         f"p50 {statistics.median(full):.1f} ms", "", "", True),
        ("scroll to the end", f"{interact['scroll_end_ms']:.1f} ms", "", "", "no freeze",
         interact["last_row_shown"]),
        ("sort, slowest column", f"{max(interact['sort_ms'].values()):.0f} ms", "", "", "", True),
        ("UI stall while sorting (max)", f"{stall:.0f} ms", f"idle noise {idle:.0f} ms",
         f"{stall / max(idle, 1):.2f}x", "< 100 ms", stall < 100),
        ("peak RSS", f"{interact['peak_rss_mb'] or 0:.0f} MB", "", "", "< 300 MB",
         (interact["peak_rss_mb"] or 0) < 300),
    ]  # fmt: skip
    heavy = launched["heavy"] or "none"
    print(f"rows painted first: {launched['rows']:,}; heavy modules at launch: {heavy}")
    print(f"launch → whole workspace built (median): {statistics.median(complete):.0f} ms")
    print(f"{'measure':38} {'ours':>10} {'baseline':>22} {'ratio':>7} {'target':>10}  ok")
    for name, value, base, ratio, target, ok in rows:
        verdict = "OK" if ok else "MISSED"
        print(f"{name:38} {value:>10} {base:>22} {ratio:>7} {target:>10}  {verdict}")
    print("sorts (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in interact["sort_ms"].items()))
    worst = sorted(interact["sort_stalls_ms"].items(), key=lambda kv: -kv[1])[:4]
    print("longest stalls (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in worst))
    per_query = {q: keys[i :: len(KEYSTROKE_QUERIES)] for i, q in enumerate(KEYSTROKE_QUERIES)}
    print("keystrokes (median ms): "
          + ", ".join(f"{q} {statistics.median(v):.0f}" for q, v in per_query.items()))  # fmt: skip
    print(f"launches (ms): ours {[round(x) for x in ours]}, bare {[round(x) for x in bare]}")


if __name__ == "__main__":
    main()
