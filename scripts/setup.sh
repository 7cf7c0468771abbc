#!/usr/bin/env bash
# Installs the Debian packages Parley builds, renders and tests with, when any is missing.
# Safe to run again: it does nothing once everything is there.
set -euo pipefail

# build: Cairo, Pango, HarfBuzz (hb-subset: the fonts of native SVG), libyaml, libdeflate (the PNG
# writer); run: librsvg (SVG flag pictures,
# opened on first use), the default font (Latin, Greek, Cyrillic, Turkish, Arabic, Hebrew, Georgian),
# a Chinese/Japanese/Korean fallback (WenQuanYi Micro Hei: 1.6 MB, 5 MB installed; without it
# Han and Hangul titles are drawn as boxes) and a colour emoji font;
# tests: rsvg-convert, pdftoppm/pdfinfo/pdftotext, a real JSON Schema validator, and
# headless Chromium and pandoc for the reports.
packages=(
  pkg-config libcairo2-dev libpango1.0-dev libharfbuzz-dev librsvg2-2 libyaml-dev libdeflate-dev
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji fontconfig
  librsvg2-bin poppler-utils
  python3-jsonschema python3-yaml python3-pil
  chromium pandoc
  # LaTeXIncludeTests: pdflatex and graphicx include a --fit a4 PDF in an A4 article.
  # texlive-latex-base with --no-install-recommends: 15 packages, 39 MB to download, 121 MB
  # installed (texlive-binaries alone has no format to run; plain pdftex also needs
  # texlive-base, 108 MB, so LaTeX costs 12 MB more than plain TeX).
  texlive-latex-base
  # integrations/ (ParleyIntegrationTests): the venv the PyPI toolchains go into (below).
  python3-venv
  # deploy/ (ExportParallelTests): GNU parallel runs deploy/export-parallel.sh's shards (with sysstat,
  # which it depends on: 2.4 MB download, 4.6 MB installed together).
  parallel
)
# `setup.sh bench` adds the peers the benchmark compares with (Graphviz, matplotlib; the plain C
# program builds against the libpng and zlib headers that Cairo's already bring).
if [ "${1:-}" = "bench" ]; then
  # wrk cross-checks parley-bench's own load client against parley serve (43 kB, with LuaJIT 0.8 MB installed).
  packages+=(gcc libpng-dev zlib1g-dev graphviz python3-matplotlib wrk)
fi
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- integrations/ (issue 16): the document toolchains ParleyIntegrationTests runs, from PyPI,
# in a project venv (.build/tools/venv; `make clean` removes it), each installed only when missing.
# Measured: the venv itself 26 MB;
#   pypandoc-binary 1.17 (pandoc 3.9 inside the wheel): 33 MB download, 154 MB installed;
#   mkdocs 1.6.1 with its dependencies: 5.8 MB download, 21 MB installed;
#   mkdocs-kroki-plugin 1.8.0 (httpx and friends): 0.8 MB download, 6 MB installed.
# Quarto is not here: PyPI's quarto-cli is a source package whose build downloads Quarto from
# GitHub, which these machines cannot reach (integrations/README.md says what is tested instead).
venv="$(cd "$(dirname "$0")/.." && pwd)/.build/tools/venv"
integration_packages=(pypandoc-binary==1.17 mkdocs==1.6.1 mkdocs-kroki-plugin==1.8.0)
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
# Exits non-zero when a package is missing or at another version (pip show does not).
if ! "$venv/bin/python" - "${integration_packages[@]}" 2>/dev/null <<'PYTHON'
import importlib.metadata, sys
sys.exit(any(importlib.metadata.version(name) != version for name, version in (p.split("==") for p in sys.argv[1:])))
PYTHON
then
  echo "setup: installing ${integration_packages[*]} into $venv" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${integration_packages[@]}"
fi
