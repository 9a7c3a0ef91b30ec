/**
 * One repository rule (issue 12): the credentials preflight and the diagnosis's `git ls-remote` probe ask
 * go/repository.ts for a module's repository, so the probe tests the URL the preflight did.
 */
import { repositoryRoot, repositoryUrl } from '../src/go/repository.js'

test.each([
  ['github.com/o/r', undefined, 'github.com/o/r'],
  ['github.com/o/r/v2', undefined, 'github.com/o/r'],
  ['github.com/o/r/sub/pkg', undefined, 'github.com/o/r'],
  ['bitbucket.org/o/r/v3', undefined, 'bitbucket.org/o/r'],
  // The workflow's GHES server is a forge like github.com; without it, the path is kept.
  ['ghe.corp.test/o/r/sub', 'ghe.corp.test', 'ghe.corp.test/o/r'],
  ['ghe.corp.test/o/r/sub', undefined, 'ghe.corp.test/o/r/sub'],
  // GitLab subgroups: the whole path, without a major-version suffix.
  ['gitlab.com/group/subgroup/project', undefined, 'gitlab.com/group/subgroup/project'],
  ['gitlab.com/group/subgroup/project/v2', undefined, 'gitlab.com/group/subgroup/project'],
  ['git.corp.test/team/lib/v10', 'github.com', 'git.corp.test/team/lib'],
  // A `.git` element ends the repository, wherever it is.
  ['git.corp.test/team/lib.git/v2', undefined, 'git.corp.test/team/lib.git'],
  ['github.com/o/r.git/sub', undefined, 'github.com/o/r.git']
])('%s (server %s) is in %s', (module, server, root) => {
  expect(repositoryRoot(module, server)).toBe(root)
  expect(repositoryUrl(module, server)).toBe(`https://${root}`)
})
