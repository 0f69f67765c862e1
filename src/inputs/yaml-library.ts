// yaml is about a sixth of the bundle and most runs give no YAML input, so it is loaded only
// when one does (readInputs), instead of at every start.
type Yaml = typeof import('yaml')

let library: Yaml | undefined

export async function loadYaml(): Promise<void> {
  library ??= await import('yaml')
}

export function yaml(): Yaml {
  if (!library) throw new Error('yaml() before loadYaml(): readInputs loads it for YAML inputs')
  return library
}
