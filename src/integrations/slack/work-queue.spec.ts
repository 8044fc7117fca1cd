import { setTimeout as sleep } from 'node:timers/promises';
import { WorkQueue } from './work-queue';

describe('WorkQueue', () => {
  it('holds work while requests keep arriving and starts it once they pause', async () => {
    // the clock and timers are the test's: a loaded machine cannot stretch a pause into a quiet spell
    jest.useFakeTimers();
    try {
      const queue = new WorkQueue({ concurrency: 1, quietMs: 40, maxHoldMs: 5_000 });
      let startedAt = 0;
      queue.noteArrival();
      queue.push(async () => void (startedAt = performance.now()));
      await jest.advanceTimersByTimeAsync(25);
      queue.noteArrival();
      const lastArrival = performance.now();
      await jest.advanceTimersByTimeAsync(25);
      expect(startedAt).toBe(0);
      await jest.advanceTimersByTimeAsync(100);
      await queue.idle();
      expect(startedAt - lastArrival).toBeGreaterThanOrEqual(40);
      expect(startedAt - lastArrival).toBeLessThan(100);
    } finally {
      jest.useRealTimers();
    }
  });

  it('never holds an item longer than maxHoldMs, however steady the arrivals', async () => {
    const queue = new WorkQueue({ concurrency: 1, quietMs: 40, maxHoldMs: 80 });
    const arrivals = setInterval(() => queue.noteArrival(), 5);
    try {
      queue.noteArrival();
      const pushedAt = performance.now();
      let startedAt = 0;
      queue.push(async () => void (startedAt = performance.now()));
      await queue.idle();
      expect(startedAt - pushedAt).toBeGreaterThanOrEqual(75);
      expect(startedAt - pushedAt).toBeLessThan(1_000);
    } finally {
      clearInterval(arrivals);
    }
  });

  it('runs at once without arrivals, at most `concurrency` at a time, and idle() includes work queued by work', async () => {
    // holds would last 10 seconds: without arrivals there must be none
    const queue = new WorkQueue({ concurrency: 2, quietMs: 10_000, maxHoldMs: 10_000 });
    let running = 0;
    let most = 0;
    const done: string[] = [];
    const item = (name: string, then?: () => void) => async () => {
      running += 1;
      most = Math.max(most, running);
      await sleep(10);
      running -= 1;
      done.push(name);
      then?.();
    };
    const pushedAt = performance.now();
    for (const name of ['a', 'b', 'c']) queue.push(item(name, name === 'c' ? () => queue.push(item('d')) : undefined));
    await queue.idle();
    expect(done.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(most).toBe(2);
    expect(performance.now() - pushedAt).toBeLessThan(5_000);
  });

  it('keeps going after a failed item', async () => {
    const queue = new WorkQueue({ concurrency: 1 });
    const done: string[] = [];
    queue.push(async () => {
      throw new Error('boom');
    });
    queue.push(async () => void done.push('next'));
    await queue.idle();
    expect(done).toEqual(['next']);
  });
});
