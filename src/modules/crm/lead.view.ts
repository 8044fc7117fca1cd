import type { Lead } from './entities/lead.entity';

/** The REST shape of a lead, with its score and the reasons behind it. */
export function leadView(lead: Lead) {
  return {
    id: lead.id,
    name: lead.name,
    company: lead.company,
    email: lead.email,
    phone: lead.phone,
    source: lead.source,
    status: lead.status,
    priority: lead.priority,
    owner: lead.owner,
    value: lead.value,
    notes: lead.notes,
    score: lead.score,
    scoreReasons: lead.scoreReasons ?? [],
    scoreMethod: lead.scoreMethod,
    scoredAt: lead.scoredAt,
    activityCount: lead.activityCount,
    lastActivityAt: lead.lastActivityAt,
    closedAt: lead.closedAt,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
  };
}

export type LeadView = ReturnType<typeof leadView>;
