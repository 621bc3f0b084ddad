// Owns an exact min-cost flow over lexicographic two-part costs, the relaxation the planner's branch and bound solves.
//
// Costs are pairs (hi, lo) of safe integers compared hi first: the planner folds its objective levels into two numbers
// because all of them would not fit one double exactly. Pairs add and compare like numbers, so successive shortest
// paths with Johnson potentials and Dijkstra stay exact. The solver augments only while the cheapest path has a
// negative cost, which gives the min-cost flow of any value (the cost is convex in the flow value).
// `work` counts arc relaxations, so callers can bound the effort deterministically (no clocks).

export const UNBOUNDED = 1 << 30;

export interface FlowResult {
  costHi: number;
  costLo: number;
  flow: number;
  work: number;
}

export class FlowNetwork {
  readonly nodeCount: number;
  private readonly head: Int32Array;
  private next: number[] = [];
  private to: number[] = [];
  private cap: number[] = [];
  private costHi: number[] = [];
  private costLo: number[] = [];
  private readonly initialCap: number[] = [];

  constructor(nodeCount: number) {
    this.nodeCount = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin; returns the arc's id for `flowOn`. */
  addArc(from: number, to: number, capacity: number, hi: number, lo: number): number {
    const id = this.to.length;
    this.pushArc(from, to, capacity, hi, lo);
    this.pushArc(to, from, 0, -hi, -lo);
    this.initialCap.push(capacity, 0);
    return id;
  }

  flowOn(arc: number): number {
    return this.initialCap[arc] - this.cap[arc];
  }

  private pushArc(from: number, to: number, capacity: number, hi: number, lo: number): void {
    this.next.push(this.head[from]);
    this.head[from] = this.to.length;
    this.to.push(to);
    this.cap.push(capacity);
    this.costHi.push(hi);
    this.costLo.push(lo);
  }

  /** Min-cost flow from source to sink; `topologicalOrder` lists the nodes so that every arc as built goes forward. */
  solve(source: number, sink: number, topologicalOrder: readonly number[]): FlowResult {
    const n = this.nodeCount;
    const { head, next, to, cap, costHi, costLo } = this;
    const potHi = new Float64Array(n).fill(Infinity);
    const potLo = new Float64Array(n).fill(Infinity);
    let work = 0;

    // Initial potentials: shortest distances on the acyclic network as built.
    potHi[source] = 0;
    potLo[source] = 0;
    for (const u of topologicalOrder) {
      if (potHi[u] === Infinity) continue;
      for (let e = head[u]; e !== -1; e = next[e]) {
        work++;
        if (cap[e] <= 0) continue;
        const v = to[e];
        const h = potHi[u] + costHi[e];
        const l = potLo[u] + costLo[e];
        if (h < potHi[v] || (h === potHi[v] && l < potLo[v])) {
          potHi[v] = h;
          potLo[v] = l;
        }
      }
    }

    const distHi = new Float64Array(n);
    const distLo = new Float64Array(n);
    const prevArc = new Int32Array(n);
    const done = new Uint8Array(n);
    const heap = new PairHeap(distHi, distLo);
    let totalHi = 0;
    let totalLo = 0;
    let flow = 0;

    for (;;) {
      distHi.fill(Infinity);
      distLo.fill(Infinity);
      prevArc.fill(-1);
      done.fill(0);
      distHi[source] = 0;
      distLo[source] = 0;
      heap.clear();
      heap.push(source);
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u] === 1) continue;
        done[u] = 1;
        if (u === sink) break;
        for (let e = head[u]; e !== -1; e = next[e]) {
          work++;
          if (cap[e] <= 0) continue;
          const v = to[e];
          if (done[v] === 1 || potHi[v] === Infinity) continue;
          const h = distHi[u] + costHi[e] + potHi[u] - potHi[v];
          const l = distLo[u] + costLo[e] + potLo[u] - potLo[v];
          if (h < distHi[v] || (h === distHi[v] && l < distLo[v])) {
            distHi[v] = h;
            distLo[v] = l;
            prevArc[v] = e;
            heap.push(v);
          }
        }
      }
      if (done[sink] === 0) break;
      const pathHi = distHi[sink] - potHi[source] + potHi[sink];
      const pathLo = distLo[sink] - potLo[source] + potLo[sink];
      // Dijkstra stopped at the sink: potentials grow by min(distance, distance to the sink), which keeps every
      // residual arc's reduced cost non-negative (nodes unreachable from the start never become reachable).
      const sinkHi = distHi[sink];
      const sinkLo = distLo[sink];
      for (let v = 0; v < n; v++) {
        if (potHi[v] === Infinity) continue;
        if (done[v] === 1) {
          potHi[v] += distHi[v];
          potLo[v] += distLo[v];
        } else {
          potHi[v] += sinkHi;
          potLo[v] += sinkLo;
        }
      }
      if (pathHi > 0 || (pathHi === 0 && pathLo >= 0)) break;
      let push = UNBOUNDED;
      for (let v = sink; v !== source; v = to[prevArc[v] ^ 1]) push = Math.min(push, cap[prevArc[v]]);
      for (let v = sink; v !== source; v = to[prevArc[v] ^ 1]) {
        cap[prevArc[v]] -= push;
        cap[prevArc[v] ^ 1] += push;
      }
      flow += push;
      totalHi += push * pathHi;
      totalLo += push * pathLo;
    }
    return { costHi: totalHi, costLo: totalLo, flow, work };
  }
}

/** A binary heap of node ids keyed by (distHi, distLo), with lazy deletion (a node may sit in it more than once). */
class PairHeap {
  private items: number[] = [];
  private keysHi: number[] = [];
  private keysLo: number[] = [];
  constructor(
    private readonly hi: Float64Array,
    private readonly lo: Float64Array,
  ) {}

  get size(): number {
    return this.items.length;
  }

  clear(): void {
    this.items.length = 0;
    this.keysHi.length = 0;
    this.keysLo.length = 0;
  }

  push(node: number): void {
    const { items, keysHi, keysLo } = this;
    let i = items.length;
    const h = this.hi[node];
    const l = this.lo[node];
    items.push(node);
    keysHi.push(h);
    keysLo.push(l);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keysHi[parent] < h || (keysHi[parent] === h && keysLo[parent] <= l)) break;
      items[i] = items[parent];
      keysHi[i] = keysHi[parent];
      keysLo[i] = keysLo[parent];
      i = parent;
    }
    items[i] = node;
    keysHi[i] = h;
    keysLo[i] = l;
  }

  pop(): number {
    const { items, keysHi, keysLo } = this;
    const top = items[0];
    const lastItem = items.pop() as number;
    const lastHi = keysHi.pop() as number;
    const lastLo = keysLo.pop() as number;
    const n = items.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (keysHi[child + 1] < keysHi[child] || (keysHi[child + 1] === keysHi[child] && keysLo[child + 1] < keysLo[child]))) {
        child++;
      }
      if (lastHi < keysHi[child] || (lastHi === keysHi[child] && lastLo <= keysLo[child])) break;
      items[i] = items[child];
      keysHi[i] = keysHi[child];
      keysLo[i] = keysLo[child];
      i = child;
    }
    items[i] = lastItem;
    keysHi[i] = lastHi;
    keysLo[i] = lastLo;
    return top;
  }
}
