import { escapeHtml } from '../util/escape.js'

/** Small helpers for the HTML that job summaries are made of. */
export function code(s: string): string {
  return `<code>${escapeHtml(s)}</code>`
}
