import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDateString, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { POST_CHANNELS, POST_STATUSES, type PostChannel, type PostStatus } from '../entities/content-post.entity';

export class CreatePostDto {
  @ApiProperty({ enum: POST_CHANNELS })
  @IsIn(POST_CHANNELS)
  channel: PostChannel;

  @ApiPropertyOptional({ description: 'the text; omit it to have it written (by the model when configured, else from templates)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(3000)
  text?: string;

  @ApiPropertyOptional({ description: 'what to write about, when the text is generated' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  topic?: string;

  @ApiPropertyOptional({ description: 'schedule it right away' })
  @IsOptional()
  @IsDateString()
  scheduledAt?: string;
}

export class UpdatePostDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(3000) text?: string;
  @IsOptional() @IsIn(POST_CHANNELS) channel?: PostChannel;
}

export class SchedulePostDto {
  @ApiProperty({ description: 'when to publish (ISO time); past times publish at the next sweep' })
  @IsDateString()
  scheduledAt: string;
}

export class ListPostsQuery {
  @IsOptional() @IsIn(POST_STATUSES) status?: PostStatus;
  @IsOptional() @IsIn(POST_CHANNELS) channel?: PostChannel;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class LinkedInConnectionDto {
  @ApiProperty({ description: 'OAuth access token with w_member_social (or w_organization_social)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  accessToken: string;

  @ApiProperty({ example: 'urn:li:person:abc123' })
  @IsString()
  @MaxLength(200)
  authorUrn: string;

  @IsOptional() @IsDateString() expiresAt?: string;
}

export class UnsubscribeDto {
  @ApiProperty() @IsArray() @IsEmail({}, { each: true }) emails: string[];
  @IsOptional() @IsString() @MaxLength(200) reason?: string;
}

export class CampaignDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) subject: string;
  @ApiPropertyOptional({ description: 'body; {{name}} and {{company}} are filled per lead. Omit to have it written.' })
  @IsOptional() @IsString() @MaxLength(100_000) body?: string;
  @ApiPropertyOptional({ description: 'lead statuses to include (default: all open)' })
  @IsOptional() @IsArray() @IsString({ each: true }) statuses?: string[];
}
