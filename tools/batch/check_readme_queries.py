#!/usr/bin/env python3
"""Runs README's pandas and DuckDB queries of a batch output (the blocks after the markers
<!-- query: pandas --> and <!-- query: duckdb --> in README.md, with README's output path replaced
by OUT) and checks that both give the same molecules, at most 10, the 'ok' rows of lowest zero-point
energy in increasing order, as read independently from OUT's JSON lines if present.
(README's Spark SQL query is run by BatchRunnerTest.)

Needs pandas, pyarrow and duckdb, e.g. in a throwaway virtual environment:
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pandas pyarrow duckdb
Usage: /tmp/venv/bin/python tools/batch/check_readme_queries.py OUT
  OUT: a `curvature batch freq` output directory, e.g. of README's command
       bin/curvature batch freq examples -o /tmp/curvature-batch --master 'local[2]'
Exit 0: both queries ran and agree.
"""
import contextlib
import io
import os
import re
import sys

README_OUT = '/tmp/curvature-batch'


def block(readme, tool):
    m = re.search(r'<!-- query: ' + re.escape(tool) + r' -->\s*```\w*\n(.*?)```', readme, re.S)
    if not m:
        sys.exit(f'check_readme_queries: README has no block marked <!-- query: {tool} -->')
    return m.group(1)


def main():
    out = os.path.abspath(sys.argv[1])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    readme = open(os.path.join(root, 'README.md'), encoding='utf-8').read()

    import duckdb
    import pandas as pd

    pandas_code = block(readme, 'pandas').replace(README_OUT, out)
    printed = io.StringIO()
    scope = {}
    with contextlib.redirect_stdout(printed):
        exec(pandas_code, scope)
    ok = scope['rows'][scope['rows'].status == 'ok']
    lowest = ok.nsmallest(10, 'zero_point_energy')
    print(printed.getvalue())

    sql = block(readme, 'duckdb').replace(README_OUT, out)
    sql = '\n'.join(line for line in sql.splitlines() if not line.lstrip().startswith('--'))
    result = duckdb.sql(sql.strip().rstrip(';'))
    print(result)
    rows = result.fetchall()

    names_pandas = list(lowest['name'])
    names_duckdb = [r[0] for r in rows]
    zpe_duckdb = [r[2] for r in rows]
    assert 0 < len(rows) <= 10, f'DuckDB gave {len(rows)} rows'
    assert zpe_duckdb == sorted(zpe_duckdb), 'DuckDB rows not in increasing ZPE'
    assert names_pandas == names_duckdb, f'pandas {names_pandas} vs DuckDB {names_duckdb}'
    assert all(r[3] is not None for r in rows), 'a lowest frequency is missing'
    assert len(printed.getvalue().splitlines()) == len(rows) + 1, 'the pandas query printed an unexpected table'

    json_dir = os.path.join(out, 'json')
    if os.path.isdir(json_dir):
        import json
        records = [json.loads(line) for f in sorted(os.listdir(json_dir)) if f.endswith('.json')
                   for line in open(os.path.join(json_dir, f))]
        expected = sorted((r for r in records if r['status'] == 'ok'), key=lambda r: r['zero_point_energy'])[:10]
        assert [r['zero_point_energy'] for r in expected] == zpe_duckdb, 'JSON lines disagree with the Parquet queries'
    print(f'check_readme_queries: OK: pandas and DuckDB give the same {len(rows)} molecules of lowest ZPE from {out}')


if __name__ == '__main__':
    main()
