/**
 * Post step: removes exactly what setupCredentials added. PLACEHOLDER until the private-modules issue (nothing
 * is added yet). Must never throw: problems are warnings.
 */
export async function removeCredentials(): Promise<string> {
  return 'Nothing to clean up: no credentials were configured.'
}
