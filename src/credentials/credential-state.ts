import { stateItem } from '../state/state.js'

/** What the main step added, for the post step to remove. Paths only: never a secret. */
export interface CredentialState {
  /** Directory under RUNNER_TEMP that holds every file this action wrote for credentials. */
  readonly dir: string
}

export const credentialState = stateItem<CredentialState>('credentials')
