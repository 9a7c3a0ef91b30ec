import * as os from 'node:os'
import { runTool, type ToolResult } from './run-tool.js'

/**
 * The one `git ls-remote` of the action: can the credentials configured in `env` read the repository at `url`?
 * Never interactive (no terminal prompt, no askpass helper), run outside any repository so that only `env`'s
 * configuration applies, and stopped after `timeoutMs`. The credentials preflight and the diagnosis's probe
 * both call it; each reads the result in its own terms.
 */
export function lsRemote(url: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ToolResult> {
  return runTool('git', ['ls-remote', url, 'HEAD'], {
    cwd: os.tmpdir(),
    env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '' },
    timeoutMs
  })
}
