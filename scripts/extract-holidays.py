#!/usr/bin/env python3
"""Regenerate assets/data/cn-holidays.json from the PyPI package `chinesecalendar`.

The State Council (国务院办公厅) publishes each year's public-holiday schedule
(节假日安排) in a notice; the `chinesecalendar` package (import name
`chinese_calendar`, MIT licence) transcribes those notices. This script copies,
for every year the package covers, the days off (放假日, including the weekdays
given off in lieu, 调休) and the official make-up working days (调休上班日) into
the JSON file that src/validate/calendar.rs embeds with include_str!.

Usage (the wheel is a plain zip, so it is imported without installing it):

    pip download --no-deps -d /tmp/cc chinesecalendar==1.11.0
    python3 scripts/extract-holidays.py /tmp/cc/chinesecalendar-1.11.0-py2.py3-none-any.whl \
        > assets/data/cn-holidays.json

With no argument it imports an installed `chinese_calendar` instead.
"""

import json
import re
import sys
import zipfile


def package_version(wheel):
    if wheel is None:
        from importlib.metadata import version

        return version("chinesecalendar")
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.endswith(".dist-info/METADATA"):
                meta = z.read(name).decode("utf-8")
                return re.search(r"^Version: (.+)$", meta, re.M).group(1).strip()
    raise SystemExit("no METADATA in " + wheel)


def main():
    wheel = sys.argv[1] if len(sys.argv) > 1 else None
    if wheel is not None:
        sys.path.insert(0, wheel)
    from chinese_calendar.constants import holidays, workdays

    years = {}
    for day in holidays:
        years.setdefault(day.year, {"holidays": [], "workdays": []})["holidays"].append(day)
    for day in workdays:
        years.setdefault(day.year, {"holidays": [], "workdays": []})["workdays"].append(day)

    first, last = min(years), max(years)
    missing = [y for y in range(first, last + 1) if y not in years]
    if missing:
        raise SystemExit("years without data inside the range: %r" % missing)

    out = {
        "source": "PyPI package chinesecalendar %s (import name chinese_calendar, MIT License, "
        "https://github.com/LKI/chinese-calendar), transcribing the State Council notices on "
        "public holidays; holidays = every day off of a holiday period, including weekdays "
        "given off in lieu (调休); workdays = official make-up working days (调休上班日). "
        "Regenerate with scripts/extract-holidays.py." % package_version(wheel),
        "years": {
            str(y): {
                "holidays": sorted(d.isoformat() for d in years[y]["holidays"]),
                "workdays": sorted(d.isoformat() for d in years[y]["workdays"]),
            }
            for y in sorted(years)
        },
    }
    text = json.dumps(out, ensure_ascii=False, indent=1)
    # One year per line block is plenty readable; keep date lists on single lines.
    text = re.sub(r'\[\s+([^\]]*?)\s+\]', lambda m: "[" + re.sub(r"\s+", " ", m.group(1)) + "]", text)
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
