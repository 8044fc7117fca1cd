import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Default price list (micro-credits; 1 credit = 1,000,000) and volume discount tiers per plan.
 * Platform admins edit prices through the API; rows here are only the starting point.
 */
const PRICES: [operation: string, label: string, kind: string, perTask: number, perKIn: number, perKOut: number, estIn: number, estOut: number][] = [
  ['invoice-processor', 'Invoice Processor', 'agent', 500_000, 10_000, 30_000, 4000, 1000],
  ['email-sorter', 'Email Sorter', 'agent', 100_000, 10_000, 30_000, 2000, 200],
  ['data-entry', 'Data Entry', 'agent', 250_000, 10_000, 30_000, 3000, 800],
  ['ai-ceo-chat', 'AI CEO chat message', 'agent', 50_000, 20_000, 60_000, 3000, 800],
  ['prediction', 'Win-probability prediction', 'operation', 200_000, 0, 0, 0, 0],
  ['report', 'Report', 'operation', 1_000_000, 10_000, 30_000, 6000, 2000],
  ['dataset-upload', 'Dataset upload', 'operation', 500_000, 0, 0, 0, 0],
  ['model-training', 'Model training run', 'operation', 5_000_000, 0, 0, 0, 0],
  ['social_media_post', 'Social media post', 'operation', 200_000, 10_000, 30_000, 1000, 300],
  ['email_campaign', 'E-mail campaign', 'operation', 500_000, 10_000, 30_000, 1500, 600],
  ['lead_followup', 'Lead follow-up', 'operation', 100_000, 10_000, 30_000, 1000, 300],
];

/** 5% from 50, 10% from 200, 20% from 1,000 billable tasks in a UTC day. */
const TIERS: [minTasks: number, bps: number][] = [
  [50, 500],
  [200, 1000],
  [1000, 2000],
];

const PLANS = ['free', 'pro', 'enterprise'];

export class SeedCreditPrices1795321782700 implements MigrationInterface {
  name = 'SeedCreditPrices1795321782700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [operation, label, kind, perTask, perKIn, perKOut, estIn, estOut] of PRICES) {
      await queryRunner.query(
        `INSERT INTO "credit_prices" ("operation", "label", "kind", "per_task", "per_thousand_input_tokens", "per_thousand_output_tokens", "estimate_input_tokens", "estimate_output_tokens")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ("operation") DO NOTHING`,
        [operation, label, kind, perTask, perKIn, perKOut, estIn, estOut],
      );
    }
    for (const plan of PLANS) {
      for (const [minTasks, bps] of TIERS) {
        await queryRunner.query(
          `INSERT INTO "credit_discount_tiers" ("plan", "min_tasks", "discount_bps") VALUES ($1, $2, $3) ON CONFLICT ("plan", "min_tasks") DO NOTHING`,
          [plan, minTasks, bps],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "credit_discount_tiers" WHERE "plan" = ANY($1)`, [PLANS]);
    await queryRunner.query(`DELETE FROM "credit_prices" WHERE "operation" = ANY($1)`, [PRICES.map((p) => p[0])]);
  }
}
