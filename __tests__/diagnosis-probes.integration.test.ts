/**
 * Diagnosis probes against a real local server (issue 11): an HTTPS probe trusts what go trusts, a CA in
 * SSL_CERT_FILE or SSL_CERT_DIR (a throwaway CA made with openssl, testkit/git-server.ts).
 */
import https from 'node:https'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runProbes } from '../src/diagnosis/probes.js'
import { makeCertificates } from '../testkit/git-server.js'

describe('probes', () => {
  test('an HTTPS probe trusts what go trusts: a CA in SSL_CERT_FILE', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'setup-gomod-ca-'))
    const certs = await makeCertificates(dir, ['localhost'])
    const server = https.createServer({ key: certs.key, cert: certs.cert }, (_req, res) => res.end('ok'))
    await new Promise<void>(resolve => server.listen(0, resolve))
    const url = `https://localhost:${(server.address() as AddressInfo).port}/`
    try {
      const plan = (env: NodeJS.ProcessEnv) => ({
        endpoints: [{ label: 'GOPROXY', url }],
        httpProxies: [],
        gitRemotes: [],
        env
      })
      const [untrusted] = await runProbes(plan({}))
      expect(untrusted).toMatchObject({ ok: false, scenario: 'tls-untrusted-cert' })
      const [trusted] = await runProbes(plan({ SSL_CERT_FILE: certs.caFile }))
      expect(trusted).toMatchObject({ ok: true })
      expect(trusted.detail).toContain('HTTP 200')
      const [byDir] = await runProbes(plan({ SSL_CERT_DIR: path.dirname(certs.caFile) }))
      expect(byDir.ok).toBe(true)
    } finally {
      await new Promise(resolve => server.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
