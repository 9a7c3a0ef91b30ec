// Runs the action's bundle the way the GitHub Actions runner does (actions/runner: ActionRunner.cs,
// Handlers/NodeScriptActionHandler.cs, Handlers/Handler.cs, FileCommandManager.cs, ActionCommandManager.cs), so
// integration tests and the demo see what a workflow would: same env, same file commands, same masked log.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { constants } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from 'yaml'
import {
  LineSplitter,
  parseKeyValueFile,
  SecretMasker,
  StepLog,
  type Annotation
} from './workflow-commands.js'

export type { Annotation } from './workflow-commands.js'

export interface JobOptions {
  actionDir: string // where action.yml and dist/ are
  workspace: string // GITHUB_WORKSPACE, and cwd of steps
  runnerTemp: string // RUNNER_TEMP; per-step file-command files are created under it
  env: Record<string, string> // the job's base environment, built from scratch by the caller
  node?: string // node binary for the action (default $SETUP_GOMOD_NODE, else process.execPath)
  debug?: boolean // ACTIONS_STEP_DEBUG
  runnerOs?: string // runner.os as the runner sets RUNNER_OS (default Linux): a Windows-shaped environment
}
export interface StepResult {
  exitCode: number
  failed: boolean // exit code != 0, or a workflow/file command failed (the runner fails the step for both)
  stdout: string // raw, unmasked
  stderr: string
  log: string // rendered workflow commands, masked like the runner's step log
  annotations: Annotation[]
  outputs: Record<string, string> // from this step's GITHUB_OUTPUT
  summary: string // this step's GITHUB_STEP_SUMMARY, masked line by line as the runner uploads it
  durationMs: number
}
type Entry = 'main' | 'post'
type StepKind = Entry | 'run'

// Per-step files, named like the runner's (prefix + guid) in RUNNER_TEMP/_runner_file_commands.
const FILE_COMMANDS = {
  ENV: 'set_env_',
  OUTPUT: 'set_output_',
  STATE: 'save_state_',
  PATH: 'add_path_',
  STEP_SUMMARY: 'step_summary_'
} as const
type FileCommand = keyof typeof FILE_COMMANDS
const SUMMARY_LIMIT = 1024 * 1024
const ARCH: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' }

interface Manifest {
  inputs: Map<string, string> // declared name -> default ('' when none)
  main: string
  post?: string
}

function loadManifest(actionDir: string): Manifest {
  // failsafe schema: every scalar stays the string written in action.yml (`default: 1.10` is '1.10').
  const doc = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8'), { schema: 'failsafe' }) as {
    inputs?: Record<string, { default?: string } | string>
    runs?: { using?: string; main?: string; post?: string }
  }
  const runs = doc.runs ?? {}
  if (!runs.using?.startsWith('node') || !runs.main) throw new Error(`${actionDir}: not a node action`)
  const inputs = new Map<string, string>()
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    inputs.set(name, typeof spec === 'object' && spec ? (spec.default ?? '') : '')
  }
  return { inputs, main: runs.main, post: runs.post }
}

export class Job {
  private readonly opts: Required<JobOptions>
  private readonly manifest: Manifest
  private readonly masker = new SecretMasker()
  private readonly exported: Record<string, string> = {}
  private readonly prependPath: string[] = [] // oldest first, like the runner's Global.PrependPath
  private readonly created: string[] = []
  private mainInputs: Record<string, string> | undefined
  private state: Record<string, string> = {}

  constructor(opts: JobOptions) {
    // SETUP_GOMOD_NODE lets CI run every action step under the runner's Node 24 while jest itself runs on Node 20.
    this.opts = {
      node: process.env.SETUP_GOMOD_NODE || process.execPath,
      debug: false,
      runnerOs: 'Linux',
      ...opts
    }
    this.manifest = loadManifest(opts.actionDir)
  }

  get env(): Record<string, string> {
    return this.withPath({ ...this.opts.env, ...this.exported })
  }
  get secrets(): string[] {
    return this.masker.secrets
  }
  get files(): string[] {
    return [...this.created]
  }

  /** A `uses:` step. `env` is the step's own `env:` block. Throws on undeclared inputs. */
  async runAction(
    inputs: Record<string, string>,
    opts: { entry?: Entry; env?: Record<string, string> } = {}
  ): Promise<StepResult> {
    const entry = opts.entry ?? 'main'
    const resolved = this.resolveInputs(inputs)
    if (entry === 'main') [this.mainInputs, this.state] = [resolved, {}]
    return this.runNode(entry, resolved, opts.env ?? {})
  }

