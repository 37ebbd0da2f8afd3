import { z } from 'zod'

/**
 * A glob from the policy. It must stay inside the workspace: absolute paths and `..` segments are refused at
 * load time, so no check ever looks outside the checkout.
 */
export const workspaceGlob = z
  .string()
  .min(1)
  .refine(
    glob => !glob.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(glob),
    'must be relative to the repository root'
  )
  .refine(
    glob => !glob.split(/[\\/]/).includes('..'),
    "must not contain '..': paths stay inside the workspace"
  )
