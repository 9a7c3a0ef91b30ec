import { STAGES, stageOf } from '../failure/stages.js'
import type { ScenarioId } from '../failure/types.js'

/**
 * A Mermaid flowchart of the diagnosis: the chain of questions, the answer for this failure, and the path
 * taken highlighted (GitHub renders Mermaid in job summaries). The questions are the stage table the matcher
 * and the primary choice read, so the highlighted path is the one the code took.
 */
export function diagnosisFlowchart(id: ScenarioId, title: string): string {
  const taken = stageOf(id)
  const lines = ['flowchart TD', '  start([go mod download failed])']
  const edges: string[] = []
  STAGES.forEach((s, i) => {
    lines.push(`  s${i}{"${s.question}"}`)
    edges.push(`  ${i === 0 ? 'start' : `s${i - 1}`} -->${i === 0 ? '' : '|no|'} s${i}`)
  })
  const leaf = `  verdict["<b>${title.replace(/"/g, "'")}</b><br/>${id}"]`
  lines.push(leaf)
  const last = STAGES.length - 1
  edges.push(taken >= 0 ? `  s${taken} -->|yes| verdict` : `  s${last} -->|no| verdict`)
  const stop = taken >= 0 ? taken : last
  const highlighted = [...Array(stop + 1).keys()].concat(edges.length - 1)
  return [
    ...lines,
    ...edges,
    '  classDef taken fill:#fde68a,stroke:#b45309,stroke-width:2px',
    `  class start,${[...Array(stop + 1).keys()].map(i => `s${i}`).join(',')},verdict taken`,
    `  linkStyle ${highlighted.join(',')} stroke:#b45309,stroke-width:3px`
  ].join('\n')
}
