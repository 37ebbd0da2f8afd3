/** A matrix larger than this buys nothing: every shard draws on the same App quota (README's budget). */
export const MAX_SHARDS = 20

/** Fewer repositories than this per shard are not worth a runner's start-up. */
const MIN_PER_SHARD = 25

/** How many shards the planning job emits for `repositories`, at most `wanted` (itself at most MAX_SHARDS). */
export function shardCount(repositories: number, wanted: number): number {
  return Math.max(1, Math.min(wanted, MAX_SHARDS, Math.ceil(repositories / MIN_PER_SHARD)))
}

/** Shard `shard` (1-based) of `count` takes every count-th repository: equal sizes, with no coordination. */
export function inShard(index: number, shard: number, count: number): boolean {
  return index % count === shard - 1
}
