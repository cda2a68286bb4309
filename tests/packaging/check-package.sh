#!/usr/bin/env bash
# Builds the .deb with CPack and checks what an office would install: the binary, launcher,
# metainfo, icons and translations, dependencies on real Debian packages, and that the
# packaged binary runs.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/novoselye_*.deb)
info=$(dpkg-deb -I "$deb")
content=$(dpkg-deb -c "$deb")
fail() { echo "check-package: $*" >&2; exit 1; }
for dep in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libsodium23 libsqlite3-0 qt6-translations-l10n; do
  grep -q "Depends:.*$dep" <<<"$info" || fail "Depends lacks $dep"
done
for file in ./usr/bin/novoselye ./usr/share/applications/ru.novoselye.Novoselye.desktop \
            ./usr/share/metainfo/ru.novoselye.Novoselye.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/novoselye.svg \
            ./usr/share/icons/hicolor/256x256/apps/novoselye.png; do
  grep -q " $file\$" <<<"$content" || fail "package lacks $file"
done
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/novoselye" --help | grep -q "demo" || fail "the packaged binary does not run"
echo "check-package: $(basename "$deb") ok"
