#!/usr/bin/env bash
# Checks that every crate vendored under vendor/ is its pristine crates.io release with
# our changes, and nothing else:
#
#   vendor/<name> = <name>-<version>.crate
#                   less the paths listed in vendor/patches/<name>-<version>.exclude
#                   + vendor/patches/<name>-<version>.patch (applied with patch -p1)
#
# <name> and <version> are read from vendor/<name>/Cargo.toml. The .crate comes through
# cargo: a throwaway project in a temp dir depends on <name> = "=<version>" and runs
# `cargo fetch` (offline first, from the cargo cache; online only if that fails), and the
# .crate is taken from $CARGO_HOME/registry/cache after its sha256 is checked against the
# lockfile's checksum. The comparison is `diff -r` plus the executable bits.
#
#   scripts/check-vendor.sh              check all vendored crates; exit 1 on a difference
#   scripts/check-vendor.sh --diff NAME  print vendor/NAME's patch against its pristine
#                                        release to stdout (regenerates the .patch file:
#                                        see vendor/patches/README.md)
#
# Never writes into the repository; its temp dir is removed on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
}

mode=check
only=
case $# in
  0) ;;
  1) case $1 in -h|--help) usage; exit 0 ;; *) usage >&2; exit 2 ;; esac ;;
  2) if [[ $1 == --diff ]]; then mode=diff only=${2%/}; only=${only#vendor/}; else usage >&2; exit 2; fi ;;
  *) usage >&2; exit 2 ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-vendor.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export CARGO_TARGET_DIR=$tmp/target
cargo_home=${CARGO_HOME:-$HOME/.cargo}

die() { printf 'check-vendor: %s\n' "$*" >&2; exit 1; }

