import { Column, Entity, PrimaryColumn } from 'typeorm';
import { money } from '../../../database/money-column';

/** A priced operation: per-task price plus prices per 1,000 input and output tokens. */
@Entity('credit_prices')
export class Price {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  operation: string;

  @Column({ type: 'varchar', length: 100 })
  label: string;

  /** 'agent' or 'operation' */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column(money())
  perTask: bigint;

  @Column(money())
  perThousandInputTokens: bigint;

  @Column(money())
  perThousandOutputTokens: bigint;

  /** token allowance held before a task runs */
  @Column({ type: 'integer', default: 0 })
  estimateInputTokens: number;

  @Column({ type: 'integer', default: 0 })
  estimateOutputTokens: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
