import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDateString, IsEmail, IsIn, IsInt, IsNotEmpty, IsNumberString, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ACTIVITY_TYPES, type ActivityType } from '../entities/lead-activity.entity';
import { LEAD_PRIORITIES, LEAD_STATUSES, type LeadPriority, type LeadStatus } from '../entities/lead.entity';

export class CreateLeadDto {
  @ApiProperty({ example: 'Anna Müller' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Acme GmbH' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string;

  @ApiPropertyOptional({ example: 'anna@acme.example' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  phone?: string;

  @ApiPropertyOptional({ example: 'referral' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  source?: string;

  @ApiPropertyOptional({ enum: LEAD_STATUSES })
  @IsOptional()
  @IsIn(LEAD_STATUSES)
  status?: LeadStatus;

  @ApiPropertyOptional({ enum: LEAD_PRIORITIES })
  @IsOptional()
  @IsIn(LEAD_PRIORITIES)
  priority?: LeadPriority;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ example: '2500.00', description: 'deal value as a decimal string' })
  @IsOptional()
  @IsNumberString()
  @MaxLength(16)
  value?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  notes?: string;
}

export class UpdateLeadDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @IsOptional() @IsString() @MaxLength(200) company?: string | null;
  @IsOptional() @IsEmail() @MaxLength(320) email?: string | null;
  @IsOptional() @IsString() @MaxLength(64) phone?: string | null;
  @IsOptional() @IsString() @MaxLength(64) source?: string | null;
  @ApiPropertyOptional({ enum: LEAD_STATUSES }) @IsOptional() @IsIn(LEAD_STATUSES) status?: LeadStatus;
  @ApiPropertyOptional({ enum: LEAD_PRIORITIES }) @IsOptional() @IsIn(LEAD_PRIORITIES) priority?: LeadPriority;
  @IsOptional() @IsString() @MaxLength(200) owner?: string | null;
  @IsOptional() @IsNumberString() @MaxLength(16) value?: string | null;
  @IsOptional() @IsString() @MaxLength(20_000) notes?: string | null;
}

export class ListLeadsQuery {
  @ApiPropertyOptional({ description: 'searches name, company and e-mail' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ description: 'one status or several, comma-separated' }) @IsOptional() @IsString() status?: string;
  @IsOptional() @IsIn(LEAD_PRIORITIES) priority?: LeadPriority;
  @IsOptional() @IsString() owner?: string;
  @IsOptional() @IsString() source?: string;
  @ApiPropertyOptional({ description: 'only leads scoring at least this (0–1)' }) @IsOptional() @Type(() => Number) @Min(0) @Max(1) minScore?: number;
  @ApiPropertyOptional({ description: 'only open leads without activity for this many days' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) staleDays?: number;
  @ApiPropertyOptional({ enum: ['score', 'created', 'name', 'value', 'activity'] }) @IsOptional() @IsIn(['score', 'created', 'name', 'value', 'activity']) sort?: 'score' | 'created' | 'name' | 'value' | 'activity';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

export class ImportLeadsDto {
  @ApiPropertyOptional({ description: 'CSV/TSV, a pasted table or free text; read offline by the Data Entry agent' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000_000)
  text?: string;

  @ApiPropertyOptional({ description: 'or the id of a finished data-entry task (target crm-lead), e.g. one that used the model' })
  @IsOptional()
  @IsUUID()
  taskId?: string;
}

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_TYPES })
  @IsIn(ACTIVITY_TYPES)
  type: ActivityType;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  body: string;

  @ApiPropertyOptional({ description: 'ISO time; default now' })
  @IsOptional()
  @IsDateString()
  occurredAt?: string;
}

export class CreateMeetingDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty() @IsDateString() startsAt: string;
  @IsOptional() @IsInt() @Min(1) @Max(24 * 60) durationMinutes?: number;
  @IsOptional() @IsArray() @IsString({ each: true }) @MaxLength(320, { each: true }) attendees?: string[];
  @IsOptional() @IsUUID() leadId?: string;
  @IsOptional() @IsString() @MaxLength(20_000) outcome?: string;
}

export class UpdateMeetingDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @IsOptional() @IsDateString() startsAt?: string;
  @IsOptional() @IsInt() @Min(1) @Max(24 * 60) durationMinutes?: number;
  @IsOptional() @IsArray() @IsString({ each: true }) attendees?: string[];
  @IsOptional() @IsString() @MaxLength(20_000) outcome?: string | null;
}

export class ListMeetingsQuery {
  @IsOptional() @IsDateString() from?: string;
  @IsOptional() @IsDateString() to?: string;
  @IsOptional() @IsUUID() leadId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
