import { escapeHtml } from '../util/escape.js'

/** Small helpers for the HTML that job summaries are made of. */
export function code(s: string): string {
  return `<code>${escapeHtml(s)}</code>`
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}
