import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CHAT_PROVIDERS, ChatProvider } from '../entities/chat-workspace.entity';

export class CreateLinkCodeDto {
  @ApiProperty({ enum: CHAT_PROVIDERS })
  @IsIn(CHAT_PROVIDERS as unknown as string[])
  provider: ChatProvider;

  @ApiPropertyOptional({ description: 'link the redeeming chat account to this member (default: you, when you are a person)' })
  @IsOptional()
  @IsEmail()
  email?: string;
}

export class UpdateAiCeoDto {
  @ApiPropertyOptional({ example: 'Ada' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: 'warm, frugal, to the point' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  personality?: string;

  @ApiPropertyOptional({ example: 'grow repeat orders 20% this quarter' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  goals?: string;

  @ApiPropertyOptional({ example: 'specialty coffee roasting' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  industry?: string;
}
