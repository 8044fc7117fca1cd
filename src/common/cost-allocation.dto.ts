import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Where a cost is allocated: every charging request may name a department and a project. */
export class CostAllocationDto {
  @ApiPropertyOptional({ example: 'finance' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;

  @ApiPropertyOptional({ example: 'q3-close' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  project?: string;
}
