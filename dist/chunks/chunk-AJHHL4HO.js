import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  matchPrefixPatterns,
  unescapeModulePath
} from "./chunk-ENVRGW5B.js";
import {
  require_semver
} from "./chunk-JEMEWMLI.js";
import {
  __name,
  __toESM
} from "./chunk-N2CE72JC.js";

// src/failure/catalog/entry.ts
var REF = "https://go.dev/ref/mod";
var DOCS = {
  proxy: `${REF}#module-proxy`,
  envVars: `${REF}#environment-variables`,
  privateModules: `${REF}#private-modules`,
  proxyAuth: `${REF}#private-module-proxy-auth`,
  checksumDb: `${REF}#checksum-database`,
  auth: `${REF}#private-module-repo-auth`,
  vcsFind: `${REF}#vcs-find`,
  vcs: `${REF}#vcs`,
  versions: `${REF}#versions`,
  pseudo: `${REF}#pseudo-versions`,
  majorSuffix: `${REF}#major-version-suffixes`,
  modulePath: `${REF}#module-path`,
  resolvePkg: `${REF}#resolve-pkg-mod`,
  zip: `${REF}#zip-path-size-constraints`,
  goSum: `${REF}#go-sum-files`,
  goMod: `${REF}#go-mod-file`,
  replace: `${REF}#go-mod-file-replace`,
  vendoring: `${REF}#vendoring`,
  modCache: `${REF}#module-cache`,
  toolchain: "https://go.dev/doc/toolchain",
  workspaces: `${REF}#workspaces`,
  faqGitHttps: "https://go.dev/doc/faq#git_https",
  install: "https://go.dev/doc/install",
  goproxyEnv: `${REF}#goproxy-protocol`
};
var ACTION_PLACEHOLDER = "OWNER/setup-gomod@v1";
function step(inputs) {
  return `- uses: ${ACTION_PLACEHOLDER}
  with:
${inputs.trim().split("\n").map((l) => `    ${l}`).join("\n")}`;
}
__name(step, "step");

// src/failure/catalog/local.ts
var LOCAL_SCENARIOS = {
  "gomod-parse-error": {
    title: "go.mod cannot be parsed",
    meaning: "A go.mod (or go.work) has a syntax error at the line shown.",
    retryable: false,
    steps: ["Fix the line go names (`go mod edit -fmt` helps), then commit."],
    docs: DOCS.goMod
  },
  "toolchain-too-old": {
    title: "Go toolchain too old",
    meaning: "The module needs a newer Go than the one running, and toolchain switching is off (GOTOOLCHAIN=local) or the Go is older than 1.21 and cannot read newer go.mod syntax.",
    retryable: false,
    steps: [
      "Install a Go at least as new as the `go` line of go.mod (actions/setup-go with `go-version-file: go.mod`).",
      "Or allow go to fetch the toolchain it needs: `gotoolchain: auto`."
    ],
    yaml: step("gotoolchain: auto"),
    docs: DOCS.toolchain
  },
  "toolchain-not-available": {
    title: "Requested Go toolchain does not exist",
    meaning: "The `go`/`toolchain` line (or GOTOOLCHAIN) names a version that has no toolchain release, e.g. a bare `go 1.22` read by early Go 1.21.x.",
    retryable: false,
    steps: [
      "Write a full release in go.mod: `go 1.22.0` (or a `toolchain go1.22.5` line), or fix GOTOOLCHAIN."
    ],
    docs: DOCS.toolchain
  },
  "toolchain-download-failed": {
    title: "Go toolchain download failed",
    meaning: "go tried to switch to a newer toolchain and could not download golang.org/toolchain through GOPROXY.",
    retryable: true,
    steps: [
      "Re-run (network errors are transient).",
      "Private proxies must serve golang.org/toolchain, or install the needed Go with actions/setup-go and set `gotoolchain: local`."
    ],
    yaml: step("gotoolchain: local"),
    docs: DOCS.toolchain
  },
  "replace-path-missing": {
    title: "replace target missing",
    meaning: "A `replace` directive points to a directory that does not exist in this checkout.",
    retryable: false,
    steps: [
      "Check out the replaced directory too (submodules, a second checkout), or remove the replace before committing."
    ],
    docs: DOCS.replace
  },
  "vendor-inconsistent": {
    title: "vendor/ out of sync",
    meaning: "vendor/modules.txt does not match go.mod.",
    retryable: false,
    steps: ["Run `go mod vendor` and commit vendor/, or build without vendoring (`-mod=mod`)."],
    yaml: step("goflags: -mod=mod"),
    docs: DOCS.vendoring
  },
  "modcache-corrupt": {
    title: "Module cache corrupt",
    meaning: "A zip or ziphash in GOMODCACHE (or served by a mirror) is invalid.",
    retryable: false,
    steps: [
      "Clear the module cache (`go clean -modcache`) or run once with `cache: false` so a bad cache is not restored.",
      "If it happens with a clean cache, the proxy serves a broken zip: re-run later or use another proxy."
    ],
    yaml: step("cache: false"),
    docs: DOCS.modCache
  },
  "modcache-permission": {
    title: "Module cache not writable",
    meaning: "go could not create or write GOMODCACHE (permissions, read-only file system, a cache from another user).",
    retryable: false,
    steps: [
      "Point GOMODCACHE at a writable directory, or fix ownership of the restored cache.",
      "Add `-modcacherw` to GOFLAGS so cache files stay writable and removable."
    ],
    yaml: step("goflags: -modcacherw"),
    docs: DOCS.modCache
  },
  "disk-full": {
    title: "Disk full",
    meaning: "The runner ran out of disk space while downloading or extracting modules.",
    retryable: false,
    steps: ["Free space before the download (large tool caches, docker images), or use a bigger runner."],
    docs: DOCS.modCache
  },
  "go-missing": {
    title: "Go is not installed",
    meaning: "The go binary or its GOROOT is absent.",
    retryable: false,
    steps: ["Install Go first with actions/setup-go (or set `go-version` to pick one from the tool cache)."],
    docs: DOCS.install
  },
  "no-main-module": {
    title: "No main module",
    meaning: "go found no go.mod in the directory it ran in or any parent (or modules are off), so there is no module to download for.",
    retryable: false,
    steps: [
      "Run go in the directory of the go.mod: set `working-directory` (or `cd`/`WORKDIR` in a Dockerfile, and copy go.mod into the build context).",
      "A new project needs `go mod init <module path>` and a committed go.mod; GO111MODULE=off turns modules off."
    ],
    yaml: step("working-directory: ./path/to/module"),
    docs: DOCS.goMod
  },
  "workspace-module-missing": {
    title: "go.work uses a directory that is not there",
    meaning: "go.work lists a module directory that is absent from this checkout (sparse checkout, a submodule not checked out, a source archive without it), so no go command can load the workspace.",
    retryable: false,
    steps: [
      "Check the directory out too (e.g. `submodules: true` or a wider sparse-checkout in actions/checkout).",
      "Or drop it from go.work (`go work edit -dropuse=./dir`), or build without the workspace: `GOWORK=off`."
    ],
    docs: DOCS.workspaces
  },
  "workspace-version-mismatch": {
    title: "go.work lists an older go than a module needs",
    meaning: "A module listed in go.work requires a newer `go` line than go.work has. The toolchain may be fine: go.work itself needs the higher `go` line.",
    retryable: false,
    steps: [
      "Run `go work use` (it raises the go line of go.work), or edit the `go` line of go.work to the highest one of its modules, and commit go.work."
    ],
    docs: DOCS.workspaces
  },
  unknown: {
    title: "go mod download failed",
    meaning: "The failure did not match a known scenario. The evidence below is what go printed.",
    retryable: false,
    steps: ["Read the evidence lines; re-run with `go mod download -x` locally for more detail."],
    docs: DOCS.proxy
  }
};

