import { promises as dns } from 'node:dns'
import net from 'node:net'
import { lsRemote } from '../exec/ls-remote.js'
import { runTool } from '../exec/run-tool.js'
import { nodeHttp, nodeHttps } from '../util/builtins.js'
import { errorMessage } from '../util/errors.js'
import { formatSeconds, plural } from '../util/format.js'
import { escapeModulePath } from '../go/go-output.js'
import { matchScenario } from '../failure/matcher.js'
import { redact } from '../failure/redact.js'
import { trustedCAs } from '../go/trust.js'
import type { ScenarioId } from '../failure/types.js'

/** One check run on failure: what was tried, against what, and what happened. */
export interface ProbeResult {
  readonly check: string
  readonly target: string
  readonly ok: boolean
  readonly detail: string
  readonly ms: number
  /** The scenario a failed probe points to. */
  readonly scenario?: ScenarioId
}

export interface ProbePlan {
  /** Failing module versions to look up in the first GOPROXY mirror: do other versions of them resolve? */
  readonly moduleVersions?: readonly {
    readonly proxy: string
    readonly module: string
    readonly version?: string
  }[]
  /** GOPROXY entries and the GOSUMDB URL worth probing (http/https only). */
  readonly endpoints: readonly { readonly label: string; readonly url: string }[]
  /** HTTP(S)_PROXY values in effect. */
  readonly httpProxies: readonly { readonly name: string; readonly url: string }[]
  /** Repositories of failing private modules, for `git ls-remote` with the configured credentials. */
  readonly gitRemotes: readonly string[]
  readonly env: NodeJS.ProcessEnv
}

const PROBE_BUDGET_MS = 10_000

/**
 * Runs every probe in parallel; the whole set is bounded to about 10 s, and a probe still running then is
 * reported as such rather than waited for.
 */
export async function runProbes(plan: ProbePlan, budgetMs = PROBE_BUDGET_MS): Promise<ProbeResult[]> {
  const jobs: { check: string; target: string; run: () => Promise<ProbeResult> }[] = []
  for (const e of plan.endpoints)
    jobs.push({
      check: `${e.label} reachable`,
      target: e.url,
      run: () => probeEndpoint(e.label, e.url, plan.env)
    })
  for (const p of plan.httpProxies)
    jobs.push({ check: `${p.name} reachable`, target: p.url, run: () => probeHttpProxy(p.name, p.url) })
  for (const r of plan.gitRemotes)
    jobs.push({ check: 'git ls-remote', target: r, run: () => probeGit(r, plan.env) })
  for (const m of plan.moduleVersions ?? []) {
    const url = versionListUrl(m.proxy, m.module)
    jobs.push({ check: MODULE_VERSIONS, target: url, run: () => probeVersions(url, m.version, plan.env) })
  }
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'timeout'>(resolve => (timer = setTimeout(() => resolve('timeout'), budgetMs)))
  const results = await Promise.all(
    jobs.map(async j => {
      const r = await Promise.race([
        j.run().catch(e => fail(j.check, j.target, errorMessage(e), 0)),
        deadline
      ])
      return r === 'timeout'
        ? fail(j.check, j.target, `no answer within ${formatSeconds(budgetMs)}`, budgetMs, 'connect-timeout')
        : r
    })
  )
  clearTimeout(timer)
  return results
}

function fail(check: string, target: string, detail: string, ms: number, scenario?: ScenarioId): ProbeResult {
  return {
    check,
    target: redact(target),
    ok: false,
    detail: redact(detail),
    ms,
    ...(scenario && { scenario })
  }
}

async function probeEndpoint(label: string, url: string, env: NodeJS.ProcessEnv): Promise<ProbeResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const u = new URL(url)
  const check = `${label} reachable`
  const host = u.hostname.replace(/^\[|\]$/g, '')
  try {
    if (!net.isIP(host)) await withTimeout(dns.lookup(host), 3000, 'DNS lookup timed out')
  } catch (e) {
    return fail(check, url, `DNS: ${errorMessage(e)}`, elapsed(), 'dns-failure')
  }
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80))
  const tcp = await connect(host, port, 3000)
  if (tcp)
    return fail(
      check,
      url,
      `TCP ${host}:${port}: ${tcp}`,
      elapsed(),
      /refused/i.test(tcp) ? 'connection-refused' : 'connect-timeout'
    )
  try {
    const { status } = await httpGet(u, 4000, trustedCAs(env))
    return {
      check,
      target: redact(url),
      ok: true,
      detail: `DNS, TCP and ${u.protocol.slice(0, -1).toUpperCase()} ok (HTTP ${status})`,
      ms: elapsed()
    }
  } catch (e) {
    const msg = errorMessage(e)
    return fail(
      check,
      url,
      msg,
      elapsed(),
      /certificate|self[- ]signed|x509|UNABLE_TO_VERIFY|CERT_|SELF_SIGNED|DEPTH_ZERO|issuer/i.test(msg)
        ? 'tls-untrusted-cert'
        : 'connect-timeout'
    )
  }
}