  /** The post step (post-if: always()): main's inputs and saved state, the job env as it is now. */
  async runPost(): Promise<StepResult> {
    return this.runNode('post', this.mainInputs ?? this.resolveInputs({}), {})
  }

  /** A later `run:` step: job env (exports, PATH additions) plus its own env, its own file-command files. */
  async runStep(
    cmd: string,
    args: readonly string[],
    opts: { cwd?: string; env?: Record<string, string> } = {}
  ): Promise<StepResult> {
    const env = { ...this.opts.env, ...this.exported, ...opts.env }
    return this.execute('run', cmd, args, env, opts.cwd ?? this.opts.workspace)
  }

  private resolveInputs(given: Record<string, string>): Record<string, string> {
    const declared = [...this.manifest.inputs.keys()]
    const known = new Set(declared.map(n => n.toLowerCase()))
    const unexpected = Object.keys(given).filter(n => !known.has(n.toLowerCase()))
    if (unexpected.length > 0) {
      // The runner only warns; the harness throws so that a typo in a test cannot pass silently.
      throw new Error(
        `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`
      )
    }
    const resolved = { ...given }
    const passed = new Set(Object.keys(given).map(n => n.toLowerCase()))
    for (const [name, value] of this.manifest.inputs) {
      if (passed.has(name.toLowerCase())) continue
      if (value.includes('${{'))
        throw new Error(`input '${name}': expression defaults are not emulated: ${value}`)
      resolved[name] = value
    }
    return resolved
  }

