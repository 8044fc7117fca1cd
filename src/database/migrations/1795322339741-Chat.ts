import { MigrationInterface, QueryRunner } from "typeorm";

/** Chat: workspaces and link codes, chat identities, inbound-event keys, AI CEO settings, sessions and messages, reply targets. */
export class Chat1795322339741 implements MigrationInterface {
    name = 'Chat1795322339741'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "ai_ceo_configs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "personality" text NOT NULL,
                "goals" text NOT NULL,
                "industry" character varying(200) NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_42ad6f9dabf21add3ca8ec6c17b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_41e91df12f256265a0476646c3" ON "ai_ceo_configs" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_identities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "provider" character varying(16) NOT NULL,
                "workspace_external_id" character varying(64) NOT NULL,
                "external_user_id" character varying(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "method" character varying(16) NOT NULL,
                CONSTRAINT "PK_389d7663ad7b05533e03dfa8ef6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ee9da51694e826768af542868e" ON "chat_identities" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e50ad5e5e4139e521b9a0d5aea" ON "chat_identities" (
                "provider",
                "workspace_external_id",
                "external_user_id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "content" text NOT NULL,
                "mode" character varying(16),
                "input_tokens" integer NOT NULL DEFAULT '0',
                "output_tokens" integer NOT NULL DEFAULT '0',
                "cost" bigint,
                CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c223dac1c7d1c04c8954ce669d" ON "chat_messages" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_34bfc66e62161622b54ac9af4a" ON "chat_messages" ("session_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_reply_targets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "task_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "provider" character varying(16) NOT NULL,
                "target" jsonb NOT NULL,
                "notified_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_bb51e83e62c8e091b843f10c285" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_13e4a6ef916a16063e9734584a" ON "chat_reply_targets" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_79cff42b14ff9722a27e84c05e" ON "chat_reply_targets" ("task_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "channel" character varying(16) NOT NULL,
                "thread_key" character varying(200) NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_efc151a4aafa9a28b73dedc485f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1a0f8420221c40d8f8933182a2" ON "chat_sessions" ("organization_id", "channel", "thread_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_workspaces" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "provider" character varying(16) NOT NULL,
                "external_id" character varying(64) NOT NULL,
                "organization_id" uuid,
                "name" character varying(200),
                "bot_token_ciphertext" text,
                "bot_user_id" character varying(64),
                "linked_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dae36f5f72a9fdb0f60ad15ae09" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b1adcebd3f51c18f593d44498b" ON "chat_workspaces" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_689c26f45fc4e841a2c9469dd8" ON "chat_workspaces" ("provider", "external_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_inbound_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "provider" character varying(16) NOT NULL,
                "idempotency_key" character varying(200) NOT NULL,
                CONSTRAINT "PK_799e9632e5232013a5edce96372" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_61d70f9b1626b47068dfcfb91f" ON "chat_inbound_events" ("provider", "idempotency_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "chat_link_codes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "provider" character varying(16) NOT NULL,
                "code_hash" character varying(64) NOT NULL,
                "user_id" uuid,
                "created_by" character varying(64),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "used_in_workspace" character varying(64),
                CONSTRAINT "PK_83aa160ae096dc59ba3b7d82880" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e01e07d7a6e4626276aab14389" ON "chat_link_codes" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_14a2bf03643761b6383af427bc" ON "chat_link_codes" ("code_hash")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_14a2bf03643761b6383af427bc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e01e07d7a6e4626276aab14389"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_link_codes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_61d70f9b1626b47068dfcfb91f"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_inbound_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_689c26f45fc4e841a2c9469dd8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b1adcebd3f51c18f593d44498b"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_workspaces"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1a0f8420221c40d8f8933182a2"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_79cff42b14ff9722a27e84c05e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_13e4a6ef916a16063e9734584a"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_reply_targets"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_34bfc66e62161622b54ac9af4a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c223dac1c7d1c04c8954ce669d"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_messages"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e50ad5e5e4139e521b9a0d5aea"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ee9da51694e826768af542868e"
        `);
        await queryRunner.query(`
            DROP TABLE "chat_identities"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_41e91df12f256265a0476646c3"
        `);
        await queryRunner.query(`
            DROP TABLE "ai_ceo_configs"
        `);
    }

}
