import { MigrationInterface, QueryRunner } from 'typeorm';

/** The stranded-task sweeper also looks at tasks left `running` long past any agent's time limit. */
export class TasksRunningIndex1795335000000 implements MigrationInterface {
  name = 'TasksRunningIndex1795335000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_tasks_running_updated_at" ON "tasks" ("updated_at", "id") WHERE "status" = 'running'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_tasks_running_updated_at"`);
  }
}
