import type { ValueTransformer } from 'typeorm';

/** pg returns int8 as a string; micro-credit columns are bigint in TypeScript. */
export const bigintColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null || value === undefined ? value : BigInt(value)),
};

export const money = (options: { nullable?: boolean; default?: string } = {}) => ({
  type: 'bigint' as const,
  transformer: bigintColumn,
  ...(options.nullable ? { nullable: true } : {}),
  ...(options.default !== undefined ? { default: options.default } : {}),
});
