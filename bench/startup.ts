/**
 * Start-up cost of the bundle: the time from process start to the action's first go call, as the action
 * itself reports it (`start-up: N ms` at debug level), over repeated runs of dist/main.js under the runner
 * harness. `tsx bench/startup.ts [runs] [dist-dir]`.
 */
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ExampleWorkspace } from '../testkit/example-workspace.js'

export async function measureStartup(
  runs: number,
  actionDir: string
): Promise<{ median: number; p90: number }> {
  const world = ExampleWorkspace.create('setup-gomod-startup-')
  try {
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const step = await world
        .newJob({}, { actionDir })
        .runAction({ 'working-directory': 'examples', download: 'false' })
      const m = /::debug::start-up: (\d+) ms/.exec(step.stdout)
      if (step.exitCode !== 0 || !m) throw new Error(`run ${i} failed:\n${step.log}`)
      samples.push(Number(m[1]))
    }
    samples.sort((a, b) => a - b)
    return { median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)] }
  } finally {
    world.remove()
  }
}

/** Section of bench/RESULTS.md. */
export async function run(): Promise<string> {
  const runs = 20
  const r = await measureStartup(runs, fileURLToPath(new URL('..', import.meta.url)))
  return [
    '## Start-up of dist/main.js',
    '',
    `Process start to the first go call (the action's own cost), ${runs} runs: median **${r.median} ms**, p90 ${r.p90} ms.`
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 20)
  const actionDir = path.resolve(process.argv[3] ?? fileURLToPath(new URL('..', import.meta.url)))
  const r = await measureStartup(runs, actionDir)
  console.log(`start-up to first go call over ${runs} runs: median ${r.median} ms, p90 ${r.p90} ms`)
}
