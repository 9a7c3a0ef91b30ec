import type { ExampleWorkspace } from '../testkit/example-workspace.js'
import { exampleInputs } from '../testkit/example-workspace.js'
import type { Job } from '../testkit/runner.js'

/** Tiny delays for the download tests: the policy is the same at any scale, and the files must stay fast. */
export function fastInputs(proxyUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return exampleInputs(proxyUrl, {
    'retry-delay': '10ms',
    'retry-max-delay': '40ms',
    'stall-timeout': '1s',
    cache: 'false',
    diagnose: 'false',
    ...extra
  })
}

/** The module cache is complete: a build in a later step needs no network. */
export async function expectOfflineBuild(
  world: ExampleWorkspace,
  job: Job,
  dir = world.examples
): Promise<void> {
  const build = await world.offlineBuild(job, dir)
  expect(build.stderr).toBe('')
  expect(build.exitCode).toBe(0)
}
