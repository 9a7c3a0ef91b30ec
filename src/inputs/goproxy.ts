import { hasUserinfo, redactUserinfo, userinfoSecrets } from '../util/url-userinfo.js'
import { joinLines, tracking, type Report } from './problem-list.js'

const EXAMPLE = '`https://goproxy.corp.example,direct`'
const SCHEMES = ['https:', 'http:', 'file:']

interface Entry {
  readonly text: string
  /** The separator after this entry: `,` falls back on 404/410 only, `|` on any error. */
  readonly separator: string
}

/**
 * Masks the userinfo of any `https://user:password@host` entry. Such entries are refused below, but the
 * refusal itself must not print the password, and the runner must hide it if it was already echoed.
 */
export function maskGoproxySecrets(raw: string, mask: (secret: string) => void): void {
  for (const secret of userinfoSecrets(raw)) mask(secret)
}

const redact = redactUserinfo

/**
 * Validates GOPROXY more strictly than go does: go silently drops empty entries, prefixes `https://` to
 * entries without a scheme and ignores everything after `direct` or `off`. Each of these usually means the
 * list does not do what its author thinks, and the failure would only surface later as a confusing fetch
 * error, so they are problems here.
 */
export function parseGoproxy(raw: string, outer: Report): string | undefined {
  const { report, failed } = tracking(outer)
  const joined = joinLines(raw, ',', ',|')
  const entries = split(joined)
  const shown = redact(joined)
  // Before the list is split: a password holding `,` or `|` would otherwise be shown in pieces, each piece
  // read as an entry of its own.
  if (hasUserinfo(joined)) {
    report(
      shown,
      'has credentials in a URL, which would be exported to later steps and the `goproxy` output',
      'the URL without them, and `proxy-credentials: host=username:password`'
    )
    return undefined
  }

  if (entries.some(e => e.text === '')) {
    report(
      shown,
      'has an empty entry (a doubled, leading or trailing separator)',
      `entries separated by one \`,\` or \`|\`, e.g. ${EXAMPLE}`
    )
  }
  const words = entries.map(e => e.text.toLowerCase())
  if (words.includes('off') && entries.filter(e => e.text !== '').length > 1) {
    report(
      shown,
      'combines `off` with other entries',
      '`off` alone to forbid downloads, or the list without `off` (a list that does not end in `direct` never falls back to the origin)'
    )
  }
  const direct = entries.findIndex(e => e.text === 'direct')
  if (direct >= 0 && direct < entries.length - 1 && entries.slice(direct + 1).some(e => e.text !== '')) {
    const rest = entries
      .slice(direct + 1)
      .map(e => e.text)
      .join(',')
    report(
      redact(rest),
      'has entries after `direct`, which go never uses',
      `\`direct\` as the last entry, e.g. ${EXAMPLE}`
    )
  }
  for (const entry of entries) {
    if (entry.text !== '') checkEntry(entry.text, report)
  }
  if (failed()) return undefined
  return entries.map(e => e.text + e.separator).join('')
}

function split(joined: string): Entry[] {
  const entries: Entry[] = []
  let start = 0
  for (let i = 0; i <= joined.length; i++) {
    if (i === joined.length || joined[i] === ',' || joined[i] === '|') {
      entries.push({ text: joined.slice(start, i).trim(), separator: joined[i] ?? '' })
      start = i + 1
    }
  }
  return entries
}

function checkEntry(entry: string, report: Report): void {
  const shown = redact(entry)
  if (entry === 'direct' || entry === 'off') return
  if (entry.includes(';')) {
    report(
      shown,
      'uses `;` as a separator',
      `\`,\` (fall back on 404/410) or \`|\` (fall back on any error), e.g. ${EXAMPLE}`
    )
    return
  }
  if (/\s/.test(entry)) {
    report(shown, 'has spaces inside an entry', `entries separated by \`,\` or \`|\`, e.g. ${EXAMPLE}`)
    return
  }
  if (/^[A-Za-z0-9_-]+$/.test(entry)) {
    const lower = entry.toLowerCase()
    const hint =
      lower === 'direct' || lower === 'off'
        ? `\`${lower}\` in lower case`
        : `\`direct\`, \`off\` or a proxy URL, e.g. ${EXAMPLE}`
    report(shown, 'has an unknown keyword', hint)
    return
  }
  if (!entry.includes('://')) {
    if (/^(https?|file):/i.test(entry)) {
      report(shown, 'is not a valid URL', '`scheme://host[/path]`, e.g. `https://goproxy.corp.example`')
    } else if (entry.startsWith('/')) {
      report(shown, 'is a path without the file scheme', `\`file://${entry}\``)
    } else {
      report(shown, 'has an entry without a scheme', `\`https://${entry}\` (each entry needs its scheme)`)
    }
    return
  }
  checkUrl(entry, shown, report)
}

function checkUrl(entry: string, shown: string, report: Report): void {
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    report(shown, 'is not a valid URL', '`https://host[/path]`, e.g. `https://goproxy.corp.example`')
    return
  }
  if (!SCHEMES.includes(url.protocol)) {
    report(
      shown,
      `has an unsupported scheme \`${url.protocol.slice(0, -1)}\``,
      '`https://`, `http://` or `file:///`'
    )
    return
  }
  if (entry.includes('?') || entry.includes('#')) {
    report(
      shown,
      'has a query or fragment, which go cannot use in a proxy URL',
      'a URL without `?` or `#`, e.g. `https://proxy.corp.example/go`'
    )
    return
  }
  if (url.protocol === 'file:') {
    if (!/^file:\/\/\/./i.test(entry)) {
      report(
        shown,
        'is not a file URL with an absolute path',
        'an empty host and an absolute path, e.g. `file:///srv/goproxy`'
      )
    }
    return
  }
  if (url.hostname === '') report(shown, 'has no host', 'e.g. `https://proxy.corp.example`')
}
