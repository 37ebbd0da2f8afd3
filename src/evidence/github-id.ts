import { z } from 'zod'

/**
 * A GitHub id in an API response (a number; a bigint is taken too), read as a number: ids of runs, jobs and
 * deployments stay far below 2^53, so numbers compare them exactly.
 */
export const GITHUB_ID = z.union([z.number(), z.bigint()]).transform(Number)
