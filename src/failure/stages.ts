import type { ScenarioId } from './types.js'

/**
 * How a stage's scenarios rank when a log shows several failures: `blocking` ones stop go before any module
 * work (the first such stage wins), `module` ones are per module (a permanent one before a transient one),
 * and `fallback` comes last.
 */
type Priority = 'blocking' | 'module' | 'fallback'

export interface Stage {
  readonly key: string
  /** The question the flowchart in the summary shows for this stage. */
  readonly question: string
  /** The scenarios a "yes" leads to, in the order the matcher tries their rules. */
  readonly ids: readonly ScenarioId[]
  readonly priority: Priority
}

/**
 * The one ordered table of the diagnosis (docs/taxonomy.md, "Precedence"): the matcher tries the stages in
 * this order and the first rule that passes names the failure, the primary choice ranks by it, and the
 * Mermaid flowchart draws it. Every scenario id sits in exactly one stage (a unit test keeps it so).
 */
export const STAGES: readonly Stage[] = [
  { key: 'security', question: 'SECURITY ERROR?', ids: ['checksum-mismatch'], priority: 'blocking' },
  {
    key: 'toolchain',
    question: 'Go or its toolchain?',
    ids: ['toolchain-not-available', 'toolchain-download-failed', 'toolchain-too-old', 'go-missing'],
    priority: 'blocking'
  },
  {
    key: 'project',
    question: 'Project files or Go settings?',
    ids: [
      'no-main-module',
      'workspace-module-missing',
      'workspace-version-mismatch',
      'goproxy-invalid',
      'replace-path-missing',
      'vendor-inconsistent',
      'gosum-malformed',
      'missing-gosum-entry',
      'goproxy-off'
    ],
    priority: 'blocking'
  },
  {
    key: 'mirror',
    question: "A module mirror's own answer?",
    ids: [
      'module-zip-malformed',
      'proxy-bad-response',
      'private-module-sumdb',
      'private-module-via-public-proxy',
      'proxy-origin-fetch-failed'
    ],
    priority: 'module'
  },
  {
    key: 'proxy-hop',
    question: 'HTTP proxy hop failed?',
    ids: ['http-proxy-misconfigured'],
    priority: 'module'
  },
  {
    key: 'network',
    question: 'Network or TLS error?',
    ids: ['tls-untrusted-cert', 'dns-failure', 'connect-timeout', 'connection-refused', 'connection-reset'],
    priority: 'module'
  },
  {
    key: 'refused',
    question: 'Proxy or gateway refused the request?',
    ids: ['rate-limited', 'network-egress-blocked', 'proxy-auth-required'],
    priority: 'module'
  },
  {
    key: 'git',
    question: 'git / VCS error?',
    ids: [
      'ssh-auth-failed',
      // Before git-auth-missing: when a log shows both for one repository, the credentials were sent and refused.
      'git-auth-rejected',
      'git-auth-missing',
      'git-missing',
      'insecure-protocol',
      'vcs-unrecognized-import-path'
    ],
    priority: 'module'
  },
  {
    key: 'version',
    question: 'Version or module path wrong?',
    ids: [
      'invalid-pseudo-version',
      'module-path-mismatch',
      'major-version-suffix',
      'malformed-module-path',
      'unknown-revision',
      'module-not-found'
    ],
    priority: 'module'
  },
  {
    key: 'local',
    question: 'go.mod syntax, disk or module cache?',
    ids: ['gomod-parse-error', 'disk-full', 'modcache-permission', 'modcache-corrupt'],
    priority: 'module'
  },
  { key: 'unmatched', question: 'No rule matched', ids: ['unknown'], priority: 'fallback' }
]

/** The index in STAGES of the stage that holds a scenario id. */
export function stageOf(id: ScenarioId): number {
  return STAGES.findIndex(s => s.ids.includes(id))
}
