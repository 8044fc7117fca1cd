import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChatInboundEvent } from './entities/inbound-event.entity';

/** First delivery wins: a retried or duplicated chat event is recognised by its key and skipped. */
@Injectable()
export class InboundEventsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** true the first time this key is seen, false for every repeat (also under concurrency). */
  async claim(provider: string, idempotencyKey: string): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(ChatInboundEvent)
      .values({ provider, idempotencyKey: idempotencyKey.slice(0, 200) })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
