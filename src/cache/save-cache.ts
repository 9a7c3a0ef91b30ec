/**
 * Post step: saves the module cache when main recorded a complete download. PLACEHOLDER until the
 * module-cache issue. Must never throw: problems are warnings.
 */
export async function saveModuleCache(): Promise<string> {
  return 'Module cache: not saved (not in this build yet).'
}
