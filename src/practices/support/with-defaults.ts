import { z } from 'zod'

/**
 * A practice's options with its defaults filled in. The policy loader validates what a policy writes, but a
 * practice the policy does not mention reaches its check with `{}`: the defaults live in the shape, so they are
 * applied here rather than repeated in every check.
 */
export function withDefaults<Shape extends z.core.$ZodShape>(
  shape: Shape,
  options: Readonly<Record<string, unknown>>
): z.output<z.ZodObject<Shape>> {
  return z.object(shape).parse(options)
}
