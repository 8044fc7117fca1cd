import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PLAN_NAMES, PlanName } from '../entities/plan.entity';
import { ROLES, Role } from '../entities/membership.entity';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Acme Bakery' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ enum: PLAN_NAMES, default: 'free' })
  @IsOptional()
  @IsIn(PLAN_NAMES)
  plan?: PlanName;

  @ApiPropertyOptional({ description: 'make this person the owner (created when new)' })
  @IsOptional()
  @IsEmail()
  ownerEmail?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerName?: string;

  @ApiPropertyOptional({ minLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  ownerPassword?: string;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: PLAN_NAMES, description: 'platform admins only' })
  @IsOptional()
  @IsIn(PLAN_NAMES)
  plan?: PlanName;
}

export class AddMemberDto {
  @ApiProperty()
  @IsEmail()
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ minLength: 10, description: 'set a password for a new user; otherwise an invite token is returned' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password?: string;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'bookkeeping script' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ROLES, default: 'member' })
  @IsOptional()
  @IsIn(ROLES)
  role: Role = 'member';
}
