// Text helpers shared by the log and the job summary. Service text is untrusted: these keep it
// on one line and inert in HTML.

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`
  if (m > 0) return `${m}m${String(s).padStart(2, '0')}s`
  return `${s}s`
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0')
  const ss = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** Duration between two service timestamps (ISO strings), when both are known. */
export function spanMs(start?: string, end?: string): number | undefined {
  const a = start ? Date.parse(start) : NaN
  const b = end ? Date.parse(end) : NaN
  return Number.isFinite(a) && Number.isFinite(b) && b >= a ? b - a : undefined
}

// ESC sequences (colours, cursor moves) and every other control character but tab.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g

/** How much of one piece of service text the log, an annotation or a summary cell shows. */
export const TEXT_LIMIT = 1000

// Invisible characters (zero-width spaces and joiners, soft hyphens, bidi overrides, variation
// selectors): the runner's culture-aware search for '##[' skips them, and a reader cannot see them.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu

/**
 * Text from the service or the build instance, kept readable but inert: the runner finds its older
 * command form `##[name]` anywhere in a line, so '##[' becomes '## [', as a leading '::' becomes
 * ': :' in oneLine.
 */
export function defuseCommands(text: string): string {
  return text.replace(IGNORABLE, '').replace(/##\[/g, '## [')
}

/**
 * Service text is untrusted. On one line it cannot start a workflow command (those are only
 * recognised at the start of a line, but for `##[name]`, which defuseCommands breaks up) nor forge
 * log lines; without control characters it cannot colour or move the log; capped, it cannot flood it.
 */
export function oneLine(text: string | undefined, limit = TEXT_LIMIT): string {
  const flat = defuseCommands(
    (text ?? '').replace(LINE_BREAK, ' ⏎ ').replace(ANSI, '').replace(CONTROL, '')
  )
    .trim()
    // Even at the start of a line of its own, '::' must not read as a command.
    .replace(/^::/, ': :')
  return cap(flat, limit)
}

/** At most `limit` characters, saying how many were left out. */
export function cap(text: string, limit: number): string {
  return text.length > limit
    ? `${text.slice(0, limit)}… (${text.length - limit} more characters)`
    : text
}

export function escapeHtml(text: string | undefined): string {
  return (text ?? '').replace(/[&<>"'`|\\[\]*_]/g, c => `&#${c.charCodeAt(0)};`)
}
