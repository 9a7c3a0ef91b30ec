import * as core from '@actions/core'
import type { GitCredential, ProxyCredential } from '../inputs/types.js'
import { authorizationHeader } from './git-config.js'

/**
 * Registers every form in which a credential this module writes could appear: the secret, `user:secret`,
 * their base64 and URL-encoded forms, and the header git sends. parseInputs masks most of these already; the
 * forms are repeated here so that what this module derives stays masked whatever the parser does.
 */
export function maskCredentialForms(
  git: readonly GitCredential[],
  proxies: readonly ProxyCredential[]
): void {
  const pairs = [
    ...git.map(c => ({ username: c.username, token: c.token })),
    ...proxies.map(c => ({ username: c.username, token: c.password }))
  ]
  for (const pair of pairs) {
    for (const form of secretForms(pair)) core.setSecret(form)
  }
  for (const c of git) core.setSecret(authorizationHeader(c))
}

export function secretForms({ username, token }: { username: string; token: string }): string[] {
  const userinfo = `${username}:${token}`
  const forms = [token, encodeURIComponent(token), userinfo, Buffer.from(userinfo).toString('base64')]
  return [...new Set(forms.filter(f => f !== ''))]
}
