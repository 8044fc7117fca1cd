import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ChatReplyTarget } from './entities/chat-reply-target.entity';

/** Remembers where a chat-started task should be answered; marks it answered once. */
@Injectable()
export class ReplyTargetsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async remember(organizationId: string, taskId: string, provider: string, target: Record<string, string>): Promise<void> {
    await this.db.getRepository(ChatReplyTarget).createQueryBuilder().insert().values({ organizationId, taskId, provider, target }).orIgnore().execute();
  }

  async pending(organizationId: string, taskId: string): Promise<ChatReplyTarget | null> {
    return this.db.getRepository(ChatReplyTarget).findOneBy({ organizationId, taskId, notifiedAt: IsNull() });
  }

  async markNotified(id: string): Promise<void> {
    await this.db.getRepository(ChatReplyTarget).update({ id }, { notifiedAt: new Date() });
  }
}
