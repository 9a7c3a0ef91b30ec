import { INPUT_ROWS, type InputName } from './input-table.js'

export type { InputName }

/** Each input's default, from the input table (src/inputs/input-table.ts); a test keeps it equal to action.yml's. */
export const INPUT_DEFAULTS: Readonly<Record<InputName, string>> = Object.freeze(
  Object.fromEntries(INPUT_ROWS.map(([name, spec]) => [name, spec.default])) as Record<InputName, string>
)
