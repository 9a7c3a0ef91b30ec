import { DOCS, step, type CatalogPart } from './entry.js'

const TOKEN_YAML = step(
  'goprivate: {privatePattern}\ntoken: ${{ secrets.GO_MODULES_TOKEN }} # this GitHub server\n' +
    'git-credentials: | # other hosts\n  {host}=${{ secrets.GIT_HOST_TOKEN }}'
)

/** VCS, version/path and integrity scenarios (docs/taxonomy.md). */
export const VCS_SCENARIOS: CatalogPart = {
  'git-auth-missing': {
    title: 'Git credentials missing',
    meaning:
      'go fetched {module} directly with git, and git needed credentials for {host} that were not configured. (GitHub also answers this way for a repository that does not exist.)',
    retryable: false,
    steps: [
      'Give a token that can read the repository: `token` for this GitHub server, `git-credentials` for other hosts.',
      'Check the module path for typos.'
    ],
    yaml: TOKEN_YAML,
    docs: DOCS.faqGitHttps
  },
  'git-auth-rejected': {
    title: 'Git credentials rejected',
    meaning:
      '{host} refused the credentials, or they cannot see the repository (private without access, renamed or deleted).',
    retryable: false,
    steps: [
      'Check that the token has not expired and can read the repository (for a GitHub App, that the app is installed on it; for a fine-grained PAT, that the repository is selected).',
      'Check the module path and that the repository still exists.'
    ],
    yaml: TOKEN_YAML,
    docs: DOCS.auth
  },
  'ssh-auth-failed': {
    title: 'SSH authentication failed',
    meaning: 'A git URL rewrite sent the fetch over SSH, and the SSH key or host key was not accepted.',
    retryable: false,
    steps: [
      'Prefer HTTPS with a token: setup-gomod configures it, and rewrites `git@host:` and `ssh://` URLs for hosts it has credentials for.',
      'Otherwise load a deploy key (e.g. with an ssh-agent action) and add the host key to known_hosts.'
    ],
    yaml: TOKEN_YAML,
    docs: DOCS.auth
  },
  'git-missing': {
    title: 'Version control tool missing',
    meaning: 'go needed git (or hg/svn) for a direct fetch, and it is not on PATH (or GOVCS forbids it).',
    retryable: false,
    steps: ['Install git on the runner image, or fetch through a module proxy instead of direct.'],
    docs: DOCS.vcs
  },
  'vcs-unrecognized-import-path': {
    title: 'Import path not recognized',
    meaning:
      'go could not find the repository behind {module}: the `?go-get=1` page gave no go-import meta tag or answered an error.',
    retryable: false,
    steps: [
      'Check the module path for typos.',
      'For a private vanity host, the `?go-get=1` page must be reachable without authentication, or the path must end in `.git`.'
    ],
    docs: DOCS.vcsFind
  },
  'insecure-protocol': {
    title: 'No secure protocol worked',
    meaning:
      'Every https/ssh attempt for {module} failed (often an auth failure in disguise), or the server redirected to plain http.',
    retryable: false,
    steps: [
      'Give credentials for {host} (`token` or `git-credentials`).',
      'Only for a trusted plain-http host: set `goinsecure` to its pattern.'
    ],
    yaml: step('goprivate: {privatePattern}\ngit-credentials: |\n  {host}=${{ secrets.GIT_HOST_TOKEN }}'),
    docs: DOCS.vcs
  },
  'unknown-revision': {
    title: 'Version does not exist',
    meaning:
      '{module}@{version} does not exist: no such tag or commit in its repository (deleted tag, force-push, typo).',
    retryable: false,
    steps: [
      'Check the version in go.mod against the tags of the repository; `go list -m -versions {module}` lists them.',
      'Run `go get {module}@<existing version>` and `go mod tidy`, then commit go.mod and go.sum.',
      'If the tag was pushed a few minutes ago, the proxy may not have it yet: re-run later.'
    ],
    docs: DOCS.versions
  },
  'invalid-pseudo-version': {
    title: 'Invalid pseudo-version',
    meaning:
      'The pseudo-version of {module}@{version} does not match its commit (timestamp, base tag or hash length).',
    retryable: false,
    steps: ['Let go compute it: `go get {module}@<commit hash>`, then `go mod tidy`.'],
    docs: DOCS.pseudo
  },
  'module-path-mismatch': {
    title: 'Module path mismatch',
    meaning: 'The go.mod of {module}@{version} declares a different module path than the one required.',
    retryable: false,
    steps: [
      'Require the module by the path its go.mod declares (often a renamed or forked repository).',
      'For a fork, keep the original path and add a `replace` directive.'
    ],
    docs: DOCS.goMod
  },
  'major-version-suffix': {
    title: 'Major version suffix missing or wrong',
    meaning:
      'Versions v2 and above need a `/vN` suffix on the module path (or `+incompatible` for repositories without go.mod).',
    retryable: false,
    steps: ['Require `{module}/vN` for a vN version (and change the imports), or pick a v0/v1 version.'],
    docs: DOCS.majorSuffix
  },
  'malformed-module-path': {
    title: 'Malformed module path',
    meaning: 'A module or import path is not valid syntax (e.g. no dot in the first element).',
    retryable: false,
    steps: ['Fix the path in go.mod or the import; local modules need a `replace` to a directory.'],
    docs: DOCS.modulePath
  },
  'module-not-found': {
    title: 'Module or package not found',
    meaning: 'No version of {module} matches, or the module does not provide the package.',
    retryable: false,
    steps: [
      'Check the module path and version; run `go mod tidy` and commit go.mod and go.sum.',
      'A proxy answering 404 may simply not have the module: check GOPROXY.'
    ],
    docs: DOCS.resolvePkg
  },
  'module-zip-malformed': {
    title: 'Module version cannot be packed',
    meaning:
      'The files of {module}@{version} cannot form a valid module zip (invalid file names, case collisions, size).',
    retryable: false,
    steps: [
      'Use another version of the module; the maintainers must rename the offending files and tag again.'
    ],
    docs: DOCS.zip
  },
  'checksum-mismatch': {
    title: 'Checksum mismatch (SECURITY ERROR)',
    meaning:
      'The content downloaded for {module}@{version} differs from go.sum or the checksum database. Never retried: the content changed (re-tagged release, edited go.sum) or was tampered with.',
    retryable: false,
    steps: [
      'Do not just delete the go.sum line. Find out why the content changed (a moved tag?).',
      'If the new content is legitimate, update go.sum deliberately (`go mod tidy`) and review the diff.',
      'If a restored module cache is corrupt, clear it (`go clean -modcache`, or run once with `cache: false`).'
    ],
    docs: DOCS.goSum
  },
  'missing-gosum-entry': {
    title: 'go.sum entry missing',
    meaning: 'go.sum lacks a checksum go needs, and -mod=readonly (the default) forbids adding it.',
    retryable: false,
    steps: [
      'Run `go mod tidy` locally and commit go.sum.',
      'Or let CI add it with `-mod=mod` (not recommended for release builds).'
    ],
    yaml: step('goflags: -mod=mod'),
    docs: DOCS.goSum
  },
  'gosum-malformed': {
    title: 'go.sum is malformed',
    meaning: 'go.sum has a line go cannot parse (often a merge conflict).',
    retryable: false,
    steps: ['Fix or delete the bad line (see the line number), then `go mod tidy` and commit go.sum.'],
    docs: DOCS.goSum
  }
}
