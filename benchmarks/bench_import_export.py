"""Import and export of a large client list beside the bare libraries, same run.

    .venv/bin/python benchmarks/bench_import_export.py            # 100,000 × 20 columns
    .venv/bin/python benchmarks/bench_import_export.py --rows 10000
    .venv/bin/python benchmarks/bench_import_export.py --rows 20000 --profile-import i.prof

Four phases, each in a fresh process so its peak memory (max RSS) is its
own; each is timed from after its setup (imports, an open database — as in
the running app), in wall and CPU time (steadier on a busy machine):

    baseline write   bare openpyxl write-only writes the list (plain values)
    baseline read    bare python-calamine loads the sheet and walks every row
    import           Rapport: open, preview, guess the mapping, clean, check
                     duplicates, write clients + phones + e-mails + addresses +
                     tags + search index, in one transaction
    sqlite floor     bare sqlite3 writes exactly the rows the import wrote (read
                     back from its database beforehand), in one transaction,
                     with the import's own index strategy: what SQLite alone
                     costs, with no reading, cleaning or Python row building
                     (its peak memory is the rows it holds: not comparable)
    export           Rapport: the same 100,000 clients × 20 columns to .xlsx

Targets: import ≤ 2× the bare read, export ≤ 1.5× the bare write.
pandas is not installed here, so it is not measured.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = """姓名 手机 邮箱 公司 职位 行业 省份 城市 地址 生日 性别 客户级别 微信 QQ 备注 标签
    英文名 昵称 出生地 兴趣爱好""".split()
EXPORT_COLUMNS = """id name phone email company position industry address birthday gender tier
    wechat_id qq_id notes tags english_name nickname birthplace interests source""".split()
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华飞鹏辉玲红晨阳欣怡浩宇子涵梓萱"
PLACES = [
    ("广东省", "深圳市", "南山区"),
    ("北京市", "北京市", "朝阳区"),
    ("浙江省", "杭州市", "西湖区"),
    ("上海市", "上海市", "浦东新区"),
    ("四川省", "成都市", "武侯区"),
]
TIERS = ["战略级", "死党级", "紧密型", "松散型"]
PROFILE_TO: str | None = None  # --profile-import: where the import phase's profile goes


def rows(count: int):
    rng = random.Random(7)
    for i in range(count):
        surname = rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        province, city, district = rng.choice(PLACES)
        yield [
            surname + given,
            13_000_000_000 + i * 7,  # a number cell, as Excel keeps phone numbers
            f"user{i}@example.com",
            f"{city[:2]}{i}号科技有限公司",  # one company per client: no duplicates
            rng.choice(["经理", "总监", "采购", "总经理"]),
            rng.choice(["制造业", "金融", "教育", "零售"]),
            province,
            city,
            f"{district}科技园路{rng.randrange(1, 999)}号",
            date(rng.randrange(1955, 2000), rng.randrange(1, 13), rng.randrange(1, 29)),
            rng.choice(["男", "女"]),
            rng.choice(TIERS),
            f"wx_{i}",
            str(100_000 + i),
            "展会认识，喜欢喝茶" if i % 3 else "",
            rng.choice(["VIP", "老客户", "展会", ""]),
            rng.choice(["Tom", "Amy", "", ""]),
            rng.choice(["小王", "老李", ""]),
            rng.choice(["湖南", "湖北", "广东"]),
            rng.choice(["高尔夫", "读书、围棋", ""]),
        ]


class Clock:
    """Wall and CPU time of the block; CPU time is steadier on a shared machine."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def phase_write(folder: Path, count: int) -> Clock:
    from openpyxl import Workbook

    data = list(rows(count))  # made before the clock starts, like the database for export
    with Clock() as clock:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("客户")
        sheet.append(HEADER)
        for row in data:
            sheet.append(row)
        book.save(folder / "clients.xlsx")
    return clock


def phase_read(folder: Path, count: int) -> Clock:
    import python_calamine

    with Clock() as clock:
        book = python_calamine.CalamineWorkbook.from_path(str(folder / "clients.xlsx"))
        seen = sum(1 for _ in book.get_sheet_by_name("客户").iter_rows())
    assert seen == count + 1
    return clock


def phase_import(folder: Path, count: int) -> Clock:
    from app.models.db import open_database
    from app.services.importing import (
        ImportPlan,
        guess_mapping,
        open_source,
        read_preview,
        run_import,
    )

    for old in folder.glob("bench.sqlite3*"):
        old.unlink()
    db = open_database(folder / "bench.sqlite3")  # open, as in the running app
    profiler = cProfile.Profile() if PROFILE_TO else None
    with Clock() as clock:
        if profiler is not None:
            profiler.enable()
        source = open_source(folder / "clients.xlsx")
        preview = read_preview(source, "客户")
        plan = ImportPlan("客户", preview.header_row, guess_mapping(preview.headers()))
        result = run_import(db, source, plan)
        if profiler is not None:
            profiler.disable()
    assert result.created == count, result
    if profiler is not None:  # times under the profiler are ~2× the plain ones
        profiler.dump_stats(PROFILE_TO)
    db.dispose()
    return clock


