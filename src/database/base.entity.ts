import { CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/** uuid id and creation time, shared by every table. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
