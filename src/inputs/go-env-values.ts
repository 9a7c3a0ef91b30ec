import { createHash } from 'node:crypto'
import { logText } from '../util/escape.js'
import { tracking, type Report } from './problem-list.js'

const SUMDB_KEY = 'sum.corp.example+0b2c44b0+AQswVXqfxOkOM1h9osfsETZbgKXK7xQ5XoOozfIXPGGG'
const SUMDB_EXPECTED = `\`off\`, a database name go knows, or \`name+hash+key\` optionally followed by a space and its URL, e.g. \`${SUMDB_KEY} https://sum.corp.example\``
const HOST_PATH = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/i

/**
 * Mirrors go's dbDial and note.NewVerifier, including the key hash, because go reports a bad GOSUMDB only
 * when it first verifies a module, in the middle of the download.
 */
export function parseGosumdb(value: string, report: Report): string | undefined {
  const fields = value.split(/\s+/)
  const [key, url] = fields
  if (fields.length > 2) return void report(value, 'has more than a key and a URL', SUMDB_EXPECTED)
  if (key === 'off') {
    if (url === undefined) return key
    return void report(value, 'takes no URL after `off`', '`off` alone')
  }
  if (key.toLowerCase() === 'off') return void report(value, 'must be written in lower case', '`off`')
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(key)) {
    return void report(key, 'starts with a URL, but the database name or key comes first', SUMDB_EXPECTED)
  }
  // A bare name is one go resolves itself (its default database and that database's mirrors, see
  // modfetch/key.go); an unknown one fails at go's first verification and is diagnosed then.
  const keyProblem = !HOST_PATH.test(key.split('+')[0])
    ? 'does not start with a host-like database name'
    : key.includes('+')
      ? verifierKeyProblem(key)
      : undefined
  if (keyProblem !== undefined) return void report(key, keyProblem, SUMDB_EXPECTED)
  if (url !== undefined) {
    let ok = /^https?:\/\//i.test(url)
    try {
      new URL(url)
    } catch {
      ok = false
    }
    if (!ok)
      return void report(
        url,
        'has an invalid database URL',
        'an `https://` URL, e.g. `https://sum.corp.example`'
      )
  }
  return fields.join(' ')
}

/** A verifier key `<name>+<hash>+<key>`; the caller has checked the name. */
function verifierKeyProblem(key: string): string | undefined {
  const plus = key.indexOf('+')
  const name = key.slice(0, plus)
  const rest = key.slice(plus + 1)
  const plus2 = rest.indexOf('+')
  const hash = plus2 < 0 ? rest : rest.slice(0, plus2)
  const key64 = plus2 < 0 ? '' : rest.slice(plus2 + 1)
  if (!/^[0-9a-f]{8}$/i.test(hash)) return 'has a malformed key hash (8 hex digits expected after the name)'
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key64) || key64.length % 4 !== 0) return 'has a malformed verifier key'
  const bytes = Buffer.from(key64, 'base64')
  // Algorithm 1 is Ed25519, the only one note.NewVerifier knows, with a 32-byte public key.
  if (bytes.length !== 33 || bytes[0] !== 1) return 'has a verifier key that is not an Ed25519 key'
  const digest = createHash('sha256').update(`${name}\n`).update(bytes).digest()
  if (digest.readUInt32BE(0) !== parseInt(hash, 16))
    return 'has a key hash that does not match its name and key'
  return undefined
}

const GOFLAGS_EXPECTED =
  'flags separated by spaces, each `-name` or `-name=value`, e.g. `-mod=mod -modcacherw`'
const MOD_VALUES = ['mod', 'readonly', 'vendor']

/**
 * Splits like go's quoted.Split: a field may be wrapped whole in '' or "" to hold spaces
 * (`"-ldflags=-s -w"`); commas are part of a flag (`-tags=a,b`). Quotes are kept so go sees the same field.
 */
