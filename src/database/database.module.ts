import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source.factory';

/** PostgreSQL when DATABASE_URL is set, embedded PGlite in DATA_DIR otherwise; migrations run at start. */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize }),
            migrationsRun: true,
            retryAttempts: config.embeddedDatabase ? 0 : 5,
            retryDelay: 1000,
          }),
        }),
      ],
    };
  }
}
