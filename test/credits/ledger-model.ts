/**
 * A deliberately simple, in-memory model of the ledger rules, for the property test to
 * compare the real implementation against.
 */
export interface ModelHold {
  amount: bigint;
  status: 'open' | 'captured' | 'released' | 'expired';
  captureTx?: string;
}

export interface ModelLot {
  amount: bigint;
  expiredAmount: bigint;
  expiring: boolean;
  settled: boolean;
}

export type Tier = { minTasks: number; discountBps: number };

export class LedgerModel {
  granted = 0n;
  purchased = 0n;
  held = 0n;
  tasksToday = 0;
  lots: ModelLot[] = [];
  holds = new Map<string, ModelHold>();
  charges = new Map<string, { operation: string; quantity: number; tx?: string; total: bigint }>();
  grants = new Set<string>();

  constructor(private readonly tiers: Tier[]) {}

  get available() {
    return this.granted + this.purchased - this.held;
  }

  grant(key: string, amount: bigint, expiring: boolean) {
    if (this.grants.has(key)) return;
    this.grants.add(key);
    this.granted += amount;
    this.lots.push({ amount, expiredAmount: 0n, expiring, settled: false });
  }

  purchase(key: string, amount: bigint) {
    if (this.grants.has(`p:${key}`)) return;
    this.grants.add(`p:${key}`);
    this.purchased += amount;
  }

  /** 'ok' | 'replay' | 'conflict' | 'insufficient' */
  charge(key: string, operation: string, quantity: number, unit: bigint): { result: 'ok' | 'replay' | 'conflict' | 'insufficient'; total?: bigint } {
    const previous = this.charges.get(key);
    if (previous) return { result: previous.operation === operation && previous.quantity === quantity ? 'replay' : 'conflict', total: previous.total };
    const gross = unit * BigInt(quantity);
    const bps = this.tiers.reduce((best, t) => (t.minTasks <= this.tasksToday + quantity && t.discountBps > best ? t.discountBps : best), 0);
    const discount = (gross * BigInt(bps) + 5000n) / 10000n;
    const total = gross - discount;
    if (this.available < total) return { result: 'insufficient', total };
    this.spend(total);
    this.tasksToday += quantity;
    this.charges.set(key, { operation, quantity, total });
    return { result: 'ok', total };
  }

  placeHold(key: string, amount: bigint): 'ok' | 'replay' | 'insufficient' {
    if (this.holds.has(key)) return 'replay';
    if (this.available < amount) return 'insufficient';
    this.held += amount;
    this.holds.set(key, { amount, status: 'open' });
    return 'ok';
  }

  /** capture keys → the hold they captured */
  captureKeys = new Map<string, string>();

  /** 'ok' | 'replay' | 'conflict' (key used for another hold) | 'too_much' | 'released' | 'insufficient' */
  capture(holdKey: string, amount: bigint, quantity: number, key = `cap-${holdKey}`): 'ok' | 'replay' | 'conflict' | 'too_much' | 'released' | 'insufficient' {
    const hold = this.holds.get(holdKey)!;
    const keyed = this.captureKeys.get(key);
    if (keyed !== undefined) return keyed === holdKey ? 'replay' : 'conflict';
    if (hold.status === 'captured') return 'replay';
    if (amount > hold.amount) return 'too_much';
    if (hold.status === 'released') return 'released';
    if (hold.status === 'open') {
      this.held -= hold.amount;
      this.spend(amount);
    } else {
      if (this.available < amount) return 'insufficient';
      this.spend(amount);
    }
    this.tasksToday += quantity;
    hold.status = 'captured';
    this.captureKeys.set(key, holdKey);
    return 'ok';
  }

  release(holdKey: string) {
    const hold = this.holds.get(holdKey)!;
    if (hold.status !== 'open') return;
    this.held -= hold.amount;
    hold.status = 'released';
  }

  sweepHolds() {
    for (const hold of this.holds.values()) {
      if (hold.status !== 'open') continue;
      this.held -= hold.amount;
      hold.status = 'expired';
    }
  }

  /** Same policy as GrantExpiryService: spending is attributed to the soonest-expiring lot. */
  expireGrants() {
    for (const lot of this.lots) {
      if (!lot.expiring || lot.settled) continue;
      const others = this.lots.filter((l) => l !== lot && !l.settled).reduce((sum, l) => sum + l.amount - l.expiredAmount, 0n);
      const remaining = lot.amount - lot.expiredAmount;
      const unclaimed = this.granted - others;
      const unconsumed = min(remaining, unclaimed > 0n ? unclaimed : 0n);
      const expire = min(unconsumed, this.available > 0n ? this.available : 0n);
      this.granted -= expire;
      lot.expiredAmount += expire;
      lot.settled = expire === unconsumed;
    }
  }

  private spend(amount: bigint) {
    const fromGranted = min(this.granted, amount);
    this.granted -= fromGranted;
    this.purchased -= amount - fromGranted;
  }
}

function min(a: bigint, b: bigint) {
  return a < b ? a : b;
}
