/** Hosts where a repository is always the first three path elements: `host/owner/repo`. */
const OWNER_REPO_HOSTS = ['github.com', 'bitbucket.org']

/**
 * The repository of a module path, as `host/path`: up to an element ending in `.git`; `host/owner/repo` on
 * github.com, bitbucket.org and the workflow's own GitHub server (GHES, `serverHost`); elsewhere (GitLab with its
 * subgroups, a company host) the whole path without a major-version suffix `/vN`. The credentials preflight and
 * the diagnosis's `git ls-remote` probe both use it, so they test the same URL.
 */
export function repositoryRoot(modulePath: string, serverHost?: string): string {
  const parts = modulePath.split('/')
  const gitSuffix = parts.findIndex(p => p.endsWith('.git'))
  if (gitSuffix >= 0) return parts.slice(0, gitSuffix + 1).join('/')
  if ([...OWNER_REPO_HOSTS, serverHost].includes(parts[0])) return parts.slice(0, 3).join('/')
  return modulePath.replace(/\/v\d+$/, '')
}

/** The https URL of a module's repository (repositoryRoot). */
export function repositoryUrl(modulePath: string, serverHost?: string): string {
  return `https://${repositoryRoot(modulePath, serverHost)}`
}
