import { Global, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { BullMqQueueBackend } from './bullmq.backend';
import { InProcessQueueBackend } from './in-process.backend';
import { NoopJobHandler } from './noop.handler';
import type { QueueBackend } from './queue-backend';
import { QUEUE_BACKEND, QueueService } from './queue.service';

export function createQueueBackend(config: AppConfig): QueueBackend {
  return config.redisUrl ? new BullMqQueueBackend(config.redisUrl, config.queuePrefix, config.jobLockMs) : new InProcessQueueBackend();
}

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    { provide: QUEUE_BACKEND, useFactory: createQueueBackend, inject: [AppConfig] },
    {
      provide: QueueService,
      useFactory: (backend: QueueBackend, config: AppConfig, discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector) =>
        new QueueService(backend, config, discovery, scanner, reflector),
      inject: [QUEUE_BACKEND, AppConfig, DiscoveryService, MetadataScanner, Reflector],
    },
    NoopJobHandler,
  ],
  exports: [QueueService, NoopJobHandler],
})
export class QueueModule {}
