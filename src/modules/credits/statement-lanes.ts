import type { Logger } from '@nestjs/common';
import { isUniqueViolation } from './ledger.repository';

export type TurnKind = 'admit' | 'complete';

/** A task statement waiting for its turn; `doc` is its row for the batched statement (null: it runs alone). */
export interface Turn {
  kind: TurnKind;
  doc: Record<string, unknown> | null;
  single: () => Promise<any[]>;
  resolve: (rows: any[]) => void;
  reject: (error: unknown) => void;
}

/** Runs one batched statement of a kind; the map holds the rows it wrote, by caller. */
export type BatchRunners = Record<TurnKind, (batch: Turn[]) => Promise<Map<Turn, any>>> & {
  /** Both batched statements in one transaction and one round trip (absent: they take turns). */
  cycle?: (admit: Turn[], complete: Turn[]) => Promise<[Map<Turn, any>, Map<Turn, any>]>;
};

/** At most this many rows in one batched statement. */
const MAX_BATCH = 128;

/**
 * Independent group-commit queues; an organization always lands in the same one. One lane makes
 * the biggest batches: with 16 organizations bench/executor ran 1,407-1,432 tasks/s on one lane,
 * 1,174-1,369 on two and 1,001-1,070 on four (one organization alone: the same on all). More
 * lanes would keep a statement waiting on an account row locked by another process from
 * holding up the other organizations, but every such lock is held for one short statement.
 */
const LANES = 1;

function laneOf(organizationId: string): number {
  return parseInt(organizationId.slice(0, 8), 16) % LANES;
}

/** The waiting turns of a kind, in arrival order (at most MAX_BATCH), taken off the queue. */
function take(queue: Turn[], kind: TurnKind): Turn[] {
  const batch: Turn[] = [];
  for (let i = 0; i < queue.length && batch.length < MAX_BATCH; ) {
    if (queue[i].kind === kind) batch.push(...queue.splice(i, 1));
    else i += 1;
  }
  return batch;
}

/** A used idempotency key (23505), a deadlock with another process (40P01), a plan allowance taken meanwhile (22012 in ADMIT_TASKS). */
function isExpected(error: unknown, kind: TurnKind): boolean {
  const code = (error as { code?: string }).code;
  return isUniqueViolation(error) || code === '40P01' || (kind === 'admit' && code === '22012');
}

async function runAlone(turn: Turn) {
  try {
    turn.resolve(await turn.single());
  } catch (error) {
    turn.reject(error);
  }
}

/**
 * Group commit for account-locking task statements: while a lane's statement runs, the callers
 * that arrive wait, and then run together as one batched statement of their kind (ADMIT_TASKS,
 * COMPLETE_TASKS: one account update per organization, one commit for all), the kinds taking
 * turns. An organization always uses the same lane, so its statements run one at a time in this
 * process: they would queue on the account row anyway, and a crowd of backends waiting on one
 * row costs PostgreSQL far more CPU (wake-ups, re-checks) than this queue does. (Two statements
 * in flight per lane, or a lane per kind, measured slower.) Each caller gets its own row after
 * the commit; the rows the batched statement does not write (not plain) run their own single
 * statement, each organization's in arrival order. A caller without a row for the batch (a file
 * to store) runs its single statement at once.
 */
export class StatementLanes {
  private readonly lanes = Array.from({ length: LANES }, () => ({ waiting: [] as Turn[], draining: false }));
  /** How many batched statements wrote rows, and how many rows went one by one (tests read these). */
  readonly batches = { admitted: 0, completed: 0, fellBack: 0, cycles: 0 };

  constructor(
    private readonly runners: BatchRunners,
    private readonly logger: Logger,
  ) {}

  inTurn(organizationId: string, turn: Omit<Turn, 'resolve' | 'reject'>): Promise<any[]> {
    if (!turn.doc) return turn.single();
    const lane = this.lanes[laneOf(organizationId)];
    return new Promise((resolve, reject) => {
      lane.waiting.push({ ...turn, resolve, reject });
      if (!lane.draining) {
        lane.draining = true;
        void this.drain(lane);
      }
    });
  }

  private async drain(lane: { waiting: Turn[]; draining: boolean }) {
    const queue = lane.waiting;
    let last: TurnKind | null = null;
    // runCycle, runAlone and runBatch settle every caller and never throw
    while (queue.length) {
      if (this.runners.cycle && queue.some((turn) => turn.kind === 'admit') && queue.some((turn) => turn.kind === 'complete')) {
        await this.runCycle(take(queue, 'admit'), take(queue, 'complete'));
        continue;
      }
      const kind: TurnKind = last && queue.some((turn) => turn.kind !== last) ? (last === 'admit' ? 'complete' : 'admit') : queue[0].kind;
      const batch = take(queue, kind);
      last = kind;
      if (batch.length === 1) await runAlone(batch[0]);
      else await this.runBatch(kind, batch);
    }
    lane.draining = false;
  }

  /** Both batches in one transaction; if it failed, each batch on its own (and its rows alone). */
  private async runCycle(admit: Turn[], complete: Turn[]) {
    let written: [Map<Turn, any>, Map<Turn, any>];
    try {
      written = await this.runners.cycle!(admit, complete);
    } catch (error) {
      if (!isExpected(error, 'admit')) this.logger.warn({ msg: 'task statement cycle failed; running its batches one by one', error: (error as Error).message });
      await this.runBatch('admit', admit);
      await this.runBatch('complete', complete);
      return;
    }
    this.batches.cycles += 1;
    await Promise.all([this.settle('admit', admit, written[0]), this.settle('complete', complete, written[1])]);
  }

  /** One statement for the batch; the rows it did not write (or all, when it failed) run alone, each organization's in order. */
  private async runBatch(kind: TurnKind, batch: Turn[]) {
    let written = new Map<Turn, any>();
    try {
      written = await this.runners[kind](batch);
    } catch (error) {
      if (!isExpected(error, kind)) {
        this.logger.warn({ msg: 'batched task statement failed; running its rows one by one', kind, error: (error as Error).message });
      }
    }
    await this.settle(kind, batch, written);
  }

  /** Each caller gets its row; the rows not written run alone. */
  private async settle(kind: TurnKind, batch: Turn[], written: Map<Turn, any>) {
    if (written.size) this.batches[kind === 'admit' ? 'admitted' : 'completed'] += 1;
    const alone = new Map<unknown, Turn[]>();
    for (const turn of batch) {
      const row = written.get(turn);
      if (row) turn.resolve([row]);
      else alone.set(turn.doc!.org, [...(alone.get(turn.doc!.org) ?? []), turn]);
    }
    // one organization's rows in order; organizations side by side (their rows lock different accounts)
    await Promise.all(
      [...alone.values()].map(async (turns) => {
        for (const turn of turns) {
          this.batches.fellBack += 1;
          await runAlone(turn);
        }
      }),
    );
  }
}
