import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../../common/domain-error';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { PricingService } from '../credits/pricing.service';
import { AGENT_RUNNERS, AgentRunners } from './agent-runner';
import { EmailCorrectionDto } from './dto/create-task.dto';
import { EmailCorrection } from './entities/email-correction.entity';
import { TasksService } from './tasks.service';

const DESCRIPTIONS: Record<string, { description: string; inputs: string[]; output: string }> = {
  'invoice-processor': {
    description:
      'Reads invoices: e-invoice XML, embedded or alone (Factur-X/ZUGFeRD, XRechnung, UBL/Peppol, Italian FatturaPA), PDF text with arithmetic checks, OCR for scans and images, a model for what stays uncertain.',
    inputs: ['PDF', 'PNG/JPEG image', 'plain-text or HTML e-mail body', 'raw e-mail (.eml) with the invoice attached', 'CII/UBL/FatturaPA XML', 'signed .p7m of any of these'],
    output: 'contracts/invoice.schema.json',
  },
  'email-sorter': {
    description: 'Sorts a raw e-mail into a category with the reasons behind it; learns from your corrections.',
    inputs: ['raw RFC 822 message (.eml)'],
    output: '{category, confidence, reasons, method} with categories from contracts/email-categories.json',
  },
  'data-entry': {
    description: 'Turns free text, signatures, CSV/TSV or pasted tables into validated records for a built-in schema or your own JSON Schema.',
    inputs: ['free text', 'e-mail with signature', 'CSV/TSV', 'pasted table'],
    output: '{records, confidence, rejected, target}',
  },
};

@ApiTags('agents')
@ApiBearerAuth()
@Controller('api/v1/agents')
export class AgentsController {
  constructor(
    @Inject(AGENT_RUNNERS) private readonly runners: AgentRunners,
    @InjectDataSource() private readonly db: DataSource,
    private readonly pricing: PricingService,
    private readonly tasks: TasksService,
  ) {}

  /** The catalog: what each agent does, what it accepts, what it costs and the discount tiers. */
  @Get()
  async catalog(@CurrentPrincipal() principal: Principal) {
    const pricing = await this.pricing.catalog(principal.organizationId ?? undefined);
    return {
      agents: [...this.runners.values()]
        .filter((runner) => DESCRIPTIONS[runner.name])
        .map((runner) => ({
          name: runner.name,
          ...DESCRIPTIONS[runner.name],
          timeLimitSeconds: runner.timeoutMs / 1000,
          price: pricing.items.find((item) => item.operation === runner.operation) ?? null,
        })),
      discountTiers: pricing.discountTiers,
      currency: pricing.currency,
    };
  }

  /** Re-label a mail; future sorting in this organization follows it. */
  @Post('email-sorter/corrections')
  @RequireRole('member')
  @Audit('email_sorter.correct', 'email_correction')
  async correct(@Body() body: EmailCorrectionDto, @CurrentPrincipal() principal: Principal) {
    const organizationId = organizationOf(principal);
    let text = body.text;
    if (body.taskId) {
      const task = await this.tasks.load(organizationId, body.taskId);
      const input = await this.db.query('SELECT content FROM task_inputs WHERE task_id = $1', [task.id]);
      text = text ?? (task.input.text as string | undefined) ?? (input[0] ? Buffer.from(input[0].content).toString('utf8') : undefined);
    }
    if (!text) throw new ValidationFailedError('Give the taskId of a sorted mail or its text.', { fields: { text: ['required without taskId'] } });
    const row = await this.db.getRepository(EmailCorrection).save(
      this.db.getRepository(EmailCorrection).create({ organizationId, text: text.slice(0, 200_000), category: body.category, taskId: body.taskId ?? null }),
    );
    return { id: row.id, category: row.category };
  }
}
