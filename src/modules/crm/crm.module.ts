import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { CrmService } from './crm.service';
import { LeadImportService } from './lead-import.service';
import { LeadScoringJobs } from './lead-scoring.jobs';
import { LeadScoringService } from './lead-scoring.service';
import { LeadsController } from './leads.controller';
import { LeadsService } from './leads.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** Leads, activities, meetings, scoring; CrmService is what chat commands call. */
@Module({
  imports: [TasksModule],
  controllers: [LeadsController, MeetingsController],
  providers: [LeadsService, LeadScoringService, LeadImportService, MeetingsService, CrmService, LeadScoringJobs],
  exports: [LeadsService, LeadScoringService, CrmService, MeetingsService],
})
export class CrmModule {}
