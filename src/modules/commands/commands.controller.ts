import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ERROR_STATUS } from '../../common/domain-error';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import type { CommandReply } from './command-reply';
import { CommandsService } from './commands.service';
import { RunCommandDto } from './dto/run-command.dto';

/** The command language over HTTP: the reply model as JSON, with the status its outcome deserves. */
@ApiTags('commands')
@ApiBearerAuth()
@Controller('api/v1/commands')
export class CommandsController {
  constructor(private readonly commands: CommandsService) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async run(@Body() body: RunCommandDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response, @Headers('idempotency-key') idempotencyKey?: string): Promise<CommandReply> {
    const organizationId = organizationOf(principal);
    const reply = await this.commands.execute(
      { channel: 'rest', organizationId, principal, attachment: body.file, threadKey: body.thread ? `rest:${body.thread}` : undefined, idempotencyKey: idempotencyKey?.slice(0, 150) },
      body.text,
    );
    res.status(replyStatus(reply));
    return reply;
  }
}

export function replyStatus(reply: CommandReply): number {
  if (reply.ok) return 200;
  return ERROR_STATUS[reply.error?.code as keyof typeof ERROR_STATUS] ?? 400;
}
