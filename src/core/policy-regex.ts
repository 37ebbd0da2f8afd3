import { z } from 'zod'
import { compilePolicyRegex } from './safe-regex.js'
import { messageOf } from './message-of.js'

/**
 * A regex written in the policy: refused at load, with the reason, when it would not compile, is too long or
 * could backtrack catastrophically (design §11) — so no check ever meets an unusable pattern.
 */
export const policyRegex = z.string().superRefine((source, ctx) => {
  try {
    compilePolicyRegex(source)
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: messageOf(error), input: source })
  }
})