// src/failure/catalog/network.ts
var RETRY_YAML = step(`retries: '5'
retry-delay: 5s`);
var NETWORK_SCENARIOS = {
  "dns-failure": {
    title: "Name resolution failed",
    meaning: "The runner could not resolve {host} (DNS), so go never reached it.",
    retryable: true,
    steps: [
      "Re-run: resolver hiccups on hosted runners are usually transient; setup-gomod retries them.",
      "If it persists, check the host name in GOPROXY/GOSUMDB or the module path for typos.",
      "On self-hosted runners, check /etc/resolv.conf and that the runner may resolve external names."
    ],
    yaml: RETRY_YAML,
    docs: DOCS.envVars
  },
  "connect-timeout": {
    title: "Connection timed out",
    meaning: "A TCP or TLS connection to {host} did not complete in time, or the download made no progress.",
    retryable: true,
    steps: [
      "Re-run; setup-gomod retries transient timeouts with backoff.",
      "If it keeps timing out, the host is blocked from this network: use a module proxy the runner can reach.",
      "A firewall that drops (not rejects) packets also looks like this."
    ],
    yaml: RETRY_YAML,
    docs: DOCS.proxy
  },
  "connection-refused": {
    title: "Connection refused",
    meaning: "Nothing listens on {host} at that port: the proxy, checksum database or VCS host is down or misnamed.",
    retryable: true,
    steps: [
      "Check the URL (scheme and port) in GOPROXY, GOSUMDB or the HTTP(S)_PROXY variables.",
      "For a self-hosted proxy, check that it is running; then re-run."
    ],
    docs: DOCS.envVars
  },
  "connection-reset": {
    title: "Connection dropped mid-transfer",
    meaning: "The connection to {host} was closed while go was reading (reset, unexpected EOF, HTTP/2 stream error).",
    retryable: true,
    steps: [
      "Re-run: this is transient; setup-gomod retries it with backoff.",
      "If one large module always fails, a middlebox may cut long downloads: try another proxy."
    ],
    yaml: RETRY_YAML,
    docs: DOCS.proxy
  },
  "tls-untrusted-cert": {
    title: "TLS certificate not trusted",
    meaning: "go could not verify the certificate of {host}: usually a TLS-intercepting proxy or an outdated CA bundle.",
    retryable: false,
    steps: [
      "If your network intercepts TLS, add its CA certificate to the system store, or point SSL_CERT_FILE (go) and GIT_SSL_CAINFO (git) at a bundle that includes it.",
      "Check that the certificate matches the host name and has not expired."
    ],
    docs: DOCS.envVars
  },
  "http-proxy-misconfigured": {
    title: "HTTP proxy unreachable or misconfigured",
    meaning: "go had to go through HTTP_PROXY/HTTPS_PROXY, and that hop failed (`proxyconnect`).",
    retryable: false,
    steps: [
      "Check HTTPS_PROXY / HTTP_PROXY (scheme, host, port) and that the proxy is up.",
      "Add hosts that must be reached directly (e.g. an internal module proxy) to NO_PROXY."
    ],
    docs: DOCS.envVars
  },
  "network-egress-blocked": {
    title: "Network policy blocks the download",
    meaning: "A firewall, gateway or cloud policy answered instead of the real server (403 or an HTML block page).",
    retryable: false,
    steps: [
      "Ask for {host} to be allowed from the runner network, or use an internal module proxy the runner may reach."
    ],
    yaml: step("goproxy: https://goproxy.corp.example|direct"),
    docs: DOCS.proxy
  },
  "proxy-bad-response": {
    title: "The module proxy failed",
    meaning: "The module proxy or checksum database answered with a server error or an invalid response.",
    retryable: true,
    steps: [
      "Re-run; setup-gomod retries server errors with backoff.",
      "A `,` in GOPROXY falls through to the next entry only on 404/410; `|` falls through on any error, so a second proxy can take over."
    ],
    yaml: step(`goproxy: https://goproxy.corp.example|direct
retries: '5'`),
    docs: DOCS.goproxyEnv
  },
  "rate-limited": {
    title: "Rate limited",
    meaning: "{host} answered 429 Too Many Requests.",
    retryable: true,
    steps: [
      "Retry later with a longer backoff; authenticated requests (a `token`) usually get a higher limit from git hosts.",
      "Cache the module cache between runs (input `cache`) so fewer downloads are needed."
    ],
    yaml: step(`retries: '5'
retry-delay: 30s
cache: true`),
    docs: DOCS.proxy
  },
  "proxy-origin-fetch-failed": {
    title: "The public mirror could not fetch the origin",
    meaning: 'The proxy or checksum database answered "not found" for a public version because it could not reach the origin itself, or has not seen a just-pushed tag yet.',
    retryable: true,
    steps: [
      "Re-run in a few minutes: a tag pushed seconds ago can be negatively cached for up to about 30 minutes.",
      "Check that {module}@{version} exists and the origin repository is public and reachable."
    ],
    docs: DOCS.checksumDb
  },
  "private-module-via-public-proxy": {
    title: "Private module requested from a public proxy",
    meaning: "{module} was sent to a public module proxy, which cannot read private repositories. Matching GOPRIVATE (or GONOPROXY) makes go fetch it directly.",
    retryable: false,
    steps: [
      "Set `goprivate` to a pattern that matches {module}.",
      "Give credentials for the host (`token` for this GitHub server, `git-credentials` for others)."
    ],
    yaml: step("goprivate: {privatePattern}\ntoken: ${{ secrets.GO_MODULES_TOKEN }}"),
    docs: DOCS.privateModules
  },
  "private-module-sumdb": {
    title: "Private module checked against the public checksum database",
    meaning: "The public checksum database does not know {module}. Modules matching GOPRIVATE or GONOSUMDB skip it.",
    retryable: false,
    steps: ["Set `goprivate` (or `gonosumdb`) to a pattern that matches {module}."],
    yaml: step("goprivate: {privatePattern}"),
    docs: DOCS.checksumDb
  },
  "goproxy-off": {
    title: "Module lookup disabled",
    meaning: "GOPROXY=off or -mod=vendor forbids downloading, and {module} is not in the module cache or vendor/.",
    retryable: false,
    steps: [
      "Set a module proxy, or restore the module cache first (input `cache`).",
      "With -mod=vendor, run `go mod vendor` and commit vendor/."
    ],
    yaml: step("goproxy: https://goproxy.corp.example,direct"),
    docs: DOCS.envVars
  },
  "goproxy-invalid": {
    title: "GOPROXY cannot be parsed",
    meaning: "go rejected the GOPROXY list (a missing scheme, `;` instead of `,`/`|`, or an empty list).",
    retryable: false,
    steps: [
      "Write each entry as a https:// (or http://, file://) URL, `direct` or `off`, separated by `,` or `|`."
    ],
    yaml: step("goproxy: https://goproxy.corp.example|direct"),
    docs: DOCS.goproxyEnv
  },
  "proxy-auth-required": {
    title: "Module proxy needs credentials",
    meaning: "{host} is a module proxy and answered 401/403: the credentials are missing or rejected.",
    retryable: false,
    steps: [
      "Give the proxy credentials with `proxy-credentials` (written to a netrc under RUNNER_TEMP; GOAUTH=netrc from Go 1.24).",
      "Check that the credentials may read this module; proxies need https for credentials to be sent."
    ],
    yaml: step("proxy-credentials: |\n  {host}=ci-user:${{ secrets.GOPROXY_PASSWORD }}"),
    docs: DOCS.proxyAuth
  }
};

// src/failure/catalog/vcs.ts
var TOKEN_YAML = step(
  "goprivate: {privatePattern}\ntoken: ${{ secrets.GO_MODULES_TOKEN }} # this GitHub server\ngit-credentials: | # other hosts\n  {host}=${{ secrets.GIT_HOST_TOKEN }}"
);
var VCS_SCENARIOS = {
  "git-auth-missing": {
    title: "Git credentials missing",
    meaning: "go fetched {module} directly with git, and git needed credentials for {host} that were not configured. (GitHub also answers this way for a repository that does not exist.)",
    retryable: false,
    steps: [
      "Give a token that can read the repository: `token` for this GitHub server, `git-credentials` for other hosts.",
      "Check the module path for typos."
    ],
    yaml: TOKEN_YAML,
    docs: DOCS.faqGitHttps
  },
  "git-auth-rejected": {
    title: "Git credentials rejected",
    meaning: "{host} refused the credentials, or they cannot see the repository (private without access, renamed or deleted).",
    retryable: false,
    steps: [
      "Check that the token has not expired and can read the repository (for a GitHub App, that the app is installed on it; for a fine-grained PAT, that the repository is selected).",
      "Check the module path and that the repository still exists."
    ],
    yaml: TOKEN_YAML,
    docs: DOCS.auth
  },
  "ssh-auth-failed": {
    title: "SSH authentication failed",
    meaning: "A git URL rewrite sent the fetch over SSH, and the SSH key or host key was not accepted.",
    retryable: false,
    steps: [
      "Prefer HTTPS with a token: setup-gomod configures it, and rewrites `git@host:` and `ssh://` URLs for hosts it has credentials for.",
      "Otherwise load a deploy key (e.g. with an ssh-agent action) and add the host key to known_hosts."
    ],
    yaml: TOKEN_YAML,
    docs: DOCS.auth
  },
  "git-missing": {
    title: "Version control tool missing",
    meaning: "go needed git (or hg/svn) for a direct fetch, and it is not on PATH (or GOVCS forbids it).",
    retryable: false,
    steps: ["Install git on the runner image, or fetch through a module proxy instead of direct."],
    docs: DOCS.vcs
  },
  "vcs-unrecognized-import-path": {
    title: "Import path not recognized",
    meaning: "go could not find the repository behind {module}: the `?go-get=1` page gave no go-import meta tag or answered an error.",
    retryable: false,
    steps: [
      "Check the module path for typos.",
      "For a private vanity host, the `?go-get=1` page must be reachable without authentication, or the path must end in `.git`."
    ],
    docs: DOCS.vcsFind
  },
  "insecure-protocol": {
    title: "No secure protocol worked",
    meaning: "Every https/ssh attempt for {module} failed (often an auth failure in disguise), or the server redirected to plain http.",
    retryable: false,
    steps: [
      "Give credentials for {host} (`token` or `git-credentials`).",
      "Only for a trusted plain-http host: set `goinsecure` to its pattern."
    ],
    yaml: step("goprivate: {privatePattern}\ngit-credentials: |\n  {host}=${{ secrets.GIT_HOST_TOKEN }}"),
    docs: DOCS.vcs
  },
  "unknown-revision": {
    title: "Version does not exist",
    meaning: "{module}@{version} does not exist: no such tag or commit in its repository (deleted tag, force-push, typo).",
    retryable: false,
    steps: [
      "Check the version in go.mod against the tags of the repository; `go list -m -versions {module}` lists them.",
      "Run `go get {module}@<existing version>` and `go mod tidy`, then commit go.mod and go.sum.",
      "If the tag was pushed a few minutes ago, the proxy may not have it yet: re-run later."
    ],
    docs: DOCS.versions
  },
  "invalid-pseudo-version": {
    title: "Invalid pseudo-version",
    meaning: "The pseudo-version of {module}@{version} does not match its commit (timestamp, base tag or hash length).",
    retryable: false,
    steps: ["Let go compute it: `go get {module}@<commit hash>`, then `go mod tidy`."],
    docs: DOCS.pseudo
  },
  "module-path-mismatch": {
    title: "Module path mismatch",
    meaning: "The go.mod of {module}@{version} declares a different module path than the one required.",
    retryable: false,
    steps: [
      "Require the module by the path its go.mod declares (often a renamed or forked repository).",
      "For a fork, keep the original path and add a `replace` directive."
    ],
    docs: DOCS.goMod
  },
  "major-version-suffix": {
    title: "Major version suffix missing or wrong",
    meaning: "Versions v2 and above need a `/vN` suffix on the module path (or `+incompatible` for repositories without go.mod).",
    retryable: false,
    steps: ["Require `{module}/vN` for a vN version (and change the imports), or pick a v0/v1 version."],
    docs: DOCS.majorSuffix
  },
  "malformed-module-path": {
    title: "Malformed module path",
    meaning: "A module or import path is not valid syntax (e.g. no dot in the first element).",
    retryable: false,
    steps: ["Fix the path in go.mod or the import; local modules need a `replace` to a directory."],
    docs: DOCS.modulePath
  },
  "module-not-found": {
    title: "Module or package not found",
    meaning: "No version of {module} matches, or the module does not provide the package.",
    retryable: false,
    steps: [
      "Check the module path and version; run `go mod tidy` and commit go.mod and go.sum.",
      "A proxy answering 404 may simply not have the module: check GOPROXY."
    ],
    docs: DOCS.resolvePkg
  },
  "module-zip-malformed": {
    title: "Module version cannot be packed",
    meaning: "The files of {module}@{version} cannot form a valid module zip (invalid file names, case collisions, size).",
    retryable: false,
    steps: [
      "Use another version of the module; the maintainers must rename the offending files and tag again."
    ],
    docs: DOCS.zip
  },
  "checksum-mismatch": {
    title: "Checksum mismatch (SECURITY ERROR)",
    meaning: "The content downloaded for {module}@{version} differs from go.sum or the checksum database. Never retried: the content changed (re-tagged release, edited go.sum) or was tampered with.",
    retryable: false,
    steps: [
      "Do not just delete the go.sum line. Find out why the content changed (a moved tag?).",
      "If the new content is legitimate, update go.sum deliberately (`go mod tidy`) and review the diff.",
      "If a restored module cache is corrupt, clear it (`go clean -modcache`, or run once with `cache: false`)."
    ],
    docs: DOCS.goSum
  },
  "missing-gosum-entry": {
    title: "go.sum entry missing",
    meaning: "go.sum lacks a checksum go needs, and -mod=readonly (the default) forbids adding it.",
    retryable: false,
    steps: [
      "Run `go mod tidy` locally and commit go.sum.",
      "Or let CI add it with `-mod=mod` (not recommended for release builds)."
    ],
    yaml: step("goflags: -mod=mod"),
    docs: DOCS.goSum
  },
  "gosum-malformed": {
    title: "go.sum is malformed",
    meaning: "go.sum has a line go cannot parse (often a merge conflict).",
    retryable: false,
    steps: ["Fix or delete the bad line (see the line number), then `go mod tidy` and commit go.sum."],
    docs: DOCS.goSum
  }
};

