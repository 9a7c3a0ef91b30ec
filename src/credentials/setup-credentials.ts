import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import type { Inputs } from '../inputs/types.js'

/** What configuring credentials produced for the rest of the main step. */
export interface CredentialSetup {
  /** Extra environment for this action's own go and git processes (e.g. GIT_CONFIG_* entries, NETRC). */
  readonly processEnv: Readonly<Record<string, string>>
}

/**
 * PLACEHOLDER until the private-modules issue: inputs are validated and masked by parseInputs, but nothing is
 * configured yet, and the user is told so rather than left guessing.
 */
export async function setupCredentials(inputs: Inputs, _env: Environment): Promise<CredentialSetup> {
  if (inputs.gitCredentials.length || inputs.proxyCredentials.length) {
    core.warning(
      'Inputs token, git-credentials and proxy-credentials are validated and masked, but this build does not ' +
        'configure credentials yet: private modules need your own git or netrc setup for now.',
      { title: 'Credentials not applied' }
    )
  } else {
    core.info('No credentials given.')
  }
  return { processEnv: {} }
}
