import { z } from 'zod'

/** Job ids or names (globs) a policy says also do what a practice looks for, when the catalog cannot tell. */
export const jobGlobs = z
  .array(z.string().min(1))
  .default([])
  .describe('job ids or names (globs) that count besides those the catalog recognises')
