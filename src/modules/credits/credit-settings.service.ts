import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { formatCredits, parseCredits } from '../../common/money';
import { CreditAlertsService } from './credit-alerts.service';
import type { CreditSettingsDto } from './dto/credits.dto';
import { CreditSettings } from './entities/credit-settings.entity';

const optionalCredits = (value: string | null | undefined, field: string) => (value === undefined ? undefined : value === null ? null : parseCredits(value, field));

/** Low-balance threshold and auto top-up preferences (billing acts on the latter). */
@Injectable()
export class CreditSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly alerts: CreditAlertsService,
  ) {}

  async get(organizationId: string) {
    const settings = await this.db.getRepository(CreditSettings).findOneBy({ organizationId });
    const [account] = await this.db.query(`SELECT low_balance_threshold::text FROM credit_accounts WHERE organization_id = $1`, [organizationId]);
    const own = account?.low_balance_threshold == null ? null : BigInt(account.low_balance_threshold);
    return {
      lowBalanceThreshold: formatCredits(this.alerts.thresholdOf({ lowBalanceThreshold: own })),
      lowBalanceThresholdIsDefault: own === null,
      autoTopUp: {
        enabled: settings?.autoTopUpEnabled ?? false,
        threshold: settings?.autoTopUpThreshold == null ? null : formatCredits(settings.autoTopUpThreshold),
        package: settings?.autoTopUpPackage ?? null,
        monthlyCap: settings?.autoTopUpMonthlyCap == null ? null : formatCredits(settings.autoTopUpMonthlyCap),
      },
    };
  }

  async update(organizationId: string, input: CreditSettingsDto) {
    const threshold = optionalCredits(input.lowBalanceThreshold, 'lowBalanceThreshold');
    await this.db.transaction(async (tx) => {
      if (threshold !== undefined) {
        await tx.query(
          `INSERT INTO credit_accounts (organization_id, low_balance_threshold) VALUES ($1, $2)
           ON CONFLICT (organization_id) DO UPDATE SET low_balance_threshold = EXCLUDED.low_balance_threshold, low_balance_alerted_at = NULL`,
          [organizationId, threshold?.toString() ?? null],
        );
      }
      const repo = tx.getRepository(CreditSettings);
      const settings = (await repo.findOneBy({ organizationId })) ?? repo.create({ organizationId });
      if (input.autoTopUpEnabled !== undefined) settings.autoTopUpEnabled = input.autoTopUpEnabled;
      const cap = optionalCredits(input.autoTopUpMonthlyCap, 'autoTopUpMonthlyCap');
      const topUpThreshold = optionalCredits(input.autoTopUpThreshold, 'autoTopUpThreshold');
      if (topUpThreshold !== undefined) settings.autoTopUpThreshold = topUpThreshold;
      if (cap !== undefined) settings.autoTopUpMonthlyCap = cap;
      if (input.autoTopUpPackage !== undefined) settings.autoTopUpPackage = input.autoTopUpPackage;
      await repo.save(settings);
    });
    return this.get(organizationId);
  }
}
