/**
 * The framings real logs arrive in, applied to a plain go log: the metamorphic tests check that each gives
 * the diagnosis of the plain log.
 */
const ESC = String.fromCharCode(27)

const lines = (text: string) => text.replace(/\n$/, '').split('\n')
const each = (text: string, f: (line: string, i: number) => string) => lines(text).map(f).join('\n')

export const FRAMINGS: Readonly<Record<string, (text: string) => string>> = {
  'GitHub timestamps': t =>
    each(t, (l, i) => `2026-03-04T05:06:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`),
  'BuildKit prefixes': t =>
    [
      '#12 [builder 4/7] RUN go mod download',
      each(t, (l, i) => `#12 ${(0.25 + i * 0.013).toFixed(3)} ${l}`),
      '#12 ERROR: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1'
    ].join('\n'),
  'docker Step N/M': t =>
    `Step 5/9 : RUN go mod download\n ---> Running in 3f2a1b4c5d6e\n${t}\nThe command '/bin/sh -c go mod download' returned a non-zero code: 1`,
  'debug:name: prefixes': t => each(t, l => `debug:go-build: ${l}`),
  'ANSI colours': t => each(t, l => `${ESC}[31m${l.replace(/^go: /, `go: ${ESC}[1m`)}${ESC}[0m${ESC}[K`),
  CRLF: t => t.replace(/\n/g, '\r\n'),
  'Markdown quote': t => each(t, l => `> ${l}`),
  'wrapped at 80 columns': t => each(t, l => (l.length <= 80 ? l : (l.match(/[^]{1,80}/g) ?? []).join('\n'))),
  'JSON stderr string': t => JSON.stringify({ level: 'error', msg: 'command failed', stderr: t }),
  'JSON nested twice': t => JSON.stringify({ log: JSON.stringify({ Error: t }) }),
  'raw ::error workflow command': t =>
    `::error title=go mod download::${t.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`,
  'rendered ##[error]': t => `##[group]Run go mod download\n##[endgroup]\n${each(t, l => `##[error]${l}`)}`,
  'GitLab sections': t =>
    `section_start:1700000000:step_script\r${ESC}[0K${ESC}[0K${ESC}[36;1m$ go mod download${ESC}[0;m\n${t}\nsection_end:1700000001:step_script\r${ESC}[0K`,
  "the action's own debug and log lines": t =>
    [
      '::debug::run: /usr/bin/go env -json GOPROXY GOPRIVATE GONOPROXY GONOSUMDB GOAUTH GOFLAGS',
      '##[debug]Evaluating condition for step: GOAUTH=netrc',
      'Attempt 1: go mod download in 1 root(s)',
      t,
      'Attempt 1: not retried: proxy-auth-required is not transient',
      'Download failed after 1.20 s: 1 module version could not be downloaded (x.test/m@v1.0.0)'
    ].join('\n'),
  'timestamps, ANSI and CRLF together': t =>
    each(t, l => `2026-03-04T05:06:07.0000000Z ${ESC}[90m${l}${ESC}[0m`).replace(/\n/g, '\r\n')
}
