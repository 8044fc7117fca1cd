import { Module } from '@nestjs/common';
import { AutonomousModule } from '../autonomous/autonomous.module';
import { TasksModule } from '../../modules/tasks/tasks.module';
import { AgenticController } from './agentic.controller';
import { AgenticEngineJobs } from './agentic-engine.jobs';
import { AgenticEngineRepository } from './agentic-engine.repository';
import { AgenticEngineService } from './agentic-engine.service';
import { ProposalsService } from './proposals.service';

/** The hourly agentic engine, its proposals and the per-organization policy. ProposalsService.decide is what chat adapters call. */
@Module({
  imports: [TasksModule, AutonomousModule],
  controllers: [AgenticController],
  providers: [AgenticEngineRepository, AgenticEngineService, ProposalsService, AgenticEngineJobs],
  exports: [AgenticEngineService, ProposalsService],
})
export class AgenticEngineModule {}