// src/failure/types.ts
var SCENARIO_IDS = [
  "dns-failure",
  "connect-timeout",
  "connection-refused",
  "connection-reset",
  "tls-untrusted-cert",
  "http-proxy-misconfigured",
  "network-egress-blocked",
  "proxy-bad-response",
  "rate-limited",
  "proxy-origin-fetch-failed",
  "private-module-via-public-proxy",
  "private-module-sumdb",
  "goproxy-off",
  "goproxy-invalid",
  "proxy-auth-required",
  "git-auth-missing",
  "git-auth-rejected",
  "ssh-auth-failed",
  "git-missing",
  "vcs-unrecognized-import-path",
  "insecure-protocol",
  "unknown-revision",
  "invalid-pseudo-version",
  "module-path-mismatch",
  "major-version-suffix",
  "malformed-module-path",
  "module-not-found",
  "module-zip-malformed",
  "checksum-mismatch",
  "missing-gosum-entry",
  "gosum-malformed",
  "gomod-parse-error",
  "toolchain-too-old",
  "toolchain-not-available",
  "toolchain-download-failed",
  "replace-path-missing",
  "vendor-inconsistent",
  "modcache-corrupt",
  "modcache-permission",
  "disk-full",
  "go-missing",
  "no-main-module",
  "workspace-module-missing",
  "workspace-version-mismatch",
  "unknown"
];

// src/failure/catalog.ts
var CATALOG = Object.freeze({
  ...NETWORK_SCENARIOS,
  ...VCS_SCENARIOS,
  ...LOCAL_SCENARIOS
});
function renderFix(id, context = {}) {
  const entry = CATALOG[id];
  const fill = /* @__PURE__ */ __name((s) => fillPlaceholders(s, context), "fill");
  const parts = [entry.steps.map((s, i) => `${i + 1}. ${fill(s)}`).join("\n")];
  if (entry.yaml) parts.push("```yaml\n" + fillPlaceholders(entry.yaml, context, "code") + "\n```");
  parts.push(`Go documentation: ${entry.docs}`);
  return parts.join("\n\n");
}
__name(renderFix, "renderFix");
function meaningOf(id, context = {}) {
  return fillPlaceholders(CATALOG[id].meaning, context);
}
__name(meaningOf, "meaningOf");
var UNKNOWN = {
  prose: {
    module: "the module",
    version: "the version",
    moduleVersion: "the module version",
    host: "the host"
  },
  code: { module: "<module>", version: "<version>", moduleVersion: "<module>@<version>", host: "<host>" }
};
function fillPlaceholders(s, c, where = "prose") {
  return s.split("`").map((piece, i) => fillPiece(piece, c, i % 2 === 1 ? "code" : where)).join("`");
}
__name(fillPlaceholders, "fillPlaceholders");
function fillPiece(s, c, where) {
  const unknown = UNKNOWN[where];
  const moduleVersion = c.module ? c.version ? `${c.module}@${c.version}` : c.module : void 0;
  const value = {
    "{module}@{version}": moduleVersion,
    "{module}": c.module,
    "{version}": c.version,
    "{host}": c.host
  };
  const fallback = {
    "{module}@{version}": unknown.moduleVersion,
    "{module}": unknown.module,
    "{version}": unknown.version,
    "{host}": unknown.host
  };
  return s.replace(/\{module\}@\{version\}|\{module\}|\{version\}|\{host\}/g, (p, at) => {
    const known = value[p];
    if (known !== void 0) return known;
    const startsSentence = /^\s*$|[.!?:]\s+$/.test(s.slice(0, at)) && where === "prose";
    return startsSentence ? fallback[p][0].toUpperCase() + fallback[p].slice(1) : fallback[p];
  }).replace(/\{privatePattern\}/g, privatePattern(c.module));
}
__name(fillPiece, "fillPiece");
function privatePattern(module) {
  if (!module) return "git.corp.example/*";
  const parts = module.split("/");
  if (parts.length >= 3 && /^(github\.com|gitlab\.com|bitbucket\.org)$/.test(parts[0])) {
    return `${parts[0]}/${parts[1]}/*`;
  }
  return parts[0];
}
__name(privatePattern, "privatePattern");
function runningAction(env) {
  const repository = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  return repository && ref ? `${repository}@${ref}` : void 0;
}
__name(runningAction, "runningAction");
function nameRunningAction(finding, action) {
  if (!action) return finding;
  return { ...finding, fix: finding.fix.split(`uses: ${ACTION_PLACEHOLDER}`).join(`uses: ${action}`) };
}
__name(nameRunningAction, "nameRunningAction");

// src/failure/relabel.ts
function relabel(finding, id) {
  return {
    ...finding,
    id,
    title: CATALOG[id].title,
    retryable: CATALOG[id].retryable,
    fix: renderFix(id, finding)
  };
}
__name(relabel, "relabel");

// src/failure/directive-check.ts
var semver = __toESM(require_semver(), 1);

// src/go/go-version.ts
function goVersionToSemver(goVersion) {
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?/.exec(goVersion);
  if (!m) return void 0;
  const [, major, minor, patch, pre, preN] = m;
  return `${major}.${minor}.${patch ?? "0"}${pre ? `-${pre}.${preN}` : ""}`;
}
__name(goVersionToSemver, "goVersionToSemver");

