import { PermanentAgentError } from '../agent.types';
import { CONCEPT_SYNONYMS, conceptsForFieldName, isPersonField } from './concepts';
import type { FieldSpec, FieldType, TargetSpec } from './target.types';

const field = (name: string, type: FieldType, synonyms: string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  type,
  required: false,
  synonyms,
  ...extra,
});

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'won', 'lost'];
export const PRIORITIES = ['low', 'medium', 'high'];

export const BUILTIN_TARGETS: Record<string, TargetSpec> = {
  'crm-lead': {
    name: 'crm-lead',
    requireOneOf: ['email', 'phone', 'company'],
    fields: [
      field('name', 'string', CONCEPT_SYNONYMS.name, { required: true }),
      field('company', 'string', CONCEPT_SYNONYMS.company),
      field('email', 'email', CONCEPT_SYNONYMS.email),
      field('phone', 'phone', CONCEPT_SYNONYMS.phone),
      field('source', 'string', CONCEPT_SYNONYMS.source),
      field('status', 'string', CONCEPT_SYNONYMS.status, { enum: LEAD_STATUSES }),
      field('priority', 'string', CONCEPT_SYNONYMS.priority, { enum: PRIORITIES }),
      field('value', 'number', CONCEPT_SYNONYMS.value, { minimum: 0 }),
    ],
  },
  contact: {
    name: 'contact',
    requireOneOf: ['email', 'phone'],
    fields: [
      field('name', 'string', CONCEPT_SYNONYMS.name, { required: true }),
      field('email', 'email', CONCEPT_SYNONYMS.email),
      field('phone', 'phone', CONCEPT_SYNONYMS.phone),
      field('company', 'string', CONCEPT_SYNONYMS.company),
      field('title', 'string', CONCEPT_SYNONYMS.title),
      field('address', 'string', CONCEPT_SYNONYMS.address),
    ],
  },
  'inventory-item': {
    name: 'inventory-item',
    fields: [
      field('sku', 'string', CONCEPT_SYNONYMS.sku, { required: true }),
      field('name', 'string', CONCEPT_SYNONYMS.productName, { required: true }),
      field('quantity', 'integer', CONCEPT_SYNONYMS.quantity, { minimum: 0 }),
      field('unitPrice', 'number', CONCEPT_SYNONYMS.unitPrice, { minimum: 0 }),
      field('location', 'string', CONCEPT_SYNONYMS.location),
    ],
  },
};

/** Resolve input.target: a built-in name or an organization's JSON Schema object. */
export function resolveTarget(target: string | Record<string, unknown> | undefined): TargetSpec {
  if (target === undefined || target === null || target === '') {
    throw new PermanentAgentError('invalid_target', `A target is required: one of ${Object.keys(BUILTIN_TARGETS).join(', ')} or a JSON Schema.`);
  }
  if (typeof target === 'string') {
    const builtin = BUILTIN_TARGETS[target];
    if (!builtin) throw new PermanentAgentError('invalid_target', `Unknown target "${target}"; use one of ${Object.keys(BUILTIN_TARGETS).join(', ')} or a JSON Schema.`);
    return builtin;
  }
  return targetFromJsonSchema(target);
}

/**
 * A small, flat subset of JSON Schema: an object whose properties are strings (optionally
 * format email/date/uri, enum, pattern, min/maxLength), numbers/integers (minimum/maximum)
 * or booleans. Anything else is refused up front rather than half-supported.
 */
export function targetFromJsonSchema(schema: Record<string, unknown>): TargetSpec {
  const properties = schema.properties;
  if (schema.type !== undefined && schema.type !== 'object') {
    throw new PermanentAgentError('invalid_target', 'The target JSON Schema must describe an object.');
  }
  if (!properties || typeof properties !== 'object' || Object.keys(properties).length === 0) {
    throw new PermanentAgentError('invalid_target', 'The target JSON Schema needs "properties".');
  }
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
  const fields = Object.entries(properties as Record<string, Record<string, unknown>>).map(([name, prop]) => {
    const type = fieldType(name, prop ?? {});
    const concepts = conceptsForFieldName(name);
    if (type === 'email') concepts.push('email');
    if (type === 'phone') concepts.push('phone');
    const synonyms = [
      ...(typeof prop?.title === 'string' ? [prop.title] : []),
      ...stringArray(prop?.['x-synonyms']),
      ...concepts.flatMap((c) => CONCEPT_SYNONYMS[c] ?? []),
    ];
    const spec: FieldSpec = { name, type, required: required.includes(name), synonyms };
    if (Array.isArray(prop?.enum)) spec.enum = prop.enum.map(String);
    for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
      if (typeof prop?.[key] === 'number') spec[key] = prop[key] as number;
    }
    if (typeof prop?.pattern === 'string') spec.pattern = prop.pattern;
    return spec;
  });
  // the first field for a person's name takes first- and last-name columns ("Ad" + "Soyad" → studentName)
  // (a schema with first and last names of its own keeps them apart)
  const split = fields.some((f) => conceptsForFieldName(f.name).some((c) => c === 'firstName' || c === 'lastName'));
  const person = split ? undefined : (fields.find((f) => f.name === 'name' && f.synonyms.includes('full name')) ?? fields.find(isPersonField));
  if (person) person.person = true;
  return { name: typeof schema.title === 'string' && schema.title ? schema.title : 'custom', fields, custom: true };
}

function fieldType(name: string, prop: Record<string, unknown>): FieldType {
  const rawType = Array.isArray(prop.type) ? prop.type.find((t) => t !== 'null') : prop.type;
  const format = typeof prop.format === 'string' ? prop.format : '';
  switch (rawType ?? 'string') {
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'string':
      if (format === 'email') return 'email';
      if (format === 'date' || format === 'date-time') return 'date';
      if (format === 'uri' || format === 'url') return 'url';
      if (format === 'phone' || conceptsForFieldName(name).includes('phone')) return 'phone';
      return 'string';
    default:
      throw new PermanentAgentError('invalid_target', `Property "${name}" has type ${String(rawType)}; only flat string/number/integer/boolean properties are supported.`);
  }
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
