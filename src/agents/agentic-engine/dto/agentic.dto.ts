import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../entities/proposal.entity';

export class UpdatePolicyDto {
  @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({ description: 'approve proposals without asking, within the run credit cap' }) @IsOptional() @IsBoolean() autoApprove?: boolean;
  @ApiPropertyOptional({ example: '5', description: 'credits a run may commit' }) @IsOptional() @IsString() @MaxLength(24) runCreditCap?: string;
  @IsOptional() @IsNumber() @Min(0) @Max(1) confidenceThreshold?: number;
  @IsOptional() @IsInt() @Min(1) @Max(365) staleLeadDays?: number;
  @IsOptional() @IsInt() @Min(0) @Max(100) weeklyPostTarget?: number;
  @IsOptional() @IsInt() @Min(0) @Max(100000) backlogThreshold?: number;
  @IsOptional() @IsIn(['none', 'slack', 'discord', 'email']) digestChannel?: 'none' | 'slack' | 'discord' | 'email';
  @IsOptional() @IsString() @MaxLength(200) digestTarget?: string | null;
}

export class ListProposalsQuery {
  @IsOptional() @IsIn(PROPOSAL_STATUSES) status?: ProposalStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class DecideProposalDto {
  @ApiPropertyOptional({ description: 'why (kept with the decision)' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}
