import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChatMessage } from './entities/chat-message.entity';
import { ChatSession } from './entities/chat-session.entity';

export interface MemoryTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AssistantTurn {
  content: string;
  mode: 'offline' | 'llm';
  inputTokens: number;
  outputTokens: number;
  cost: bigint;
}

/** Conversation memory per channel thread, so the AI CEO remembers what was said there. */
@Injectable()
export class ChatMemoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async session(organizationId: string, channel: string, threadKey: string): Promise<ChatSession> {
    const repo = this.db.getRepository(ChatSession);
    await repo.createQueryBuilder().insert().values({ organizationId, channel, threadKey: threadKey.slice(0, 200) }).orIgnore().execute();
    return repo.findOneByOrFail({ organizationId, channel, threadKey: threadKey.slice(0, 200) });
  }

  /** The last `limit` turns, oldest first. */
  async history(session: ChatSession, limit = 20): Promise<MemoryTurn[]> {
    const rows = await this.db
      .getRepository(ChatMessage)
      .find({ where: { sessionId: session.id, organizationId: session.organizationId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
    return rows.reverse().map((row) => ({ role: row.role === 'assistant' ? 'assistant' : 'user', content: row.content }));
  }

  /** The question and its answer are stored together, so memory never holds half an exchange. */
  async append(session: ChatSession, question: string, answer: AssistantTurn): Promise<void> {
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(ChatMessage);
      const asked = new Date();
      await repo.insert({ organizationId: session.organizationId, sessionId: session.id, role: 'user', content: question, createdAt: asked });
      await repo.insert({
        organizationId: session.organizationId,
        sessionId: session.id,
        role: 'assistant',
        content: answer.content,
        mode: answer.mode,
        inputTokens: answer.inputTokens,
        outputTokens: answer.outputTokens,
        cost: answer.cost,
        createdAt: new Date(asked.getTime() + 1),
      });
      await tx.getRepository(ChatSession).update({ id: session.id }, { updatedAt: new Date() });
    });
  }
}
