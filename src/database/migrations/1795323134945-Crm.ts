import { MigrationInterface, QueryRunner } from 'typeorm';

/** CRM (leads, activities, meetings, scoring models), content (posts, channel connections, campaigns) and the agentic engine. */

export class Crm1795323134945 implements MigrationInterface {
    name = 'Crm1795323134945'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "content_channel_connections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "provider" character varying(32) NOT NULL,
                "access_token_ciphertext" text NOT NULL,
                "author_urn" character varying(200) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8da55f70683a550a8f614ed7521" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c3d4e68c24b542affb676dbdd0" ON "content_channel_connections" ("organization_id", "provider")
        `);
        await queryRunner.query(`
            CREATE TABLE "campaign_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "campaign_key" character varying(100) NOT NULL,
                "email" character varying(320) NOT NULL,
                "status" character varying(16) NOT NULL,
                "message_id" character varying(300),
                "error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_15845ec71a019d0a15f13153296" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1c2104fbb90cb44f479f744a4a" ON "campaign_deliveries" ("organization_id", "campaign_key", "email")
        `);
        await queryRunner.query(`
            CREATE TABLE "content_posts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "channel" character varying(32) NOT NULL,
                "text" text NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "scheduled_at" TIMESTAMP WITH TIME ZONE,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "external_id" character varying(300),
                "last_error" text,
                "generated_by" character varying(16) NOT NULL DEFAULT 'manual',
                "task_id" uuid,
                "publish_attempts" integer NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b3b972a0cd884ad3fdc5d62c49c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3f4b4074a16d0711662a064c65" ON "content_posts" ("organization_id", "task_id")
            WHERE "task_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_933007f7f1b9eccdf5bd6c124f" ON "content_posts" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7ac297179cf75e22569b48b2ea" ON "content_posts" ("organization_id", "status", "scheduled_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "email_unsubscribes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "email" character varying(320) NOT NULL,
                "reason" character varying(200),
                CONSTRAINT "PK_bff2e14bb42ff23af716672fc01" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_7a041952ef0909ba29065a4e3c" ON "email_unsubscribes" ("organization_id", "email")
        `);
        await queryRunner.query(`
            CREATE TABLE "crm_activities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "lead_id" uuid NOT NULL,
                "type" character varying(16) NOT NULL,
                "body" text NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_by" character varying(64),
                "idempotency_key" character varying(200),
                CONSTRAINT "PK_d56ffe80fd59fb40765d9f6ff35" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_807ac389216078baf739a1a9cf" ON "crm_activities" ("organization_id", "idempotency_key")
            WHERE "idempotency_key" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d0a3dc144430d6c0813f4257c3" ON "crm_activities" ("organization_id", "lead_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "crm_scoring_models" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "parameters" jsonb NOT NULL,
                "trained_on" integer NOT NULL,
                "won" integer NOT NULL,
                "lost" integer NOT NULL,
                "auc" double precision NOT NULL,
                "heuristic_auc" double precision NOT NULL,
                "trained_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_63718201754a0eb76ba3bd80d5b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_229d3bacb9fd021c18fe8661f3" ON "crm_scoring_models" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "crm_leads" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "company" character varying(200),
                "email" character varying(320),
                "phone" character varying(64),
                "source" character varying(64),
                "status" character varying(16) NOT NULL DEFAULT 'new',
                "priority" character varying(8) NOT NULL DEFAULT 'medium',
                "owner" character varying(200),
                "value" numeric(14, 2),
                "notes" text,
                "email_key" character varying(320),
                "name_key" character varying(200) NOT NULL,
                "company_key" character varying(200),
                "score" double precision,
                "score_reasons" jsonb NOT NULL DEFAULT '[]',
                "score_method" character varying(16),
                "scored_at" TIMESTAMP WITH TIME ZONE,
                "activity_count" integer NOT NULL DEFAULT '0',
                "last_activity_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_023c67e7150b04458c964631db3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5efd35f550d9630c540c52fa92" ON "crm_leads" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8f73ed4bfe18a773fd9cda4cf3" ON "crm_leads" ("organization_id", "score")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5219510b01f05cc54b8c45c4b2" ON "crm_leads" ("organization_id", "status", "last_activity_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b222b8ec5edbbf35d999f43e2a" ON "crm_leads" ("organization_id", "company_key", "name_key")
            WHERE "company_key" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_4e73b85f43d5d77e91541739e2" ON "crm_leads" ("organization_id", "email_key")
            WHERE "email_key" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "crm_meetings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "lead_id" uuid,
                "title" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" integer NOT NULL DEFAULT '30',
                "attendees" jsonb NOT NULL DEFAULT '[]',
                "outcome" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c2f5a90753c2cb392b5748f56a7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ee13c58b4d402c3af7f5774ad5" ON "crm_meetings" ("organization_id", "lead_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ec18165f3cd3c4b5206a3724b6" ON "crm_meetings" ("organization_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "agentic_policies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "enabled" boolean NOT NULL DEFAULT true,
                "auto_approve" boolean NOT NULL DEFAULT false,
                "run_credit_cap" bigint NOT NULL DEFAULT '5000000',
                "confidence_threshold" double precision NOT NULL DEFAULT '0.75',
                "stale_lead_days" integer NOT NULL DEFAULT '14',
                "weekly_post_target" integer NOT NULL DEFAULT '2',
                "backlog_threshold" integer NOT NULL DEFAULT '10',
                "digest_channel" character varying(16) NOT NULL DEFAULT 'none',
                "digest_target" character varying(200),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ee7e17b8ae8f85071e39abad450" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_14a86bb45b81cab548c11349fc" ON "agentic_policies" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "agentic_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "run_id" uuid,
                "insight_type" character varying(32) NOT NULL,
                "action" character varying(64) NOT NULL,
                "dedupe_key" character varying(200) NOT NULL,
                "reason" text NOT NULL,
                "confidence" double precision NOT NULL,
                "estimated_cost" bigint NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "status" character varying(16) NOT NULL DEFAULT 'pending',
                "decided_via" character varying(32),
                "decided_by" character varying(100),
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "task_id" uuid,
                "execution_error" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_17a4784b97b0e4fb64d043194fe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b53e9f219aed4ad58deb288c49" ON "agentic_proposals" ("organization_id", "status", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1746b3328d73f70ee4f013bc2b" ON "agentic_proposals" ("organization_id", "dedupe_key", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b6767e41463d4bbad50bbd408c" ON "agentic_proposals" ("organization_id", "dedupe_key")
            WHERE "status" = 'pending'
        `);
        await queryRunner.query(`
            CREATE TABLE "agentic_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "trigger" character varying(16) NOT NULL,
                "insights" jsonb NOT NULL DEFAULT '[]',
                "proposals_filed" integer NOT NULL DEFAULT '0',
                "auto_approved" integer NOT NULL DEFAULT '0',
                "credit_cap" bigint NOT NULL,
                "committed" bigint NOT NULL DEFAULT '0',
                "duration_ms" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_bb2c8a3067b13c7b29d6a0289b1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2c114594bba9f56453e1de3f01" ON "agentic_runs" ("organization_id", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2c114594bba9f56453e1de3f01"
        `);
        await queryRunner.query(`
            DROP TABLE "agentic_runs"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b6767e41463d4bbad50bbd408c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1746b3328d73f70ee4f013bc2b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b53e9f219aed4ad58deb288c49"
        `);
        await queryRunner.query(`
            DROP TABLE "agentic_proposals"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_14a86bb45b81cab548c11349fc"
        `);
        await queryRunner.query(`
            DROP TABLE "agentic_policies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ec18165f3cd3c4b5206a3724b6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ee13c58b4d402c3af7f5774ad5"
        `);
        await queryRunner.query(`
            DROP TABLE "crm_meetings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4e73b85f43d5d77e91541739e2"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b222b8ec5edbbf35d999f43e2a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5219510b01f05cc54b8c45c4b2"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8f73ed4bfe18a773fd9cda4cf3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5efd35f550d9630c540c52fa92"
        `);
        await queryRunner.query(`
            DROP TABLE "crm_leads"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_229d3bacb9fd021c18fe8661f3"
        `);
        await queryRunner.query(`
            DROP TABLE "crm_scoring_models"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d0a3dc144430d6c0813f4257c3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_807ac389216078baf739a1a9cf"
        `);
        await queryRunner.query(`
            DROP TABLE "crm_activities"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7a041952ef0909ba29065a4e3c"
        `);
        await queryRunner.query(`
            DROP TABLE "email_unsubscribes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7ac297179cf75e22569b48b2ea"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_933007f7f1b9eccdf5bd6c124f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3f4b4074a16d0711662a064c65"
        `);
        await queryRunner.query(`
            DROP TABLE "content_posts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1c2104fbb90cb44f479f744a4a"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign_deliveries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c3d4e68c24b542affb676dbdd0"
        `);
        await queryRunner.query(`
            DROP TABLE "content_channel_connections"
        `);
    }

}
