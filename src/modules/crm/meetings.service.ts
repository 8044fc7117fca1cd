import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import type { CreateMeetingDto, ListMeetingsQuery, UpdateMeetingDto } from './dto/lead.dto';
import { Meeting } from './entities/meeting.entity';
import { LeadsService } from './leads.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Meetings; one with a lead also counts as that lead's activity (once). */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly leads: LeadsService,
  ) {}

  async create(organizationId: string, input: CreateMeetingDto, createdBy: string | null) {
    const meeting = await this.db.transaction(async (tx) => {
      if (input.leadId) await this.leads.load(organizationId, input.leadId, tx);
      const row = await tx.getRepository(Meeting).save(
        tx.getRepository(Meeting).create({
          organizationId,
          leadId: input.leadId ?? null,
          title: input.title.trim(),
          startsAt: new Date(input.startsAt),
          durationMinutes: input.durationMinutes ?? 30,
          attendees: input.attendees ?? [],
          outcome: input.outcome ?? null,
        }),
      );
      if (row.leadId) {
        await this.leads.recordActivity(
          organizationId,
          row.leadId,
          { type: 'meeting', body: `Meeting: ${row.title}${row.outcome ? ` — ${row.outcome}` : ''}`, occurredAt: row.startsAt, createdBy, idempotencyKey: `meeting-${row.id}` },
          tx,
        );
      }
      return row;
    });
    return meetingView(meeting);
  }

  async list(organizationId: string, query: ListMeetingsQuery) {
    const qb = this.db.getRepository(Meeting).createQueryBuilder('m').where('m.organization_id = :organizationId', { organizationId });
    if (query.from) qb.andWhere('m.starts_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('m.starts_at < :to', { to: new Date(query.to) });
    if (query.leadId) qb.andWhere('m.lead_id = :leadId', { leadId: query.leadId });
    const rows = await qb.orderBy('m.startsAt', 'ASC').take(query.limit ?? 100).getMany();
    return { items: rows.map(meetingView) };
  }

  async get(organizationId: string, id: string) {
    return meetingView(await this.load(organizationId, id));
  }

  async update(organizationId: string, id: string, input: UpdateMeetingDto) {
    const meeting = await this.load(organizationId, id);
    if (input.title !== undefined) meeting.title = input.title.trim();
    if (input.startsAt !== undefined) meeting.startsAt = new Date(input.startsAt);
    if (input.durationMinutes !== undefined) meeting.durationMinutes = input.durationMinutes;
    if (input.attendees !== undefined) meeting.attendees = input.attendees;
    if (input.outcome !== undefined) meeting.outcome = input.outcome;
    return meetingView(await this.db.getRepository(Meeting).save(meeting));
  }

  async remove(organizationId: string, id: string) {
    await this.load(organizationId, id);
    await this.db.getRepository(Meeting).delete({ organizationId, id });
    return { id, deleted: true };
  }

  private async load(organizationId: string, id: string) {
    const meeting = UUID.test(id) ? await this.db.getRepository(Meeting).findOneBy({ organizationId, id }) : null;
    if (!meeting) throw new NotFoundError('Meeting');
    return meeting;
  }
}

export function meetingView(meeting: Meeting) {
  return {
    id: meeting.id,
    leadId: meeting.leadId,
    title: meeting.title,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    attendees: meeting.attendees,
    outcome: meeting.outcome,
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
  };
}
