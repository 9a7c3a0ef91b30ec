import * as core from '@actions/core'
import { loadState } from '../state/state.js'
import { errorMessage } from '../util/errors.js'

/**
 * The post step (post-if: always()). It must never fail the job: every problem here is a warning.
 */
export async function runPost(): Promise<void> {
  try {
    const state = loadState()
    if (state.downloadSucceeded === undefined) {
      core.info('The main step recorded no download; nothing to do.')
      return
    }
    core.info(
      state.downloadSucceeded
        ? `The main step downloaded ${state.moduleCount ?? 0} module versions into ${state.gomodcache}.`
        : 'The main step did not complete its download.'
    )
    core.info('Nothing to clean up: this build adds no credentials or files.')
  } catch (e) {
    core.warning(`Post step: ${errorMessage(e)}`)
  }
}
