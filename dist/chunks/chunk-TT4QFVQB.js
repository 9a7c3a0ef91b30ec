import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  unescapeModulePath
} from "./chunk-NU5Q7IMV.js";
import {
  __name
} from "./chunk-6YREEE2X.js";

// src/diagnosis/catalog/entry.ts
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
  faqGitHttps: "https://go.dev/doc/faq#git_https",
  install: "https://go.dev/doc/install",
  goproxyEnv: `${REF}#goproxy-protocol`
};
function step(inputs) {
  return `- uses: OWNER/setup-gomod@v1
  with:
${inputs.trim().split("\n").map((l) => `    ${l}`).join("\n")}`;
}
__name(step, "step");

// src/diagnosis/catalog/local.ts
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
  unknown: {
    title: "go mod download failed",
    meaning: "The failure did not match a known scenario. The evidence below is what go printed.",
    retryable: false,
    steps: ["Read the evidence lines; re-run with `go mod download -x` locally for more detail."],
    docs: DOCS.proxy
  }
};

// src/diagnosis/catalog/network.ts
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
    meaning: "The module proxy {host} answered 401/403: the credentials are missing or rejected.",
    retryable: false,
    steps: [
      "Give the proxy credentials with `proxy-credentials` (written to a netrc under RUNNER_TEMP; GOAUTH=netrc from Go 1.24).",
      "Check that the credentials may read this module; proxies need https for credentials to be sent."
    ],
    yaml: step("proxy-credentials: |\n  {host}=ci-user:${{ secrets.GOPROXY_PASSWORD }}"),
    docs: DOCS.proxyAuth
  }
};

// src/diagnosis/catalog/vcs.ts
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
    meaning: "The tag or commit {version} of {module} does not exist in its repository (deleted tag, force-push, typo).",
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
    meaning: "The pseudo-version {version} does not match its commit (timestamp, base tag or hash length).",
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
    meaning: "The downloaded {module}@{version} differs from go.sum or the checksum database. Never retried: the content changed (re-tagged release, edited go.sum) or was tampered with.",
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

// src/diagnosis/catalog.ts
var CATALOG = Object.freeze({
  ...NETWORK_SCENARIOS,
  ...VCS_SCENARIOS,
  ...LOCAL_SCENARIOS
});
function renderFix(id, context = {}) {
  const entry = CATALOG[id];
  const fill = /* @__PURE__ */ __name((s) => fillPlaceholders(s, context), "fill");
  const parts = [entry.steps.map((s, i) => `${i + 1}. ${fill(s)}`).join("\n")];
  if (entry.yaml) parts.push("```yaml\n" + fill(entry.yaml) + "\n```");
  parts.push(`Go documentation: ${entry.docs}`);
  return parts.join("\n\n");
}
__name(renderFix, "renderFix");
function describe(id, context = {}) {
  return fillPlaceholders(CATALOG[id].meaning, context);
}
__name(describe, "describe");
function fillPlaceholders(s, c) {
  return s.replace(/\{module\}/g, c.module ?? "the module").replace(/\{version\}/g, c.version ?? "its version").replace(/\{host\}/g, c.host ?? "the host").replace(/\{privatePattern\}/g, privatePattern(c.module));
}
__name(fillPlaceholders, "fillPlaceholders");
function privatePattern(module) {
  if (!module) return "git.corp.example/*";
  const parts = module.split("/");
  if (parts.length >= 3 && /^(github\.com|gitlab\.com|bitbucket\.org)$/.test(parts[0])) {
    return `${parts[0]}/${parts[1]}/*`;
  }
  return parts[0];
}
__name(privatePattern, "privatePattern");

// src/diagnosis/parts.ts
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

// src/diagnosis/extract.ts
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

