#!/bin/sh
# Makes the application icon's PNG sizes, the Windows ICO and the macOS ICNS from turnscript.svg; the results are
# committed, so building needs none of these tools. Run it again after changing the SVG.
# Needs (Debian): apt-get install librsvg2-bin imagemagick icnsutils
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" turnscript.svg -o "turnscript-$size.png"
done
convert turnscript-16.png turnscript-24.png turnscript-32.png turnscript-48.png turnscript-64.png \
        turnscript-128.png turnscript-256.png turnscript.ico
png2icns turnscript.icns turnscript-16.png turnscript-32.png turnscript-48.png turnscript-128.png \
        turnscript-256.png turnscript-512.png turnscript-1024.png >/dev/null
# 512 and 1024 only feed the ICNS; the packages use 16-256.
rm turnscript-512.png turnscript-1024.png
ls -l turnscript*
