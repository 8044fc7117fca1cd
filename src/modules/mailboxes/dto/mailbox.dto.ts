import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AUTH_POLICIES, CATEGORY_ACTIONS, MAILBOX_ACTIONS } from '../entities/mailbox.entity';

const SENDER = /^([^\s@]+@[^\s@]+\.[^\s@]+|@[^\s@]+\.[^\s@]+)$/;
/** an IMAP keyword is an atom: no spaces, brackets, quotes, wildcards or backslash */
const KEYWORD = /^\$?[A-Za-z0-9_.\-/:]+$/;

export class ImapSettingsDto {
  @ApiProperty({ example: 'imap.example.com' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  host: string;

  @ApiProperty({ example: 993 })
  @IsInt()
  @Min(1)
  @Max(65535)
  port: number;

  @ApiProperty({ description: 'TLS from the start (993); false = STARTTLS when offered' })
  @IsBoolean()
  secure: boolean;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  user: string;

  @ApiPropertyOptional({ description: 'write-only' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  password?: string;

  @ApiPropertyOptional({ description: 'OAuth2 access token instead of a password (write-only)' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  accessToken?: string;

  @ApiPropertyOptional({ example: 'INBOX' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  folder?: string;
}

export class SmtpSettingsDto {
  @ApiProperty({ example: 'smtp.example.com' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  host: string;

  @ApiProperty({ example: 465 })
  @IsInt()
  @Min(1)
  @Max(65535)
  port: number;

  @ApiProperty()
  @IsBoolean()
  secure: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(320)
  user?: string;

  @ApiPropertyOptional({ description: 'write-only' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  password?: string;

  @ApiProperty({ example: 'Steward <steward@acme.example>' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  from: string;
}

export class CreateMailboxDto {
  @ApiProperty({ example: 'Invoices inbox' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: ImapSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ImapSettingsDto)
  imap: ImapSettingsDto;

  @ApiProperty({ type: SmtpSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SmtpSettingsDto)
  smtp: SmtpSettingsDto;

  @ApiPropertyOptional({ example: ['bookkeeper@acme.example', '@acme.example'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(SENDER, { each: true, message: 'each allowed sender must be an address or @domain' })
  allowedSenders?: string[];

  @ApiPropertyOptional({ enum: MAILBOX_ACTIONS })
  @IsOptional()
  @IsIn(MAILBOX_ACTIONS)
  processedAction?: (typeof MAILBOX_ACTIONS)[number];

  @ApiPropertyOptional({ example: '$Steward' })
  @IsOptional()
  @Matches(KEYWORD, { message: 'processedKeyword must be an IMAP keyword (letters, digits, $ _ . - / :)' })
  @MaxLength(100)
  processedKeyword?: string;

  @ApiPropertyOptional({ example: 'Processed' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  processedFolder?: string;

  @ApiPropertyOptional({ example: 'Failed' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  failedFolder?: string;

  @ApiPropertyOptional({ enum: CATEGORY_ACTIONS })
  @IsOptional()
  @IsIn(CATEGORY_ACTIONS)
  categoryAction?: (typeof CATEGORY_ACTIONS)[number];

  @ApiPropertyOptional({ description: 'category → folder or keyword', example: { newsletter: 'Newsletters' } })
  @IsOptional()
  @IsObject()
  categoryTargets?: Record<string, string>;

  @ApiPropertyOptional({ enum: AUTH_POLICIES, description: 'refuse: mail failing SPF/DKIM/DMARC is not processed' })
  @IsOptional()
  @IsIn(AUTH_POLICIES)
  authPolicy?: (typeof AUTH_POLICIES)[number];

  @ApiPropertyOptional({ description: 'also reply to mails the Email Sorter handled' })
  @IsOptional()
  @IsBoolean()
  replyToSorted?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateMailboxDto extends PartialType(CreateMailboxDto) {}
