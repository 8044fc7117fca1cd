import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The uploaded file of a task, kept apart so task lists never drag bytes along. */
@Entity('task_inputs')
export class TaskInput {
  @PrimaryColumn({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
