import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** An organization's trained logistic-regression lead scorer (one row per organization, replaced on retrain). */
@Entity('crm_scoring_models')
@Index(['organizationId'], { unique: true })
export class LeadScoringModel extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  /** feature names, weights (same order), bias, and the standardisation used in training */
  @Column({ type: 'jsonb' })
  parameters: { features: string[]; weights: number[]; bias: number; means: number[]; scales: number[] };

  @Column({ type: 'integer' })
  trainedOn: number;

  @Column({ type: 'integer' })
  won: number;

  @Column({ type: 'integer' })
  lost: number;

  /** cross-validated AUC of the model and of the heuristic on the same history */
  @Column({ type: 'double precision' })
  auc: number;

  @Column({ type: 'double precision' })
  heuristicAuc: number;

  @Column({ type: 'timestamptz' })
  trainedAt: Date;
}
