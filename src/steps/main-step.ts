import * as core from '@actions/core'
import { buildCacheSkippedEarly } from '../cache/build-cache.js'
import { serviceConfigured } from '../cache/service.js'
import { prewarmWorkers, releaseIdleWorkers } from '../cache/worker-process.js'
import { readInputs } from '../inputs/read-inputs.js'
import { errorMessage } from '../util/errors.js'
import type { StepResults } from './main-phases.js'
import { stepOutputs, writeOutputs } from './outputs.js'

/** The main step: one phase after another, each in its own log group. Every failure ends as one setFailed. */
export async function runMain(): Promise<void> {
  try {
    await main()
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}

async function main(): Promise<void> {
  // Parsing comes first and changes nothing: a bad input fails the step before any export or file write.
  const inputs = readInputs()
  // The restore workers start loading before the phases' code does, and load while the step runs go env and
  // hashes go.sum (worker-process.ts); starting one changes nothing.
  if (inputs.cache && serviceConfigured())
    prewarmWorkers(inputs.cacheBuild && !(await buildCacheSkippedEarly()) ? 2 : 1)
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const results: StepResults = {}
  try {
    const { runPhases } = await import('./main-phases.js')
    await runPhases(inputs, workspace, results)
  } finally {
    releaseIdleWorkers()
    // Also after a failure: the outputs of the phases that finished.
    writeOutputs(stepOutputs(results))
  }
}
