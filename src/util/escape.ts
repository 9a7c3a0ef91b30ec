/**
 * The one place where text the action does not control (directory names, Go variables, cache keys a service
 * returned, module paths, go's output) is made safe for where it is shown. Everything that writes such a value
 * to the log or the job summary passes it through one of these two.
 */

/**
 * Characters that break or hide a log line: controls (Cc, line breaks among them), format characters (Cf:
 * zero-width and bidirectional overrides) and the Unicode line and paragraph separators.
 */
const UNSAFE_IN_LINE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu

/**
 * One log line: a line break can never start a new line, so a value cannot inject a workflow command
 * (`::add-mask::`, `::set-env::`, …) or fake a log line; hidden characters become visible.
 */
export function logText(s: string): string {
  return s.replace(UNSAFE_IN_LINE, c => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u{${c.codePointAt(0)?.toString(16)}}`
  })
}

/**
 * Text for the job summary, which GitHub renders as Markdown with HTML blocks. Besides `&`, `<` and `>`, line
 * breaks become character references: a blank line would end the HTML block and let the rest be read as
 * Markdown (links, images, tables). Inside `<pre>` they still render as line breaks.
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
}
