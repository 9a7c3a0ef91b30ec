import { DOCS, step, type CatalogPart } from './entry.js'

/** go.mod / toolchain and local-environment scenarios, and the fallback (docs/taxonomy.md). */
export const LOCAL_SCENARIOS: CatalogPart = {
  'gomod-parse-error': {
    title: 'go.mod cannot be parsed',
    meaning: 'A go.mod (or go.work) has a syntax error at the line shown.',
    retryable: false,
    steps: ['Fix the line go names (`go mod edit -fmt` helps), then commit.'],
    docs: DOCS.goMod
  },
  'toolchain-too-old': {
    title: 'Go toolchain too old',
    meaning:
      'The module needs a newer Go than the one running, and toolchain switching is off (GOTOOLCHAIN=local) or the Go is older than 1.21 and cannot read newer go.mod syntax.',
    retryable: false,
    steps: [
      'Install a Go at least as new as the `go` line of go.mod (actions/setup-go with `go-version-file: go.mod`).',
      'Or allow go to fetch the toolchain it needs: `gotoolchain: auto`.'
    ],
    yaml: step('gotoolchain: auto'),
    docs: DOCS.toolchain
  },
  'toolchain-not-available': {
    title: 'Requested Go toolchain does not exist',
    meaning:
      'The `go`/`toolchain` line (or GOTOOLCHAIN) names a version that has no toolchain release, e.g. a bare `go 1.22` read by early Go 1.21.x.',
    retryable: false,
    steps: [
      'Write a full release in go.mod: `go 1.22.0` (or a `toolchain go1.22.5` line), or fix GOTOOLCHAIN.'
    ],
    docs: DOCS.toolchain
  },
  'toolchain-download-failed': {
    title: 'Go toolchain download failed',
    meaning:
      'go tried to switch to a newer toolchain and could not download golang.org/toolchain through GOPROXY.',
    retryable: true,
    steps: [
      'Re-run (network errors are transient).',
      'Private proxies must serve golang.org/toolchain, or install the needed Go with actions/setup-go and set `gotoolchain: local`.'
    ],
    yaml: step('gotoolchain: local'),
    docs: DOCS.toolchain
  },
  'replace-path-missing': {
    title: 'replace target missing',
    meaning: 'A `replace` directive points to a directory that does not exist in this checkout.',
    retryable: false,
    steps: [
      'Check out the replaced directory too (submodules, a second checkout), or remove the replace before committing.'
    ],
    docs: DOCS.replace
  },
  'vendor-inconsistent': {
    title: 'vendor/ out of sync',
    meaning: 'vendor/modules.txt does not match go.mod.',
    retryable: false,
    steps: ['Run `go mod vendor` and commit vendor/, or build without vendoring (`-mod=mod`).'],
    yaml: step('goflags: -mod=mod'),
    docs: DOCS.vendoring
  },
  'modcache-corrupt': {
    title: 'Module cache corrupt',
    meaning: 'A zip or ziphash in GOMODCACHE (or served by a mirror) is invalid.',
    retryable: false,
    steps: [
      'Clear the module cache (`go clean -modcache`) or run once with `cache: false` so a bad cache is not restored.',
      'If it happens with a clean cache, the proxy serves a broken zip: re-run later or use another proxy.'
    ],
    yaml: step('cache: false'),
    docs: DOCS.modCache
  },
  'modcache-permission': {
    title: 'Module cache not writable',
    meaning:
      'go could not create or write GOMODCACHE (permissions, read-only file system, a cache from another user).',
    retryable: false,
    steps: [
      'Point GOMODCACHE at a writable directory, or fix ownership of the restored cache.',
      'Add `-modcacherw` to GOFLAGS so cache files stay writable and removable.'
    ],
    yaml: step('goflags: -modcacherw'),
    docs: DOCS.modCache
  },
  'disk-full': {
    title: 'Disk full',
    meaning: 'The runner ran out of disk space while downloading or extracting modules.',
    retryable: false,
    steps: ['Free space before the download (large tool caches, docker images), or use a bigger runner.'],
    docs: DOCS.modCache
  },
  'go-missing': {
    title: 'Go is not installed',
    meaning: 'The go binary or its GOROOT is absent.',
    retryable: false,
    steps: ['Install Go first with actions/setup-go (or set `go-version` to pick one from the tool cache).'],
    docs: DOCS.install
  },
  'no-main-module': {
    title: 'No main module',
    meaning:
      'go found no go.mod in the directory it ran in or any parent (or modules are off), so there is no module to download for.',
    retryable: false,
    steps: [
      'Run go in the directory of the go.mod: set `working-directory` (or `cd`/`WORKDIR` in a Dockerfile, and copy go.mod into the build context).',
      'A new project needs `go mod init <module path>` and a committed go.mod; GO111MODULE=off turns modules off.'
    ],
    yaml: step('working-directory: ./path/to/module'),
    docs: DOCS.goMod
  },
  'workspace-module-missing': {
    title: 'go.work uses a directory that is not there',
    meaning:
      'go.work lists a module directory that is absent from this checkout (sparse checkout, a submodule not checked out, a source archive without it), so no go command can load the workspace.',
    retryable: false,
    steps: [
      'Check the directory out too (e.g. `submodules: true` or a wider sparse-checkout in actions/checkout).',
      'Or drop it from go.work (`go work edit -dropuse=./dir`), or build without the workspace: `GOWORK=off`.'
    ],
    docs: DOCS.workspaces
  },
  'workspace-version-mismatch': {
    title: 'go.work lists an older go than a module needs',
    meaning:
      'A module listed in go.work requires a newer `go` line than go.work has. The toolchain may be fine: go.work itself needs the higher `go` line.',
    retryable: false,
    steps: [
      'Run `go work use` (it raises the go line of go.work), or edit the `go` line of go.work to the highest one of its modules, and commit go.work.'
    ],
    docs: DOCS.workspaces
  },
  unknown: {
    title: 'go mod download failed',
    meaning: 'The failure did not match a known scenario. The evidence below is what go printed.',
    retryable: false,
    steps: ['Read the evidence lines; re-run with `go mod download -x` locally for more detail.'],
    docs: DOCS.proxy
  }
}
