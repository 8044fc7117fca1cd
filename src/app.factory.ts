import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { WsAdapter } from '@nestjs/platform-ws';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { requestMiddleware } from './common/http-middleware';
import { JsonLogger } from './common/json-logger';
import { collectProcessMetrics } from './common/metrics';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';

/** Builds the HTTP application exactly as `npm start` serves it; tests use the same function. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = new JsonLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bufferLogs: false, rawBody: true, abortOnError: false });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '25mb' });
  app.use(requestMiddleware(config.logLevel === 'debug', (line) => logger.debug(line, 'HTTP')));
  app.useGlobalPipes(createValidationPipe());
  app.useWebSocketAdapter(new WsAdapter(app));
  app.enableShutdownHooks();
  if (config.metricsEnabled) collectProcessMetrics();
  if (config.docsEnabled) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Steward')
        .setDescription('Chat-first AI operations hub: organizations, credits, agents, tasks and channels.')
        .setVersion('1')
        .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (stw_…) or JWT' })
        .build(),
    );
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  }
  return app;
}