// src/failure/directive-check.ts
var INTRODUCED = {
  toolchain: "1.21",
  godebug: "1.23",
  tool: "1.24",
  ignore: "1.25"
};
function runningGoInLog(text) {
  const m = /\bgo version go(\d+\.\d+(?:\.\d+)?)\b|\(running go (\d+\.\d+(?:\.\d+)?)|GOVERSION=['"]?go(\d+\.\d+(?:\.\d+)?)/.exec(
    text
  );
  return m ? m[1] ?? m[2] ?? m[3] : void 0;
}
__name(runningGoInLog, "runningGoInLog");
function judgeDirective(f, running, goLine) {
  const named = /unknown (?:directive|block type): (toolchain|godebug|tool|ignore)\b/.exec(
    f.evidence.join("\n")
  );
  const runningSemver = running && goVersionToSemver(`go${running.replace(/^go/, "")}`);
  if (f.id !== "toolchain-too-old" || !named || !runningSemver) return { finding: f };
  const [, directive] = named;
  const need = INTRODUCED[directive];
  const line = goLine ? ` (go.mod says go ${goLine})` : "";
  if (semver.lt(runningSemver, `${need}.0`))
    return {
      finding: { ...f, alternatives: [] },
      note: `The running go ${running} predates the \`${directive}\` directive (Go ${need}): install Go ${need} or later, or let go switch toolchains.`
    };
  return {
    finding: { ...relabel(f, "gomod-parse-error"), alternatives: [] },
    note: `The running go ${running} knows the \`${directive}\` directive (Go ${need}); it refuses it because the go.mod \`go\` line is below ${need}${line}: raise the go line to ${need} or later.`
  };
}
__name(judgeDirective, "judgeDirective");

// src/failure/redact.ts
function redact(text, secrets = []) {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("***");
  return out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/"']+@/gi, "$1***@").replace(
    /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})\b/g,
    "***"
  ).replace(/(authorization:\s*(basic|bearer|token)\s+)\S+/gi, "$1***").replace(/(\bpassword\s+)\S+/gi, "$1***");
}
__name(redact, "redact");

// src/go/repository.ts
var OWNER_REPO_HOSTS = ["github.com", "bitbucket.org"];
function repositoryRoot(modulePath, serverHost) {
  const parts = modulePath.split("/");
  const gitSuffix = parts.findIndex((p) => p.endsWith(".git"));
  if (gitSuffix >= 0) return parts.slice(0, gitSuffix + 1).join("/");
  if ([...OWNER_REPO_HOSTS, serverHost].includes(parts[0])) return parts.slice(0, 3).join("/");
  return modulePath.replace(/\/v\d+$/, "");
}
__name(repositoryRoot, "repositoryRoot");
function repositoryUrl(modulePath, serverHost) {
  return `https://${repositoryRoot(modulePath, serverHost)}`;
}
__name(repositoryUrl, "repositoryUrl");

// src/failure/alternatives.ts
var repo = /* @__PURE__ */ __name((s) => s.module ? repositoryUrl(s.module) : "the repository", "repo");
var repoArg = /* @__PURE__ */ __name((s) => s.module ? repositoryUrl(s.module) : "<repository URL>", "repoArg");
var mv = /* @__PURE__ */ __name((s) => s.module ? `${s.module}@${s.version ?? "latest"}` : "<module>@<version>", "mv");
var CHECKS = {
  "private-module-via-public-proxy": /* @__PURE__ */ __name((s) => `Is ${s.module ?? "the module"} one of your own private repositories (under your GOPRIVATE or credential hosts)? Then the public mirror can never fetch it: set goprivate.`, "private-module-via-public-proxy"),
  "private-module-sumdb": /* @__PURE__ */ __name((s) => `Is ${s.module ?? "the module"} one of your own private repositories? Then the public checksum database cannot know it: set goprivate (or gonosumdb).`, "private-module-sumdb"),
  "proxy-origin-fetch-failed": /* @__PURE__ */ __name((s) => `Is ${repo(s)} public and ${s.version ?? "the version"} tagged minutes ago, and does \`GOPROXY=direct go list -m ${mv(s)}\` work? Then the mirror has not fetched it yet: re-run later.`, "proxy-origin-fetch-failed"),
  "unknown-revision": /* @__PURE__ */ __name((s) => `Does \`git ls-remote --tags ${repoArg(s)}\` list ${s.version ?? "the version"}? If not, the version does not exist.`, "unknown-revision"),
  "module-not-found": /* @__PURE__ */ __name((s) => `Does ${repo(s)} still exist under that path? A deleted, renamed or now private third-party repository answers the same way: then the dependency is unavailable.`, "module-not-found"),
  "proxy-bad-response": /* @__PURE__ */ __name((s) => `Does another proxy (or \`GOPROXY=direct go list -m ${mv(s)}\`) serve it? Then ${s.host ?? "this mirror"} is at fault.`, "proxy-bad-response"),
  "network-egress-blocked": /* @__PURE__ */ __name((s) => `Does ${s.host ?? "the host"} need credentials at all? A public mirror never does: then a gateway on the way answered.`, "network-egress-blocked"),
  "proxy-auth-required": /* @__PURE__ */ __name((s) => `Is ${s.host ?? "the host"} a private proxy? Then it wants credentials (proxy-credentials).`, "proxy-auth-required"),
  "gomod-parse-error": /* @__PURE__ */ __name(() => "Is the running go at least the release that introduced this directive? Then the go.mod `go` line is too low: raise it.", "gomod-parse-error"),
  "no-main-module": /* @__PURE__ */ __name(() => "Is there a go.mod where go runs, with GO111MODULE not off? Without one go works in GOPATH mode.", "no-main-module")
};
function alternativesFor(id, p, s) {
  return candidates(id, p, s).filter((alt) => alt !== id && CHECKS[alt]).map((alt) => ({ id: alt, title: CATALOG[alt].title, check: CHECKS[alt](s) }));
}
__name(alternativesFor, "alternativesFor");
function candidates(id, p, s) {
  const proxied = /\/@v\/|\/lookup\//.test(p.local);
  const sumdb = /\/lookup\//.test(p.local);
  switch (id) {
    case "private-module-via-public-proxy":
      return ["module-not-found", "proxy-origin-fetch-failed"];
    case "private-module-sumdb":
      return ["proxy-origin-fetch-failed", "module-not-found"];
    case "proxy-origin-fetch-failed":
      return [sumdb ? "private-module-sumdb" : "private-module-via-public-proxy", "unknown-revision"];
    case "module-not-found":
      if (/cannot find package "[^"]+" in any of/.test(p.local)) return ["no-main-module"];
      return s.httpStatus === 404 || s.httpStatus === 410 ? ["private-module-via-public-proxy", "unknown-revision", "proxy-bad-response"] : [];
    case "unknown-revision":
      return proxied ? ["proxy-origin-fetch-failed"] : [];
    case "git-auth-missing":
      return /github\.com/.test(p.local) ? ["module-not-found"] : [];
    case "proxy-auth-required":
      return /\d{3}/.test(String(s.httpStatus ?? "")) ? ["network-egress-blocked"] : [];
    case "network-egress-blocked":
      return /<(html|!doctype)/i.test(p.remote) ? [] : ["proxy-auth-required"];
    case "vcs-unrecognized-import-path":
      return s.httpStatus === 404 ? ["module-not-found"] : [];
    case "toolchain-too-old":
      return /unknown (directive|block type): /.test(p.local) ? ["gomod-parse-error"] : [];
    default:
      return [];
  }
}
__name(candidates, "candidates");

// src/failure/parts.ts
function splitParts(message) {
  const at = message.search(/\bserver response:/);
  if (at < 0) return { local: message, remote: "", all: message };
  return {
    local: message.slice(0, at),
    remote: message.slice(at + "server response:".length).replace(/^\s+/gm, ""),
    all: message
  };
}
__name(splitParts, "splitParts");

// src/failure/extract.ts
var MODULE_AT = /(?:^|[\s"(])([^\s@:"'()]*[./][^\s@:"'()]*)@([^\s:@"'()/]+?)(?:\/go\.mod)?(?: \(replaced by [^)]*\))?:(?=\s|$)/gm;
var REPLACED = /\(replaced by ([^\s@)]+)@([^\s)]+)\)/;
var URL_RE = /\b(?:https?|ssh|git|file):\/\/?[^\s"'<>]+/;
var PROXY_FILE = /^\/([^@\s]+?)\/@v\/([^/\s]+?)\.(?:info|mod|zip)\b/;
var SUMDB_LOOKUP = /\/lookup\/([^@\s]+)@([^\s:/]+)/;
var REQUIRE_LINE = /require (\S+): version "([^"]+)"/;
var CACHE_PATH = /\/cache\/download\/(\S+?)\/@v\/([^/\s]+?)\.(?:zip|mod|info|lock|ziphash)\b/;
function extractFields(message, context = {}) {
  const { local } = splitParts(message);
  const url = firstUrl(local);
  let module = context.module;
  let version = context.version;
  if (!module) {
    const replaced = REPLACED.exec(local);
    const named = [...local.matchAll(MODULE_AT)].at(-1);
    const urlPath = pathOf(url);
    const fromUrl = urlPath ? PROXY_FILE.exec(urlPath) ?? SUMDB_LOOKUP.exec(urlPath) : null;
    const hit = replaced ?? named ?? fromUrl ?? REQUIRE_LINE.exec(local) ?? CACHE_PATH.exec(local);
    if (hit) {
      module = unescapeModulePath(hit[1].replace(/^\//, ""));
      version = version ?? unescapeModulePath(hit[2]);
    }
  }
  const status = /(?:reading|unexpected status|Get)[^\n]*?: (\d{3}) [A-Z][a-z]/.exec(local) ?? /returned error: (\d{3})|\bHTTP (\d{3})\b/.exec(local);
  return {
    ...module && { module },
    ...module && version && { version },
    ...optional("host", findHost(local, url)),
    ...optional("url", url),
    ...status && { httpStatus: Number(status[1] ?? status[2]) }
  };
}
__name(extractFields, "extractFields");
function optional(key, value) {
  return value ? { [key]: value } : {};
}
__name(optional, "optional");
function firstUrl(text) {
  const m = URL_RE.exec(text);
  if (!m) return void 0;
  return m[0].replace(/[:.,;)]+$/, "").replace(/^([a-z]+):\/(?!\/)/, "$1://");
}
__name(firstUrl, "firstUrl");
function pathOf(url) {
  try {
    return url ? new URL(url).pathname : void 0;
  } catch {
    return void 0;
  }
}
__name(pathOf, "pathOf");
function hostOf(url) {
  if (!url) return void 0;
  try {
    return new URL(url).host || void 0;
  } catch {
    return void 0;
  }
}
__name(hostOf, "hostOf");
function findHost(local, url) {
  const proxyHop = /proxyconnect tcp: dial tcp ([^\s:]+:\d+)/.exec(local);
  if (proxyHop) return proxyHop[1];
  const lookup = /lookup ([^\s:]+?)(?: on |: )/.exec(local);
  if (lookup) return lookup[1];
  const gitUrl = [...local.matchAll(/'(https?:\/\/[^']+)'/g)].at(-1);
  const fromGit = hostOf(gitUrl?.[1]);
  if (fromGit) return fromGit.replace(/^[^@]*@/, "");
  const fromUrl = hostOf(url);
  if (fromUrl) return fromUrl;
  const other = /dial tcp ([^\s:]+):\d+/.exec(local) ?? /\bgit@([^:\s]+):/.exec(local) ?? /connect to host (\S+) port/.exec(local) ?? /Could not resolve host: (\S+)/.exec(local) ?? /unrecognized import path "([^/"]+)/.exec(local);
  return other?.[1];
}
__name(findHost, "findHost");

