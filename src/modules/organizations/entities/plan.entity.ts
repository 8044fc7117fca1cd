import { Column, Entity, PrimaryColumn } from 'typeorm';

export const PLAN_NAMES = ['free', 'pro', 'enterprise'] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

/** A plan's monthly limits, stored so operators can change them without a deploy. */
@Entity('plans')
export class Plan {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name: PlanName;

  @Column({ type: 'integer' })
  monthlyTasks: number;

  @Column({ type: 'integer' })
  monthlyPosts: number;

  @Column({ type: 'integer' })
  monthlyEmails: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
