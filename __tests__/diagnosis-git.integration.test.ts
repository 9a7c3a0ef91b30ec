/**
 * The diagnosis of direct git fetches end to end: the bundle run like the GitHub runner on a copy of examples/
 * that also requires a private module from real `git http-backend` behind basic auth (testkit/git-server.ts,
 * reached through its CONNECT proxy with a throwaway CA). Checks the `git ls-remote` probe in the job summary
 * and the verdict it sharpens: git says "could not read Username" both without a credential and with a
 * refused one, and only the probe can tell which.
 */
import { appendFileSync } from 'node:fs'
import * as path from 'node:path'
import { ExampleWorkspace, exampleInputs } from '../testkit/example-workspace.js'
import { startGitServer, type GitServer } from '../testkit/git-server.js'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { goModule, privateGitEnv } from '../testkit/private-git.js'

const HOST = 'git.internal.test'
const MODULE = `${HOST}/team/lib`
const TOKEN = 'ghs_righttoken0123456789abcdef'
const WRONG = 'ghs_wrongtoken0123456789abcdef'

let proxy: GoProxy
let server: GitServer
let gitDir: string
let world: ExampleWorkspace

beforeAll(async () => {
  gitDir = makeTempDir('setup-gomod-diag-git-server-')
  proxy = await startGoProxy()
  server = await startGitServer({
    dir: gitDir,
    hosts: [HOST],
    access: [{ scope: HOST, username: 'x-access-token', token: TOKEN }]
  })
  await server.addRepo(HOST, 'team/lib', goModule(MODULE))
}, 60_000)
afterAll(async () => {
  await Promise.all([server?.close(), proxy?.close()])
  removeTempDir(gitDir)
})
beforeEach(() => {
  world = ExampleWorkspace.create('setup-gomod-diag-git-')
  appendFileSync(path.join(world.examples, 'go.mod'), `\nrequire ${MODULE} v1.0.0\n`)
  server.requests.length = 0
})
afterEach(() => world.remove())

/** A job whose workflow runs on the git server's host (so `token` is for it), with the examples' inputs. */
const run = (extra: Record<string, string>) =>
  world
    .newJob({ ...privateGitEnv(server), GITHUB_SERVER_URL: `https://${HOST}` })
    .runAction(exampleInputs(proxy.url, { gosumdb: 'off', retries: '0', ...extra }))

/** The row of the summary's probe table for the module's repository. */
const probeRow = (summary: string) =>
  summary.split('<tr>').find(r => r.startsWith(`<td>git ls-remote</td><td><code>https://${MODULE}</code>`)) ??
  ''

test('a wrong token: the probe shows the refused credential, and the verdict is git-auth-rejected on the require line', async () => {
  const main = await run({ token: WRONG })
  expect(main.exitCode).toBe(1)
  expect(main.outputs.diagnosis).toBe('git-auth-rejected')
  expect(main.outputs['diagnosis-retryable']).toBe('false')
  // The probe and go both sent the configured header, and the server refused it.
  expect(
    server.requests.filter(r => r.status === 401 && r.username === 'x-access-token').length
  ).toBeGreaterThan(1)
  expect(probeRow(main.summary)).toContain(
    '❌ the Authorization header configured for this URL (http.extraheader) was refused: fatal: could not read Username'
  )
  expect(main.summary).toContain(`Probe "git ls-remote" of https://${MODULE} sent the configured credential`)
  expect(main.summary).toContain('<code>git-auth-rejected</code>')
  const error = main.annotations.find(a => a.title === `Cannot download ${MODULE}@v1.0.0`)
  expect(error).toMatchObject({ level: 'error', file: 'examples/go.mod', line: world.requireLine(MODULE) })
  expect(error?.message).toMatch(/^Git credentials rejected \(git-auth-rejected\)\./)
  expect(error?.message).toContain('could not read Username')
  for (const text of [main.summary, main.log, JSON.stringify(main.annotations)])
    expect(text).not.toContain(WRONG)
})

test('a wrong token kept to this step (export-credentials: false): the probe still gets it', async () => {
  // The credential lives only in the action's own process environment; the probe must be given it too.
  const main = await run({ token: WRONG, 'export-credentials': 'false' })
  expect(main.exitCode).toBe(1)
  expect(main.outputs.diagnosis).toBe('git-auth-rejected')
  expect(probeRow(main.summary)).toContain('http.extraheader) was refused')
  for (const text of [main.summary, main.log, JSON.stringify(main.annotations)])
    expect(text).not.toContain(WRONG)
})

test('no token: the probe fails the same way without a credential, and the verdict stays git-auth-missing', async () => {
  const main = await run({ token: '', goprivate: HOST })
  expect(main.exitCode).toBe(1)
  expect(main.outputs.diagnosis).toBe('git-auth-missing')
  expect(probeRow(main.summary)).toMatch(
    /❌ fatal: could not read Username for 'https:\/\/git\.internal\.test'/
  )
  expect(main.summary).not.toContain('sent the configured credential')
  expect(server.requests.every(r => r.username === undefined)).toBe(true)
})

test('the right token: the download succeeds and nothing is probed', async () => {
  const main = await run({ token: TOKEN })
  expect(main.exitCode).toBe(0)
  expect(main.outputs.diagnosis ?? '').toBe('')
  expect(main.summary).not.toContain('git ls-remote')
})
