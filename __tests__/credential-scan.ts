/**
 * The secret scans of the credential integration tests: every artifact a user or a later step could see, and
 * every process's argv while the action runs. Shared by credentials.integration.test.ts and
 * credentials-goproxy.integration.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { expect } from '@jest/globals'
import type { Job, StepResult } from '../testkit/runner.js'

export interface ScanScope {
  /** The test's temp dir: `home/`, `runner-temp/` and `gomodcache/` of the isolated job are inside. */
  tmp: string
  /** Every form of every secret (see secretForms in src/credentials/masking.ts). */
  secrets: string[]
  /** What the user's own ~/.gitconfig and ~/.netrc held before the job: they must still hold exactly that. */
  userGitconfig: string
  userNetrc: string
  /** More text files to scan (e.g. a server's cache or log written to disk). */
  extraFiles?: string[]
  /** More texts to scan (e.g. a server's log). */
  extraTexts?: string[]
}

/** The text-sized files under `dir`, recursively. */
export function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(f => path.join(dir, f))
    .filter(f => statSync(f).isFile() && statSync(f).size < 1_000_000)
}

/** Every artifact a user or a later step could see, after post. */
export function expectNoSecretAnywhere(scope: ScanScope, job: Job, steps: StepResult[]): void {
  const { tmp } = scope
  const texts = steps.flatMap(s => [
    s.stdout.replace(/^::add-mask::.*$/gm, ''),
    s.stderr,
    s.log,
    s.summary,
    JSON.stringify(s.annotations),
    JSON.stringify(s.outputs)
  ])
  texts.push(...(scope.extraTexts ?? []))
  const files = [
    ...job.files,
    ...textFiles(path.join(tmp, 'runner-temp')),
    ...textFiles(path.join(tmp, 'home')),
    ...(scope.extraFiles ?? [])
  ]
  files.push(
    ...textFiles(path.join(tmp, 'gomodcache', 'cache', 'vcs')).filter(f => !/objects|\.pack$|\.idx$/.test(f))
  )
  for (const [i, text] of [...texts, ...files.map(f => readFileSync(f, 'utf8'))].entries()) {
    for (const secret of scope.secrets) {
      if (text.includes(secret))
        throw new Error(`secret found in ${i < texts.length ? `step text ${i}` : files[i - texts.length]}`)
    }
  }
  expect(readFileSync(path.join(tmp, 'home', '.gitconfig'), 'utf8')).toBe(scope.userGitconfig)
  expect(readFileSync(path.join(tmp, 'home', '.netrc'), 'utf8')).toBe(scope.userNetrc)
  expect(
    readdirSync(path.join(tmp, 'runner-temp')).filter(f => f.startsWith('setup-gomod-credentials'))
  ).toEqual([])
}

/** Samples every process's argv while `work` runs; returns the command lines that held a secret. */
export async function watchArgv<T>(
  secrets: string[],
  work: Promise<T>
): Promise<{ result: T; leaks: string[] }> {
  const leaks: string[] = []
  let done = false
  const sample = () => {
    for (const pid of readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
        if (secrets.some(s => argv.includes(s))) leaks.push(argv)
      } catch {
        // The process ended between listing and reading.
      }
    }
    if (!done) setTimeout(sample, 5)
  }
  sample()
  const result = await work
  done = true
  return { result, leaks }
}
