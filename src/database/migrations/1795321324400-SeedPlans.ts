import { MigrationInterface, QueryRunner } from 'typeorm';

/** Default plan limits (monthly tasks / posts / emails); operators may change the rows later. */
export class SeedPlans1795321324400 implements MigrationInterface {
  name = 'SeedPlans1795321324400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO "plans" ("name", "monthly_tasks", "monthly_posts", "monthly_emails") VALUES
        ('free', 10, 5, 3),
        ('pro', 100, 50, 25),
        ('enterprise', 1000, 500, 250)
      ON CONFLICT ("name") DO NOTHING
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "plans" WHERE "name" IN ('free', 'pro', 'enterprise')`);
  }
}
