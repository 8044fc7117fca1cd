import { Global, Module } from '@nestjs/common';
import { AnalyticsService } from './analytics.service';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';
import { CreditAlertsService } from './credit-alerts.service';
import { CreditSettingsService } from './credit-settings.service';
import { CreditsController } from './credits.controller';
import { CreditsJobs } from './credits.jobs';
import { CreditsService } from './credits.service';
import { GrantExpiryService } from './grant-expiry.service';
import { HoldsService } from './holds.service';
import { LedgerVerifyService } from './ledger-verify.service';
import { LedgerRepository } from './ledger.repository';
import { PlanLimitsService } from './plan-limits.service';
import { PricesController } from './prices.controller';
import { PricingService } from './pricing.service';
import { SignupCreditsService } from './signup-credits';
import { TransactionsService } from './transactions.service';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';

/** Accounts, ledger, holds, prices, discounts, budgets, alerts, plan limits, analytics. */
@Global()
@Module({
  controllers: [CreditsController, UsageController, BudgetsController, PricesController],
  providers: [
    LedgerRepository,
    CreditAlertsService,
    PricingService,
    HoldsService,
    CreditsService,
    GrantExpiryService,
    PlanLimitsService,
    BudgetsService,
    CreditSettingsService,
    TransactionsService,
    UsageService,
    AnalyticsService,
    LedgerVerifyService,
    SignupCreditsService,
    CreditsJobs,
  ],
  exports: [CreditsService, PricingService, PlanLimitsService, BudgetsService, HoldsService, LedgerVerifyService, AnalyticsService],
})
export class CreditsModule {}