// src/diagnosis/matcher.ts
var has = /* @__PURE__ */ __name((re, where = "local") => (p) => re.test(p[where]), "has");
var AUTH_TEXT = /could not read (Username|Password)|terminal prompts disabled|Repository not found|Authentication failed|could not be found or you don't have permission|Permission denied \(publickey|remote: Unauthorized|returned error: 40[13]/;
var NOT_FOUND_STATUS = /: (404 Not Found|410 Gone)\b/;
var SUMDB_LOOKUP2 = /\/lookup\/\S+: (404 Not Found|410 Gone)/;
var MIRROR_FAULT = /no space left|internal error|panic|database is locked/i;
var NETWORK_TEXT = /Failed to connect|Connection refused|Connection timed out|Operation timed out|i\/o timeout|connection reset|Could not resolve host|temporarily unavailable|no such host|TLS handshake timeout|5\d\d [A-Z]/;
var RULES = [
  // 1. A SECURITY ERROR outranks everything (never retried).
  {
    id: "checksum-mismatch",
    test: has(/SECURITY ERROR|checksum mismatch|server misbehavior detected|SECURITY WARNING/, "all")
  },
  // 2. Toolchain selection happens before any module work.
  {
    id: "toolchain-not-available",
    test: has(
      /toolchain not available|is a language version but not a toolchain version|invalid GOTOOLCHAIN|cannot find "go1[^"]*" in PATH|invalid toolchain/
    )
  },
  {
    id: "toolchain-download-failed",
    test: has(
      /switching to go[^\n]*: |\bdownload go1[\w.-]*( for [\w/]+)?: |golang\.org\/toolchain@v0\.0\.1-go/
    )
  },
  {
    id: "toolchain-too-old",
    test: has(
      /requires go >= [\w.]+ \(running go|invalid go version '[^']*': must match format|unknown directive: (toolchain|godebug)|unknown block type: ignore|malformed module path "embed"|: unknown directive: tool\b/
    )
  },
  {
    id: "go-missing",
    test: has(
      /go: command not found|'go' is not recognized|exec: "go": executable file not found|cannot find GOROOT directory|No `go` on PATH/
    )
  },
  {
    id: "goproxy-invalid",
    test: has(
      /invalid proxy URL|lookup [^\s:]*[;|][^\s:]*[: ]|GOPROXY list is not the empty string|invalid file:\/\/ proxy URL/
    )
  },
  {
    id: "module-zip-malformed",
    test: has(
      /malformed file path|create zip: |case-insensitive file name collision|module source tree too large/,
      "all"
    )
  },
  // A mirror that is itself broken (out of disk, internal error) answers 404 with its own failure.
  {
    id: "proxy-bad-response",
    test: /* @__PURE__ */ __name((p) => NOT_FOUND_STATUS.test(p.local) && MIRROR_FAULT.test(p.remote), "test")
  },
  // 3. The mirror's own error (after `server response:`) tells a private module from an origin outage.
  {
    id: "private-module-sumdb",
    test: /* @__PURE__ */ __name((p) => SUMDB_LOOKUP2.test(p.local) && (AUTH_TEXT.test(p.remote) || /no such host|unrecognized import path/.test(p.remote) || !NETWORK_TEXT.test(p.remote) && !/unknown revision|invalid version/.test(p.remote)), "test")
  },
  {
    id: "private-module-via-public-proxy",
    test: /* @__PURE__ */ __name((p) => NOT_FOUND_STATUS.test(p.local) && (AUTH_TEXT.test(p.remote) || /no such host/.test(p.remote)), "test")
  },
  {
    id: "proxy-origin-fetch-failed",
    test: /* @__PURE__ */ __name((p) => NOT_FOUND_STATUS.test(p.local) && (NETWORK_TEXT.test(p.remote) || SUMDB_LOOKUP2.test(p.local) && /unknown revision|invalid version/.test(p.remote)), "test")
  },
  // 4. The HTTP(S)_PROXY hop failed, whatever the inner error.
  { id: "http-proxy-misconfigured", test: has(/proxyconnect tcp/) },
  // 5. The innermost network or TLS cause wins over wrappers (unrecognized import path, verifying module).
  {
    id: "tls-untrusted-cert",
    test: has(
      /x509: |tls: failed to verify certificate|SSL certificate problem|server certificate verification failed/
    )
  },
  {
    id: "dns-failure",
    test: has(
      /lookup \S+( on \S+)?: (no such host|server misbehaving|[^\n]*i\/o timeout|[^\n]*no route to host)|Could not resolve host|Temporary failure in name resolution|Name or service not known|getaddrinfo/
    )
  },
  {
    id: "connect-timeout",
    test: has(
      /dial tcp[^\n]*i\/o timeout|TLS handshake timeout|request canceled while waiting for connection|timed out|Client\.Timeout exceeded|context deadline exceeded|download budget|\bstall(ed)?\b/
    )
  },
  { id: "connection-refused", test: has(/connection refused|actively refused/i) },
  {
    id: "connection-reset",
    test: has(
      /connection reset|unexpected EOF|stream error|INTERNAL_ERROR|force closed|forcibly closed|GOAWAY|broken pipe|early EOF|RPC failed|transfer closed|server closed idle connection/
    )
  },
  { id: "rate-limited", test: has(/429 Too Many Requests|returned error: 429|rate limit/i, "all") },
  {
    id: "ssh-auth-failed",
    test: has(
      /Permission denied \(publickey|Host key verification failed|Could not read from remote repository|ssh: connect to host/
    )
  },
  {
    id: "git-auth-missing",
    test: has(
      /could not read (Username|Password)|terminal prompts disabled|Cannot prompt because user interactivity has been disabled/
    )
  },
  // git's remote-curl.c says `repository '%s' not found` for a 404, which forges answer for a repository the
  // credential may not see (GitHub adds its own `remote: Repository not found.`).
  {
    id: "git-auth-rejected",
    test: has(
      /Repository not found|repository '[^'\n]+' not found|Authentication failed for|returned error: 40[13]|could not be found or you don't have permission|remote: Unauthorized|Invalid username or password|HTTP Basic: Access denied|Write access to repository not granted/
    )
  },
  {
    id: "git-missing",
    test: has(
      /exec: "(git|hg|svn|bzr|fossil)": executable file not found|missing (Git|Mercurial|Subversion|Bazaar|Fossil) command|GOVCS disallows/
    )
  },
  {
    id: "network-egress-blocked",
    test: /* @__PURE__ */ __name((p) => /: 403 Forbidden/.test(p.local) && /<(html|!doctype)|blocked|denied by policy|VPC Service Controls/i.test(p.remote) || /go-get=1[^\n]*: (403 )?Forbidden/.test(p.local), "test")
  },
  {
    id: "proxy-auth-required",
    test: has(/: 40[13] (Unauthorized|Forbidden)|refusing to pass credentials to insecure URL|GOAUTH/)
  },
  {
    id: "goproxy-off",
    test: has(
      /lookup disabled by (GOPROXY=off|-mod=)|import lookup disabled|cannot query module due to -mod=vendor/
    )
  },
  { id: "insecure-protocol", test: has(/no secure protocol found|insecure URL|redirected from secure URL/) },
  {
    id: "proxy-bad-response",
    test: /* @__PURE__ */ __name((p) => /: 5\d\d [A-Z]|: 400 Bad Request|invalid response from proxy|proxy returned info for version|downloaded zip file too large|unexpected status \(\S+\): (5\d\d|400)/.test(
      p.local
    ), "test")
  },
  { id: "invalid-pseudo-version", test: has(/invalid pseudo-version/) },
  { id: "module-path-mismatch", test: has(/module declares its path as/) },
  {
    id: "major-version-suffix",
    test: has(
      /module path must match major version|major version must be compatible|has post-v1 module path|\+incompatible suffix not allowed|has non-\.\.\.\/v\d+ module path|should be v0 or v1/
    )
  },
  {
    id: "replace-path-missing",
    test: has(
      /replacement directory \S+ does not exist|\(replaced by [^)@]*\): reading [^\n]*no such file|replacement module without version must be directory path|go: parsing \S+go\.mod: open [^\n]*no such file/
    )
  },
  { id: "vendor-inconsistent", test: has(/inconsistent vendoring/) },
  { id: "gosum-malformed", test: has(/malformed go\.sum/) },
  { id: "missing-gosum-entry", test: has(/missing go\.sum entry|updates to go\.mod needed/) },
  {
    id: "malformed-module-path",
    test: has(
      /malformed module path|missing dot in first path element|malformed import path|invalid \S+ import path/
    )
  },
  {
    id: "vcs-unrecognized-import-path",
    test: has(/unrecognized import path|no go-import meta tag|import path does not begin with hostname/)
  },
  {
    id: "unknown-revision",
    test: has(
      /unknown revision|ambiguous revision|revision does not exist locally|at revision \S+: unknown|invalid version: unknown/,
      "all"
    )
  },
  {
    id: "module-not-found",
    test: has(
      /no matching versions for query|does not contain package|cannot find module providing package|no required module provides package|: 404 Not Found|: 410 Gone|module \S+ not found/
    )
  },
  {
    id: "gomod-parse-error",
    test: has(/errors parsing go\.(mod|work)|go\.(mod|work):\d+: |parsing go\.mod:|go\.mod file indicates go/)
  },
  // Local environment: only the runner's own text counts (a proxy's "no space left" is the proxy's problem).
  { id: "disk-full", test: has(/no space left on device|disk quota exceeded/i) },
  {
    id: "modcache-permission",
    test: has(
      /permission denied|could not create module cache|read-only file system|operation not permitted/i
    )
  },
  {
    id: "modcache-corrupt",
    test: has(
      /zip: not a valid zip file|unexpected ziphash|missing ziphash|ziphash file is missing|zip: checksum error|unzip \S+: /
    )
  }
];
function matchScenario(message) {
  const parts = splitParts(message);
  return RULES.find((r) => r.test(parts))?.id ?? "unknown";
}
__name(matchScenario, "matchScenario");

