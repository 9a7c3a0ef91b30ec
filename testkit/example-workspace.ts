/**
 * One integration test's world: a temp dir whose workspace holds a copy of examples/, and jobs that run the
 * action bundle like the GitHub runner in an isolated HOME, GOMODCACHE and RUNNER_TEMP. Shared by the
 * integration tests, the demo and the benchmarks so that they all start from the same runner.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyExamples, isolatedGoEnv, makeTempDir, removeTempDir } from './go-env.js'
import { Job, type JobOptions, type StepResult } from './runner.js'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The Go variables a hosted runner leaves unset: unset in every job, so the inputs are their only source. */
const NO_GO_VARIABLES = {
  GOPROXY: undefined,
  GOSUMDB: undefined,
  GONOSUMDB: undefined,
  GOPRIVATE: undefined,
  GONOPROXY: undefined,
  GOINSECURE: undefined,
  GOFLAGS: undefined
}

export class ExampleWorkspace {
  readonly workspace: string
  readonly examples: string

  private constructor(readonly tmp: string) {
    this.workspace = path.join(tmp, 'workspace')
    this.examples = copyExamples(path.join(this.workspace, 'examples'))
  }

  static create(prefix = 'setup-gomod-'): ExampleWorkspace {
    return new ExampleWorkspace(makeTempDir(prefix))
  }

  /** A job on a runner whose environment has no Go variables, plus `env` (undefined removes a variable). */
  newJob(env: Record<string, string | undefined> = {}, options: Partial<JobOptions> = {}): Job {
    const runnerTemp = options.runnerTemp ?? path.join(this.tmp, 'runner-temp')
    mkdirSync(runnerTemp, { recursive: true })
    return new Job({
      actionDir: REPO_ROOT,
      workspace: this.workspace,
      ...options,
      runnerTemp,
      env: isolatedGoEnv(this.tmp, { ...NO_GO_VARIABLES, ...env }) as Record<string, string>
    })
  }

  /** 1-based line of the `require` of `module` in an example go.mod, for annotation assertions. */
  requireLine(module: string, goMod = 'go.mod'): number {
    const lines = readFileSync(path.join(this.examples, goMod), 'utf8').split('\n')
    return lines.findIndex(l => l.includes(module) && !l.startsWith('module')) + 1
  }

  /** A later step that builds the example with no network: it passes only when the module cache is complete. */
  offlineBuild(job: Job, dir = this.examples): Promise<StepResult> {
    return job.runStep('go', ['build', '-o', path.join(this.tmp, 'bin'), '.'], {
      cwd: dir,
      env: { GOFLAGS: '-mod=mod -modcacherw', GOPROXY: 'off' }
    })
  }

  remove(): void {
    removeTempDir(this.tmp)
  }
}

/** The inputs every run on examples/ needs: the local proxy, and no public checksum database for fixtures. */
export function exampleInputs(proxyUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'working-directory': 'examples',
    goproxy: proxyUrl,
    gonosumdb: 'fixture.test',
    goflags: '-modcacherw',
    ...extra
  }
}
