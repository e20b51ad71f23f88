#!/usr/bin/env bash
# Lighthouse on the release build (`make lighthouse`; not part of `make test`: the
# scores depend on timing). Serves dist/ with scripts/serve-dist.mjs (gzip, like a
# static host), runs Lighthouse 12.8.2 (scripts/lighthouse/package.json: the last line
# that runs on Node 20) with Debian's Chromium, mobile (Moto G power, slow 4G, CPU ÷4,
# simulated) and desktop presets, and writes the JSON and HTML reports to
# target/lighthouse/. Prints the four scores of each run; exits 1 when a target is
# missed: performance ≥ 90, accessibility ≥ 95, best practices ≥ 95 (README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "dist/ is missing: run \`trunk build --release\` first"; exit 1; }
if [ ! -x scripts/lighthouse/node_modules/.bin/lighthouse ]; then
  echo "npm ci (scripts/lighthouse: lighthouse 12.8.2 from the npm registry)"
  npm ci --prefix scripts/lighthouse --no-audit --no-fund --loglevel=error
fi
out=target/lighthouse
mkdir -p "$out"
port=${LIGHTHOUSE_PORT:-8090}
node scripts/serve-dist.mjs "$port" dist >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
status=0
for preset in mobile desktop; do
  args=()
  [ "$preset" = desktop ] && args+=(--preset=desktop)
  scripts/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port/" "${args[@]}" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --output=json --output=html --output-path="$out/$preset" --quiet
  node -e '
    const r = require(process.argv[1]);
    const target = { performance: 90, accessibility: 95, "best-practices": 95 };
    let bad = 0;
    const row = Object.values(r.categories).map((c) => {
      const s = Math.round(c.score * 100);
      if (s < (target[c.id] ?? 0)) bad = 1;
      return `${c.title} ${s}`;
    });
    console.log(`${process.argv[2].padEnd(8)} ${row.join(" · ")}`);
    const m = (id) => r.audits[id]?.displayValue ?? "";
    console.log(`         FCP ${m("first-contentful-paint")} · LCP ${m("largest-contentful-paint")} · TBT ${m("total-blocking-time")} · CLS ${m("cumulative-layout-shift")} · SI ${m("speed-index")}`);
    process.exit(bad);
  ' "$PWD/$out/$preset.report.json" "$preset" || status=1
done
echo "reports: $out/{mobile,desktop}.report.{html,json}"
exit $status
