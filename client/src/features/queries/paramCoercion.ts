import type { PropertyValue, QueryParameterDto } from '../../api/types.ts';

export type CoercionResult =
  | { ok: true; params: Record<string, PropertyValue> }
  | { ok: false; errors: Record<string, string> };

/** The text a form field starts with: the declared default, else empty. */
export function initialFieldValue(parameter: QueryParameterDto): string {
  const value = parameter.default;
  return value === undefined || value === null ? '' : String(value);
}

function coerceOne(
  parameter: QueryParameterDto,
  raw: string,
): { value: PropertyValue } | { error: string } {
  const text = raw.trim();
  switch (parameter.type) {
    case 'string':
      return { value: raw };
    case 'node-id':
      return text
        ? { value: text }
        : { error: 'Enter an entity id (search for it, or select one).' };
    case 'integer':
      return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))
        ? { value: Number(text) }
        : { error: 'Enter a whole number, e.g. 3.' };
    case 'float': {
      const value = Number(text);
      return text !== '' && Number.isFinite(value)
        ? { value }
        : { error: 'Enter a number, e.g. 0.5.' };
    }
    case 'boolean':
      if (text === 'true') return { value: true };
      if (text === 'false') return { value: false };
      return { error: 'Choose true or false.' };
  }
}

/**
 * Turns the form's text fields into typed query parameters, or names every
 * field that does not fit its declared type, so the form can say why.
 */
export function coerceParameters(
  parameters: readonly QueryParameterDto[],
  values: Readonly<Record<string, string>>,
): CoercionResult {
  const params: Record<string, PropertyValue> = {};
  const errors: Record<string, string> = {};
  for (const parameter of parameters) {
    const outcome = coerceOne(parameter, values[parameter.name] ?? initialFieldValue(parameter));
    if ('error' in outcome) errors[parameter.name] = outcome.error;
    else params[parameter.name] = outcome.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, params };
}

/** Back from typed parameters (e.g. from a shared link) to form text. */
export function fieldValuesFrom(
  params: Readonly<Record<string, PropertyValue>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
    ]),
  );
}

/** A default typed in the query form, stored as the parameter's own type (or dropped if it does not fit). */
export function typedDefault(parameter: QueryParameterDto): QueryParameterDto {
  const { default: value, ...rest } = parameter;
  if (value === undefined || value === null || value === '') return rest;
  const outcome = coerceOne(parameter, String(value));
  if ('error' in outcome) return rest;
  const typed = outcome.value;
  return typeof typed === 'string' || typeof typed === 'number' || typeof typed === 'boolean'
    ? { ...rest, default: typed }
    : rest;
}
