#!/usr/bin/env python3
"""Imports each text of the given folders in variants a user's paste may take — after two blank
lines, with CRLF line ends, cut to its first lines and to its last lines at about twelve places
each — with `digest import --dry-run` into a fresh temporary folder, and reports every run that
panics (issue 8, round 27: a reader that looked before the text's first line panicked on a blank
opening line, which no corpus text has).

    python3 bench/import-prefixes.py target/debug/digest tests/import_heldout61 ...
"""
import subprocess, sys, tempfile, os, glob
binary = sys.argv[1]
folders = sys.argv[2:]
bad = 0; runs = 0
with tempfile.TemporaryDirectory() as d:
    for folder in folders:
        for f in sorted(glob.glob(os.path.join(folder, '*.txt'))):
            data = open(f, 'rb').read()
            lines = data.split(b'\n')
            step = max(1, len(lines) // 12)
            variants = [b'\n\n' + data, data.replace(b'\n', b'\r\n')]
            variants += [b'\n'.join(lines[:n]) for n in range(1, len(lines), step)]
            variants += [b'\n'.join(lines[n:]) for n in range(1, len(lines), step)]
            for v in variants:
                p = os.path.join(d, 'x.txt')
                open(p, 'wb').write(v)
                r = subprocess.run([binary, 'import', '--dry-run', '--out', os.path.join(d, 'out'), p],
                                   capture_output=True, timeout=60)
                runs += 1
                if r.returncode < 0 or b'panicked' in r.stderr:
                    bad += 1
                    if bad <= 5:
                        print('PANIC', f, len(v), r.stderr.decode(errors='replace')[:300])
print(f'{runs} runs, {bad} panics')
