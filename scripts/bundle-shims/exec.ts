// The bundle's '@actions/exec' (scripts/bundle.mjs maps it here). Its one user in the bundle is
// @actions/core's `platform`, which the action never asks for; the real module loads if it does.
import type * as Real from '../../node_modules/@actions/exec/lib/exec.js'

const real = (): Promise<typeof Real> => import('../../node_modules/@actions/exec/lib/exec.js')

export async function exec(...args: Parameters<typeof Real.exec>): Promise<number> {
  return (await real()).exec(...args)
}

export async function getExecOutput(
  ...args: Parameters<typeof Real.getExecOutput>
): Promise<Real.ExecOutput> {
  return (await real()).getExecOutput(...args)
}
