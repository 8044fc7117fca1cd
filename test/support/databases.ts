import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server tests run against; database `test` exists there (trust auth). */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://localhost:6379';

export type DatabaseKind = 'postgres' | 'pglite';
export const DATABASE_KINDS: DatabaseKind[] = ['postgres', 'pglite'];

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty PostgreSQL database per test file: tests never share state between runs. */
export async function createTestDatabase(label = 't'): Promise<TestDatabase> {
  const name = `steward_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(TEST_POSTGRES_URL, name),
    name,
    async drop() {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export function uniquePrefix(label: string): string {
  return `stw-${label}-${randomBytes(4).toString('hex')}`;
}
