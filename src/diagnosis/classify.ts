import type { Finding, ScenarioId } from './types.js'

/**
 * Classifies one failure as go printed it (an `Error` field of `go mod download -json`, or a stderr block).
 * The download engine's retry decisions and the diagnosis use this one function.
 *
 * PLACEHOLDER: a first cut that only tells the transient network and proxy classes apart from the rest; the
 * diagnosis issue replaces it with the full catalog (same signature).
 */
export function classifyFailure(
  message: string,
  context: { module?: string; version?: string } = {}
): Finding {
  const rule = RULES.find(r => r.pattern.test(message))
  const id: ScenarioId = rule?.id ?? 'unknown'
  return {
    id,
    title: rule?.title ?? 'go mod download failed',
    retryable: rule?.retryable ?? false,
    module: context.module,
    version: context.version,
    evidence: message.split('\n').filter(l => l.trim() !== ''),
    fix: ''
  }
}

const RULES: readonly { pattern: RegExp; id: ScenarioId; title: string; retryable: boolean }[] = [
  {
    pattern: /SECURITY ERROR|checksum mismatch/,
    id: 'checksum-mismatch',
    title: 'Checksum mismatch',
    retryable: false
  },
  { pattern: /no such host/, id: 'dns-failure', title: 'Name resolution failed', retryable: true },
  { pattern: /connection refused/, id: 'connection-refused', title: 'Connection refused', retryable: true },
  {
    pattern: /connection reset|unexpected EOF|stream error/,
    id: 'connection-reset',
    title: 'Connection dropped mid-transfer',
    retryable: true
  },
  {
    pattern: /i\/o timeout|TLS handshake timeout/,
    id: 'connect-timeout',
    title: 'Connection timed out',
    retryable: true
  },
  { pattern: /429 Too Many Requests/, id: 'rate-limited', title: 'Rate limited', retryable: true },
  { pattern: /: 5\d\d [A-Z]/, id: 'proxy-bad-response', title: 'The module proxy failed', retryable: true },
  {
    pattern: /zip: not a valid zip file/,
    id: 'modcache-corrupt',
    title: 'Corrupt module zip',
    retryable: false
  }
]
