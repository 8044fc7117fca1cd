import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns a raw row (e.g. from `UPDATE … RETURNING *`) into an entity using its column metadata
 * and transformers, so a write can return the row without a second query.
 */
export function hydrate<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = db.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in row)) continue;
    let value = row[column.databaseName];
    const transformer = column.transformer;
    if (transformer && !Array.isArray(transformer)) value = transformer.from(value);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}
