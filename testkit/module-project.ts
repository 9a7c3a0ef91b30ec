/**
 * A Go project that requires a list of modules and imports each one's root package: what the benchmarks and the
 * many-module tests download, build and cache.
 */
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { isolatedGoEnv, makeTempDir, parseJsonStream, removeTempDir, runGo } from './go-env.js'
import type { FixtureModule } from './goproxy.js'

/** go.mod (`module <name>`, go 1.21, one require per module) and a main.go importing every module. */
export function writeRequiringProject(dir: string, name: string, mods: readonly FixtureModule[]): void {
  const requires = mods.map(m => `\t${m.path} ${m.version}\n`).join('')
  writeFileSync(path.join(dir, 'go.mod'), `module ${name}\n\ngo 1.21\n\nrequire (\n${requires})\n`)
  const imports = mods.map(m => `\t_ "${m.path}"\n`).join('')
  writeFileSync(path.join(dir, 'main.go'), `package main\n\nimport (\n${imports})\n\nfunc main() {}\n`)
}

/**
 * go.sum text for `mods` as the proxy serves them, plus the `/go.mod` lines of `goModOnly` (versions the
 * modules' own go.mod files require). Throws when go cannot fetch one.
 */
export async function goSumFor(
  proxyUrl: string,
  mods: readonly FixtureModule[],
  goModOnly: readonly FixtureModule[] = []
): Promise<string> {
  const scratch = makeTempDir('setup-gomod-sums-')
  try {
    const all = [...mods, ...goModOnly].map(m => `${m.path}@${m.version}`)
    const r = await runGo(['mod', 'download', '-json', ...all], {
      cwd: scratch,
      env: isolatedGoEnv(scratch, { GOPROXY: proxyUrl, GOSUMDB: 'off' }),
      timeoutMs: 600_000
    })
    if (r.code !== 0) throw new Error(`go mod download for go.sum failed:\n${r.stderr}`)
    const selected = new Set(mods.map(m => `${m.path}@${m.version}`))
    const sums = parseJsonStream<{ Path: string; Version: string; Sum: string; GoModSum: string }>(r.stdout)
    return sums
      .map(
        o =>
          (selected.has(`${o.Path}@${o.Version}`) ? `${o.Path} ${o.Version} ${o.Sum}\n` : '') +
          `${o.Path} ${o.Version}/go.mod ${o.GoModSum}\n`
      )
      .sort()
      .join('')
  } finally {
    removeTempDir(scratch)
  }
}