async function probeHttpProxy(name: string, url: string): Promise<ProbeResult> {
  const started = performance.now()
  const check = `${name} reachable`
  let u: URL
  try {
    u = new URL(url.includes('://') ? url : `http://${url}`)
  } catch {
    return fail(check, url, 'not a URL', 0, 'http-proxy-misconfigured')
  }
  const tcp = await connect(u.hostname, Number(u.port || (u.protocol === 'https:' ? 443 : 80)), 3000)
  const ms = Math.round(performance.now() - started)
  return tcp
    ? fail(check, url, `TCP: ${tcp}`, ms, 'http-proxy-misconfigured')
    : { check, target: redact(url), ok: true, detail: 'TCP ok', ms }
}

async function probeGit(remote: string, env: NodeJS.ProcessEnv): Promise<ProbeResult> {
  try {
    const r = await lsRemote(remote, env, 8000)
    if (r.exitCode === 0)
      return {
        check: 'git ls-remote',
        target: remote,
        ok: true,
        detail: 'credentials accepted, repository readable',
        ms: Math.round(r.durationMs)
      }
    const stderr = r.stderr.trim().split('\n').slice(-2).join(' ')
    let scenario = matchScenario(r.stderr)
    let detail = r.timedOut ? 'no answer within 8 s' : stderr
    // git asks for a username after a 401 whether or not a configured Authorization header was sent with the
    // request (actions/checkout and setup-gomod configure one): with a header, the server refused it.
    if (scenario === 'git-auth-missing' && (await sendsAuthorization(remote, env))) {
      scenario = 'git-auth-rejected'
      detail = `the Authorization header configured for this URL (http.extraheader) was refused: ${stderr}`
    }
    return fail(
      'git ls-remote',
      remote,
      detail,
      Math.round(r.durationMs),
      scenario === 'unknown' ? undefined : scenario
    )
  } catch (e) {
    return fail('git ls-remote', remote, errorMessage(e), 0, 'git-missing')
  }
}

/** Whether git's configuration in `env` adds an Authorization header to requests for `remote`. */
async function sendsAuthorization(remote: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const r = await runTool('git', ['config', '--get-urlmatch', 'http.extraheader', remote], {
      env,
      timeoutMs: 2000
    })
    return r.exitCode === 0 && /^\s*authorization\s*:/im.test(r.stdout)
  } catch {
    return false
  }
}

export const MODULE_VERSIONS = 'module versions'

function versionListUrl(proxy: string, module: string): string {
  return `${proxy.replace(/\/+$/, '')}/${escapeModulePath(module)}/@v/list`
}

/**
 * The mirror's version list of a failing module: whether the module resolves at all, and whether the failing
 * version is among its versions (ok: the mirror knows the module). Decides between a private or vanished
 * module, a version that does not exist, and a mirror that has not caught up (decide.ts).
 */
async function probeVersions(
  url: string,
  version: string | undefined,
  env: NodeJS.ProcessEnv
): Promise<ProbeResult> {
  const started = performance.now()
  const ms = () => Math.round(performance.now() - started)
  try {
    const { status, body } = await httpGet(new URL(url), 4000, trustedCAs(env))
    const versions = body
      .split('\n')
      .map(v => v.trim())
      .filter(v => /^v\d/.test(v))
    if (status !== 200)
      return fail(MODULE_VERSIONS, url, `HTTP ${status}: the mirror has no version of it`, ms())
    const listed = version !== undefined && versions.includes(version)
    const detail = `HTTP 200: ${plural(versions.length, 'version')}${version ? `, ${version} ${listed ? 'listed' : 'not listed'}` : ''}`
    return { check: MODULE_VERSIONS, target: redact(url), ok: true, detail, ms: ms() }
  } catch (e) {
    return fail(MODULE_VERSIONS, url, errorMessage(e), ms())
  }
}

/** '' when a TCP connection opened, else why not. */
function connect(host: string, port: number, timeoutMs: number): Promise<string> {
  return new Promise(resolve => {
    const socket = net.connect({ host, port })
    const done = (why: string) => (socket.destroy(), resolve(why))
    socket.setTimeout(timeoutMs, () => done(`no connection within ${formatSeconds(timeoutMs)}`))
    socket.once('connect', () => done(''))
    socket.once('error', e => done(errorMessage(e)))
  })
}

/** A GET with the CAs go trusts; the body is kept up to 64 KiB. */
function httpGet(u: URL, timeoutMs: number, ca: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const options = u.protocol === 'https:' ? { timeout: timeoutMs, ca } : { timeout: timeoutMs }
    const req = (u.protocol === 'https:' ? nodeHttps() : nodeHttp()).get(u, options, res => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body = (body + chunk).slice(0, 65536)))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`no HTTP answer within ${formatSeconds(timeoutMs)}`)))
    req.on('error', reject)
  })
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))
  ])
}
