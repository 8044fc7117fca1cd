import { MigrationInterface, QueryRunner } from "typeorm";

export class TasksQueuedIndex1795332271870 implements MigrationInterface {
    name = 'TasksQueuedIndex1795332271870'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IDX_tasks_queued_created_at" ON "tasks" ("created_at", "id")
            WHERE "status" = 'queued'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_tasks_queued_created_at"
        `);
    }

}
