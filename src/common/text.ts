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

/**
 * Service text is untrusted. On one line it cannot start a workflow command (those are only
 * recognised at the start of a line) nor forge log lines.
 */
export function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\r\n|\r|\n/g, ' ⏎ ').trim()
}

export function escapeHtml(text: string | undefined): string {
  return (text ?? '').replace(/[&<>"'`|\\[\]*_]/g, c => `&#${c.charCodeAt(0)};`)
}
