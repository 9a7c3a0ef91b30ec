import {
  base64,
  checkHost,
  credentialLines,
  maskLineWithoutEquals,
  maskSwappedLine,
  maskPieces,
  maskUserinfo,
  shownLine
} from './credential-lines.js'
import type { Report } from './problem-list.js'
import type { ProxyCredential } from './types.js'

const LINE_FORM = 'one entry a line, `host=username:password`, e.g. `athens.corp.example=ci:<password>`'

export function parseProxyCredentials(
  raw: string,
  mask: (secret: string) => void,
  report: Report
): ProxyCredential[] {
  const lines = credentialLines(raw)
  // Mask every line before the first problem is reported.
  for (const line of lines) {
    maskLineWithoutEquals(line, mask)
    maskSwappedLine(line, mask)
    maskUserinfo(line, mask)
    const right = line.right ?? ''
    const colon = right.indexOf(':')
    const password = colon < 0 ? right : right.slice(colon + 1)
    if (password === '') continue
    maskPieces(password, mask)
    if (colon >= 0) {
      mask(right)
      mask(base64(right))
    }
  }
  const result: ProxyCredential[] = []
  // netrc uses the first entry for a machine; a second one would be silently ignored.
  const seen = new Map<string, number>()
  for (const line of lines) {
    const shown = shownLine(line)
    const where = `(line ${line.number}) `
    if (line.right === undefined) {
      report(shown, `${where}has no \`=\``, LINE_FORM)
      continue
    }
    const host = checkHost(line.left, LINE_FORM)
    if ('problem' in host) {
      report(shown, where + host.problem, host.expected)
      continue
    }
    if (host.rest !== '' || line.left.endsWith('/')) {
      // netrc matches a machine name only; a path cannot be expressed there.
      report(shown, `${where}has a path after the host`, `the host alone, e.g. \`${host.host}=…\``)
      continue
    }
    const colon = line.right.indexOf(':')
    const username = colon < 0 ? '' : line.right.slice(0, colon)
    const password = colon < 0 ? line.right : line.right.slice(colon + 1)
    if (colon < 0 || username === '') {
      report(shown, `${where}needs a username before \`:\``, LINE_FORM)
    } else if (password === '') {
      report(shown, `${where}has an empty password`, LINE_FORM)
    } else if (/\s/.test(line.right)) {
      // netrc fields are separated by whitespace; go's parser cannot read one that contains it.
      report(shown, `${where}has whitespace inside the username or password`, LINE_FORM)
    } else if (seen.has(host.host)) {
      report(shown, `${where}repeats the host of line ${seen.get(host.host)}`, 'one entry per host')
    } else {
      seen.set(host.host, line.number)
      result.push({ host: host.host, username, password })
    }
  }
  return result
}
