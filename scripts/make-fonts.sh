#!/usr/bin/env bash
# Regenerate (or with --check, verify) assets/fonts/*.otf from Debian's
# fonts-noto-cjk, using a pinned fontTools in a private venv under .tools/.
#   scripts/make-fonts.sh            # rebuild fonts + SHA256SUMS
#   scripts/make-fonts.sh --check    # rebuild in memory, compare with SHA256SUMS
# Needs: apt-get install fonts-noto-cjk python3-venv
set -euo pipefail

FONTTOOLS_VERSION=4.68.0
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/fonts-venv"

if [ ! -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ]; then
  echo "fonts-noto-cjk is not installed (apt-get install fonts-noto-cjk)" >&2
  exit 1
fi

if ! "$venv/bin/python" -c "import fontTools, sys; sys.exit(fontTools.version != '$FONTTOOLS_VERSION')" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "fonttools==$FONTTOOLS_VERSION"
fi

"$venv/bin/python" "$root/scripts/make-fonts.py" "$@"
# The slices the app fetches by need (assets/fonts/web/), cut from the faces just made.
case "${1:-}" in
  --measure) ;;
  --check) "$venv/bin/python" "$root/scripts/font_slices.py" --check ;;
  *) "$venv/bin/python" "$root/scripts/font_slices.py" ;;
esac
