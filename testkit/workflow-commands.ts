// What the GitHub Actions runner does with a step's output lines and file commands, reimplemented for the test
// harness (testkit/runner.ts). Behaviour follows actions/runner: src/Runner.Common/ActionCommand.cs (parsing,
// unescaping), src/Runner.Worker/ActionCommandManager.cs (command handling), src/Sdk/DTLogging/Logging/
// SecretMasker.cs + ValueEncoders.cs (masking), src/Runner.Worker/FileCommandManager.cs (env-file format).
import { Buffer } from 'node:buffer'
import path from 'node:path'

export type Level = 'error' | 'warning' | 'notice'
export interface Annotation {
  level: Level
  message: string
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
}
export interface ParsedCommand {
  command: string // lower-cased: the runner matches command names case-insensitively
  properties: Record<string, string> // keys lower-cased: the runner's property dictionary ignores case
  data: string
}

/** Commands the runner registers (ActionCommandManager extensions plus stop-commands). */
export const REGISTERED_COMMANDS: readonly string[] = (
  'stop-commands set-env set-output save-state add-mask add-path add-matcher remove-matcher ' +
  'debug warning error notice group endgroup echo'
).split(' ')
// Extensions with OmitEcho = true: never echoed as raw lines, even with `::echo::on`.
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice'])

type Mapping = Array<[string, string]>
// Unescaping, in the runner's order (insertion order of these keys); '%25' comes last.
const DATA_ESCAPES: Mapping = Object.entries({ '%0D': '\r', '%0A': '\n', '%25': '%' })
const PROPERTY_ESCAPES: Mapping = Object.entries({
  '%0D': '\r',
  '%0A': '\n',
  '%3A': ':',
  '%2C': ',',
  '%25': '%'
})
const LEGACY_ESCAPES: Mapping = Object.entries({
  '%3B': ';',
  '%0D': '\r',
  '%0A': '\n',
  '%5D': ']',
  '%25': '%'
})
// Sequential replacement in the runner's order ('%25' last), quirks included.
const unescape = (s: string, map: Mapping): string =>
  map.reduce((acc, [from, to]) => acc.split(from).join(to), s)

function properties(text: string, separator: string, map: Mapping): Record<string, string> {
  const props: Record<string, string> = {}
  for (const entry of text.split(separator).filter(Boolean)) {
    const eq = entry.indexOf('=')
    const [key, value] = eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)]
    if (key && value) props[key.toLowerCase()] = unescape(value, map) // "k=" or "=v" are dropped, like the runner
  }
  return props
}

/** `::name k=v,k=v::data` anywhere after leading whitespace, else the legacy `##[name k=v;k=v]data` form. */
export function parseCommand(line: string, registered: ReadonlySet<string>): ParsedCommand | undefined {
  const msg = line.trimStart()
  const end = msg.startsWith('::') ? msg.indexOf('::', 2) : -1
  if (end >= 0) {
    const info = msg.slice(2, end)
    const space = info.indexOf(' ')
    const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
    if (name && registered.has(name)) {
      const props = space > 0 ? properties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {}
      return { command: name, properties: props, data: unescape(msg.slice(end + 2), DATA_ESCAPES) }
    }
  }
  const start = line.indexOf('##[')
  const rb = start < 0 ? -1 : line.indexOf(']', start)
  if (rb < 0) return undefined
  const info = line.slice(start + 3, rb)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!name || !registered.has(name)) return undefined
  const props = space > 0 ? properties(info.slice(space + 1), ';', LEGACY_ESCAPES) : {}
  return { command: name, properties: props, data: unescape(line.slice(rb + 1), LEGACY_ESCAPES) }
}

