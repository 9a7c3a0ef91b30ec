import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { nodeTls } from '../util/builtins.js'

/**
 * Where go's crypto/x509 looks for the system's CA bundle on Linux and the BSDs (root_linux.go, root_bsd.go),
 * when SSL_CERT_FILE does not name one.
 */
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
  '/usr/local/etc/ssl/cert.pem'
]
const PEM = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g

type CaKind = 'default' | 'system'

/**
 * The certificates a probe trusts: what go trusts, so a probe fails on TLS only when go would. That is the
 * system store (Node 24's `tls.getCACertificates('system')`, or the bundle files go reads), SSL_CERT_FILE and
 * SSL_CERT_DIR as go reads them, plus Node's own defaults (bundled and NODE_EXTRA_CA_CERTS). A runner behind a
 * TLS-inspecting proxy has that proxy's CA in the system store, which Node alone does not use.
 */
export function trustedCAs(env: NodeJS.ProcessEnv): string[] {
  const tls = nodeTls()
  const nodeCAs = (tls as { getCACertificates?: (kind: CaKind) => string[] }).getCACertificates
  const cas = new Set<string>(nodeCAs ? nodeCAs('default') : tls.rootCertificates)
  if (nodeCAs) for (const c of nodeCAs('system')) cas.add(c)
  const files = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : nodeCAs ? [] : SYSTEM_BUNDLES
  const dirs = (env.SSL_CERT_DIR ?? '').split(path.delimiter).filter(Boolean)
  for (const dir of dirs) files.push(...listFiles(dir))
  for (const file of files) for (const pem of readPems(file)) cas.add(pem)
  return [...cas]
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).map(name => path.join(dir, name))
  } catch {
    return []
  }
}

function readPems(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').match(PEM) ?? []
  } catch {
    return []
  }
}
