/**
 * The small shared piece of private-git setups (testkit/git-server.ts): a tagged Go module repository, and the
 * environment that makes go, git and the action reach the server's host names through its CONNECT proxy and
 * trust its throwaway CA.
 */
import type { GitServer } from './git-server.js'

/** The files of a minimal Go module at `modulePath`, plus `extra`. */
export function goModule(modulePath: string, extra: Record<string, string> = {}): Record<string, string> {
  const name = modulePath.split('/').at(-1)!.replace(/\W/g, '')
  return {
    'go.mod': `module ${modulePath}\n\ngo 1.21\n`,
    [`${name}.go`]: `package ${name}\n\nconst Name = "${name}"\n`,
    ...extra
  }
}

/** HTTPS through the server's proxy (loopback stays direct), with its CA trusted by go (and Node) and git. */
export function privateGitEnv(server: GitServer): Record<string, string> {
  return {
    HTTPS_PROXY: server.proxyUrl,
    NO_PROXY: '127.0.0.1,localhost',
    SSL_CERT_FILE: server.caFile,
    GIT_SSL_CAINFO: server.caFile
  }
}
