import type { ScenarioId } from '../types.js'
import { anyOf, has, NOT_FOUND, PROXY_REQUEST, statusIs, type Test } from './text.js'

/**
 * Rules of the git, version and local stages: git's and ssh's own words (quoted by go after `exit status
 * 128:`, or printed bare by GOPATH-mode `go get`), version and path errors of modfetch/modload, then go.mod
 * syntax and the runner's disk and module cache.
 */
export const VCS_RULES: Readonly<Partial<Record<ScenarioId, Test>>> = {
  'ssh-auth-failed': has(
    /Permission denied \(publickey|Host key verification failed|Could not read from remote repository|ssh: connect to host|ssh_exchange_identification|kex_exchange_identification|no matching host key type found|REMOTE HOST IDENTIFICATION HAS CHANGED|sign_and_send_pubkey|Load key "[^"]*": /
  ),
  'git-auth-missing': has(
    /could not read (Username|Password)|terminal prompts disabled|Cannot prompt because user interactivity has been disabled|no credentials? (were )?(provided|found)|fatal: Authentication required/
  ),
  // git's remote-curl.c says `repository '%s' not found` for a 404, which forges answer for a repository the
  // credential may not see (GitHub adds its own `remote: Repository not found.`).
  'git-auth-rejected': anyOf(
    // A forge's own API or page refused the request go made to find the repository.
    p => statusIs(s => s === 401 || s === 403)(p) && !PROXY_REQUEST.test(p.local),
    has(
      /Repository not found|repository '[^'\n]+' not found|Authentication failed for|returned error: 40[13]|could not be found or you don't have permission|remote: Unauthorized|Invalid username or password|HTTP Basic: Access denied|Write access to repository not granted|remote: Forbidden|The requested URL returned error: 40[134]|remote: HTTP Basic|remote: You are not allowed|TF401019|Bad credentials|Invalid username or token|Support for password authentication was removed|invalid credentials/
    )
  ),
  'git-missing': has(
    /exec: "(git|hg|svn|bzr|fossil)": executable file not found|missing (Git|Mercurial|Subversion|Bazaar|Fossil) command|GOVCS disallows|git: command not found|'git' is not recognized/
  ),
  'insecure-protocol': has(
    /no secure protocol found|uses insecure protocol|insecure URL|redirected from secure URL|insecure connection/
  ),
  'vcs-unrecognized-import-path': has(
    /unrecognized import path|no go-import meta tag|import path does not begin with hostname|go-import meta tag[^\n]*(mismatch|conflict)|parse \S+\?go-get=1: no go-import/
  ),
  'invalid-pseudo-version': has(/invalid pseudo-version/),
  'module-path-mismatch': has(
    /module declares its path as|parsing go\.mod: unexpected module path|but was required as|has a go\.mod file but its module path is/
  ),
  'major-version-suffix': has(
    /\/v(?:[2-9]|\d\d+)(?:@[^\s/:]+)?: no matching versions for query "(?:latest|upgrade|patch)"|module path must match major version|major version must be compatible|has post-v1 module path|\+incompatible suffix not allowed|has non-\.\.\.\/v\d+ module path|should be v0 or v1|invalid major version/
  ),
  'malformed-module-path': has(
    /malformed module path|missing dot in first path element|malformed import path|invalid \S+ import path|invalid module path|invalid path: |is not a valid module path|invalid char '[^']*' in/
  ),
  'unknown-revision': has(
    /unknown revision|no matching versions for query "v\d|invalid module version "[^"]+": no matching|ambiguous revision|revision does not exist locally|at revision \S+: unknown|invalid version: unknown|reference not found|couldn't find remote ref|Couldn't find remote ref|did not match any file\(s\) known to git|not our ref|no such commit|does not match any version/,
    'all'
  ),
  'module-not-found': anyOf(
    has(
      /no matching versions for query|does not contain package|cannot find module providing package|no required module provides package|module \S+ not found|cannot find package "[^"]+" in any of|unknown import path "[^"]+": cannot find module/m
    ),
    NOT_FOUND
  ),
  'gomod-parse-error': has(
    /errors parsing go\.(mod|work)|go\.(mod|work):\d+: |parsing go\.mod:|go\.mod file indicates go|go\.work file indicates go|usage: (module|go|require)|invalid go version/
  ),
  // Local environment: only the runner's own text counts (a proxy's "no space left" is the proxy's problem).
  'disk-full': has(
    /no space left on device|disk quota exceeded|not enough space on the disk|There is not enough space/i
  ),
  'modcache-permission': has(
    /permission denied|could not create module cache|read-only file system|operation not permitted|Access is denied|EACCES/i
  ),
  'modcache-corrupt': has(
    /zip: not a valid zip file|unexpected ziphash|missing ziphash|ziphash file is missing|zip: checksum error|unzip \S+: |zip: unsupported compression|go\.sum: unexpected|invalid go\.sum file|verifying \S+: zip:/
  )
}
