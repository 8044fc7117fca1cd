import { CostAllocationDto } from '../../../common/cost-allocation.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
const POSITIVE = /^\d{1,15}(\.\d{1,6})?$/;
const DECIMAL_MESSAGE = 'must be a decimal string with at most 6 decimal places, like "12.5"';

export class UsageDto extends CostAllocationDto {
  @ApiProperty({ example: 'report' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  operation: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  inputTokens?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  outputTokens?: number;

  @ApiPropertyOptional({ description: 'your id for the event, stored as the reference' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;
}

export class GrantDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: '25' })
  @IsString()
  @Matches(POSITIVE, { message: `amount ${DECIMAL_MESSAGE}` })
  amount: string;

  @ApiProperty({ example: 'goodwill for the outage on 3 May' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;

  @ApiPropertyOptional({ description: 'ISO date-time; promotional credits left then expire' })
  @IsOptional()
  @IsISO8601()
  expiresAt?: string;
}

export class AdjustmentDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: '-2.5', description: 'signed' })
  @IsString()
  @Matches(DECIMAL, { message: `amount ${DECIMAL_MESSAGE}` })
  amount: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;

  @ApiPropertyOptional({ enum: ['granted', 'purchased'] })
  @IsOptional()
  @IsIn(['granted', 'purchased'])
  bucket?: 'granted' | 'purchased';
}

export class RefundDto {
  @ApiProperty()
  @IsUUID()
  organizationId: string;

  @ApiProperty()
  @IsUUID()
  transactionId: string;

  @ApiPropertyOptional({ description: 'default: all that is left of the transaction' })
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `amount ${DECIMAL_MESSAGE}` })
  amount?: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class CreditSettingsDto {
  @ApiPropertyOptional({ description: 'alert when available credits fall below this; null: the instance default' })
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `lowBalanceThreshold ${DECIMAL_MESSAGE}` })
  lowBalanceThreshold?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  autoTopUpEnabled?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `autoTopUpThreshold ${DECIMAL_MESSAGE}` })
  autoTopUpThreshold?: string | null;

  @ApiPropertyOptional({ example: 'credits-100' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  autoTopUpPackage?: string | null;

  @ApiPropertyOptional({ description: 'most credits auto top-up may buy in a calendar month' })
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `autoTopUpMonthlyCap ${DECIMAL_MESSAGE}` })
  autoTopUpMonthlyCap?: string | null;
}

export class BudgetDto extends CostAllocationDto {
  @ApiProperty({ example: 'Marketing May' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '100' })
  @IsString()
  @Matches(POSITIVE, { message: `amountLimit ${DECIMAL_MESSAGE}` })
  amountLimit: string;

  @ApiPropertyOptional({ default: false, description: 'refuse work that would go over the limit (402 budget_exceeded)' })
  @IsOptional()
  @IsBoolean()
  hardStop?: boolean;
}

export class UpdateBudgetDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `amountLimit ${DECIMAL_MESSAGE}` })
  amountLimit?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  hardStop?: boolean;
}

export class PriceDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label?: string;

  @ApiPropertyOptional({ example: '0.5' })
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `perTask ${DECIMAL_MESSAGE}` })
  perTask?: string;

  @ApiPropertyOptional({ example: '0.01' })
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `perThousandInputTokens ${DECIMAL_MESSAGE}` })
  perThousandInputTokens?: string;

  @ApiPropertyOptional({ example: '0.03' })
  @IsOptional()
  @IsString()
  @Matches(POSITIVE, { message: `perThousandOutputTokens ${DECIMAL_MESSAGE}` })
  perThousandOutputTokens?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  estimateInputTokens?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  estimateOutputTokens?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class TierDto {
  @ApiProperty({ example: 50 })
  @IsInt()
  @Min(1)
  minTasksPerDay: number;

  @ApiProperty({ example: 5 })
  @Min(0)
  @Max(100)
  discountPercent: number;
}

export class TiersDto {
  @ApiProperty({ type: [TierDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TierDto)
  tiers: TierDto[];
}