const base64 = (bytes: Buffer): string => bytes.toString('base64')
const shifted = (v: string, n: number): string => {
  const bytes = Buffer.from(v, 'utf8')
  return base64(bytes.length > n ? bytes.subarray(n) : bytes)
}
const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
// The runner's value encoders (HostContext.cs), minus the two PowerShell-specific ones.
const ENCODERS: Array<(v: string) => string> = [
  v => shifted(v, 0),
  v => shifted(v, 1),
  v => shifted(v, 2),
  v => v.replaceAll('"', '\\"'),
  v => v.replaceAll("'", "''"),
  v => JSON.stringify(v).slice(1, -1),
  v => encodeURIComponent(v).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  v => v.replace(/[&<>"']/g, c => XML[c] ?? c),
  v => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : '')
]

/** Job-wide secret masker: every occurrence (overlapping and adjacent ones merged) becomes `***`. */
export class SecretMasker {
  private readonly originals = new Set<string>()
  private readonly values = new Set<string>()

  get secrets(): string[] {
    return [...this.originals]
  }

  add(value: string): void {
    if (!value || this.originals.has(value)) return
    this.originals.add(value)
    this.values.add(value)
    for (const encode of ENCODERS) {
      const encoded = encode(value)
      if (encoded) this.values.add(encoded)
    }
  }

  mask(input: string): string {
    const ranges: Array<[number, number]> = []
    for (const value of this.values) {
      for (let i = input.indexOf(value); i >= 0; i = input.indexOf(value, i + 1))
        ranges.push([i, i + value.length])
    }
    if (ranges.length === 0) return input
    ranges.sort((a, b) => a[0] - b[0])
    let out = ''
    let pos = 0
    let current = ranges[0]!
    for (const range of [...ranges.slice(1), undefined]) {
      if (range && range[0] <= current[1]) {
        current = [current[0], Math.max(current[1], range[1])]
        continue
      }
      out += `${input.slice(pos, current[0])}***`
      pos = current[1]
      if (range) current = range
    }
    return out + input.slice(pos)
  }
}

/** GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE format: `name=value` lines and `name<<DELIM` heredocs (LF lines). */
export function parseKeyValueFile(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  let index = 0
  const readLine = (): { line: string; newline: boolean } | undefined => {
    if (index >= text.length) return undefined
    const lf = text.indexOf('\n', index)
    const line = text.slice(index, lf < 0 ? text.length : lf)
    index = lf < 0 ? text.length : lf + 1
    return { line, newline: lf >= 0 }
  }
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next
    if (!line) continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)])
    } else if (heredoc >= 0) {
      const [key, delimiter] = [line.slice(0, heredoc), line.slice(heredoc + 2)]
      if (!key || !delimiter) {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`)
      }
      const start = index
      let end = index
      for (let value = readLine(); value?.line !== delimiter; value = readLine()) {
        if (!value) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`)
        if (!value.newline) throw new Error('Invalid value. EOF marker missing new line.')
        end = index - 1
      }
      pairs.push([key, text.slice(start, end)])
    } else {
      throw new Error(`Invalid format '${line}'`)
    }
  }
  return pairs
}

/** Splits a stream into lines like .NET StreamReader.ReadLine (\n, \r\n or a lone \r). */
export class LineSplitter {
  private buffer = ''
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: string): void {
    this.buffer += chunk
    const re = /\r\n|\n|\r/g
    let start = 0
    for (let m = re.exec(this.buffer); m; m = re.exec(this.buffer)) {
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break // may be the first half of \r\n
      this.emit(this.buffer.slice(start, m.index))
      start = m.index + m[0].length
    }
    this.buffer = this.buffer.slice(start)
  }
  end(): void {
    if (this.buffer) this.emit(this.buffer.replace(/\r$/, ''))
    this.buffer = ''
  }
}

const DEPRECATED = (cmd: string): string =>
  `The \`${cmd}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. ` +
  'For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/'
const DISABLED = (cmd: string): string =>
  `The \`${cmd}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command ` +
  'execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more information ' +
  'see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'
const toInt = (s: string | undefined): number | undefined =>
  s && /^\s*[+-]?\d+\s*$/.test(s) ? Number(s) : undefined
const LABEL: Record<Level, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' }

