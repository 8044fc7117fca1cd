/** A target as the data-entry agent sees it: built-in schemas and org JSON Schemas both become this. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'email' | 'phone' | 'date' | 'url';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
  enum?: string[];
  /** extra header names that mean this field (any language), besides the built-in concepts */
  synonyms: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** a person's full name: first- and last-name columns are joined into it, honorifics left out */
  person?: boolean;
}

export interface TargetSpec {
  /** built-in name, or the schema's title / "custom" */
  name: string;
  fields: FieldSpec[];
  /** at least one of these must be present (e.g. a lead needs a way to reach them) */
  requireOneOf?: string[];
  /** an organization's own JSON Schema (not a built-in target) */
  custom?: boolean;
}

export type DataRecord = Record<string, string | number | boolean>;
