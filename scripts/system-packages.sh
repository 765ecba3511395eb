#!/usr/bin/env bash
# Installs the Debian packages Accord needs, and only the missing ones.
# As root it runs apt-get; otherwise it prints the exact command to run and fails.
set -euo pipefail

packages=(
  graphviz           # governance map (dot)
  chromium           # browser tests
  poppler-utils      # pdftoppm / pdftotext for looking at generated PDFs
  fonts-dejavu-core  # a font for WeasyPrint and Chromium
  fonts-liberation
  libpango-1.0-0     # WeasyPrint
  libpangoft2-1.0-0
  postgresql-15      # the throwaway test cluster
  nginx-light        # the proxy in front of the app servers (deploy/nginx, tests/deploy)
  libreoffice-writer-nogui  # DOCX to PDF in the document benchmark and tests
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Accord needs these system packages, which are not installed:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
