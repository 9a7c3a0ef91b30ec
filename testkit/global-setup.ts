/**
 * jest globalSetup of the integration project (jest.config.js): once per run, before any worker starts. jest
 * loads this file outside its module mapping, so the testkit is imported through tsx.
 */
import { tsImport } from 'tsx/esm/api'

type GoEnvModule = typeof import('./go-env.js')

export default async function globalSetup(): Promise<void> {
  const { warmSharedGocache } = (await tsImport('./go-env.ts', import.meta.url)) as GoEnvModule
  await warmSharedGocache()
}
