import type { ScenarioId } from './types.js'

/** The questions the classifier asks, in its precedence order, each with the scenarios a "yes" leads to. */
const STAGES: readonly { readonly question: string; readonly ids: readonly ScenarioId[] }[] = [
  { question: 'SECURITY ERROR?', ids: ['checksum-mismatch'] },
  {
    question: 'Go or its toolchain?',
    ids: ['toolchain-not-available', 'toolchain-download-failed', 'toolchain-too-old', 'go-missing']
  },
  {
    question: 'GOPROXY, go.mod, go.sum or vendor broken?',
    ids: [
      'goproxy-invalid',
      'gomod-parse-error',
      'gosum-malformed',
      'vendor-inconsistent',
      'replace-path-missing',
      'missing-gosum-entry'
    ]
  },
  {
    question: "Mirror's own error in server response?",
    ids: ['private-module-sumdb', 'private-module-via-public-proxy', 'proxy-origin-fetch-failed']
  },
  { question: 'HTTP proxy hop failed?', ids: ['http-proxy-misconfigured'] },
  {
    question: 'Network or TLS error?',
    ids: ['tls-untrusted-cert', 'dns-failure', 'connect-timeout', 'connection-refused', 'connection-reset']
  },
  {
    question: 'Proxy answered an error status?',
    ids: [
      'rate-limited',
      'network-egress-blocked',
      'proxy-auth-required',
      'goproxy-off',
      'proxy-bad-response'
    ]
  },
  {
    question: 'git / VCS error?',
    ids: [
      'ssh-auth-failed',
      'git-auth-missing',
      'git-auth-rejected',
      'git-missing',
      'insecure-protocol',
      'vcs-unrecognized-import-path'
    ]
  },
  {
    question: 'Version or module path wrong?',
    ids: [
      'invalid-pseudo-version',
      'module-path-mismatch',
      'major-version-suffix',
      'malformed-module-path',
      'unknown-revision',
      'module-not-found',
      'module-zip-malformed'
    ]
  },
  { question: 'Local disk or module cache?', ids: ['disk-full', 'modcache-permission', 'modcache-corrupt'] }
]

/**
 * A Mermaid flowchart of the diagnosis: the chain of questions, the answer for this failure, and the path
 * taken highlighted (GitHub renders Mermaid in job summaries).
 */
export function diagnosisFlowchart(id: ScenarioId, title: string): string {
  const taken = STAGES.findIndex(s => s.ids.includes(id))
  const lines = ['flowchart TD', '  start([go mod download failed])']
  const edges: string[] = []
  STAGES.forEach((s, i) => {
    lines.push(`  s${i}{"${s.question}"}`)
    edges.push(`  ${i === 0 ? 'start' : `s${i - 1}`} -->${i === 0 ? '' : '|no|'} s${i}`)
  })
  const leaf = `  verdict["<b>${title.replace(/"/g, "'")}</b><br/>${id}"]`
  lines.push(leaf)
  const last = STAGES.length - 1
  edges.push(taken >= 0 ? `  s${taken} -->|yes| verdict` : `  s${last} -->|no| verdict`)
  const stop = taken >= 0 ? taken : last
  const highlighted = [...Array(stop + 1).keys()].concat(edges.length - 1)
  return [
    ...lines,
    ...edges,
    '  classDef taken fill:#fde68a,stroke:#b45309,stroke-width:2px',
    `  class start,${[...Array(stop + 1).keys()].map(i => `s${i}`).join(',')},verdict taken`,
    `  linkStyle ${highlighted.join(',')} stroke:#b45309,stroke-width:3px`
  ].join('\n')
}
