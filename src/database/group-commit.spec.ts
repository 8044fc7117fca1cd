import { GroupCommit } from './group-commit';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('GroupCommit', () => {
  it('writes rows submitted in the same turn in one batch, and resolves each caller after the write', async () => {
    const batches: number[][] = [];
    const writer = new GroupCommit<number>(async (rows) => {
      batches.push(rows);
    });
    await Promise.all([1, 2, 3, 4].map((n) => writer.submit(n)));
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('collects rows that arrive while writes are in flight into the next batch, with at most maxInFlight writes at once', async () => {
    const gates: ReturnType<typeof deferred>[] = [];
    const batches: number[][] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const writer = new GroupCommit<number>(
      async (rows) => {
        batches.push(rows);
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        const gate = deferred();
        gates.push(gate);
        await gate.promise;
        concurrent -= 1;
      },
      { maxBatch: 100, maxInFlight: 1 },
    );
    const first = writer.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => writer.submit(n));
    let firstDone = false;
    void first.then(() => (firstDone = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    expect(firstDone).toBe(false);
    gates[0].release();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    gates[1].release();
    await Promise.all(later);
    expect(maxConcurrent).toBe(1);
  });

  it('splits batches at maxBatch', async () => {
    const batches: number[][] = [];
    const writer = new GroupCommit<number>(async (rows) => void batches.push(rows), { maxBatch: 3, maxInFlight: 4 });
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => writer.submit(n)));
    expect(batches.flat().sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(3);
  });

  it('fails only the caller whose row is bad when a batch fails', async () => {
    const written: number[] = [];
    const writer = new GroupCommit<number>(async (rows) => {
      if (rows.includes(13)) throw new Error('bad row');
      written.push(...rows);
    });
    const results = await Promise.allSettled([12, 13, 14].map((n) => writer.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(written.sort()).toEqual([12, 14]);
  });
});
