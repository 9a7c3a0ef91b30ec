import { CATALOG } from './catalog.js'
import { repositoryUrl } from '../go/repository.js'
import type { Parts } from './parts.js'
import type { Alternative, ScenarioId } from './types.js'

interface Subject {
  readonly module?: string
  readonly version?: string
  readonly host?: string
  readonly httpStatus?: number
}

type Check = (s: Subject) => string

// In prose an unknown module is a noun phrase; in a command, a placeholder to complete.
const repo = (s: Subject) => (s.module ? repositoryUrl(s.module) : 'the repository')
const repoArg = (s: Subject) => (s.module ? repositoryUrl(s.module) : '<repository URL>')
const mv = (s: Subject) => (s.module ? `${s.module}@${s.version ?? 'latest'}` : '<module>@<version>')

const CHECKS: Readonly<Partial<Record<ScenarioId, Check>>> = {
  'private-module-via-public-proxy': s =>
    `Is ${s.module ?? 'the module'} one of your own private repositories (under your GOPRIVATE or credential hosts)? Then the public mirror can never fetch it: set goprivate.`,
  'private-module-sumdb': s =>
    `Is ${s.module ?? 'the module'} one of your own private repositories? Then the public checksum database cannot know it: set goprivate (or gonosumdb).`,
  'proxy-origin-fetch-failed': s =>
    `Is ${repo(s)} public and ${s.version ?? 'the version'} tagged minutes ago, and does \`GOPROXY=direct go list -m ${mv(s)}\` work? Then the mirror has not fetched it yet: re-run later.`,
  'unknown-revision': s =>
    `Does \`git ls-remote --tags ${repoArg(s)}\` list ${s.version ?? 'the version'}? If not, the version does not exist.`,
  'module-not-found': s =>
    `Does ${repo(s)} still exist under that path? A deleted, renamed or now private third-party repository answers the same way: then the dependency is unavailable.`,
  'proxy-bad-response': s =>
    `Does another proxy (or \`GOPROXY=direct go list -m ${mv(s)}\`) serve it? Then ${s.host ?? 'this mirror'} is at fault.`,
  'network-egress-blocked': s =>
    `Does ${s.host ?? 'the host'} need credentials at all? A public mirror never does: then a gateway on the way answered.`,
  'proxy-auth-required': s =>
    `Is ${s.host ?? 'the host'} a private proxy? Then it wants credentials (proxy-credentials).`,
  'gomod-parse-error': () =>
    'Is the running go at least the release that introduced this directive? Then the go.mod `go` line is too low: raise it.',
  'no-main-module': () =>
    'Is there a go.mod where go runs, with GO111MODULE not off? Without one go works in GOPATH mode.'
}

/**
 * The scenarios a failure's evidence leaves open (docs/interface.md, `alternatives`), most likely first: where the
 * same words come from opposite causes (a mirror's 404 for a private, a deleted or a just-tagged module; a 401
 * from a private proxy or from a gateway in front of a public one; an unknown go.mod directive from an old go
 * or a low `go` line). Empty when the log decides.
 */
export function alternativesFor(id: ScenarioId, p: Parts, s: Subject): Alternative[] {
  return candidates(id, p, s)
    .filter(alt => alt !== id && CHECKS[alt])
    .map(alt => ({ id: alt, title: CATALOG[alt].title, check: (CHECKS[alt] as Check)(s) }))
}

function candidates(id: ScenarioId, p: Parts, s: Subject): ScenarioId[] {
  const proxied = /\/@v\/|\/lookup\//.test(p.local)
  const sumdb = /\/lookup\//.test(p.local)
  switch (id) {
    case 'private-module-via-public-proxy':
      return ['module-not-found', 'proxy-origin-fetch-failed']
    case 'private-module-sumdb':
      return ['proxy-origin-fetch-failed', 'module-not-found']
    case 'proxy-origin-fetch-failed':
      return [sumdb ? 'private-module-sumdb' : 'private-module-via-public-proxy', 'unknown-revision']
    case 'module-not-found':
      if (/cannot find package "[^"]+" in any of/.test(p.local)) return ['no-main-module']
      return s.httpStatus === 404 || s.httpStatus === 410
        ? ['private-module-via-public-proxy', 'unknown-revision', 'proxy-bad-response']
        : []
    case 'unknown-revision':
      return proxied ? ['proxy-origin-fetch-failed'] : []
    case 'git-auth-missing':
      return /github\.com/.test(p.local) ? ['module-not-found'] : []
    case 'proxy-auth-required':
      return /\d{3}/.test(String(s.httpStatus ?? '')) ? ['network-egress-blocked'] : []
    case 'network-egress-blocked':
      return /<(html|!doctype)/i.test(p.remote) ? [] : ['proxy-auth-required']
    case 'vcs-unrecognized-import-path':
      return s.httpStatus === 404 ? ['module-not-found'] : []
    case 'toolchain-too-old':
      return /unknown (directive|block type): /.test(p.local) ? ['gomod-parse-error'] : []
    default:
      return []
  }
}
