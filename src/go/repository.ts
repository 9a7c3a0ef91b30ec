/** The repository of a module path: owner/repo on the well-known forges, up to `.git`, else the whole path. */
export function repoRoot(module: string): string {
  const git = /^(.*?\.git)(\/|$)/.exec(module)
  if (git) return git[1]
  const parts = module.split('/')
  return /^(github\.com|gitlab\.com|bitbucket\.org)$/.test(parts[0]) ? parts.slice(0, 3).join('/') : module
}