/** One step's log as the runner builds it: commands processed, secrets masked from the moment they are added. */
export class StepLog {
  readonly lines: string[] = []
  readonly annotations: Annotation[] = []
  failed = false // a command or file command failed (the runner's CommandResult = Failed)
  private echo: boolean
  private stopToken: string | undefined
  private readonly registered = new Set(REGISTERED_COMMANDS)
  private readonly counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 }

  constructor(
    private readonly masker: SecretMasker,
    private readonly debugEnabled: boolean,
    private readonly workspace: string
  ) {
    this.echo = debugEnabled // EchoOnActionCommand starts as ACTIONS_STEP_DEBUG
  }

  write(text: string): void {
    this.lines.push(this.masker.mask(text))
  }

  debug(message: string): void {
    if (this.debugEnabled)
      for (const l of message.replaceAll('\r\n', '\n').split('\n')) this.write(`Debug: ${l}`)
  }

  /** The runner's AddIssue: message masked and cut at 4096 chars, at most 10 annotations per level and step. */
  annotate(level: Level, message: string, props: Omit<Annotation, 'level' | 'message'> = {}): void {
    const masked = this.masker.mask(message).slice(0, 4096)
    const defined = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined))
    if (this.counts[level] < 10) {
      this.counts[level]++
      this.annotations.push({ level, message: masked, ...defined })
    }
    if (!masked) return
    const at = props.file
      ? ` (${[props.file, props.line, props.col].filter(v => v !== undefined).join(':')})`
      : ''
    this.write(`${LABEL[level]}${at}${props.title ? ` ${props.title}` : ''}: ${masked}`)
  }

  error(message: string): void {
    this.annotate('error', message)
  }

  /** One line of stdout or stderr, as the runner's OutputManager receives it. */
  line(raw: string): void {
    if (raw.includes('##[') || raw.includes('::')) {
      const cmd = parseCommand(raw, this.registered)
      if (cmd && this.handle(cmd, raw)) return
    }
    this.write(raw)
  }

  private handle(cmd: ParsedCommand, raw: string): boolean {
    if (this.stopToken !== undefined) {
      if (cmd.command !== this.stopToken) return false
      this.write(raw)
      this.registered.delete(this.stopToken)
      this.stopToken = undefined
      this.debug('Resume processing commands')
      return true
    }
    if (cmd.command === 'stop-commands') {
      this.stopToken = cmd.data.toLowerCase()
      this.registered.add(this.stopToken)
      if (cmd.data.length > 6) this.masker.add(cmd.data)
      this.write(raw)
      return true
    }
    const omitEcho = OMIT_ECHO.has(cmd.command)
    if (this.echo && !omitEcho) this.write(raw)
    try {
      this.run(cmd)
    } catch (e) {
      this.error(`Unable to process command '${omitEcho ? cmd.command : raw}' successfully.`)
      this.error((e as Error).message)
      this.failed = true
    }
    return true
  }

  private run({ command, properties: p, data }: ParsedCommand): void {
    switch (command) {
      case 'add-mask':
        if (!data.trim())
          return this.annotate('warning', "Can't add secret mask for empty string in ##[add-mask] command.")
        if (this.echo) this.write('::add-mask::***')
        this.masker.add(data)
        for (const part of data.split(/[\r\n]/)) this.masker.add(part.trim())
        return
      case 'debug':
        return this.debug(data)
      case 'group':
        return this.write(`▸ ${data}`)
      case 'endgroup':
        return
      case 'echo': {
        const v = data.trim().toUpperCase()
        if (v !== 'ON' && v !== 'OFF') {
          throw new Error(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${data}'.`
          )
        }
        this.echo = v === 'ON'
        return this.debug(`Setting echo command value to '${data.trim().toLowerCase()}'`)
      }
      case 'set-output':
      case 'save-state': // deprecated: reported like github.com does, deliberately NOT applied by the harness
        return this.annotate('warning', DEPRECATED(command))
      case 'set-env':
      case 'add-path':
        throw new Error(DISABLED(command))
      case 'add-matcher':
      case 'remove-matcher':
        return this.debug(`${command}: problem matchers are not emulated by the test harness`)
      default:
        return this.issue(command as Level, p, data)
    }
  }

  /** error / warning / notice, with the runner's line/column validation and workspace-relative file. */
  private issue(level: Level, p: Record<string, string>, message: string): void {
    let [line, endLine, col, endColumn] = [toInt(p.line), toInt(p.endline), toInt(p.col), toInt(p.endcolumn)]
    const hasColumn = col !== undefined || endColumn !== undefined
    let lineText = p.line // the runner compares line and endLine as strings
    if (endLine !== undefined && line === undefined) [line, lineText] = [endLine, p.endline]
    if (endColumn !== undefined && col === undefined) col = endColumn
    if (line === undefined && hasColumn) col = endColumn = undefined
    if (endLine !== undefined && lineText !== p.endline && hasColumn) col = endColumn = undefined
    if (line !== undefined && endLine !== undefined && endLine < line) line = endLine = undefined
    if (col !== undefined && endColumn !== undefined && endColumn < col) col = endColumn = undefined
    let file = p.file
    if (file && path.isAbsolute(file) && file.startsWith(this.workspace + path.sep)) {
      file = path.relative(this.workspace, file).split(path.sep).join('/')
    }
    this.annotate(level, message, { title: p.title, file, line, endLine, col, endColumn })
  }
}
