import { Module } from '@nestjs/common';
import { LiveEventRelay } from './live-event-relay';
import { RealtimeGateway } from './realtime.gateway';

@Module({ providers: [LiveEventRelay, RealtimeGateway], exports: [LiveEventRelay] })
export class RealtimeModule {}
