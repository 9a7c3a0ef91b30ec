import * as core from '@actions/core'
import { eventFacts } from '../util/event-payload.js'
import { parseInputs } from './parse-inputs.js'
import type { Inputs } from './types.js'

/** The action's inputs as the runner passed them, parsed and validated (throws InputError). */
export function readInputs(): Inputs {
  return parseInputs({
    read: name => core.getInput(name),
    mask: secret => core.setSecret(secret),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    serverHost: serverHost(process.env.GITHUB_SERVER_URL),
    privateRepository: eventFacts().privateRepository
  })
}

/** The host of the GitHub server the workflow runs on (GITHUB_SERVER_URL), github.com when unset or malformed. */
export function serverHost(serverUrl: string | undefined): string {
  try {
    return serverUrl ? new URL(serverUrl).host.toLowerCase() : 'github.com'
  } catch {
    return 'github.com'
  }
}
