#!/usr/bin/env bash
# Builds the .deb with CPack and checks what an office would install: the binary (stripped),
# launcher, metainfo and icons; that dpkg installs it into a fresh root; that every Depends names a real Debian package; that every
# library the binary links (NEEDED) and every file it loads at run time (the SQL drivers,
# Qt's translations, the acts' font) comes from a package in Depends; that apt would install
# it; and that the packaged binary runs: --help in both languages, a demo database, and a
# screenshot of the window in Russian (platform plugin, SQLite driver, fonts).
set -euo pipefail
build=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) ||
  { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$out"/novoselye_*.deb)
info=$(dpkg-deb -I "$deb")
content=$(dpkg-deb -c "$deb")

for file in ./usr/bin/novoselye ./usr/share/applications/ru.novoselye.Novoselye.desktop \
            ./usr/share/metainfo/ru.novoselye.Novoselye.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/novoselye.svg; do
  grep -q " $file\$" <<<"$content" || fail "package lacks $file"
done
for size in 16 32 48 64 128 256; do
  grep -q " ./usr/share/icons/hicolor/${size}x${size}/apps/novoselye.png\$" <<<"$content" ||
    fail "package lacks the ${size}x${size} icon"
done

# The package names in Depends (alternatives included), without versions.
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
[ -n "$depends" ] || fail "no Depends"
names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
for name in $names; do
  dpkg-query -W "$name" >/dev/null 2>&1 || apt-cache show "$name" >/dev/null 2>&1 ||
    fail "Depends names '$name', which is no Debian package"
done
has_dep() { grep -qx "$1" <<<"$names"; }
# The package that provides a file (dpkg -S takes a glob: /lib and /usr/lib both match).
package_of() { dpkg -S "$1" 2>/dev/null | head -1 | cut -d: -f1; }
needs() { # needs WHAT FILE-GLOB
  local pkg
  pkg=$(package_of "$2")
  [ -n "$pkg" ] || fail "$1: no installed package provides $2"
  has_dep "$pkg" || fail "$1 comes from $pkg, which Depends lacks"
}

# Installed by dpkg into a fresh, empty root (its dependencies are this machine's, so they are
# only checked above and by apt below); dpkg must list it installed with its files.
root=$out/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root -i "$deb" >"$out/dpkg.log" 2>&1 ||
  { cat "$out/dpkg.log" >&2; fail "dpkg cannot install the package into a fresh root"; }
dpkg --root="$root" -s novoselye | grep -q "^Status: install ok installed" ||
  fail "dpkg does not list the package as installed"
dpkg --root="$root" -L novoselye | grep -qx /usr/share/applications/ru.novoselye.Novoselye.desktop ||
  fail "dpkg does not list the launcher among the package's files"
bin=$root/usr/bin/novoselye
file "$bin" | grep -q ", stripped" || fail "the packaged binary is not stripped"
for lib in $(objdump -p "$bin" | awk '/NEEDED/ {print $2}'); do
  needs "linked library $lib" "*/x86_64-linux-gnu/$lib"
done
plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
needs "the SQLite driver" "$plugins/sqldrivers/libqsqlite.so"
needs "the PostgreSQL driver" "$plugins/sqldrivers/libqsqlpsql.so"
needs "the X11 platform plugin" "$plugins/platforms/libqxcb.so"
needs "Qt's Russian translation" "$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)/qt_ru.qm"
family=$(sed -n 's/.*kFontFamily = QStringLiteral("\(.*\)");.*/\1/p' \
  "$source_dir/app/domain/HandoverActPrinter.cpp")
[ -n "$family" ] || fail "the acts' font family not found in HandoverActPrinter.cpp"
[ "$(fc-match -f '%{family[0]}' "$family")" = "$family" ] || fail "font '$family' not installed"
needs "the acts' font ($family)" "$(fc-match -f '%{file}' "$family")"

# apt resolves the dependencies (simulated: nothing is installed).
if [ "$(id -u)" = 0 ]; then
  apt-get install --simulate --no-install-recommends "$deb" >"$out/apt.log" 2>&1 ||
    { cat "$out/apt.log" >&2; fail "apt cannot install the package"; }
fi

# The packaged binary runs, in a clean environment and its own home.
home=$out/home
mkdir -p "$home"
run() { env -i HOME="$home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$bin" "$@"; }
run --lang en --help | grep -q "create a demo database" || fail "the packaged binary does not run"
run --lang ru --help | grep -q "создать демонстрационную базу данных" ||
  fail "the packaged binary has no Russian"
run demo --scale small --db "$out/demo.db" --today 2026-11-27 >/dev/null 2>&1 ||
  fail "the packaged binary cannot make a demo database"
run stats --db "$out/demo.db" | grep -q "resident" || fail "stats on the demo failed"
run screenshot overview --db "$out/demo.db" --out "$out/overview.png" --lang ru \
  --size 800x600 >/dev/null 2>&1 || fail "the packaged binary cannot draw its window"
[ -s "$out/overview.png" ] || fail "no screenshot written"
echo "check-package: $(basename "$deb") ok ($(du -k "$deb" | cut -f1) KB; Depends: $depends)"
