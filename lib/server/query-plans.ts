// Remembers Prisma's compiled query plans. In its JavaScript engine mode (Prisma 6.19, see ENVIRONMENT.md) the client
// compiles every query from its JSON form to a plan in WebAssembly on every call, with the query's values written into
// the plan: the same query (same model, arguments and values) always gives the same plan. A page asks the same
// queries on every view (this user's stories, this session's token…), and the compile was 8–15% of a signed-in
// page's CPU in the profiles (issue 16). So each compiler's `compile` answers a request text it has compiled before
// from a bounded map (least recently used out). Only plans are kept — every query still runs against the database,
// so nothing read can be stale. Plans are frozen: if the engine ever changed one in place, that would throw at once.
// Prisma 7's client has its own plan cache; this file goes when the project moves to it.
import "server-only";
import { BoundedMemo } from "./bounded-memo";
// The compilers' JS glue (the modules the generated clients load, lib/generated/*/internal/class.ts).
import { QueryCompiler as SqliteQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
import { QueryCompiler as PostgresQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";

export const QUERY_PLAN_CACHE_SIZE = 2000;

interface Compiler {
  compile(request: string): unknown;
}

const stats = { compiled: 0, reused: 0 };
const plans = new WeakMap<object, BoundedMemo<unknown>>();

function rememberPlans(prototype: Compiler & { __starloopPlans?: true }) {
  if (prototype.__starloopPlans) return;
  const compile = prototype.compile;
  prototype.compile = function (this: object, request: string) {
    let cache = plans.get(this);
    if (cache === undefined) plans.set(this, (cache = new BoundedMemo(QUERY_PLAN_CACHE_SIZE)));
    const hit = cache.get(request);
    if (hit !== undefined) {
      stats.reused++;
      return hit;
    }
    stats.compiled++;
    return cache.set(request, compile.call(this, request));
  };
  prototype.__starloopPlans = true;
}

rememberPlans(SqliteQueryCompiler.prototype as Compiler);
rememberPlans(PostgresQueryCompiler.prototype as Compiler);

/** Plans compiled and plans reused since the process started (tests, and the bench's query log). */
export function queryPlanStats(): { compiled: number; reused: number } {
  return { ...stats };
}
