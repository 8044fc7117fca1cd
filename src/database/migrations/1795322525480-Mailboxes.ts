import { MigrationInterface, QueryRunner } from "typeorm";

export class Mailboxes1795322525480 implements MigrationInterface {
    name = 'Mailboxes1795322525480'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "inbound_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "mailbox_id" uuid NOT NULL,
                "uid_validity" bigint NOT NULL,
                "uid" bigint NOT NULL,
                "message_id" character varying(998) NOT NULL,
                "content_hash" character(64) NOT NULL,
                "from_address" character varying(320),
                "subject" character varying(998),
                "size" integer NOT NULL,
                "raw" bytea,
                "status" character varying(16) NOT NULL,
                "reason" text,
                "auth_results" jsonb,
                "route" character varying(16),
                "parts" jsonb NOT NULL DEFAULT '[]',
                "category" character varying(64),
                "reply_message_id" character varying(998),
                "replied_at" TIMESTAMP WITH TIME ZONE,
                "action_due_at" TIMESTAMP WITH TIME ZONE,
                "action_applied_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4f21d40ad47ab9702cb1ee64590" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2d22d46cd0c23dfc829d44b052" ON "inbound_messages" ("mailbox_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_abc190fa5af683061f7217e890" ON "inbound_messages" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_129989658c6026b26afc25a41a" ON "inbound_messages" ("mailbox_id", "message_id", "content_hash")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9d36d709f23d9de552cd8ca3c3" ON "inbound_messages" ("mailbox_id", "uid_validity", "uid")
        `);
        await queryRunner.query(`
            CREATE TABLE "mailbox_leases" (
                "mailbox_id" uuid NOT NULL,
                "holder_id" character varying(100) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "generation" bigint NOT NULL DEFAULT '1',
                "acquired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d6a7a9562829b86b80d6a3443e3" PRIMARY KEY ("mailbox_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "mailboxes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "enabled" boolean NOT NULL DEFAULT true,
                "imap_host" character varying(255) NOT NULL,
                "imap_port" integer NOT NULL,
                "imap_secure" boolean NOT NULL,
                "imap_user" character varying(320) NOT NULL,
                "imap_auth" character varying(16) NOT NULL DEFAULT 'password',
                "imap_secret_sealed" text NOT NULL,
                "folder" character varying(255) NOT NULL DEFAULT 'INBOX',
                "smtp_host" character varying(255) NOT NULL,
                "smtp_port" integer NOT NULL,
                "smtp_secure" boolean NOT NULL,
                "smtp_user" character varying(320),
                "smtp_secret_sealed" text,
                "smtp_from" character varying(320) NOT NULL,
                "allowed_senders" jsonb NOT NULL DEFAULT '[]',
                "processed_action" character varying(24) NOT NULL DEFAULT 'keyword',
                "processed_keyword" character varying(100) NOT NULL DEFAULT '$Steward',
                "processed_folder" character varying(255) NOT NULL DEFAULT 'Processed',
                "failed_folder" character varying(255) NOT NULL DEFAULT 'Failed',
                "category_action" character varying(16) NOT NULL DEFAULT 'keyword',
                "category_targets" jsonb NOT NULL DEFAULT '{}',
                "auth_policy" character varying(16) NOT NULL DEFAULT 'record',
                "reply_to_sorted" boolean NOT NULL DEFAULT true,
                "state" character varying(16) NOT NULL DEFAULT 'idle',
                "last_synced_at" TIMESTAMP WITH TIME ZONE,
                "last_error" text,
                "processed_count" integer NOT NULL DEFAULT '0',
                "uid_validity" bigint,
                "last_uid" bigint NOT NULL DEFAULT '0',
                "stale_alerted_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1471bf7ef6d7f1279fbbdf89a1d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7a4e2445394955ce259ae4f2d2" ON "mailboxes" ("organization_id", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7a4e2445394955ce259ae4f2d2"
        `);
        await queryRunner.query(`
            DROP TABLE "mailboxes"
        `);
        await queryRunner.query(`
            DROP TABLE "mailbox_leases"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9d36d709f23d9de552cd8ca3c3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_129989658c6026b26afc25a41a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_abc190fa5af683061f7217e890"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2d22d46cd0c23dfc829d44b052"
        `);
        await queryRunner.query(`
            DROP TABLE "inbound_messages"
        `);
    }

}
