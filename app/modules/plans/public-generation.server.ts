import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { DbOrTx } from "../../db/types.ts";
import { plansPublicGeneration } from "./public-generation-tables.ts";

/** The number that grows with every write to public plan data (plans_public_generation, ADR 019). */
export async function readPublicGeneration(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ value: plansPublicGeneration.value })
    .from(plansPublicGeneration)
    .where(eq(plansPublicGeneration.id, 1));
  return row?.value ?? 0;
}

let cachesEnabled = true;

/** Turns every generation cache on or off (PUBLIC_CACHE; the benchmark measures both). */
export function configurePublicCaches({ enabled }: { enabled: boolean }) {
  cachesEnabled = enabled;
}

export const publicCachesEnabled = () => cachesEnabled;

/**
 * A bounded in-memory cache of answers computed from public plan data, keyed by the generation read
 * before computing: a write anywhere makes every older entry unreachable (they age out of the LRU), so
 * an answer is never older than the data it was read after. Entries are weighed by `size` and the cache
 * holds at most `maxBytes`.
 */
export function createGenerationCache<V extends object>({
  maxBytes,
  size,
}: {
  maxBytes: number;
  size: (value: V) => number;
}) {
  const cache = new LRUCache<string, V>({
    maxSize: maxBytes,
    sizeCalculation: (value) => Math.max(1, size(value)),
  });
  const keyAt = async (db: DbOrTx, key: string) => `${await readPublicGeneration(db)}\u0000${key}`;
  const keep = (generatedKey: string, value: V) => {
    if (cachesEnabled && size(value) <= maxBytes / 8) cache.set(generatedKey, value);
  };
  return {
    /** The key of `key` at the current generation, for get and set. */
    keyAt,
    get: (generatedKey: string) => (cachesEnabled ? cache.get(generatedKey) : undefined),
    set: keep,
    /** The cached answer for `key` at the current generation, computing and keeping it when missing. */
    async read(db: DbOrTx, key: string, compute: () => Promise<V>): Promise<V> {
      if (!cachesEnabled) return compute();
      const generatedKey = await keyAt(db, key);
      const hit = cache.get(generatedKey);
      if (hit) return hit;
      const value = await compute();
      keep(generatedKey, value);
      return value;
    },
    clear: () => cache.clear(),
  };
}
