import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source.factory';
import { createTestDatabase, TestDatabase } from '../support/databases';

/** Every migration runs on an empty database, and the entities match what they built (no drift). */
describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('migrations');
  });
  afterAll(() => database.drop());

  it('run on an empty PostgreSQL database and leave no schema drift', async () => {
    const dataSource = createDataSource({ url: database.url, dataDir: 'unused' });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.length).toBeGreaterThan(0);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const drift = pending.upQueries.map((query) => query.query.trim());
      expect(drift).toEqual([]);
      // and they can be reverted down to nothing, then re-applied
      for (let i = 0; i < applied.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await dataSource.showMigrations()).toBe(true);
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('run on embedded PGlite too', async () => {
    const dataSource = createDataSource({ dataDir: 'memory://' });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query.trim())).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
