import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBase64, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class CommandFileDto {
  @ApiProperty({ example: 'invoice.pdf' })
  @IsString()
  @MaxLength(255)
  filename: string;

  @ApiProperty({ description: 'file bytes, base64 (max 20 MB decoded)' })
  @IsBase64()
  @MaxLength(28_000_000)
  contentBase64: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  mimeType?: string;
}

export class RunCommandDto {
  @ApiProperty({ example: 'balance', description: 'a command (`help` lists them) or a question for the AI CEO' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text: string;

  @ApiPropertyOptional({ type: CommandFileDto, description: 'an attachment for `run <agent>`' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CommandFileDto)
  file?: CommandFileDto;

  @ApiPropertyOptional({ description: 'AI CEO memory thread; default one per caller' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  thread?: string;
}
