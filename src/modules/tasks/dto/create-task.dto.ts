import { CostAllocationDto } from '../../../common/cost-allocation.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBase64, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class TaskInputDto {
  @ApiPropertyOptional({ description: 'plain text, an HTML mail body, a raw RFC 822 message, CSV…' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000_000)
  text?: string;

  @ApiPropertyOptional({ example: 'invoice-2025-001.pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  filename?: string;

  @ApiPropertyOptional({ description: 'file bytes, base64 (max 20 MB decoded)' })
  @IsOptional()
  @IsBase64()
  @MaxLength(28_000_000)
  contentBase64?: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  mimeType?: string;

  @ApiPropertyOptional({ description: 'data-entry: crm-lead | contact | inventory-item, or a JSON Schema object' })
  @IsOptional()
  target?: string | Record<string, unknown>;
}

export class CreateTaskDto extends CostAllocationDto {
  @ApiProperty({ example: 'invoice-processor' })
  @IsString()
  @IsNotEmpty()
  agent: string;

  @ApiProperty({ type: TaskInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TaskInputDto)
  input: TaskInputDto;
}

export class EmailCorrectionDto {
  @ApiPropertyOptional({ description: 'the task whose mail was mis-sorted' })
  @IsOptional()
  @IsString()
  taskId?: string;

  @ApiPropertyOptional({ description: 'or the mail text itself (subject + body)' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  text?: string;

  @ApiProperty({ example: 'sales_lead' })
  @IsString()
  @IsIn(['invoice', 'receipt', 'sales_lead', 'support_request', 'meeting_request', 'newsletter', 'notification', 'spam', 'personal', 'other'])
  category: string;
}
