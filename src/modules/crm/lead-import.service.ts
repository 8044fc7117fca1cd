import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BUILTIN_TARGETS, extractRecords, type DataRecord } from '../../agents/data-entry';
import { DomainError, ValidationFailedError } from '../../common/domain-error';
import { TasksService } from '../tasks/tasks.service';
import type { CreateLeadDto, ImportLeadsDto } from './dto/lead.dto';
import { LEAD_PRIORITIES, LEAD_STATUSES, type LeadPriority, type LeadStatus } from './entities/lead.entity';
import { companyKey, emailKey, nameKey } from './lead-keys';
import { LeadScoringService } from './lead-scoring.service';
import { LeadsService } from './leads.service';

export interface ImportReport {
  method: string;
  created: { record: number; id: string; name: string }[];
  duplicates: { record: number; name: string; duplicateOf: string; matchedOn: 'email' | 'company_and_name'; reason: string }[];
  rejected: { row: number; reasons: string[] }[];
}

/**
 * CSV, pasted tables or free text → leads, through the Data Entry agent's `crm-lead` target.
 * Inline text is read offline (free); a finished data-entry task can be imported by id (it was
 * billed as a task, and may have used the model). Duplicates are reported, never merged silently.
 */
@Injectable()
export class LeadImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly leads: LeadsService,
    private readonly scoring: LeadScoringService,
    private readonly tasks: TasksService,
  ) {}

  async import(organizationId: string, input: ImportLeadsDto): Promise<ImportReport> {
    if (!input.text === !input.taskId) {
      throw new ValidationFailedError('Send either text (CSV, a table or free text) or the taskId of a finished data-entry task.', { fields: { text: ['text or taskId'] } });
    }
    const { records, rejected, method } = input.taskId ? await this.fromTask(organizationId, input.taskId) : await this.fromText(input.text!);
    const report: ImportReport = { method, created: [], duplicates: [], rejected: [...rejected] };
    const scorer = await this.scoring.scorer(organizationId);
    const seen = new Map<string, { id: string; name: string }>();
    for (const [index, record] of records.entries()) {
      const lead = toLead(record);
      const keys = { emailKey: emailKey(lead.email), companyKey: companyKey(lead.company), nameKey: nameKey(lead.name) };
      const batchKeys = [keys.emailKey && `e:${keys.emailKey}`, keys.companyKey && `c:${keys.companyKey}|${keys.nameKey}`].filter(Boolean) as string[];
      const inBatch = batchKeys.map((k) => ({ key: k, hit: seen.get(k) })).find((x) => x.hit);
      const duplicate = inBatch
        ? { existing: inBatch.hit!, matchedOn: inBatch.key.startsWith('e:') ? ('email' as const) : ('company_and_name' as const) }
        : await this.leads.findDuplicate(this.db.manager, organizationId, keys);
      if (duplicate) {
        report.duplicates.push({
          record: index + 1,
          name: lead.name,
          duplicateOf: duplicate.existing.id,
          matchedOn: duplicate.matchedOn,
          reason: duplicate.matchedOn === 'email' ? `same e-mail as ${duplicate.existing.name}` : `same name and company as ${duplicate.existing.name}`,
        });
        continue;
      }
      try {
        const created = await this.leads.create(organizationId, lead, { scorer });
        report.created.push({ record: index + 1, id: created.id, name: created.name });
        for (const key of batchKeys) seen.set(key, { id: created.id, name: created.name });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        report.rejected.push({ row: index + 1, reasons: [error.message] });
      }
    }
    return report;
  }

  private async fromText(text: string) {
    // (repeats stay: the import reports each one with the lead it repeats)
    const result = await extractRecords(text, BUILTIN_TARGETS['crm-lead'], { llm: null, keepRepeats: true });
    return { records: result.records, rejected: result.rejected, method: `data-entry:${result.method}` };
  }

  private async fromTask(organizationId: string, taskId: string) {
    const task = await this.tasks.load(organizationId, taskId);
    const output = task.output as { records?: DataRecord[]; rejected?: { row: number; reasons: string[] }[]; target?: string; method?: string } | null;
    if (task.agent !== 'data-entry' || task.status !== 'succeeded' || !output?.records) {
      throw new DomainError('conflict', `Task ${taskId} is not a finished data-entry task (it is ${task.agent}, ${task.status}).`);
    }
    if (output.target !== 'crm-lead') throw new ValidationFailedError(`Task ${taskId} extracted "${output.target}" records; import needs target crm-lead.`);
    return { records: output.records, rejected: output.rejected ?? [], method: `data-entry-task:${output.method ?? task.mode}` };
  }
}

/** A crm-lead record from the agent → the create input ("proposal" is our "qualified"). */
function toLead(record: DataRecord): CreateLeadDto {
  const text = (key: string) => (record[key] === undefined || record[key] === '' ? undefined : String(record[key]));
  let status = text('status')?.toLowerCase();
  if (status === 'proposal') status = 'qualified';
  const priority = text('priority')?.toLowerCase();
  const value = record.value === undefined ? undefined : Number(record.value);
  return {
    name: text('name')!.slice(0, 200),
    company: text('company')?.slice(0, 200),
    email: text('email'),
    phone: text('phone')?.slice(0, 64),
    source: text('source')?.slice(0, 64),
    status: LEAD_STATUSES.includes(status as LeadStatus) ? (status as LeadStatus) : undefined,
    priority: LEAD_PRIORITIES.includes(priority as LeadPriority) ? (priority as LeadPriority) : undefined,
    value: value !== undefined && Number.isFinite(value) && value >= 0 ? value.toFixed(2) : undefined,
  };
}
