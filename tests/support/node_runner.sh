# Sourced by tests that run a Node program: `node_runner FROM_DIR RUNNER_DIR` copies the program's
# .mjs files from FROM_DIR into RUNNER_DIR and installs its pinned dependencies there with `npm ci`
# from FROM_DIR's committed lock file (reused while the lock file is unchanged).
node_runner() {
  local from=$1 runner=$2
  mkdir -p "$runner"
  cp "$from"/*.mjs "$runner/"
  if ! cmp -s "$from/package-lock.json" "$runner/package-lock.json" || [ ! -d "$runner/node_modules" ]; then
    cp "$from/package.json" "$from/package-lock.json" "$runner/"
    (cd "$runner" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