// src/diagnosis/redact.ts
function redact(text, secrets = []) {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("***");
  return out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/"']+@/gi, "$1***@").replace(
    /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})\b/g,
    "***"
  ).replace(/(authorization:\s*(basic|bearer|token)\s+)\S+/gi, "$1***").replace(/(\bpassword\s+)\S+/gi, "$1***");
}
__name(redact, "redact");

// src/diagnosis/split-log.ts
var PROGRESS = /^go: (downloading|finding|extracting|found|upgraded|added|removed|to add|module \S+ found)\b/;
var CONTINUATION = /^(\s|SECURITY (ERROR|WARNING)|This download does NOT|The bits may|have intercepted|For more information, see|Confirm the import path|If this is a private repository|go\.sum database server misbehavior|downloaded:|go\.sum:|\S+: h1:|\S*go\.(mod|work|sum):\d+: |remote: |fatal: |error: |To ignore the vendor|To sync the vendor|note: )/;
var ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
var START = /^(go: |go mod \w+: |go get: |verifying |\S+\.go:\d+:\d+: )/;
var DECORATION = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z ?)?(##\[(error|warning)\]|::(error|warning)[^:]*::)?/;
function splitLog(text) {
  const failures = [];
  let open;
  let path;
  let version;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(ANSI_COLOUR, "").replace(DECORATION, "").trimEnd();
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
    if (open && CONTINUATION.test(line)) {
      open.lines.push(line);
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
function parseJsonString(quoted) {
  try {
    return JSON.parse(quoted);
  } catch {
    return quoted.slice(1, -1);
  }
}
__name(parseJsonString, "parseJsonString");

// src/diagnosis/classify.ts
var MAX_EVIDENCE_LINES = 12;
function classifyFailure(message, context = {}) {
  const id = matchScenario(message);
  const fields = extractFields(message, context);
  const entry = CATALOG[id];
  return {
    id,
    title: entry.title,
    retryable: entry.retryable,
    ...fields,
    evidence: evidenceLines(message),
    fix: renderFix(id, fields)
  };
}
__name(classifyFailure, "classifyFailure");
function classifyLog(text) {
  const findings = groupFindings(
    splitLog(text).map((f) => classifyFailure(f.message, { module: f.module, version: f.version }))
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
  for (const f of findings) if (!best || rank(f.id) < rank(best.id)) best = f;
  return best;
}
__name(pickPrimary, "pickPrimary");
var SETUP = [
  "goproxy-invalid",
  "gomod-parse-error",
  "gosum-malformed",
  "vendor-inconsistent",
  "replace-path-missing"
];
function rank(id) {
  if (id === "checksum-mismatch") return 0;
  if (id.startsWith("toolchain-") || id === "go-missing") return 1;
  if (SETUP.includes(id)) return 2;
  if (id === "unknown") return 5;
  return CATALOG[id].retryable ? 4 : 3;
}
__name(rank, "rank");
function evidenceLines(message) {
  const lines = redact(message).split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  return lines.length > MAX_EVIDENCE_LINES ? [...lines.slice(0, MAX_EVIDENCE_LINES), "\u2026"] : lines;
}
__name(evidenceLines, "evidenceLines");

export {
  CATALOG,
  renderFix,
  describe,
  matchScenario,
  redact,
  classifyFailure,
  classifyLog,
  groupFindings,
  pickPrimary
};