// src/failure/rules/text.ts
var PROXY_REQUEST = /\/@v\/|\/@latest\b|\/lookup\/|\/sumdb\/|\/tile\/|\/api\/go\/|\/repository\/[^/\s]+\/|goproxy|athens|artifactory|nexus/i;
var has = /* @__PURE__ */ __name((re, where = "local") => (p) => re.test(p[where]), "has");
var anyOf = /* @__PURE__ */ __name((...tests) => (p) => tests.some((t) => t(p)), "anyOf");
function statusOf(text) {
  const m = /(?:reading|unexpected status|GET|Get|fetch(?:ing)?)\s[^\n]*?:\s(\d{3})(?=[\s.,;]|$)/m.exec(text) ?? /\bhttps?:\/\/\S+:\s(\d{3})(?=[\s.,;]|$)/m.exec(text);
  return m ? Number(m[1]) : void 0;
}
__name(statusOf, "statusOf");
var statusIs = /* @__PURE__ */ __name((test) => (p) => {
  const s = statusOf(p.local);
  return s !== void 0 && test(s);
}, "statusIs");
var NOT_FOUND = statusIs((s) => s === 404 || s === 410);
var AUTH_TEXT = /could not read (Username|Password)|terminal prompts disabled|Repository not found|Authentication failed|could not be found or you don't have permission|Permission denied \(publickey|remote: Unauthorized|returned error: 40[13]|Invalid username or password/;
var NETWORK_TEXT = /Failed to connect|Connection refused|connection refused|timed out|i\/o timeout|connection reset|Could not resolve host|temporarily unavailable|no such host|TLS handshake timeout|connectex|wsarecv|unexpected EOF|network is unreachable|no route to host|\b5\d\d [A-Z]/i;
var HTML_PAGE = /<(html|!doctype|head|body|title)\b/i;
function publicMirror(p) {
  if (/\/tmp\/gopath\/|not found: [^\n]*invalid version/.test(p.remote)) return true;
  const url = /(https?):\/\/([^/\s"']+)(\/[^\s"']*)?/.exec(p.local);
  if (!url) return false;
  const [, , host, path = ""] = url;
  if (/^\/lookup\//.test(path)) return true;
  return /^(?:proxy|sum)\.[^.]+\.[a-z]+$|^goproxy\.[a-z]+$/.test(host) && /^\/[^/]+\.[^/]+\//.test(path);
}
__name(publicMirror, "publicMirror");
function moduleHost(p) {
  const m = /\/lookup\/([^/@\s]+)\//.exec(p.local) ?? /https?:\/\/[^/\s]+\/(?:[^@\s]*?\/)??([^/@\s]+\.[^/@\s]+)\/[^@\s]*\/@v\//.exec(p.local) ?? /(?:^|\s)([^/\s@:]+\.[^/\s@:]+)\/[^\s@:]*@[^\s:]+:/.exec(p.local);
  return m?.[1].toLowerCase();
}
__name(moduleHost, "moduleHost");
var PUBLIC_FORGE = /^(github\.com|gitlab\.com|bitbucket\.org|gopkg\.in|codeberg\.org|sr\.ht|git\.sr\.ht)$/;
var fromPublicForge = /* @__PURE__ */ __name((p) => PUBLIC_FORGE.test(moduleHost(p) ?? ""), "fromPublicForge");
var responseCut = /* @__PURE__ */ __name((p) => /server response:\s*$/.test(p.all) && p.remote.trim() === "", "responseCut");
var BARE_NOT_FOUND = /^\s*(not found|404 page not found|Not Found)\.?\s*$/i;

// src/failure/rules/network.ts
var SUMDB_LOOKUP2 = /\/lookup\/\S+: (\d{3})\b/;
var MIRROR_FAULT = /no space left|internal (server )?error|panic|database is locked|too many open files/i;
var privateOrigin = /* @__PURE__ */ __name((p) => AUTH_TEXT.test(p.remote) || /no such host|unrecognized import path|no secure protocol|repository '[^']*' not found/.test(p.remote), "privateOrigin");
var ORIGIN_TROUBLE = new RegExp(`${NETWORK_TEXT.source}|fetch timed out|temporarily unavailable`, "i");
var NETWORK_RULES = {
  "module-zip-malformed": has(
    /malformed file path|create zip: |case-insensitive file name collision|module source tree too large|zip file too large/,
    "all"
  ),
  "proxy-bad-response": anyOf(
    // A mirror that is itself broken (out of disk, internal error) answers 404 with its own failure.
    (p) => NOT_FOUND(p) && MIRROR_FAULT.test(p.remote),
    // A checksum database's real not-found answer says what it tried; a bare "not found" is the mirror's own.
    (p) => SUMDB_LOOKUP2.test(p.local) && BARE_NOT_FOUND.test(p.remote),
    statusIs((s) => s >= 500 && s < 600 || s === 400),
    has(
      /invalid response from proxy|proxy returned info for version|downloaded zip file too large|unexpected status \(\S+\): (5\d\d|400)|invalid (module|version) info|unexpected end of JSON input|invalid character '<' looking for beginning of value/
    ),
    // A mirror that answered 200 with an HTML page where go expected a go.mod file.
    has(/parsing go\.mod:[^\n]*\n?[^\n]*unknown directive: <|go\.mod:1: unknown directive: <(!doctype|html)/i)
  ),
  "private-module-sumdb": /* @__PURE__ */ __name((p) => {
    const lookup = SUMDB_LOOKUP2.exec(p.local);
    if (!lookup || !["404", "410"].includes(lookup[1]) || responseCut(p)) return false;
    if (privateOrigin(p)) return true;
    if (ORIGIN_TROUBLE.test(p.remote)) return !fromPublicForge(p);
    return !/unknown revision|invalid version/.test(p.remote) && !BARE_NOT_FOUND.test(p.remote);
  }, "private-module-sumdb"),
  "private-module-via-public-proxy": /* @__PURE__ */ __name((p) => NOT_FOUND(p) && privateOrigin(p), "private-module-via-public-proxy"),
  "proxy-origin-fetch-failed": /* @__PURE__ */ __name((p) => NOT_FOUND(p) && (ORIGIN_TROUBLE.test(p.remote) || SUMDB_LOOKUP2.test(p.local) && /unknown revision|invalid version/.test(p.remote)), "proxy-origin-fetch-failed"),
  "http-proxy-misconfigured": has(
    /proxyconnect tcp|Received HTTP code 40[37] from proxy after CONNECT|Proxy CONNECT aborted|Failed to connect to \S+ port \d+ via|proxy: unknown scheme|Unable to connect to proxy|: Proxy Authentication Required/
  ),
  "tls-untrusted-cert": has(
    /x509: |tls: failed to verify certificate|SSL certificate problem|server certificate verification failed|certificate verify failed|unable to get local issuer certificate|self[- ]signed certificate|SEC_E_UNTRUSTED_ROOT|CERT_TRUST_|no alternative certificate subject name matches|certificate has expired|The certificate chain was issued by an authority that is not trusted|SSL: certificate subject name/
  ),
  "dns-failure": has(
    /lookup \S+( on \S+)?: (?!.*lookup disabled)|Could not resolve host|Could not resolve hostname|Could not resolve proxy|Temporary failure in name resolution|Name or service not known|nodename nor servname|getaddrinfow?\b|No address associated with hostname|no such host|server misbehaving/
  ),
  "connect-timeout": has(
    /dial tcp[^\n]*i\/o timeout|TLS handshake timeout|request canceled while waiting for connection|timed out|timeout exceeded|Client\.Timeout|context deadline exceeded|download budget|\bstall(ed)?\b|did not properly respond after a period of time|network is unreachable|unreachable network|no route to host|connect: (?:cannot assign requested address|host is down)/i
  ),
  "connection-refused": has(/connection refused|actively refused|Couldn't connect to server/i),
  "connection-reset": has(
    /": EOF$|: EOF$|connection (was )?reset|unexpected EOF|stream error|INTERNAL_ERROR|force closed|forcibly closed|GOAWAY|broken pipe|early EOF|RPC failed|transfer closed|server closed idle connection|SSL_ERROR_SYSCALL|gnutls_handshake\(\) failed|TLS connection was non-properly terminated|unexpected eof while reading|Recv failure|Send failure|connection was aborted|wsarecv|wsasend|HTTP\/2 stream \d+ was not closed cleanly|curl \d+ transfer closed|error: \d+ bytes of body are still expected|the remote end hung up unexpectedly|http2: server sent GOAWAY/im
  ),
  "rate-limited": has(
    /429 Too Many Requests|returned error: 429|: 429\b|rate limit|secondary rate|abuse detection/i,
    "all"
  ),
  "network-egress-blocked": anyOf(
    (p) => statusIs((s) => s === 403 || s === 401 || s === 407)(p) && HTML_PAGE.test(p.remote),
    (p) => /: 40[13]\b/.test(p.local) && /blocked|denied by policy|VPC Service Controls|access denied by|forbidden by administrative rules|Zscaler|Netskope|Websense|Bluecoat|FortiGuard|category/i.test(
      p.remote
    ),
    has(/go-get=1[^\n]*: (40[13] )?Forbidden|go-get=1[^\n]*: 40[13]\b/),
    (p) => statusIs((s) => s === 401 || s === 403)(p) && publicMirror(p)
  ),
  // A 401/403 for a module proxy or checksum database request; the same status from a forge's API is git's.
  "proxy-auth-required": anyOf(
    (p) => statusIs((s) => s === 401 || s === 403 || s === 407)(p) && PROXY_REQUEST.test(p.local),
    has(
      /refusing to pass credentials to insecure URL|GOAUTH[= ][^\n]*(failed|encountered|cannot|requires|error)|GOAUTH=off cannot/
    )
  )
};

// src/failure/rules/setup.ts
var OLD_GO = /flag provided but not defined: -(mod|modfile|modcacherw|buildvcs|pgo|cover|trimpath|overlay|C)\b|undefined: (any|min|max|clear|strings\.(Cut|CutPrefix|CutSuffix|Clone)|bytes\.(Cut|CutPrefix|CutSuffix|Clone)|errors\.Join|os\.(ReadFile|WriteFile|ReadDir|DirFS)|io\.(ReadAll|NopCloser|Discard)|atomic\.(Int32|Int64|Uint32|Uint64|Bool|Pointer)|sync\.(OnceFunc|OnceValue|OnceValues)|slices\.\w+|maps\.\w+|cmp\.\w+|context\.(WithoutCancel|AfterFunc|WithCancelCause|Cause)|time\.(DateTime|DateOnly|TimeOnly)|netip\.\w+|fs\.(FS|ReadFile|WalkDir))\b|predeclared any requires go1|type parameters? (are not supported|requires? go1)|cannot range over \d+ \(untyped int constant\)/;
var SETUP_RULES = {
  "checksum-mismatch": has(
    /SECURITY ERROR|checksum mismatch|server misbehavior detected|SECURITY WARNING/,
    "all"
  ),
  "toolchain-not-available": has(
    /toolchain not available|is a language version but not a toolchain version|invalid GOTOOLCHAIN|cannot find "go1[^"]*" in PATH|invalid toolchain/
  ),
  "toolchain-download-failed": has(
    /switching to go[^\n]*: |\bdownload go1[\w.-]*( for [\w/]+)?: |golang\.org\/toolchain@v0\.0\.1-go/
  ),
  "toolchain-too-old": anyOf(
    has(OLD_GO),
    has(
      // A go.mod or go.work `go` line newer than the running go (GOTOOLCHAIN=local, or Go before 1.21, which
      // cannot switch: it parses the file with its own grammar, or compiles anyway and adds a note).
      /requires go >= [\w.]+ \(running go|invalid go version '[^']*': must match format|unknown (directive|block type): (toolchain|godebug|tool|ignore)\b|malformed module path "(embed|slices|maps|cmp|iter|unique|log\/slog|math\/rand\/v2)"|note: module requires Go \d|requires go\d[\w.]* or later|go\.mod file indicates go [\d.]+, but maximum (supported )?version is|package (embed|slices|maps|cmp|iter|log\/slog) is not in (GOROOT|std)/
    )
  ),
  "go-missing": has(
    /go: command not found|'go' is not recognized|exec: "go": executable file not found|cannot find GOROOT directory|No `go` on PATH|go: not found|go\.exe: command not found/
  ),
  "no-main-module": has(
    /(working directory|\S+) is not part of a module|go\.mod file not found in current directory or any parent directory|cannot find main module|\/go\.mod exists but should not|no modules specified|directory prefix \S+ does not contain main module|go: modules disabled by GO111MODULE=off|outside main module or its selected dependencies|(?:^|\n)go: go\.mod file not found|cannot use path@version syntax in GOPATH mode|cannot determine module path for source directory/
  ),
  "workspace-module-missing": has(
    /cannot load module \S+ listed in go\.work file|go\.work[^\n]*: (?:open|stat) [^\n]*no such file|directory \S+ listed in go\.work (?:file )?does not (?:exist|contain a module)/
  ),
  "workspace-version-mismatch": has(/listed in go\.work file requires go >= [\w.]+, but go\.work lists go/),
  "goproxy-invalid": has(
    /invalid proxy URL|lookup [^\s:]*[;|][^\s:]*[: ]|GOPROXY list is not the empty string|invalid file:\/\/ proxy URL/
  ),
  "replace-path-missing": anyOf(
    has(
      /replacement directory \S+ does not exist|\(replaced by [^)@]*\): reading [^\n]*no such file|parsing \S*go\.mod: open [^\n]*(no such file|cannot find the (file|path))/
    ),
    // Only replace lines are wrong (a target that is no directory path); other errors make it a syntax error.
    (p) => /replacement module without version must be directory path/.test(p.local) && !/usage: |unknown directive|invalid (module|go) version|malformed/.test(p.local)
  ),
  "vendor-inconsistent": has(/inconsistent vendoring/),
  "gosum-malformed": has(/malformed go\.sum|\bparse_go_sum\(|in parse_sumfile\b/),
  "missing-gosum-entry": has(
    /missing go\.sum entry|updates to go\.mod needed|go\.sum: no such file|verifying \S+: missing go\.sum entry/
  ),
  "goproxy-off": anyOf(
    has(
      /lookup disabled by (GOPROXY=off|-mod=)|import lookup disabled|cannot query module due to -mod=vendor/
    ),
    has(/disabled by -mod=vendor|cannot find module providing package \S+: import lookup disabled/)
  )
};

// src/failure/rules/vcs.ts
var VCS_RULES = {
  "ssh-auth-failed": has(
    /Permission denied \(publickey|Host key verification failed|Could not read from remote repository|ssh: connect to host|ssh_exchange_identification|kex_exchange_identification|no matching host key type found|REMOTE HOST IDENTIFICATION HAS CHANGED|sign_and_send_pubkey|Load key "[^"]*": /
  ),
  "git-auth-missing": has(
    /could not read (Username|Password)|terminal prompts disabled|Cannot prompt because user interactivity has been disabled|no credentials? (were )?(provided|found)|fatal: Authentication required/
  ),
  // git's remote-curl.c says `repository '%s' not found` for a 404, which forges answer for a repository the
  // credential may not see (GitHub adds its own `remote: Repository not found.`).
  "git-auth-rejected": anyOf(
    // A forge's own API or page refused the request go made to find the repository.
    (p) => statusIs((s) => s === 401 || s === 403)(p) && !PROXY_REQUEST.test(p.local),
    has(
      /Repository not found|repository '[^'\n]+' not found|Authentication failed for|returned error: 40[13]|could not be found or you don't have permission|remote: Unauthorized|Invalid username or password|HTTP Basic: Access denied|Write access to repository not granted|remote: Forbidden|The requested URL returned error: 40[134]|remote: HTTP Basic|remote: You are not allowed|TF401019|Bad credentials|Invalid username or token|Support for password authentication was removed|invalid credentials/
    )
  ),
  "git-missing": has(
    /exec: "(git|hg|svn|bzr|fossil)": executable file not found|missing (Git|Mercurial|Subversion|Bazaar|Fossil) command|GOVCS disallows|git: command not found|'git' is not recognized/
  ),
  "insecure-protocol": has(
    /no secure protocol found|uses insecure protocol|insecure URL|redirected from secure URL|insecure connection/
  ),
  "vcs-unrecognized-import-path": has(
    /unrecognized import path|no go-import meta tag|import path does not begin with hostname|go-import meta tag[^\n]*(mismatch|conflict)|parse \S+\?go-get=1: no go-import/
  ),
  "invalid-pseudo-version": has(/invalid pseudo-version/),
  "module-path-mismatch": has(
    /module declares its path as|parsing go\.mod: unexpected module path|but was required as|has a go\.mod file but its module path is/
  ),
  "major-version-suffix": has(
    /\/v(?:[2-9]|\d\d+)(?:@[^\s/:]+)?: no matching versions for query "(?:latest|upgrade|patch)"|module path must match major version|major version must be compatible|has post-v1 module path|\+incompatible suffix not allowed|has non-\.\.\.\/v\d+ module path|should be v0 or v1|invalid major version/
  ),
  "malformed-module-path": has(
    /malformed module path|missing dot in first path element|malformed import path|invalid \S+ import path|invalid module path|invalid path: |is not a valid module path|invalid char '[^']*' in/
  ),
  "unknown-revision": has(
    /unknown revision|no matching versions for query "v\d|invalid module version "[^"]+": no matching|ambiguous revision|revision does not exist locally|at revision \S+: unknown|invalid version: unknown|reference not found|couldn't find remote ref|Couldn't find remote ref|did not match any file\(s\) known to git|not our ref|no such commit|does not match any version/,
    "all"
  ),
  "module-not-found": anyOf(
    has(
      /no matching versions for query|does not contain package|cannot find module providing package|no required module provides package|module \S+ not found|cannot find package "[^"]+" in any of|unknown import path "[^"]+": cannot find module/m
    ),
    NOT_FOUND
  ),
  "gomod-parse-error": has(
    /errors parsing go\.(mod|work)|go\.(mod|work):\d+: |parsing go\.mod:|go\.mod file indicates go|go\.work file indicates go|usage: (module|go|require)|invalid go version/
  ),
  // Local environment: only the runner's own text counts (a proxy's "no space left" is the proxy's problem).
  "disk-full": has(
    /no space left on device|disk quota exceeded|not enough space on the disk|There is not enough space/i
  ),
  "modcache-permission": has(
    /permission denied|could not create module cache|read-only file system|operation not permitted|Access is denied|EACCES/i
  ),
  "modcache-corrupt": has(
    /zip: not a valid zip file|unexpected ziphash|missing ziphash|ziphash file is missing|zip: checksum error|unzip \S+: |zip: unsupported compression|go\.sum: unexpected|invalid go\.sum file|verifying \S+: zip:/
  )
};

// src/failure/stages.ts
var STAGES = [
  { key: "security", question: "SECURITY ERROR?", ids: ["checksum-mismatch"], priority: "blocking" },
  {
    key: "toolchain",
    question: "Go or its toolchain?",
    ids: ["toolchain-not-available", "toolchain-download-failed", "toolchain-too-old", "go-missing"],
    priority: "blocking"
  },
  {
    key: "project",
    question: "Project files or Go settings?",
    ids: [
      "no-main-module",
      "workspace-module-missing",
      "workspace-version-mismatch",
      "goproxy-invalid",
      "replace-path-missing",
      "vendor-inconsistent",
      "gosum-malformed",
      "missing-gosum-entry",
      "goproxy-off"
    ],
    priority: "blocking"
  },
  {
    key: "mirror",
    question: "A module mirror's own answer?",
    ids: [
      "module-zip-malformed",
      "proxy-bad-response",
      "private-module-sumdb",
      "private-module-via-public-proxy",
      "proxy-origin-fetch-failed"
    ],
    priority: "module"
  },
  {
    key: "proxy-hop",
    question: "HTTP proxy hop failed?",
    ids: ["http-proxy-misconfigured"],
    priority: "module"
  },
  {
    key: "network",
    question: "Network or TLS error?",
    ids: ["tls-untrusted-cert", "dns-failure", "connect-timeout", "connection-refused", "connection-reset"],
    priority: "module"
  },
  {
    key: "refused",
    question: "Proxy or gateway refused the request?",
    ids: ["rate-limited", "network-egress-blocked", "proxy-auth-required"],
    priority: "module"
  },
  {
    key: "git",
    question: "git / VCS error?",
    ids: [
      "ssh-auth-failed",
      // Before git-auth-missing: when a log shows both for one repository, the credentials were sent and refused.
      "git-auth-rejected",
      "git-auth-missing",
      "git-missing",
      "insecure-protocol",
      "vcs-unrecognized-import-path"
    ],
    priority: "module"
  },
  {
    key: "version",
    question: "Version or module path wrong?",
    ids: [
      "invalid-pseudo-version",
      "module-path-mismatch",
      "major-version-suffix",
      "malformed-module-path",
      "unknown-revision",
      "module-not-found"
    ],
    priority: "module"
  },
  {
    key: "local",
    question: "go.mod syntax, disk or module cache?",
    ids: ["gomod-parse-error", "disk-full", "modcache-permission", "modcache-corrupt"],
    priority: "module"
  },
  { key: "unmatched", question: "No rule matched", ids: ["unknown"], priority: "fallback" }
];
function stageOf(id) {
  return STAGES.findIndex((s) => s.ids.includes(id));
}
__name(stageOf, "stageOf");

// src/failure/matcher.ts
var RULES = {
  ...SETUP_RULES,
  ...NETWORK_RULES,
  ...VCS_RULES
};
function matchFailure(message) {
  const parts = splitParts(message);
  for (const [stage, s] of STAGES.entries()) {
    for (const id of s.ids) if (RULES[id]?.(parts)) return { id, stage };
  }
  return { id: "unknown", stage: STAGES.length - 1 };
}
__name(matchFailure, "matchFailure");
function matchScenario(message) {
  return matchFailure(message).id;
}
__name(matchScenario, "matchScenario");

// src/failure/log-evidence.ts
var MANY_MODULES = 3;
function reconcile(findings) {
  const complete = findings.filter(
    (f) => !(isCut(f) && findings.some((o) => o !== f && sameVersion(o, f) && !isCut(o)))
  );
  const bare = complete.filter(
    (f) => f.id === "module-not-found" && f.host && (f.httpStatus === 404 || f.httpStatus === 410) && f.module
  );
  const byHost = /* @__PURE__ */ new Map();
  for (const f of bare)
    byHost.set(f.host, (byHost.get(f.host) ?? /* @__PURE__ */ new Set()).add(f.module));
  const failing = new Set(
    [...byHost].filter(([, modules]) => modules.size >= MANY_MODULES).map(([host]) => host)
  );
  return complete.map(
    (f) => bare.includes(f) && failing.has(f.host) ? relabel(f, "proxy-bad-response") : f
  );
}
__name(reconcile, "reconcile");
function isCut(f) {
  return /server response:\s*$/.test(f.evidence.at(-1) ?? "");
}
__name(isCut, "isCut");
function sameVersion(a, b) {
  return a.module !== void 0 && a.module === b.module && a.version === b.version;
}
__name(sameVersion, "sameVersion");

// src/failure/ownership.ts
var OWN_FIXES = /* @__PURE__ */ new Set([
  "private-module-via-public-proxy",
  "private-module-sumdb",
  "git-auth-missing",
  "git-auth-rejected",
  "insecure-protocol"
]);
var CHAIN_STEP = /^\s*(?:go(?: get)?: )?(\S+?)(?: imports| requires| tested by| ->)$/;
function importChain(evidence) {
  const steps = [];
  for (const line of evidence) {
    const step2 = CHAIN_STEP.exec(line);
    if (step2) steps.push(step2[1]);
    else if (steps.length > 0) {
      const last = /^\s*(\S+?):\s/.exec(line);
      if (last) steps.push(last[1]);
      break;
    }
  }
  return steps;
}
__name(importChain, "importChain");
function ownership(f, own) {
  if (!f.module) return "unknown";
  if (own?.patterns.length)
    return own.patterns.some((p) => matchPrefixPatterns(p, f.module)) ? "own" : "third-party";
  return importChain(f.evidence).slice(0, -1).some((step2) => /@v\d/.test(step2)) ? "third-party" : "unknown";
}
__name(ownership, "ownership");
function adviseByOwnership(f, own) {
  if (!OWN_FIXES.has(f.id) || ownership(f, own) !== "third-party") return f;
  const alternatives = (f.alternatives ?? []).filter((a) => !a.id.startsWith("private-module"));
  return { ...f, fix: unavailableFix(f, own), alternatives };
}
__name(adviseByOwnership, "adviseByOwnership");
function unavailableFix(f, own) {
  const chain = importChain(f.evidence);
  const via = chain.length > 1 ? `

Imported through:

    ${chain.join("\n    \u2192 ")}` : "";
  const whose = own?.patterns.length ? "outside your GOPRIVATE and credential hosts" : `required by another module (${chain.at(-2) ?? "a dependency"}), not by your code`;
  return `1. ${f.module} is a third-party dependency, ${whose}: it is unavailable (deleted, renamed or private upstream). Setting GOPRIVATE or adding a token would not help.${via}
2. Require a version or fork that exists (\`go get ${f.module}@<version>\`, or a \`replace\` to a fork), or update the dependency that imports it; then \`go mod tidy\`.`;
}
__name(unavailableFix, "unavailableFix");

// src/failure/normalize.ts
var ESC = String.fromCharCode(27);
var BEL = String.fromCharCode(7);
var ANSI = new RegExp(
  `${ESC}(?:\\[[0-9;?]*[ -/]*[@-~]|\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)|[@-Z\\\\-_])`,
  "g"
);
var PREFIXES = [
  /^\uFEFF/,
  // A log quoted in a Markdown reply.
  /^>(?: |(?=\t)|$)/,
  /^[[(]?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?[\])]?(?: |(?=\t)|$)/,
  /^[[(]?\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:[.,]\d+)?[\])]?(?: |(?=\t)|$)/,
  /^[[(]?\d\d:\d\d:\d\d(?:[.,]\d+)?[\])]? /,
  /^#\d+ \d+\.\d+(?: |$)/,
  /^\[\s*\d+(?:\.\d+)?m?s\] /,
  /^section_(?:start|end):\d+:[\w.-]+(?:\[[^\]]*\])?/,
  /^[\w.-]+(?:[-_]\d+)? +\| /,
  /^\[(?:step-)?[\w.-]+\] (?=\S)/,
  /^(?:debug|info|notice|warn|warning|error|trace):[\w.@/-]+:[ \t]?/,
  /^\[(?:DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|TRACE|debug|info|warn|warning|error)\][ \t]?/,
  /^(?:DEBUG|INFO|NOTICE|WARN|WARNING|FATAL|TRACE)(?::| -) /,
  /^##\[(?:error|warning|notice|group|endgroup|section)\]/
];
var DEBUG_LINE = /^(?:::debug::|##\[debug\]|#\d+ (?:ERROR:|DONE \d|CACHED$|\[[^\]]*\] |sha256:|extracting |resolve |transferring |naming |exporting |writing |load ))/;
var WORKFLOW_COMMAND = /^::(?:error|warning|notice)(?: [^:]*)?::(.*)$/;
var VERDICT = `(?:${[...SCENARIO_IDS, "stall", "budget"].join("|")})`;
var OWN_LINES = [
  new RegExp(`^[A-Z][^()]*\\(${VERDICT}(?:, transient)?\\)\\.$`),
  /^Fix: .* See the job summary\.$/,
  /^Attempt \d+: /,
  new RegExp(`^ {2}\\S+ \\(${VERDICT}\\): `),
  /^Download failed after /,
  /^go mod download failed: .*See the annotations and the job summary\.$/,
  /^(?:Done|Failed): \d+ module versions, /,
  /^run: \S*go(?:\.exe)? /
];
var WRAP_WIDTHS = /* @__PURE__ */ new Set([80, 100, 120]);
var MAX_DEPTH = 3;
var STARTS_ANEW = /^(?:$|\t|go: |go mod |verifying |#\d|##\[|::)/;
function normalizeLog(text) {
  const lines = text.replace(ANSI, "").split(/\r\n?|\n/);
  return expand(lines, 0).join("\n");
}
__name(normalizeLog, "normalizeLog");
function expand(lines, depth) {
  const out = [];
  for (const line of unwrap(unwrap(lines).flatMap(stripFraming)).map((l) => l.trimEnd())) {
    const inner = depth < MAX_DEPTH ? unnest(line) : void 0;
    if (inner) out.push(...expand(inner, depth + 1));
    else if (!OWN_LINES.some((re) => re.test(line))) out.push(line);
  }
  return out;
}
__name(expand, "expand");
function stripFraming(raw) {
  let line = raw;
  for (let changed = true; changed; ) {
    changed = false;
    if (DEBUG_LINE.test(line)) return [];
    for (const re of PREFIXES) {
      const next = line.replace(re, "");
      if (next !== line) [line, changed] = [next, true];
    }
  }
  return [line];
}
__name(stripFraming, "stripFraming");
function unwrap(lines) {
  const width = Math.max(0, ...lines.map((l) => l.length));
  if (!WRAP_WIDTHS.has(width)) return [...lines];
  const out = [];
  let carry;
  for (const line of lines) {
    const anew = STARTS_ANEW.test(line) || PREFIXES.some((re) => re.test(line));
    const joined = carry !== void 0 && !anew ? carry + line : line;
    if (carry !== void 0 && joined === line) out.push(carry);
    carry = line.length === width ? joined : void 0;
    if (carry === void 0) out.push(joined);
  }
  if (carry !== void 0) out.push(carry);
  return out;
}
__name(unwrap, "unwrap");
function unnest(line) {
  const command = WORKFLOW_COMMAND.exec(line);
  if (command) return decodeCommandData(command[1]).split(/\r?\n/);
  if (/^\s*"(?:Path|Version|Error)":\s*"/.test(line)) return void 0;
  const strings = [...line.matchAll(/"((?:[^"\\]|\\.)*)(?:"|\\?$)/g)].map((m) => unquote(m[1]));
  const carrying = strings.filter((s) => /\n|^(?:go: |verifying )|^\s*[{[]|\\[n"]/.test(s));
  return carrying.length ? carrying.flatMap((s) => s.split(/\r?\n/)) : void 0;
}
__name(unnest, "unnest");
function decodeCommandData(data) {
  return data.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}
__name(decodeCommandData, "decodeCommandData");
function unquote(body) {
  try {
    return JSON.parse(`"${body}"`);
  } catch {
    return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) => {
      if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
      return { n: "\n", t: "	", r: "\r" }[e] ?? e;
    });
  }
}
__name(unquote, "unquote");

// src/failure/split-log.ts
var PROGRESS = /^go: (downloading|finding|extracting|found|upgraded|added|removed|to add|module \S+ found|warning:|error loading module requirements$|creating new go\.mod|to update it:|updating go\.mod)/;
var CONTINUATION = /^(\s|SECURITY (ERROR|WARNING)|This download does NOT|The bits may|have intercepted|For more information, see|Confirm the import path|If this is a private repository|go\.sum database server misbehavior|downloaded:|go\.sum:|\S+: h1:|\S*go\.(mod|work|sum):\d+(:\d+)?: |\(|remote: |fatal: |error: |To ignore the vendor|To sync the vendor|note: )/;
var START = /^(go: |go mod \w+: |go get: |verifying |\S+\.go:\d+:\d+: )/;
function splitLog(text) {
  const failures = [];
  let open;
  let path;
  let version;
  for (const line of normalizeLog(text).split("\n")) {
    if (open && continues(open.lines, line)) {
      open.lines.push(line);
      continue;
    }
    const json = /^\s*"(Path|Version|Error)":\s*("(?:[^"\\]|\\.)*")\s*,?$/.exec(line);
    if (json) {
      const value = parseJsonString(json[2]);
      if (json[1] === "Path") [path, version] = [value, void 0];
      else if (json[1] === "Version") version = value;
      else failures.push({ lines: [value], module: path, version });
      open = void 0;
      continue;
    }
    if (line.trim() === "") continue;
    if (PROGRESS.test(line)) {
      open = void 0;
      continue;
    }
    if (START.test(line) || matchScenario(line) !== "unknown") {
      open = { lines: [line] };
      failures.push(open);
    } else open = void 0;
  }
  return failures.map((f) => ({
    message: f.lines.join("\n"),
    ...f.module && { module: f.module },
    ...f.module && f.version && { version: f.version }
  }));
}
__name(splitLog, "splitLog");
function continues(lines, line) {
  if (line.trim() === "" || PROGRESS.test(line)) return false;
  if (CONTINUATION.test(line) && !/^\s*"(Path|Version|Error)":/.test(line)) return true;
  if (/^\s/.test(line) && lines.some((l) => /server response:/.test(l))) return true;
  const last = lines[lines.length - 1];
  return /:\s*$/.test(last) && !/server response:\s*$/.test(last) && !START.test(line);
}
__name(continues, "continues");
function parseJsonString(quoted) {
  try {
    return JSON.parse(quoted);
  } catch {
    return quoted.slice(1, -1);
  }
}
__name(parseJsonString, "parseJsonString");

// src/failure/classify.ts
var MAX_EVIDENCE_LINES = 12;
var COMPILER_ERROR = /^\S+\.go:\d+(:\d+)?: (?![^\n]*@v?\d)/;
function classifyFailure(message, context = {}) {
  const id = matchScenario(message);
  const fields = extractFields(message, context);
  const entry = CATALOG[id];
  const alternatives = alternativesFor(id, splitParts(message), fields);
  return {
    id,
    title: entry.title,
    retryable: entry.retryable,
    ...fields,
    evidence: evidenceLines(message),
    fix: renderFix(id, fields),
    ...alternatives.length > 0 && { alternatives }
  };
}
__name(classifyFailure, "classifyFailure");
function classifyLog(text) {
  const runningGo = runningGoInLog(text);
  const findings = groupFindings(
    reconcile(
      splitLog(text).map((f) => classifyFailure(f.message, { module: f.module, version: f.version })).filter((f) => f.id !== "unknown" || !COMPILER_ERROR.test(f.evidence[0] ?? ""))
    ).map((f) => judgeDirective(adviseByOwnership(f), runningGo).finding)
  );
  return { primary: pickPrimary(findings), findings };
}
__name(classifyLog, "classifyLog");
function groupFindings(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.id}|${f.module ? `${f.module}@${f.version ?? ""}` : f.evidence[0] ?? ""}`;
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, occurrences: (seen.occurrences ?? 1) + 1 } : f);
  }
  return [...groups.values()];
}
__name(groupFindings, "groupFindings");
function pickPrimary(findings) {
  let best = null;
  for (const f of findings) if (!best || rank(f) < rank(best)) best = f;
  return best;
}
__name(pickPrimary, "pickPrimary");
var ORDER = STAGES.flatMap((s) => s.ids);
function rank(f) {
  const priority = STAGES[stageOf(f.id)].priority;
  const position = ORDER.indexOf(f.id);
  if (priority === "blocking") return position;
  if (priority === "fallback") return 3 * ORDER.length;
  return (f.retryable ? 2 : 1) * ORDER.length + position;
}
__name(rank, "rank");
function evidenceLines(message) {
  const lines = redact(message).split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  return lines.length > MAX_EVIDENCE_LINES ? [...lines.slice(0, MAX_EVIDENCE_LINES), "\u2026"] : lines;
}
__name(evidenceLines, "evidenceLines");

export {
  repositoryUrl,
  CATALOG,
  meaningOf,
  runningAction,
  nameRunningAction,
  goVersionToSemver,
  alternativesFor,
  splitParts,
  STAGES,
  stageOf,
  matchScenario,
  relabel,
  judgeDirective,
  ownership,
  adviseByOwnership,
  unavailableFix,
  redact,
  classifyFailure,
  classifyLog,
  groupFindings,
  pickPrimary
};
