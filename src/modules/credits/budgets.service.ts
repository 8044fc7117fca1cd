import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { BUDGET_THRESHOLDS } from './credit-alerts.service';
import { utcMonth } from './credits.types';
import { Budget } from './entities/budget.entity';
import { LedgerRepository } from './ledger.repository';

export interface BudgetInput {
  name: string;
  amountLimit: bigint;
  department?: string | null;
  project?: string | null;
  hardStop?: boolean;
}

export interface BudgetScope {
  department?: string | null;
  project?: string | null;
}

/**
 * $1 org, $2 department, $3 project, $4 this month (date), $5 amount: the first hard-stop budget
 * in scope it would take over, counting what is spent and what open holds in its scope reserve.
 */
const BLOCKING = {
  name: 'budgets-blocking-v2',
  sql: `
SELECT id, name, amount_limit::text, spent::text, held::text FROM (
  SELECT id, name, created_at, amount_limit, CASE WHEN period_start = $4::date THEN spent ELSE 0 END AS spent,
         credit_budget_open_holds(organization_id, department, project) AS held
    FROM credit_budgets
   WHERE organization_id = $1::uuid AND hard_stop
     AND (department IS NULL OR department = $2::varchar) AND (project IS NULL OR project = $3::varchar)
) b
WHERE b.spent + b.held + $5::bigint > b.amount_limit
ORDER BY b.created_at, b.id LIMIT 1`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Monthly budgets for an organization, a department or a project. Spending is counted by the
 * ledger in the same statement as each charge; here are the rules and the CRUD.
 */
@Injectable()
export class BudgetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerRepository,
  ) {}

  /**
   * Throws budget_exceeded when a hard-stop budget in scope would go over with `amount` more.
   * One prepared statement that returns only a blocking budget (none in the common case).
   */
  async assertAllows(organizationId: string, scope: BudgetScope, amount: bigint): Promise<void> {
    const rows = await this.ledger.hot(BLOCKING.name, BLOCKING.sql, [organizationId, scope.department ?? null, scope.project ?? null, utcMonth(), amount.toString()]);
    for (const row of rows) {
      const spent = BigInt(row.spent);
      const held = BigInt(row.held);
      const limit = BigInt(row.amount_limit);
      const reserved = held > 0n ? ` and ${formatCredits(held)} is held for work in progress` : '';
      throw new DomainError('budget_exceeded', `The budget "${row.name}" allows ${formatCredits(limit)} this month and ${formatCredits(spent)} is spent${reserved}; this needs ${formatCredits(amount)}.`, {
        budgetId: row.id,
        spent: formatCredits(spent),
        held: formatCredits(held),
        limit: formatCredits(limit),
        cost: formatCredits(amount),
      });
    }
  }

  async list(organizationId: string) {
    const budgets = await this.db.getRepository(Budget).find({ where: { organizationId }, order: { createdAt: 'ASC' } });
    return { items: budgets.map((b) => this.view(b)) };
  }

  async get(organizationId: string, id: string) {
    return this.view(await this.load(organizationId, id));
  }

  async create(organizationId: string, input: BudgetInput) {
    this.validate(input);
    const repo = this.db.getRepository(Budget);
    const budget = await repo.save(
      repo.create({
        organizationId,
        name: input.name.trim(),
        amountLimit: input.amountLimit,
        department: input.department ?? null,
        project: input.project ?? null,
        hardStop: input.hardStop ?? false,
        periodStart: utcMonth(),
        spent: await this.spentThisMonth(organizationId, input),
      }),
    );
    return this.view(budget);
  }

  async update(organizationId: string, id: string, input: Partial<BudgetInput>) {
    const budget = await this.load(organizationId, id);
    if (input.amountLimit !== undefined) this.validate({ name: budget.name, amountLimit: input.amountLimit });
    const patch: Partial<Budget> = {};
    if (input.name !== undefined) patch.name = input.name.trim();
    if (input.amountLimit !== undefined) patch.amountLimit = input.amountLimit;
    if (input.hardStop !== undefined) patch.hardStop = input.hardStop;
    await this.db.getRepository(Budget).update({ id: budget.id, organizationId }, patch);
    return this.get(organizationId, id);
  }

  async remove(organizationId: string, id: string) {
    const budget = await this.load(organizationId, id);
    await this.db.getRepository(Budget).delete({ id: budget.id, organizationId });
    return { id, deleted: true };
  }

  /** A new budget starts from what its scope already spent this month (from the ledger). */
  private async spentThisMonth(organizationId: string, scope: BudgetScope): Promise<bigint> {
    const [row] = await this.db.query(
      `SELECT coalesce(-sum(amount), 0)::text AS spent FROM credit_ledger_entries
        WHERE organization_id = $1 AND type IN ('debit', 'capture') AND created_at >= $2::date
          AND ($3::varchar IS NULL OR department = $3) AND ($4::varchar IS NULL OR project = $4)`,
      [organizationId, utcMonth(), scope.department ?? null, scope.project ?? null],
    );
    return BigInt(row.spent);
  }

  private async load(organizationId: string, id: string): Promise<Budget> {
    if (!UUID.test(id)) throw new NotFoundError('Budget');
    const budget = await this.db.getRepository(Budget).findOneBy({ id, organizationId });
    if (!budget) throw new NotFoundError('Budget');
    return budget;
  }

  private validate(input: BudgetInput) {
    if (input.amountLimit <= 0n) throw new ValidationFailedError('amountLimit must be greater than zero', { fields: { amountLimit: ['must be greater than zero'] } });
  }

  private view(b: Budget) {
    const spent = b.periodStart === utcMonth() ? b.spent : 0n;
    const percent = Number((spent * 10_000n) / b.amountLimit) / 100;
    return {
      id: b.id,
      name: b.name,
      department: b.department,
      project: b.project,
      amountLimit: formatCredits(b.amountLimit),
      hardStop: b.hardStop,
      period: utcMonth(),
      spent: formatCredits(spent),
      remaining: formatCredits(b.amountLimit > spent ? b.amountLimit - spent : 0n),
      percentUsed: percent,
      thresholds: BUDGET_THRESHOLDS.filter((t) => percent >= t),
      createdAt: b.createdAt,
    };
  }
}
