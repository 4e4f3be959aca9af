import type { QueryParameterDto } from '@newsgraph/model';
import { InvalidInputError } from '../domain/errors.ts';

type ParameterValue = string | number | boolean | null;

function coerce(parameter: QueryParameterDto, raw: unknown): ParameterValue {
  const fail = (expected: string): never => {
    throw new InvalidInputError(
      `Parameter "${parameter.name}" must be ${expected}; got ${JSON.stringify(raw)}.`,
    );
  };
  switch (parameter.type) {
    case 'string':
    case 'node-id':
      return typeof raw === 'string' ? raw : fail('a string');
    case 'integer': {
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? value
        : fail('a whole number');
    }
    case 'float': {
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      return typeof value === 'number' && Number.isFinite(value) ? value : fail('a number');
    }
    case 'boolean':
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      return typeof raw === 'boolean' ? raw : fail('true or false');
  }
}

/**
 * Builds the parameter map for a saved query from what a user sent: declared
 * parameters only, each coerced to its declared type, defaults filled in.
 */
export function resolveParameters(
  declared: QueryParameterDto[],
  supplied: Record<string, unknown>,
): Record<string, ParameterValue> {
  const known = new Set(declared.map((parameter) => parameter.name));
  const unknown = Object.keys(supplied).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const list = declared.map((parameter) => parameter.name).join(', ') || 'none';
    throw new InvalidInputError(
      `Unknown parameter(s) ${unknown.map((name) => `"${name}"`).join(', ')}. This query declares: ${list}.`,
    );
  }
  const resolved: Record<string, ParameterValue> = {};
  for (const parameter of declared) {
    const raw = supplied[parameter.name] ?? parameter.default;
    if (raw === undefined || raw === null) {
      throw new InvalidInputError(`Parameter "${parameter.name}" is required and has no default.`);
    }
    resolved[parameter.name] = coerce(parameter, raw);
  }
  return resolved;
}
