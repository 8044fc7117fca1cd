import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from './domain-error';

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global DTO validation: whitelist, transform, and an error that names every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const message = fields.map((f) => f.problems.join(', ')).join('; ');
      return new ValidationFailedError(message || 'The request is not valid.', {
        fields: Object.fromEntries(fields.map((f) => [f.field, f.problems])),
      });
    },
  });
}

/** An optional ISO date or date-time query parameter; a bad one is a 400 naming the field. */
export function parseDateParam(value: string | undefined, field: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ValidationFailedError(`${field} must be an ISO date or date-time`, { fields: { [field]: ['invalid date'] } });
  return date;
}
