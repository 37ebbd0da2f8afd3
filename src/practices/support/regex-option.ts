import { z } from 'zod'
import { compilePolicyRegex } from '../../policy/safe-regex.js'

/** A practice option holding a regex: refused at policy load when it would not compile or could backtrack badly. */
export const regexOption = z.string().superRefine((source, ctx) => {
  try {
    compilePolicyRegex(source)
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message, input: source })
  }
})
