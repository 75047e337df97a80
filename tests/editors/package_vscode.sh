#!/bin/sh
# Packages the VS Code extension as editors/vscode/README.md says (npm ci from the committed lock
# file, then vsce) in a scratch copy, and checks that the package holds the client, its
# language-client dependency, the grammar and the language configuration.
set -eu
src=$1
work=$2/vscode-extension
mkdir -p "$work"
for f in package.json package-lock.json extension.js language-configuration.json .vscodeignore README.md; do
  cp "$src/$f" "$work/"
done
rm -rf "$work/syntaxes" && cp -r "$src/syntaxes" "$work/"
cd "$work"
node --check extension.js
if ! cmp -s package-lock.json ../vscode-installed-lock || [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json ../vscode-installed-lock
fi
npx vsce ls > ../vscode-files.txt
for f in extension.js package.json language-configuration.json syntaxes/custos.tmLanguage.json \
         node_modules/vscode-languageclient/package.json; do
  grep -qx "$f" ../vscode-files.txt || { echo "the package lacks $f"; cat ../vscode-files.txt; exit 1; }
done
if grep -q '^node_modules/@vscode/vsce/' ../vscode-files.txt; then echo "the package holds a dev dependency"; exit 1; fi
rm -f custos.vsix
npx vsce package -o custos.vsix > /dev/null
test -s custos.vsix
echo "packaged $(wc -c < custos.vsix) bytes, $(wc -l < ../vscode-files.txt) files"