# name and version from the [package] table of a Cargo.toml
package_id() {
  awk -F'"' '
    /^\[/ { in_pkg = ($0 ~ /^\[package\][ \t]*$/) }
    in_pkg && /^name[ \t]*=/    { name = $2 }
    in_pkg && /^version[ \t]*=/ { version = $2 }
    END { if (name != "" && version != "") print name, version }' "$1"
}

# Unpacks the pristine <name>-<version>.crate into $2 (which must not exist).
unpack_pristine() {
  local name=$1 version=$2 dest=$3
  local proj=$tmp/fetch-$name
  mkdir -p "$proj/src"
  : >"$proj/src/lib.rs"
  cat >"$proj/Cargo.toml" <<EOF
[package]
name = "check-vendor-pristine"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
$name = { version = "=$version", default-features = false }
EOF
  if ! cargo fetch --offline --manifest-path "$proj/Cargo.toml" >"$proj/fetch.log" 2>&1; then
    rm -f "$proj/Cargo.lock"
    cargo fetch --manifest-path "$proj/Cargo.toml" >"$proj/fetch.log" 2>&1 || {
      cat "$proj/fetch.log" >&2
      die "cannot get $name $version: not in the cargo cache ($cargo_home/registry) and not fetched from crates.io (error above)"
    }
  fi
  local sum
  sum=$(awk -v n="$name" -v v="$version" -F'"' '
    /^\[\[package\]\]/ { name = ""; version = "" }
    /^name = /     { name = $2 }
    /^version = /  { version = $2 }
    /^checksum = / && name == n && version == v { print $2; exit }' "$proj/Cargo.lock")
  [[ -n $sum ]] || die "no checksum for $name $version in the throwaway project's Cargo.lock"
  local crate found=
  for crate in "$cargo_home"/registry/cache/*/"$name-$version.crate"; do
    [[ -f $crate ]] || continue
    if [[ $(sha256sum <"$crate" | cut -d' ' -f1) == "$sum" ]]; then found=$crate; break; fi
  done
  [[ -n $found ]] || die "$name-$version.crate with sha256 $sum not found under $cargo_home/registry/cache"
  mkdir -p "$tmp/unpack-$name"
  tar -xzf "$found" -C "$tmp/unpack-$name"
  [[ -d $tmp/unpack-$name/$name-$version ]] || die "$found does not hold $name-$version/"
  mv "$tmp/unpack-$name/$name-$version" "$dest"
}

# Deletes the paths listed in exclude file $2 from tree $1; each must exist there.
apply_exclude() {
  local tree=$1 list=$2 path
  [[ -f $list ]] || return 0
  while IFS= read -r path || [[ -n $path ]]; do
    path=${path%$'\r'}
    [[ -z ${path//[[:space:]]/} || $path == \#* ]] && continue
    path=${path%/}
    case /$path/ in */../*|*/./*|//*) die "$list: bad path '$path'" ;; esac
    [[ -e $tree/$path || -L $tree/$path ]] ||
      die "$list lists '$path', which the pristine crate does not have"
    rm -rf -- "${tree:?}/$path"
  done <"$list"
}

# Lists the executable regular files of a tree, relative to it.
executables() { (cd "$1" && find . -type f -perm /111 | LC_ALL=C sort); }

crates=()
for toml in vendor/*/Cargo.toml; do
  [[ -f $toml ]] || continue
  dir=${toml%/Cargo.toml}
  read -r name version < <(package_id "$toml") || die "$toml: no [package] name and version"
  [[ ${dir#vendor/} == "$name" ]] || die "$dir holds crate $name (expected vendor/$name)"
  crates+=("$name $version")
done
(( ${#crates[@]} )) || die "no vendored crates under vendor/"

if [[ $mode == diff ]]; then
  for c in "${crates[@]}"; do
    read -r name version <<<"$c"
    [[ $name == "$only" ]] || continue
    work=$tmp/gen
    mkdir -p "$work"
    unpack_pristine "$name" "$version" "$work/a"
    apply_exclude "$work/a" "vendor/patches/$name-$version.exclude"
    cp -a "vendor/$name" "$work/b"
    rc=0
    (cd "$work" && GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null \
      git diff --no-index --no-prefix --no-color --no-ext-diff --no-textconv --no-renames \
      a b) || rc=$?
    (( rc <= 1 )) || die "git diff failed"
    exit 0
  done
  die "no vendored crate named '$only' (have: ${crates[*]})"
fi

# A patch or exclude file whose crate version is not vendored is left over from an upgrade.
for f in vendor/patches/*.patch vendor/patches/*.exclude; do
  [[ -e $f ]] || continue
  base=${f##*/}
  base=${base%.*}
  known=
  for c in "${crates[@]}"; do
    read -r name version <<<"$c"
    [[ $base == "$name-$version" ]] && known=1
  done
  [[ -n $known ]] || die "$f matches no vendored crate (have: ${crates[*]})"
done

status=0
for c in "${crates[@]}"; do
  read -r name version <<<"$c"
  patchfile=vendor/patches/$name-$version.patch
  exclude=vendor/patches/$name-$version.exclude
  if [[ ! -f $patchfile ]]; then
    printf 'check-vendor: vendor/%s (%s %s) has no %s\n' "$name" "$name" "$version" "$patchfile" >&2
    status=1
    continue
  fi
  expected=$tmp/expected-$name
  unpack_pristine "$name" "$version" "$expected"
  apply_exclude "$expected" "$exclude"
  if ! patch -p1 --quiet --force --no-backup-if-mismatch -d "$expected" -i "$root/$patchfile" </dev/null >"$tmp/patch-$name.log" 2>&1; then
    printf 'check-vendor: %s does not apply cleanly to %s %s:\n' "$patchfile" "$name" "$version" >&2
    sed 's/^/  /' "$tmp/patch-$name.log" >&2
    status=1
  fi
  report=$tmp/report-$name
  diff -rq "$expected" "vendor/$name" >"$tmp/diff-$name" 2>&1 || true
  awk -v e="$expected" -v v="vendor/$name" '
    function rel(p, pre) { return substr(p, length(pre) + 2) }
    index($0, "Files " e "/") == 1 && / differ$/ {
      s = substr($0, 7); s = substr(s, 1, index(s, " and " v "/") - 1)
      print "  differs:            " rel(s, e); next }
    index($0, "Only in " e) == 1 {
      s = substr($0, 9); i = index(s, ": ")
      d = substr(s, 1, i - 1); f = substr(s, i + 2)
      print "  only in expected:   " (d == e ? f : rel(d, e) "/" f); next }
    index($0, "Only in " v) == 1 {
      s = substr($0, 9); i = index(s, ": ")
      d = substr(s, 1, i - 1); f = substr(s, i + 2)
      print "  only in " v ": " (d == v ? f : rel(d, v) "/" f); next }
    { gsub(e, "<expected>"); print "  " $0 }' "$tmp/diff-$name" >"$report"
  diff <(executables "$expected") <(executables "vendor/$name") |
    sed -n 's/^< \.\//  executable only in expected: /p; s/^> \.\//  executable only in vendor\/'"$name"': /p' >>"$report" || true
  if [[ -s $report ]]; then
    printf 'check-vendor: FAIL: vendor/%s != %s %s + %s\n' "$name" "$name" "$version" "$patchfile" >&2
    printf '  (expected = the pristine crate, less %s, + the patch)\n' "$exclude" >&2
    cat "$report" >&2
    diff -ru "$expected" "vendor/$name" 2>/dev/null | sed "s|$expected|<expected>|" | head -n 60 | sed 's/^/    /' >&2 || true
    status=1
  else
    less=
    if [[ -f $exclude ]]; then
      n=$(grep -cv '^[[:space:]]*\(#\|$\)' "$exclude" || true)
      less=" (less the $n paths listed in $exclude)"
    fi
    printf 'vendor/%s = %s %s + %s%s\n' "$name" "$name" "$version" "$patchfile" "$less"
  fi
done

if (( status )); then
  echo "check-vendor: vendored crates differ from pristine + patches (see above; vendor/patches/README.md)" >&2
fi
exit "$status"
