import { Global, Module } from '@nestjs/common';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { PlansController } from './plans.controller';

@Global()
@Module({ controllers: [OrganizationsController, PlansController], providers: [OrganizationsService], exports: [OrganizationsService] })
export class OrganizationsModule {}
