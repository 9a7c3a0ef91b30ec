import * as core from '@actions/core'
import type { DownloadOutcome } from '../download/download.js'
import type { Environment } from '../environment/setup-environment.js'
import type { Inputs } from '../inputs/types.js'
import { annotateFailures } from './annotations.js'
import { classifyFailure } from './classify.js'
import type { Finding } from './types.js'

export interface Diagnosis {
  /** The failure that explains the run, per the taxonomy's precedence rules. */
  readonly primary: Finding
  /** One per distinct failure. */
  readonly findings: readonly Finding[]
}

export interface DiagnosisRequest {
  readonly download: DownloadOutcome
  readonly env: Environment
  readonly inputs: Inputs
  readonly workspace: string
}

/**
 * Names the failure of a download. PLACEHOLDER until the diagnosis issue: classification only, no probes.
 */
export async function diagnose(request: DiagnosisRequest): Promise<Diagnosis> {
  const findings = request.download.failures.map(f =>
    classifyFailure(f.message, { module: f.module, version: f.version })
  )
  const primary = findings.find(f => f.id === 'checksum-mismatch') ?? findings[0]
  return { primary, findings }
}

/** Annotations and the diagnosis outputs. */
export function reportDiagnosis(diagnosis: Diagnosis, request: DiagnosisRequest): void {
  annotateFailures(request.download.failures, request.workspace)
  core.setOutput('diagnosis', diagnosis.primary.id)
  core.setOutput('diagnosis-retryable', String(diagnosis.primary.retryable))
}
