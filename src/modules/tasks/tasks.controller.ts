import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ValidationFailedError } from '../../common/domain-error';
import { parseDateParam } from '../../common/validation';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { CreateTaskDto } from './dto/create-task.dto';
import { TASK_STATUSES, TaskStatus } from './entities/task.entity';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Post()
  @HttpCode(202)
  @RequireRole('member')
  @Audit('task.create', 'task')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  create(@Body() body: CreateTaskDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') idempotencyKey?: string) {
    return this.tasks.create(organizationOf(principal), { ...body, idempotencyKey: idempotencyKey?.slice(0, 200) ?? null, channel: 'rest' }, principal);
  }

  @Get()
  @ApiQuery({ name: 'agent', required: false })
  @ApiQuery({ name: 'status', required: false, enum: TASK_STATUSES })
  @ApiQuery({ name: 'department', required: false })
  @ApiQuery({ name: 'project', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query('agent') agent?: string,
    @Query('status') status?: string,
    @Query('department') department?: string,
    @Query('project') project?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ) {
    if (status !== undefined && !TASK_STATUSES.includes(status as TaskStatus)) {
      throw new ValidationFailedError(`status must be one of ${TASK_STATUSES.join(', ')}`, { fields: { status: ['invalid'] } });
    }
    return this.tasks.list(organizationOf(principal), {
      agent,
      status: status as TaskStatus | undefined,
      department,
      project,
      from: parseDateParam(from, 'from'),
      to: parseDateParam(to, 'to'),
      cursor,
      limit: Math.min(Math.max(Number(limit ?? 50) || 50, 1), 200),
    });
  }

  @Get(':id')
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.tasks.get(organizationOf(principal), id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireRole('member')
  @Audit('task.cancel', 'task')
  cancel(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.tasks.cancel(organizationOf(principal), id);
  }
}
