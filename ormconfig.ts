import 'reflect-metadata';
import { AppConfig } from './src/config/app-config';
import { createDataSource } from './src/database/data-source.factory';

/** The DataSource the TypeORM migration CLI uses (`npm run migration:generate`, `migration:run`). */
const config = AppConfig.fromEnv(process.env, 'cli');
export default createDataSource({ url: config.databaseUrl, dataDir: config.dataDir });
