// Captures real go output for the diagnosis fixtures: `npx tsx scripts/capture-fixtures.ts [NAME-FILTER]` (as root,
// for the tmpfs cases). Each case runs against loopback fakes (testkit/goproxy.ts, a TLS server, a checksum
// database, private repositories in testkit/git-server.ts) with Go on PATH and with go1.22.12, which the machine's default GOPROXY provides via `GOTOOLCHAIN=go1.22.12`
// (only the toolchain lookup sees that environment; the cases run in isolatedGoEnv). Ports, temp paths and the
// resolver address are replaced by stable placeholders. Writes __tests__/fixtures/diagnosis/*.txt and merges
// the captured entries into manifest.json (hand-written entries there are kept).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isolatedGoEnv, makeTempDir, removeTempDir, runGo } from '../testkit/go-env.js'
import { loadFixtureModules, startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { CASES, EXTRA_MODULES, type CaptureCase } from '../__tests__/fixtures/capture/cases.js'
import { startFakeServers, type FakeServers as Servers } from '../__tests__/fixtures/capture/servers.js'

const OUT = fileURLToPath(new URL('../__tests__/fixtures/diagnosis/', import.meta.url))

interface ManifestEntry {
  file: string
  scenario: string
  go: string
  command: string
  produced: 'captured' | 'hand-written'
  how: string
  expect: Record<string, string | number>
}

function toolchains(): { label: string; goroot: string }[] {
  const list: { label: string; goroot: string }[] = [{ label: version('go'), goroot: goRoot('go') }]
  try {
    const dir = makeTempDir('capture-tc-')
    // The machine's own environment (its GOPROXY) fetches the toolchain; nothing of it is written anywhere.
    const goroot = execFileSync('go', ['env', 'GOROOT'], {
      cwd: dir,
      env: { ...process.env, GOTOOLCHAIN: 'go1.22.12' },
      encoding: 'utf8'
    }).trim()
    removeTempDir(dir)
    list.push({ label: version(path.join(goroot, 'bin', 'go')), goroot })
  } catch (e) {
    process.stderr.write(`go1.22.12 unavailable, capturing with Go on PATH only: ${String(e)}\n`)
  }
  return list
}

function goRoot(goBinary: string): string {
  return execFileSync(goBinary, ['env', 'GOROOT'], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local' }
  }).trim()
}

function version(goBinary: string): string {
  return execFileSync(goBinary, ['env', 'GOVERSION'], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local' }
  }).trim()
}

/** Stable placeholders for everything that changes between captures. */
function normalise(text: string, dir: string, servers: Servers, proxy: GoProxy): string {
  let out = text.split(dir).join('/tmp/capture')
  const ports: [string, string][] = [
    [new URL(proxy.url).port, '40001'],
    [servers.tlsPort, '40002'],
    [servers.hangPort, '40003'],
    [servers.sumdbPort, '40004']
  ]
  for (const [port, stable] of ports) out = out.split(`127.0.0.1:${port}`).join(`127.0.0.1:${stable}`)
  return out
    .replace(/ on [\d.:[\]a-f]+:53:/g, ' on 127.0.0.53:53:')
    .replace(/127\.0\.0\.1:(\d+)->127\.0\.0\.1:\d+/g, '127.0.0.1:50000->127.0.0.1:$1')
    .replace(
      /cache\/vcs\/[0-9a-f]{64}/g,
      'cache/vcs/0000000000000000000000000000000000000000000000000000000000000000'
    )
}

async function capture(
  c: CaptureCase,
  tc: { label: string; goroot: string },
  proxy: GoProxy,
  servers: Servers
) {
  const dir = makeTempDir('capture-')
  try {
    proxy.clearFaults()
    for (const f of c.faults ?? []) proxy.addFault(f)
    const work = path.join(dir, 'work')
    mkdirSync(work, { recursive: true })
    for (const [name, text] of Object.entries(c.files(proxy, servers))) {
      mkdirSync(path.dirname(path.join(work, name)), { recursive: true })
      writeFileSync(path.join(work, name), text)
    }
    await c.before?.(dir)
    const goBin = path.join(tc.goroot, 'bin')
    const pathEnv = `${goBin}:${process.env.PATH}`
    const env = isolatedGoEnv(dir, {
      PATH: pathEnv,
      GOPROXY: proxy.url,
      ...c.env?.(proxy, servers, dir, goBin)
    })
    const args = c.args ?? ['mod', 'download']
    let text: string
    if (c.shell) {
      const r = spawnSync('bash', ['-c', c.shell], { cwd: work, env, encoding: 'utf8' })
      text = r.stderr
    } else {
      const r = await runGo(args, { cwd: work, env, timeoutMs: 30_000 })
      text = args.includes('-json') ? r.stdout + r.stderr : r.stderr
    }
    await c.after?.(dir)
    return normalise(text, dir, servers, proxy)
  } finally {
    removeTempDir(dir)
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const manifestPath = path.join(OUT, 'manifest.json')
  let manifest: ManifestEntry[] = []
  try {
    manifest = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { fixtures: ManifestEntry[] }).fixtures
  } catch {
    // first run
  }
  const proxy = await startGoProxy({ modules: [...loadFixtureModules(), ...EXTRA_MODULES] })
  const servers = await startFakeServers()
  const only = process.argv[2]
  try {
    for (const tc of toolchains()) {
      for (const c of CASES.filter(x => !only || x.name.includes(only))) {
        if (c.goOnly && !tc.label.startsWith(c.goOnly)) continue
        const text = await capture(c, tc, proxy, servers)
        const file = `${c.name}.${tc.label}.txt`
        writeFileSync(path.join(OUT, file), text)
        const command = c.shell ?? `go ${(c.args ?? ['mod', 'download']).join(' ')}`
        manifest = manifest.filter(e => e.file !== file)
        manifest.push({
          file,
          scenario: c.scenario,
          go: tc.label,
          command,
          produced: 'captured',
          how: c.how,
          expect: typeof c.expect === 'function' ? c.expect(servers) : c.expect
        })
        process.stdout.write(`${file}: ${text.split('\n')[0]}\n`)
      }
    }
  } finally {
    await proxy.close()
    await servers.close()
  }
  manifest.sort((a, b) => a.scenario.localeCompare(b.scenario) || a.file.localeCompare(b.file))
  writeFileSync(manifestPath, JSON.stringify({ fixtures: manifest }, null, 2) + '\n')
}

await main()
