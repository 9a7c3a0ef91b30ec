import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../util/errors.js'
import { credentialState } from './credential-state.js'

/**
 * Post step: removes exactly what setupCredentials added, also after a failed or cancelled main step (the
 * state is saved before the first file is written). Everything lives in one directory under RUNNER_TEMP; the
 * user's ~/.gitconfig and ~/.netrc were never written. Never throws: problems are warnings.
 */
export async function removeCredentials(): Promise<string> {
  const state = credentialState.load()
  if (state === undefined) return 'Nothing to clean up: no credentials were configured.'
  return removeCredentialDir(state.dir)
}

export async function removeCredentialDir(dir: string): Promise<string> {
  // A state edited to point elsewhere must not make post delete an arbitrary directory.
  const temp = process.env.RUNNER_TEMP
  if (
    !temp ||
    path.dirname(path.resolve(dir)) !== path.resolve(temp) ||
    !path.basename(dir).startsWith(PREFIX)
  ) {
    core.warning(`Not removing ${dir}: it is not a setup-gomod credentials directory in RUNNER_TEMP.`)
    return 'Credentials: nothing removed.'
  }
  try {
    await rm(dir, { recursive: true, force: true })
  } catch (e) {
    core.warning(`Could not remove the credentials directory ${dir}: ${errorMessage(e)}`, {
      title: 'setup-gomod post step'
    })
    return 'Credentials: removal failed (see the warning).'
  }
  if (existsSync(dir)) {
    core.warning(`The credentials directory ${dir} still exists after removal.`, {
      title: 'setup-gomod post step'
    })
    return 'Credentials: removal failed (see the warning).'
  }
  return `Removed the credentials this action added (${dir}); ~/.gitconfig and ~/.netrc were not touched.`
}

export const PREFIX = 'setup-gomod-credentials-'