  private async runNode(entry: Entry, inputs: Record<string, string>, stepEnv: Record<string, string>) {
    const script = entry === 'main' ? this.manifest.main : this.manifest.post
    if (!script) throw new Error(`action.yml declares no runs.${entry}`)
    const env: Record<string, string> = { ...this.opts.env, ...this.exported, ...stepEnv }
    if (entry === 'post') for (const [k, v] of Object.entries(this.state)) env[`STATE_${k}`] = v
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replaceAll(' ', '_').toUpperCase()}`] = v
    delete env.NODE_ICU_DATA // removed by NodeScriptActionHandler
    const target = path.join(this.opts.actionDir, script)
    return this.execute(entry, this.opts.node, [target], env, this.opts.workspace)
  }

  private withPath(env: Record<string, string>): Record<string, string> {
    if (this.prependPath.length === 0) return env
    const prepend = [...this.prependPath].reverse().join(path.delimiter) // most recent first
    return { ...env, PATH: env.PATH ? `${prepend}${path.delimiter}${env.PATH}` : prepend }
  }

  private async execute(
    kind: StepKind,
    cmd: string,
    args: readonly string[],
    stepEnv: Record<string, string>,
    cwd: string
  ) {
    const { workspace, runnerTemp, debug } = this.opts
    const dir = path.join(runnerTemp, '_runner_file_commands')
    await mkdir(dir, { recursive: true })
    const suffix = randomUUID()
    const files = {} as Record<FileCommand, string>
    for (const [name, prefix] of Object.entries(FILE_COMMANDS) as Array<[FileCommand, string]>) {
      files[name] = path.join(dir, prefix + suffix)
      await writeFile(files[name], '')
      this.created.push(files[name])
    }
    // Contexts (github.*, runner.*) are applied after the env, so they win; then ProcessInvoker's two.
    const env: Record<string, string> = { ...this.withPath(stepEnv), GITHUB_WORKSPACE: workspace }
    for (const name of Object.keys(files) as FileCommand[]) env[`GITHUB_${name}`] = files[name]
    Object.assign(env, {
      RUNNER_OS: this.opts.runnerOs,
      RUNNER_ARCH: ARCH[process.arch] ?? process.arch,
      RUNNER_TEMP: runnerTemp
    })
    if (debug) env.RUNNER_DEBUG = '1'
    env.GITHUB_ACTIONS = 'true'
    env.CI ??= 'true'

    const log = new StepLog(this.masker, debug, workspace)
    const started = performance.now()
    const out = { stdout: '', stderr: '' }
    const exitCode = await new Promise<number>(resolve => {
      const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      const splitters = {
        stdout: new LineSplitter(l => log.line(l)),
        stderr: new LineSplitter(l => log.line(l))
      }
      for (const stream of ['stdout', 'stderr'] as const) {
        child[stream].setEncoding('utf8')
        child[stream].on('data', (chunk: string) => {
          out[stream] += chunk
          splitters[stream].push(chunk)
        })
      }
      let settled = false
      const finish = (code: number) => {
        if (settled) return
        settled = true
        splitters.stdout.end()
        splitters.stderr.end()
        resolve(code)
      }
      child.on('error', err => {
        log.error(`${cmd}: ${err.message}`)
        finish(127)
      })
      child.on('close', (code, signal) => finish(code ?? 128 + (signal ? constants.signals[signal] : 0)))
    })
    if (kind === 'run' && exitCode !== 0) log.error(`Process completed with exit code ${exitCode}.`)
    if (kind !== 'run') log.debug(`Node Action run completed with exit code ${exitCode}`)

    const { outputs, summary } = await this.processFiles(kind, files, log)
    return {
      exitCode,
      failed: exitCode !== 0 || log.failed,
      stdout: out.stdout,
      stderr: out.stderr,
      log: log.lines.join('\n'),
      annotations: log.annotations,
      outputs,
      summary,
      durationMs: Math.round(performance.now() - started)
    } satisfies StepResult
  }

  /** After the process ends (even on failure), like FileCommandManager.ProcessFiles in a finally block. */
  private async processFiles(kind: StepKind, files: Record<FileCommand, string>, log: StepLog) {
    const outputs: Record<string, string> = {}
    let summary = ''
    const handlers: Record<FileCommand, (text: string) => void> = {
      PATH: text => {
        for (const line of text.split(/\r\n|\n|\r/).filter(Boolean)) {
          const i = this.prependPath.indexOf(line)
          if (i >= 0) this.prependPath.splice(i, 1)
          this.prependPath.push(line)
        }
      },
      ENV: text => {
        for (const [k, v] of parseKeyValueFile(text)) {
          if (k.toUpperCase() === 'NODE_OPTIONS') {
            log.error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.")
            continue
          }
          this.exported[k] = v
          log.debug(`${k}='${v}'`)
        }
      },
      STEP_SUMMARY: text => {
        const size = Buffer.byteLength(text)
        if (size > SUMMARY_LIMIT) {
          return log.error(
            `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, ` +
              `got ${Math.floor(size / 1024)}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`
          )
        }
        const lines = text.split(/\r\n|\n|\r/)
        if (lines.at(-1) === '') lines.pop()
        summary = lines.map(l => `${this.masker.mask(l)}\n`).join('')
      },
      STATE: text => {
        for (const [k, v] of parseKeyValueFile(text)) {
          if (kind === 'main') this.state[k] = v
          log.debug(`Save intra-action state ${k} = ${v}`)
        }
      },
      OUTPUT: text => {
        for (const [k, v] of parseKeyValueFile(text)) {
          outputs[k] = v
          log.debug(`Set output ${k} = ${v}`)
        }
      }
    }
    for (const name of Object.keys(handlers) as FileCommand[]) {
      try {
        if ((await stat(files[name])).size === 0) continue
        handlers[name](await readFile(files[name], 'utf8'))
      } catch (e) {
        log.error(`Unable to process file command '${name.toLowerCase()}' successfully.`)
        log.error((e as Error).message)
        log.failed = true
      }
    }
    return { outputs, summary }
  }
}

/** A step as a user reads it in the Actions UI: status header, log, then outputs and the job summary part. */
export function renderStep(result: StepResult, title: string, secrets: string[] = []): string {
  const masker = new SecretMasker()
  for (const s of secrets) masker.add(s)
  const seconds = (result.durationMs / 1000).toFixed(1)
  const status = result.failed
    ? `✗ ${title} (${seconds}s, exit code ${result.exitCode})`
    : `✓ ${title} (${seconds}s)`
  const indent = (text: string, pad: string) => text.split('\n').map(l => (l ? pad + l : l))
  const out = [status, ...(result.log ? indent(result.log, '  ') : [])]
  const outputs = Object.entries(result.outputs)
  if (outputs.length > 0) {
    out.push('  Outputs:')
    for (const [k, v] of outputs)
      out.push(`    ${k}: ${masker.mask(v.includes('\n') ? JSON.stringify(v) : v)}`)
  }
  if (result.summary) out.push('  Summary:', ...indent(result.summary.trimEnd(), '    '))
  return out.join('\n')
}
