import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a hard-stop budget in scope would go over its limit by `amount`. PL/pgSQL and
 * VOLATILE on purpose: in READ COMMITTED each of its queries takes a fresh snapshot, so when a
 * charge waited for the account row it re-checks the budgets as the charges before it left
 * them (a plain sub-select would see them as of its own statement's start and let concurrent
 * charges overshoot the limit together).
 */
export class BudgetGuard1795333000000 implements MigrationInterface {
  name = 'BudgetGuard1795333000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION credit_hard_stop_blocks(p_organization_id uuid, p_department varchar, p_project varchar, p_amount bigint, p_period date)
      RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RETURN EXISTS (
          SELECT 1 FROM credit_budgets b
           WHERE b.organization_id = p_organization_id
             AND (b.department IS NULL OR b.department = p_department)
             AND (b.project IS NULL OR b.project = p_project)
             AND b.hard_stop
             AND (CASE WHEN b.period_start = p_period THEN b.spent ELSE 0 END) + p_amount > b.amount_limit);
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION credit_hard_stop_blocks(uuid, varchar, varchar, bigint, date)`);
  }
}
