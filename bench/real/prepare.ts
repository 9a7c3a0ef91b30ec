/**
 * Fetches and prepares a real project once, outside the repository (SETUP_GOMOD_BENCH_CACHE, default
 * ~/.cache/setup-gomod-bench), so reruns fetch nothing: the source from its module zip through the Go module proxy
 * the machine is configured with (read from `go env` now, never written down), three writable copies (base, one
 * dependency bumped, one source file changed) and the "origin" module cache that the benchmark's local proxy serves
 * every job from (every version base and bump need to download, build and vet).
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { isolatedGoEnv, parseJsonStream, removeTempDir, runGo } from '../../testkit/go-env.js'
import type { RealProject } from './projects.js'

export const BENCH_HOME =
  process.env.SETUP_GOMOD_BENCH_CACHE || path.join(os.homedir(), '.cache', 'setup-gomod-bench')
/** The module cache the origin proxy serves from: shared by every project. */
export const ORIGIN = path.join(BENCH_HOME, 'origin')
const GO_TIMEOUT_MS = 20 * 60_000

export interface PreparedProject {
  readonly base: string
  readonly bump: string
  readonly source: string
  /** Directories with a go.mod, relative to the root ('.' first). */
  readonly modules: string[]
  /** module@version pairs base downloads (`go mod download` in each module). */
  readonly baseSet: string[]
  /** module@version pairs the bump downloads that base does not. */
  readonly changed: string[]
}

/** The machine's own module fetching settings (proxy, checksum database, HTTP proxy), as go reports them now. */
function machineEnv(home: string, gomodcache: string): NodeJS.ProcessEnv {
  const json = execFileSync(
    'go',
    ['env', '-json', 'GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB'],
    {
      encoding: 'utf8',
      timeout: 60_000
    }
  )
  const network: Record<string, string> = {}
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) {
    if (process.env[k]) network[k] = process.env[k]
  }
  return isolatedGoEnv(home, {
    ...(JSON.parse(json) as Record<string, string>),
    ...network,
    GOMODCACHE: gomodcache,
    GOCACHE: path.join(BENCH_HOME, 'prep-gocache'),
    GOFLAGS: '-modcacherw'
  })
}

async function go(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await runGo(args, { cwd, env, timeoutMs: GO_TIMEOUT_MS })
  if (r.code !== 0) {
    const why = r.timedOut ? 'timed out' : `exit ${r.code}`
    throw new Error(`go ${args.join(' ')} (${why}) in ${cwd}:\n${r.stderr.slice(-3000)}`)
  }
  return r.stdout
}

function copyWritable(from: string, to: string): void {
  removeTempDir(to)
  cpSync(from, to, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', to], { timeout: 60_000 })
}

/** `go mod download` in every module into the origin (through the machine's proxy), plus what build and vet load. */
async function fillOrigin(dir: string, modules: string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  const set = new Set<string>()
  for (const m of modules) {
    const out = await go(['mod', 'download', '-json'], path.join(dir, m), env)
    for (const v of parseJsonStream<{ Path: string; Version: string }>(out)) set.add(`${v.Path}@${v.Version}`)
  }
  await go(['list', '-deps', '-test', '-e', '-f', '{{.ImportPath}}', './...'], dir, env)
  return [...set]
}

/** The other modules of a multi-module repository, each from its own zip, back in its directory. */
async function addSubmodules(p: RealProject, base: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (p.submodules !== 'versions.yaml') return ['.']
  const doc = parse(readFileSync(path.join(base, 'versions.yaml'), 'utf8')) as {
    'module-sets': Record<string, { version: string; modules: string[] }>
  }
  const wanted = Object.values(doc['module-sets']).flatMap(set =>
    set.modules.filter(m => m !== p.module).map(m => `${m}@${set.version}`)
  )
  const r = await runGo(['mod', 'download', '-json', ...wanted], {
    cwd: BENCH_HOME,
    env,
    timeoutMs: GO_TIMEOUT_MS
  })
  const modules = ['.']
  for (const m of parseJsonStream<{ Path: string; Dir?: string }>(r.stdout)) {
    if (!m.Dir) continue // not published at that version: the repository is measured without it
    const rel = m.Path.slice(p.module.length + 1)
    copyWritable(m.Dir, path.join(base, rel))
    modules.push(rel)
  }
  return modules
}

/** The project's three copies and its download sets, fetched and computed on the first run only. */
export async function prepareProject(p: RealProject, log: (s: string) => void): Promise<PreparedProject> {
  const dir = path.join(BENCH_HOME, 'projects', `${p.name}@${p.version}`)
  const ready = path.join(dir, 'ready.json')
  const copies = {
    base: path.join(dir, 'base'),
    bump: path.join(dir, 'bump'),
    source: path.join(dir, 'source')
  }
  if (existsSync(ready)) {
    const sets = JSON.parse(readFileSync(ready, 'utf8')) as Omit<PreparedProject, keyof typeof copies>
    return { ...copies, ...sets, modules: sets.modules ?? ['.'] } // prepared before multi-module support
  }
  mkdirSync(dir, { recursive: true })
  const env = machineEnv(path.join(BENCH_HOME, 'prep-home'), ORIGIN)
  log(`${p.name}: fetching ${p.module}@${p.version} from the module zip`)
  const srcEnv = { ...env, GOMODCACHE: path.join(BENCH_HOME, 'srcmod') }
  const fetched = parseJsonStream<{ Dir?: string; Error?: string }>(
    await go(['mod', 'download', '-json', `${p.module}@${p.version}`], BENCH_HOME, srcEnv)
  )[0]
  if (!fetched?.Dir) throw new Error(`${p.module}@${p.version}: ${fetched?.Error ?? 'no Dir'}`)
  copyWritable(fetched.Dir, copies.base)
  const modules = await addSubmodules(p, copies.base, srcEnv)
  copyWritable(copies.base, copies.bump)
  copyWritable(copies.base, copies.source)
  appendFileSync(path.join(copies.source, p.touch), '\n// setup-gomod bench: one source-file change\n')

  log(`${p.name}: bumping ${p.bump.path} ${p.bump.from} → ${p.bump.to}, filling the origin module cache`)
  const goMod = readFileSync(path.join(copies.base, 'go.mod'), 'utf8')
  if (!goMod.includes(`${p.bump.path} ${p.bump.from}`))
    throw new Error(`go.mod does not require ${p.bump.path} ${p.bump.from}`)
  await go(['get', `${p.bump.path}@${p.bump.to}`], copies.bump, env)
  await go(['mod', 'tidy'], copies.bump, env)
  const baseSet = await fillOrigin(copies.base, modules, env)
  const bumpSet = await fillOrigin(copies.bump, modules, env)
  const known = new Set(baseSet)
  const sets = { modules, baseSet, changed: bumpSet.filter(m => !known.has(m)) }
  writeFileSync(ready, JSON.stringify(sets, null, 1))
  return { ...copies, ...sets }
}
