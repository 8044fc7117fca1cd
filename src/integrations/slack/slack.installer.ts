import { Injectable } from '@nestjs/common';
import { DomainError, ValidationFailedError } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { ChatIdentityService } from '../../modules/conversations/chat-identity.service';
import { slackWebClient } from './slack.client';
import { authorizeUrl, signState, verifyState } from './slack.oauth';

/** Multi-workspace OAuth: each workspace's bot token is stored sealed with the encryption key. */
@Injectable()
export class SlackInstaller {
  constructor(
    private readonly config: AppConfig,
    private readonly identities: ChatIdentityService,
  ) {}

  installUrl(): string {
    if (!this.config.slackClientId) throw new DomainError('not_found', 'Slack OAuth install is not configured (SLACK_CLIENT_ID / SLACK_CLIENT_SECRET).');
    return authorizeUrl(this.config.slackClientId, signState(this.config.encryptionKey), this.config.slackApiUrl);
  }

  async complete(code: string | undefined, state: string | undefined) {
    if (!this.config.slackClientId || !this.config.slackClientSecret) throw new DomainError('not_found', 'Slack OAuth install is not configured.');
    verifyState(this.config.encryptionKey, state);
    if (!code) throw new ValidationFailedError('The Slack redirect carries no code; the install was cancelled.');
    const result = (await slackWebClient(undefined, this.config.slackApiUrl).oauth.v2.access({
      client_id: this.config.slackClientId,
      client_secret: this.config.slackClientSecret,
      code,
    })) as { access_token?: string; bot_user_id?: string; team?: { id: string; name?: string } };
    if (!result.access_token || !result.team?.id) throw new DomainError('unavailable', 'Slack did not return a bot token for this install.');
    await this.identities.saveInstallation('slack', result.team.id, result.team.name ?? null, result.access_token, result.bot_user_id ?? null);
    return { teamId: result.team.id, teamName: result.team.name ?? null };
  }
}
