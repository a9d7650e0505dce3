#!/usr/bin/env python3
"""Run `dragoman export` over a JSON Lines corpus with Apache Spark (PySpark's RDD.pipe).

dragoman is a stateless mapper: one JSON document per input line in, CSV (or JSONL) rows out,
no state between documents. Spark shards the lines into partitions, pipes each partition
through `dragoman export --no-header`, and the results, taken in partition order and written
after one header line, are byte for byte what a single `dragoman export` run would write.
Export rows never hold a line break inside a cell, so line-oriented piping is safe.

Runs in Spark's local mode on one machine (Java 17 on the PATH, `pip install pyspark`; set
SPARK_LOCAL_IP=127.0.0.1 to keep it on loopback); point `--master` at a cluster to go further
(the dragoman binary must then be on every worker).

Usage:
    cargo build --release
    python3 examples/spark/export.py corpus.jsonl out.csv --partitions 8
    python3 examples/spark/export.py corpus.jsonl out.jsonl --format jsonl
"""
import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BIN = os.path.join(HERE, "..", "..", "target", "release", "dragoman")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSON Lines corpus: {\"id\", \"text\", \"date\"?, \"english\"?} per line")
    ap.add_argument("output", help="where to write the export (written to OUTPUT.tmp, then renamed)")
    ap.add_argument("--partitions", type=int, default=4, help="number of shards (default 4)")
    ap.add_argument("--format", choices=["csv", "tsv", "jsonl"], default="csv")
    ap.add_argument("--master", default=f"local[{os.cpu_count() or 2}]", help="Spark master (default: local mode, all cores)")
    ap.add_argument("--dragoman", default=os.path.abspath(DEFAULT_BIN), help="path of the dragoman binary")
    ap.add_argument("extra", nargs="*", help="more export options after --, e.g. -- --date 2024-05-14")
    args = ap.parse_args()

    if not os.access(args.dragoman, os.X_OK):
        sys.exit(f"export.py: {args.dragoman}: not found; run `cargo build --release` first or pass --dragoman")

    from pyspark import SparkConf, SparkContext  # imported late: --help works without PySpark

    export = [args.dragoman, "export", "--quiet", "--input-format", "jsonl", "--format", args.format, *args.extra]
    # The header, from an empty run (no documents): exactly what a single run starts with.
    header = subprocess.run(export, input=b"", capture_output=True, check=True).stdout.decode("utf-8")

    sc = SparkContext(conf=SparkConf().setMaster(args.master).setAppName("dragoman-export"))
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(args.input, minPartitions=args.partitions)
        rows = lines.pipe(" ".join(shlex.quote(a) for a in export + ["--no-header"]), checkCode=True)
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            out.write(header)
            for row in rows.toLocalIterator():  # partition order = input order
                out.write(row)
                out.write("\n")
        os.replace(tmp, args.output)
        print(f"export.py: {lines.getNumPartitions()} partitions -> {args.output}", file=sys.stderr)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
