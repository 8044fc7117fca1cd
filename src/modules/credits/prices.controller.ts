import { Body, Controller, Get, Param, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseCredits } from '../../common/money';
import { CurrentPrincipal, PlatformAdminOnly } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { NotFoundError } from '../../common/domain-error';
import { PLAN_NAMES, PlanName } from '../organizations/entities/plan.entity';
import { PriceDto, TiersDto } from './dto/credits.dto';
import { PricingService } from './pricing.service';

const credits = (value: string | undefined, field: string) => (value === undefined ? undefined : parseCredits(value, field));

@ApiTags('credits')
@ApiBearerAuth()
@Controller('api/v1/credits')
export class PricesController {
  constructor(private readonly pricing: PricingService) {}

  /** Prices and the volume discount tiers (of the caller's plan, or of every plan for platform requests). */
  @Get('prices')
  catalog(@CurrentPrincipal() principal: Principal) {
    return this.pricing.catalog(principal.organizationId ?? undefined);
  }

  @Get('prices/:operation/quote')
  async estimate(@CurrentPrincipal() principal: Principal, @Param('operation') operation: string) {
    return this.pricing.quoteView(await this.pricing.estimate(organizationOf(principal), operation));
  }

  @Patch('prices/:operation')
  @PlatformAdminOnly()
  update(@Param('operation') operation: string, @Body() body: PriceDto) {
    return this.pricing.update(operation, {
      ...body,
      perTask: credits(body.perTask, 'perTask'),
      perThousandInputTokens: credits(body.perThousandInputTokens, 'perThousandInputTokens'),
      perThousandOutputTokens: credits(body.perThousandOutputTokens, 'perThousandOutputTokens'),
    });
  }

  @Put('discount-tiers/:plan')
  @PlatformAdminOnly()
  tiers(@Param('plan') plan: string, @Body() body: TiersDto) {
    if (!PLAN_NAMES.includes(plan as PlanName)) throw new NotFoundError('Plan');
    return this.pricing.replaceTiers(
      plan,
      body.tiers.map((t) => ({ minTasks: t.minTasksPerDay, discountBps: Math.round(t.discountPercent * 100) })),
    );
  }
}
