/** What one engine run looked at (one organization). */
export interface EngineSnapshot {
  staleLeadDays: number;
  staleLeads: number;
  /** the best-scoring stale leads not proposed recently */
  staleCandidates: { id: string; name: string; company: string | null; score: number | null; idleDays: number }[];
  postsLast7Days: number;
  weeklyPostTarget: number;
  queuedTasks: number;
  oldestQueuedMinutes: number | null;
  backlogThreshold: number;
  linkedinConnected: boolean;
}

export type InsightType = 'stale_leads' | 'low_content_output' | 'task_backlog';

export interface Insight {
  type: InsightType;
  confidence: number;
  reason: string;
}

export interface ProposalDraft {
  insightType: InsightType;
  action: 'lead_followup' | 'social_media_post' | 'review_task_backlog';
  dedupeKey: string;
  reason: string;
  confidence: number;
  params: Record<string, unknown>;
}

/** Confidences are fixed per rule so they mean the same every hour: a rule either holds or it does not. */
export const CONFIDENCE: Record<InsightType, number> = { stale_leads: 0.9, low_content_output: 0.8, task_backlog: 0.85 };

/** Rules over a snapshot → insights. Pure, so the thresholds are unit-testable. */
export function findInsights(s: EngineSnapshot): Insight[] {
  const insights: Insight[] = [];
  if (s.staleLeads > 0) {
    const examples = s.staleCandidates.slice(0, 3).map((l) => l.name).join(', ');
    insights.push({
      type: 'stale_leads',
      confidence: CONFIDENCE.stale_leads,
      reason: `${s.staleLeads} open ${s.staleLeads === 1 ? 'lead has' : 'leads have'} had no activity for ${s.staleLeadDays}+ days${examples ? ` (e.g. ${examples})` : ''}.`,
    });
  }
  if (s.postsLast7Days < s.weeklyPostTarget) {
    insights.push({
      type: 'low_content_output',
      confidence: CONFIDENCE.low_content_output,
      reason: `Only ${s.postsLast7Days} ${s.postsLast7Days === 1 ? 'post was' : 'posts were'} published or scheduled in the last 7 days; the target is ${s.weeklyPostTarget}.`,
    });
  }
  const waitingLong = s.oldestQueuedMinutes !== null && s.oldestQueuedMinutes >= 60;
  if (s.queuedTasks > s.backlogThreshold || waitingLong) {
    insights.push({
      type: 'task_backlog',
      confidence: CONFIDENCE.task_backlog,
      reason: `${s.queuedTasks} tasks are waiting${waitingLong ? `, the oldest for ${Math.round(s.oldestQueuedMinutes!)} minutes` : ''} (threshold ${s.backlogThreshold}).`,
    });
  }
  return insights;
}

/** Insights at or above the threshold → proposals (before de-duplication against earlier runs). */
export function proposalsFor(insights: Insight[], s: EngineSnapshot, threshold: number): ProposalDraft[] {
  const drafts: ProposalDraft[] = [];
  for (const insight of insights) {
    if (insight.confidence < threshold) continue;
    switch (insight.type) {
      case 'stale_leads':
        for (const lead of s.staleCandidates) {
          drafts.push({
            insightType: insight.type,
            action: 'lead_followup',
            dedupeKey: `lead_followup:${lead.id}`,
            reason: `${lead.name}${lead.company ? ` (${lead.company})` : ''} has had no activity for ${Math.round(lead.idleDays)} days${lead.score !== null ? `; conversion score ${Math.round(lead.score * 100)}%` : ''}. Draft a follow-up.`,
            confidence: insight.confidence,
            params: { leadId: lead.id },
          });
        }
        break;
      case 'low_content_output':
        drafts.push({
          insightType: insight.type,
          action: 'social_media_post',
          dedupeKey: 'social_media_post:low_content_output',
          reason: `${insight.reason} Write ${s.linkedinConnected ? 'and publish a LinkedIn post' : 'a LinkedIn post draft (LinkedIn is not connected)'}.`,
          confidence: insight.confidence,
          params: { channel: 'linkedin', topic: 'what we have been working on lately' },
        });
        break;
      case 'task_backlog':
        drafts.push({
          insightType: insight.type,
          action: 'review_task_backlog',
          dedupeKey: 'review_task_backlog',
          reason: `${insight.reason} Review the queue: stuck inputs, budgets or credits may be holding tasks back.`,
          confidence: insight.confidence,
          params: {},
        });
        break;
      default: {
        const exhaustive: never = insight.type;
        throw new Error(`unknown insight ${String(exhaustive)}`);
      }
    }
  }
  return drafts;
}
