import { MigrationInterface, QueryRunner } from "typeorm";

export class Tasks1795322397223 implements MigrationInterface {
    name = 'Tasks1795322397223'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "email_corrections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "text" text NOT NULL,
                "category" character varying(32) NOT NULL,
                "task_id" uuid,
                CONSTRAINT "PK_88dbfc11cb6a3b4acf523389010" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_993f8dc3f32fc0352de6797453" ON "email_corrections" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "task_inputs" (
                "task_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "content" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9a2c40d6832a4197995c95dc904" PRIMARY KEY ("task_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "tasks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "agent" character varying(64) NOT NULL,
                "status" character varying(16) NOT NULL,
                "input" jsonb NOT NULL,
                "output" jsonb,
                "mode" character varying(16),
                "input_tokens" integer NOT NULL DEFAULT '0',
                "output_tokens" integer NOT NULL DEFAULT '0',
                "cost" bigint,
                "cost_breakdown" jsonb,
                "held_amount" bigint,
                "hold_id" character varying(64),
                "error" jsonb,
                "department" character varying(100),
                "project" character varying(100),
                "idempotency_key" character varying(200),
                "channel" character varying(32) NOT NULL DEFAULT 'rest',
                "requested_by" character varying(64),
                "attempts" integer NOT NULL DEFAULT '0',
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_15c6028c04f9da86665ce77dd8" ON "tasks" ("organization_id", "idempotency_key")
            WHERE "idempotency_key" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bf68913f8102d19cc277c9ff69" ON "tasks" ("organization_id", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "tasks"
        `);
        await queryRunner.query(`
            DROP TABLE "task_inputs"
        `);
        await queryRunner.query(`
            DROP TABLE "email_corrections"
        `);
    }

}
