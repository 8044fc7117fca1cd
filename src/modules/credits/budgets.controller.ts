import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseCredits } from '../../common/money';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { BudgetsService } from './budgets.service';
import { BudgetDto, UpdateBudgetDto } from './dto/credits.dto';

@ApiTags('credits')
@ApiBearerAuth()
@Controller('api/v1/credits/budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get()
  list(@CurrentPrincipal() principal: Principal) {
    return this.budgets.list(organizationOf(principal));
  }

  @Get(':id')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.budgets.get(organizationOf(principal), id);
  }

  @Post()
  @RequireRole('admin')
  create(@CurrentPrincipal() principal: Principal, @Body() body: BudgetDto) {
    return this.budgets.create(organizationOf(principal), { ...body, amountLimit: parseCredits(body.amountLimit, 'amountLimit') });
  }

  @Patch(':id')
  @RequireRole('admin')
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateBudgetDto) {
    return this.budgets.update(organizationOf(principal), id, {
      ...body,
      amountLimit: body.amountLimit === undefined ? undefined : parseCredits(body.amountLimit, 'amountLimit'),
    });
  }

  @Delete(':id')
  @HttpCode(200)
  @RequireRole('admin')
  remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.budgets.remove(organizationOf(principal), id);
  }
}
