#!/usr/bin/env bash
# Rebuilds the vendored GOV.UK Frontend files in accord/core/static/govuk/.
# Only needed when upgrading govuk-frontend: the built files are committed, so
# running Accord needs no Node.js and no build step.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund govuk-frontend@6 sass >/dev/null
cp "$here/accord.scss" .
npx sass --no-source-map --style=compressed --quiet-deps accord.scss govuk-frontend.min.css
out="$here/../accord/core/static/govuk"
cp govuk-frontend.min.css "$out/"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/"
cp node_modules/govuk-frontend/package.json "$out/govuk-frontend-package.json"
echo "Rebuilt GOV.UK Frontend $(node -p "require('./node_modules/govuk-frontend/package.json').version") into $out"