FLOOR_TABLES = (  # what an import writes, parents first
    "import_batch customer follow_up phone email address tag customer_tag import_change"
).split()


def phase_floor(folder: Path, count: int) -> Clock:
    import sqlite3

    from app.models.db import open_database
    from app.services.importing.deferred_indexes import deferred_indexes

    source = sqlite3.connect(folder / "bench.sqlite3")
    rows = {t: source.execute(f'SELECT * FROM "{t}"').fetchall() for t in FLOOR_TABLES}
    rows["customer_fts"] = source.execute("SELECT rowid, body FROM customer_fts").fetchall()
    source.close()
    for old in folder.glob("floor.sqlite3*"):
        old.unlink()
    db = open_database(folder / "floor.sqlite3")  # the same schema, empty
    with Clock() as clock, db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size=-16384")  # as a bulk import sets it
        insert = conn.connection.driver_connection.executemany
        insert(
            'INSERT INTO "import_batch" VALUES ('
            + ",".join("?" * len(rows["import_batch"][0]))
            + ")",
            rows["import_batch"],
        )
        with deferred_indexes(conn):
            for table in FLOOR_TABLES[1:]:
                if rows[table]:
                    marks = ",".join("?" * len(rows[table][0]))
                    insert(f'INSERT INTO "{table}" VALUES ({marks})', rows[table])
            insert("INSERT INTO customer_fts(rowid, body) VALUES (?, ?)", rows["customer_fts"])
    assert len(rows["customer"]) == count
    db.dispose()
    return clock


def phase_export(folder: Path, count: int) -> Clock:
    from app.models.db import open_database
    from app.services.exporting import export_clients

    db = open_database(folder / "bench.sqlite3")
    with Clock() as clock:
        written = export_clients(db, folder / "export.xlsx", columns=EXPORT_COLUMNS)
    assert written == count
    db.dispose()
    return clock


PHASES = {
    "baseline write": phase_write,
    "baseline read": phase_read,
    "import": phase_import,
    "sqlite floor": phase_floor,
    "export": phase_export,
}


def run_phase(name: str, folder: Path, count: int, profile_to: str | None = None) -> dict:
    """Run one phase in a fresh interpreter: its times and peak memory (max RSS)."""
    command = [sys.executable, __file__, "--phase", name, "--folder", str(folder)]
    if profile_to and name == "import":
        command += ["--profile-import", profile_to]
    output = subprocess.run(
        [*command, "--rows", str(count)], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs per phase")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile-import", metavar="FILE", help="cProfile the import phase into FILE (pstats)"
    )
    args = parser.parse_args()
    if args.phase:
        global PROFILE_TO
        PROFILE_TO = args.profile_import
        clock = PHASES[args.phase](args.folder, args.rows)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        print(json.dumps({"wall": clock.wall, "cpu": clock.cpu, "peak_mb": peak}))
        return
    results: dict[str, list[dict]] = {name: [] for name in PHASES}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.repeat):
            for name in PHASES:
                results[name].append(run_phase(name, Path(folder), args.rows, args.profile_import))
    best = {
        name: {key: min(run[key] for run in runs) for key in ("wall", "cpu", "peak_mb")}
        for name, runs in results.items()
    }
    print(f"{args.rows:,} clients × {len(HEADER)} columns, best of {args.repeat}")
    for name, r in best.items():
        print(
            f"  {name:<15} {r['wall']:7.2f} s wall  {r['cpu']:7.2f} s CPU  {r['peak_mb']:6.0f} MB"
        )
    for label, ours, bare, target in (
        ("import / bare calamine read", "import", "baseline read", 2.0),
        ("sqlite floor / bare calamine read", "sqlite floor", "baseline read", None),
        ("export / bare openpyxl write-only", "export", "baseline write", 1.5),
    ):
        wall = best[ours]["wall"] / best[bare]["wall"]
        cpu = best[ours]["cpu"] / best[bare]["cpu"]
        goal = f"(target ≤ {target}×)" if target else "(no target: what SQLite alone costs)"
        print(f"{label:<34} {wall:5.2f}× wall  {cpu:5.2f}× CPU   {goal}")
    # Both hold calamine's parsed sheet; the rest is the import's own, which
    # should not grow with the list (rows are streamed a chunk at a time).
    extra = best["import"]["peak_mb"] - best["baseline read"]["peak_mb"]
    print(f"import memory above the bare read: {extra:.0f} MB (should not grow with --rows)")


if __name__ == "__main__":
    main()
