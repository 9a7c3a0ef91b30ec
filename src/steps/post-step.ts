import * as core from '@actions/core'
import { saveModuleCache } from '../cache/save-cache.js'
import { removeCredentials } from '../credentials/remove-credentials.js'
import { downloadState } from '../download/download-state.js'
import { errorMessage } from '../util/errors.js'
import { plural } from '../util/format.js'

/**
 * The post step (post-if: always()): save the cache after a complete download, then remove credentials, in
 * every case. It never fails the job: each part's problems are warnings, and one part failing does not stop
 * the other.
 */
export async function runPost(): Promise<void> {
  const download = downloadState.load()
  core.info(
    download === undefined
      ? 'The main step recorded no download.'
      : download.ok
        ? `The main step downloaded ${plural(download.modules, 'module version')} into ${download.gomodcache}.`
        : 'The main step did not complete its download.'
  )
  for (const [name, part] of [
    ['Module cache', saveModuleCache],
    ['Credentials', removeCredentials]
  ] as const) {
    try {
      core.info(await part())
    } catch (e) {
      core.warning(`${name}: ${errorMessage(e)}`, { title: 'setup-gomod post step' })
    }
  }
}
