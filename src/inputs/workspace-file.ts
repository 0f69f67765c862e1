// Reads one file that 'documents' names, as publish may send it: a regular file whose real path
// (symlinks resolved) lies inside the workspace's, small enough for Image Builder, in UTF-8.
// Nothing here can block or read without end: a FIFO or a device is refused before it is opened,
// and opened without blocking and checked again by its descriptor, in case the path changed
// between the look and the open. Every read is bounded by the size cap.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'

/** The model's limit on inline `data`, in characters. */
export const DATA_LIMIT = 16_000
/** UTF-8 takes at most 4 bytes a character: a file over this is over DATA_LIMIT characters too. */
export const BYTE_LIMIT = 4 * DATA_LIMIT

export type FileRead =
  | { text: string }
  /** The file is there but may not be sent: annotated on the file (and line). */
  | { problem: string; line?: number }
  /** It could not be read at all (ENOENT, EACCES, ...). */
  | { code: string }

// Windows has neither flag; a FIFO there is no file of the workspace.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

export function readWorkspaceFile(workspace: string, path: string): FileRead {
  let real: string
  let root: string
  try {
    root = realpathSync(workspace)
    real = realpathSync(path)
  } catch (error) {
    return { code: codeOf(error) }
  }
  if (!inside(root, real)) return { problem: outside(real) }
  try {
    const before = statSync(real)
    const refused = refusal(before)
    if (refused) return { problem: refused }
    const fd = openSync(real, OPEN_FLAGS)
    try {
      const opened = fstatSync(fd)
      if (opened.dev !== before.dev || opened.ino !== before.ino) return { problem: CHANGED }
      const at = openedPath(fd)
      if (at !== undefined && !inside(root, at)) return { problem: outside(at) }
      const refusedNow = refusal(opened)
      return refusedNow ? { problem: refusedNow } : decode(readAtMost(fd, BYTE_LIMIT + 1))
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    const code = codeOf(error)
    // O_NOFOLLOW: the path became a symlink after it was resolved.
    return code === 'ELOOP' ? { problem: CHANGED } : { code }
  }
}

const CHANGED = 'changed while it was being read; run the step again'

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error'

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return !isAbsolute(rel) && rel.split(sep)[0] !== '..'
}

const outside = (real: string): string =>
  `leads outside the workspace (to ${real}): publish sends only files of the repository`

/** Why a file of these stats is not read; undefined when it may be. */
function refusal(stats: Stats): string | undefined {
  if (!stats.isFile())
    return `is not a regular file (${kindOf(stats)}): publish reads only regular files`
  if (stats.size > BYTE_LIMIT) return tooBig(stats.size)
  return undefined
}

const tooBig = (bytes: number): string =>
  `is ${bytes} bytes, more than ${DATA_LIMIT} characters can take in UTF-8 (${BYTE_LIMIT}): Image Builder takes at most ${DATA_LIMIT} characters inline. Shorten it or split it into several documents`

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isDirectory()) return 'a directory'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}

/** Where the descriptor really points, where the system says (Linux); else undefined. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`)
  } catch {
    return undefined
  }
}

/** At most `limit` bytes: a file that grew since its size was read is still read in bounds. */
function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit)
  let length = 0
  while (length < limit) {
    const read = readSync(fd, buffer, length, limit - length, null)
    if (read === 0) break
    length += read
  }
  return buffer.subarray(0, length)
}

function decode(bytes: Buffer): FileRead {
  if (bytes.length > BYTE_LIMIT) return { problem: tooBig(bytes.length) }
  // A byte order mark stays in the text, as it is in the file.
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    return { text: strict.decode(bytes) }
  } catch {
    return { problem: 'is not valid UTF-8: save it as UTF-8', line: badLine(bytes) }
  }
}

/** The first line that is not valid UTF-8. */
function badLine(bytes: Buffer): number | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true })
  let start = 0
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start)
    const stop = end < 0 ? bytes.length : end
    try {
      strict.decode(bytes.subarray(start, stop))
    } catch {
      return line
    }
    if (end < 0) return undefined
    start = end + 1
  }
  return undefined
}
