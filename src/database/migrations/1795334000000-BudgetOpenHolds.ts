import { MigrationInterface, QueryRunner } from 'typeorm';

/** credit_hard_stop_blocks (BudgetGuard1795333000000), with `reserved` added to what a budget has spent. */
const guard = (reserved: string) => `
  CREATE OR REPLACE FUNCTION credit_hard_stop_blocks(p_organization_id uuid, p_department varchar, p_project varchar, p_amount bigint, p_period date)
  RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
  BEGIN
    RETURN EXISTS (
      SELECT 1 FROM credit_budgets b
       WHERE b.organization_id = p_organization_id
         AND (b.department IS NULL OR b.department = p_department)
         AND (b.project IS NULL OR b.project = p_project)
         AND b.hard_stop
         AND (CASE WHEN b.period_start = p_period THEN b.spent ELSE 0 END)${reserved} + p_amount > b.amount_limit);
  END
  $$`;

/**
 * A hard-stop budget counts the open holds in its scope as well as what is spent: credits held
 * for tasks still running are committed, and a task's capture never exceeds its hold, so work
 * admitted under the budget can never take it over the limit together (before, concurrent tasks
 * could, by what they were still holding). credit_budget_open_holds sums them; the partial index
 * keeps that to the organization's open holds.
 */
export class BudgetOpenHolds1795334000000 implements MigrationInterface {
  name = 'BudgetOpenHolds1795334000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_credit_holds_open_org" ON "credit_holds" ("organization_id") WHERE "status" = 'open'`);
    await queryRunner.query(`
      CREATE FUNCTION credit_budget_open_holds(p_organization_id uuid, p_department varchar, p_project varchar)
      RETURNS bigint LANGUAGE sql STABLE AS $$
        SELECT coalesce(sum(h.amount), 0)::bigint FROM credit_holds h
         WHERE h.organization_id = p_organization_id AND h.status = 'open'
           AND (p_department IS NULL OR h.department = p_department)
           AND (p_project IS NULL OR h.project = p_project)
      $$`);
    await queryRunner.query(guard(' + credit_budget_open_holds(b.organization_id, b.department, b.project)'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(guard(''));
    await queryRunner.query(`DROP FUNCTION credit_budget_open_holds(uuid, varchar, varchar)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_credit_holds_open_org"`);
  }
}
