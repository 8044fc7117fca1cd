import { MigrationInterface, QueryRunner } from "typeorm";

export class Credits1795321782677 implements MigrationInterface {
    name = 'Credits1795321782677'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "credit_budgets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "department" character varying(100),
                "project" character varying(100),
                "amount_limit" bigint NOT NULL,
                "hard_stop" boolean NOT NULL DEFAULT false,
                "period_start" date,
                "spent" bigint NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6fc1428c42681a34dcc97e3a135" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5c35747112e1adcb983e35d5d9" ON "credit_budgets" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_accounts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "granted" bigint NOT NULL DEFAULT '0',
                "purchased" bigint NOT NULL DEFAULT '0',
                "held" bigint NOT NULL DEFAULT '0',
                "entries" bigint NOT NULL DEFAULT '0',
                "last_granted_spent" bigint NOT NULL DEFAULT '0',
                "day_start" date,
                "day_tasks" integer NOT NULL DEFAULT '0',
                "low_balance_threshold" bigint,
                "low_balance_alerted_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_credit_accounts_non_negative" CHECK (
                    granted >= 0
                    AND purchased >= 0
                    AND held >= 0
                    AND granted + purchased >= held
                ),
                CONSTRAINT "PK_a81047fa386ce9ab9567c763d72" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_90c5b895e77e7a27c3ce727d91" ON "credit_accounts" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_alerts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "kind" character varying(32) NOT NULL,
                "dedupe_key" character varying(200) NOT NULL,
                "budget_id" uuid,
                "threshold" integer,
                "details" jsonb,
                CONSTRAINT "PK_861a57a836071733bff4d848b47" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1895330ce5bc385ef0d4807835" ON "credit_alerts" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a8a93c5239c9333ebed66d0b2e" ON "credit_alerts" ("organization_id", "dedupe_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_holds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "amount" bigint NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'open',
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "idempotency_key" character varying(200) NOT NULL,
                "reference_type" character varying(32),
                "reference_id" character varying(100),
                "department" character varying(100),
                "project" character varying(100),
                "captured_amount" bigint,
                "capture_entry_id" uuid,
                "settled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d8f088c9664213c62b45b222a45" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_credit_holds_open_expiry" ON "credit_holds" ("expires_at")
            WHERE "status" = 'open'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d2358acab11e62cc3dfc4f2eaa" ON "credit_holds" ("organization_id", "idempotency_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_settings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "auto_top_up_enabled" boolean NOT NULL DEFAULT false,
                "auto_top_up_threshold" bigint,
                "auto_top_up_package" character varying(64),
                "auto_top_up_monthly_cap" bigint,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0ec93f35dc7f2b62fa8eeeaa60f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9e19069577e4bb9880838a5748" ON "credit_settings" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_discount_tiers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "plan" character varying(32) NOT NULL,
                "min_tasks" integer NOT NULL,
                "discount_bps" integer NOT NULL,
                CONSTRAINT "PK_8d1516ece5c08bdd0df740fdeb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_35ceab6b720e3d666e2ac19045" ON "credit_discount_tiers" ("plan", "min_tasks")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_grant_lots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "entry_id" uuid NOT NULL,
                "grant_sequence" bigint NOT NULL,
                "amount" bigint NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "expired_amount" bigint NOT NULL DEFAULT '0',
                "settled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_a23971fb41902cd826159b6b6a7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_credit_grant_lots_due" ON "credit_grant_lots" ("expires_at")
            WHERE "settled_at" IS NULL
                AND "expires_at" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cbadc3deb6cc261f1b2d27fbb6" ON "credit_grant_lots" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_ledger_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "sequence" bigint NOT NULL,
                "type" character varying(16) NOT NULL,
                "amount" bigint NOT NULL,
                "granted_amount" bigint NOT NULL,
                "purchased_amount" bigint NOT NULL,
                "held_amount" bigint NOT NULL,
                "balance_after" bigint NOT NULL,
                "held_after" bigint NOT NULL,
                "idempotency_key" character varying(200) NOT NULL,
                "reference_type" character varying(32),
                "reference_id" character varying(100),
                "hold_id" uuid,
                "department" character varying(100),
                "project" character varying(100),
                "actor_type" character varying(16),
                "actor_id" character varying(64),
                "operation" character varying(64),
                "quantity" integer NOT NULL DEFAULT '0',
                "breakdown" jsonb,
                "description" character varying(500),
                CONSTRAINT "PK_5b40111e1ba27eb8ea205f57b14" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7c9437ea4ce4a31ec19e556b83" ON "credit_ledger_entries" (
                "organization_id",
                "reference_type",
                "reference_id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96cf744b6213f54161bf8f9ba6" ON "credit_ledger_entries" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9cfb575ae7f551eb608f8e62fb" ON "credit_ledger_entries" ("organization_id", "sequence")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_56294d77d6cbd03486c51174c4" ON "credit_ledger_entries" ("organization_id", "idempotency_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_usage_counters" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "period_start" date NOT NULL,
                "kind" character varying(16) NOT NULL,
                "used" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_cdffd2446b2e23f349505a74d81" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9fa26615268c4730184a00094a" ON "plan_usage_counters" ("organization_id", "period_start", "kind")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_usage_claims" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "period_start" date NOT NULL,
                "idempotency_key" character varying(200) NOT NULL,
                CONSTRAINT "PK_d4fad1c15ab39b1011baf61ca01" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_331ffac53e6048d52476b3eab2" ON "plan_usage_claims" ("organization_id", "kind", "idempotency_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "credit_prices" (
                "operation" character varying(64) NOT NULL,
                "label" character varying(100) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "per_task" bigint NOT NULL,
                "per_thousand_input_tokens" bigint NOT NULL,
                "per_thousand_output_tokens" bigint NOT NULL,
                "estimate_input_tokens" integer NOT NULL DEFAULT '0',
                "estimate_output_tokens" integer NOT NULL DEFAULT '0',
                "active" boolean NOT NULL DEFAULT true,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8b7cfb400586d23d67cd69f5864" PRIMARY KEY ("operation")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "signup_credit_claims" (
                "email_hash" character varying(64) NOT NULL,
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5591941b9d9b644ce681a921d7d" PRIMARY KEY ("email_hash")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "signup_credit_claims"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_prices"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_331ffac53e6048d52476b3eab2"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_usage_claims"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9fa26615268c4730184a00094a"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_usage_counters"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_56294d77d6cbd03486c51174c4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9cfb575ae7f551eb608f8e62fb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_96cf744b6213f54161bf8f9ba6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7c9437ea4ce4a31ec19e556b83"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_ledger_entries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cbadc3deb6cc261f1b2d27fbb6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_credit_grant_lots_due"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_grant_lots"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_35ceab6b720e3d666e2ac19045"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_discount_tiers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9e19069577e4bb9880838a5748"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d2358acab11e62cc3dfc4f2eaa"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_credit_holds_open_expiry"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_holds"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a8a93c5239c9333ebed66d0b2e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1895330ce5bc385ef0d4807835"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_alerts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_90c5b895e77e7a27c3ce727d91"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_accounts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5c35747112e1adcb983e35d5d9"
        `);
        await queryRunner.query(`
            DROP TABLE "credit_budgets"
        `);
    }

}
