import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { Public } from '../../modules/auth/auth.decorators';
import { SlackBot } from './slack.bot';
import { SlackInstaller } from './slack.installer';

/** Slack's HTTP surface on the Nest server: events/commands (signed) and the OAuth install. */
@ApiExcludeController()
@Public()
@Controller('slack')
export class SlackController {
  constructor(
    private readonly bot: SlackBot,
    private readonly installer: SlackInstaller,
  ) {}

  @Post('events')
  events(@Req() req: Request & { rawBody?: Buffer }, @Res() res: Response) {
    if (!this.bot.receiver) throw new DomainError('not_found', 'Slack is not configured on this server (set SLACK_SIGNING_SECRET).');
    this.bot.receiver.handle(req, res);
  }

  @Get('install')
  install(@Res() res: Response) {
    res.redirect(302, this.installer.installUrl());
  }

  @Get('oauth_redirect')
  async oauthRedirect(@Query('code') code: string | undefined, @Query('state') state: string | undefined, @Res() res: Response) {
    const installed = await this.installer.complete(code, state);
    this.bot.forgetInstallation(installed.teamId);
    res.status(200).type('text/plain').send(`Steward is installed in ${installed.teamName ?? installed.teamId}. An admin can now type "/steward link <code>" there to connect it to an organization.`);
  }
}
