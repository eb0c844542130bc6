// The part of autocannon's programmatic API that the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    /** Requests made in turn on each connection (path relative to url). */
    requests?: { method?: string; path?: string }[];
  };
  type Result = {
    duration: number;
    requests: { mean: number; total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  /** Emits "response" (client, statusCode, bytes, milliseconds) for every response; awaitable for the result. */
  type Instance = EventEmitter & PromiseLike<Result> & { stop(): void };

  function autocannon(options: Options): Instance;
  export = autocannon;
}
