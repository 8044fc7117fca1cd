import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { pgliteDriver } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseSettings {
  /** PostgreSQL URL; undefined → embedded PGlite in `dataDir`. */
  url?: string;
  /** Embedded data directory; `memory://` keeps it in memory (tests). */
  dataDir: string;
  poolSize?: number;
  logging?: boolean;
}

const ROOT = path.resolve(__dirname, '..', '..');
const EXT = __filename.endsWith('.ts') ? 'ts' : 'js';

/** Entities and migrations are found by file name so modules can add their own. */
export const ENTITY_GLOBS = [path.join(ROOT, 'src', '**', `*.entity.${EXT}`)];
export const MIGRATION_GLOBS = [path.join(ROOT, 'src', 'database', 'migrations', `*.${EXT}`)];

export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITY_GLOBS,
    migrations: MIGRATION_GLOBS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: settings.logging ?? false,
  };
  if (settings.url) {
    return {
      ...common,
      url: settings.url,
      poolSize: settings.poolSize ?? 20,
    };
  }
  if (settings.dataDir !== 'memory://') fs.mkdirSync(settings.dataDir, { recursive: true });
  return {
    ...common,
    driver: pgliteDriver,
    extra: { dataDir: settings.dataDir },
    poolSize: 1,
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