export function parseGoflags(raw: string, outer: Report): string | undefined {
  const { report, failed } = tracking(outer)
  const fields: { text: string; flag: string }[] = []
  let s = raw
  for (;;) {
    s = s.replace(/^\s+/, '')
    if (s === '') break
    const quote = s[0]
    if (quote === '"' || quote === "'") {
      const end = s.indexOf(quote, 1)
      if (end < 0) {
        report(s, `has an unterminated ${quote} quote`, `the whole flag in quotes, e.g. \`"-ldflags=-s -w"\``)
        return undefined
      }
      if (/[\r\n]/.test(s.slice(0, end))) {
        // go would keep the line break inside the flag; every log line showing GOFLAGS would break there.
        report(logText(s.slice(0, end + 1)), 'has a line break inside a quoted flag', GOFLAGS_EXPECTED)
        return undefined
      }
      fields.push({ text: s.slice(0, end + 1), flag: s.slice(1, end) })
      s = s.slice(end + 1)
    } else {
      const end = s.search(/\s/)
      const text = end < 0 ? s : s.slice(0, end)
      fields.push({ text, flag: text })
      s = end < 0 ? '' : s.slice(end)
    }
  }
  fields.forEach((field, i) => checkFlag(field.flag, i > 0 ? fields[i - 1].flag : undefined, report))
  if (failed()) return undefined
  return fields.map(f => f.text).join(' ')
}

function checkFlag(flag: string, previous: string | undefined, report: Report): void {
  if (!flag.startsWith('-')) {
    // `-tags integration` is the usual slip: GOFLAGS cannot give a value as a separate word.
    const joined = previous?.startsWith('-') && !previous.includes('=') ? `${previous}=${flag}` : `-${flag}`
    return void report(flag, 'is not a flag (every GOFLAGS entry starts with `-`)', `\`${joined}\``)
  }
  if (/^(-|--|---.*|-=.*|--=.*)$/.test(flag)) return void report(flag, 'is not a flag', GOFLAGS_EXPECTED)
  const name = flag.replace(/^--?/, '').split('=')[0]
  if (name !== 'mod') return
  const eq = flag.indexOf('=')
  if (eq < 0) return void report(flag, 'needs a value', '`-mod=mod`, `-mod=readonly` or `-mod=vendor`')
  const mode = flag.slice(eq + 1)
  if (!MOD_VALUES.includes(mode))
    report(flag, `has an unknown -mod mode \`${mode}\``, '`-mod=mod`, `-mod=readonly` or `-mod=vendor`')
}

const TOOLCHAIN_EXPECTED =
  '`local`, `auto`, `path`, or a toolchain such as `go1.22.5` optionally followed by `+auto` or `+path`'
// gover.Parse: no leading zeros, a prerelease only without a patch; a custom build suffix after `-`.
const TOOLCHAIN = /^go1\.(0|[1-9]\d*)(\.(0|[1-9]\d*)|(alpha|beta|rc)[1-9]\d*)?(-[A-Za-z0-9._-]+)?$/

/** Mirrors toolchain.Select in go 1.21+, checked against go 1.26 on the reference machine. */
export function parseGotoolchain(value: string, report: Report): string | undefined {
  if (value === 'local' || value === 'auto' || value === 'path') return value
  const lower = value.toLowerCase()
  if (lower !== value && parseGotoolchain(lower, () => undefined) !== undefined) {
    return void report(value, 'must be written in lower case', `\`${lower}\``)
  }
  const plus = value.indexOf('+')
  const min = plus < 0 ? value : value.slice(0, plus)
  const suffix = plus < 0 ? undefined : value.slice(plus + 1)
  if (suffix !== undefined && suffix !== 'auto' && suffix !== 'path') {
    return void report(
      value,
      'has an unknown suffix',
      '`+auto` or `+path` after the toolchain, e.g. `go1.22.5+auto`'
    )
  }
  // `auto` is documented as shorthand for `local+auto`, so go accepts the long forms too.
  if (min === 'local' && suffix !== undefined) return value
  if (min === 'auto' || min === 'path') {
    return void report(
      value,
      `cannot take a suffix after \`${min}\``,
      `\`${min}\` alone, or \`local+${suffix ?? 'auto'}\``
    )
  }
  const match = TOOLCHAIN.exec(min)
  if (match === null) {
    const hint = /^\d+\.\d+(\.\d+)?$/.test(min)
      ? `\`go${min}${plus < 0 ? '' : '+' + suffix}\``
      : TOOLCHAIN_EXPECTED
    return void report(value, 'is not a toolchain name', hint)
  }
  // From go 1.21 on, go1.N is a language version; the first release is go1.N.0 and go refuses to run "go1.N".
  if (Number(match[1]) >= 21 && match[2] === undefined) {
    return void report(
      value,
      'is a language version, not a toolchain',
      `\`go1.${match[1]}.0\` or a later patch release`
    )
  }
  return value
}
