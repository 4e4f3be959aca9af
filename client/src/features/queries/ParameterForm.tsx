import { useId } from 'react';
import type { QueryParameterDto } from '../../api/types.ts';
import { EntityIdInput } from './EntityIdInput.tsx';
import { initialFieldValue } from './paramCoercion.ts';

interface ParameterFormProps {
  parameters: readonly QueryParameterDto[];
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  /** For node-id parameters: the id of the entity selected on the canvas. */
  selectedNodeId: string | null;
}

/** One field per declared parameter, typed by its declaration; errors sit under their field. */
export function ParameterForm({
  parameters,
  values,
  errors,
  onChange,
  selectedNodeId,
}: ParameterFormProps) {
  const formId = useId();
  if (parameters.length === 0) return <p className="muted">This query takes no parameters.</p>;
  return (
    <div className="parameter-form">
      {parameters.map((parameter) => {
        const id = `${formId}-${parameter.name}`;
        const value = values[parameter.name] ?? initialFieldValue(parameter);
        const error = errors[parameter.name];
        const describedBy = error ? `${id}-error` : undefined;
        return (
          <div key={parameter.name} className="field">
            <label htmlFor={id}>
              {parameter.name} <span className="muted">({parameter.type})</span>
            </label>
            {parameter.type === 'boolean' ? (
              <select
                id={id}
                value={value}
                onChange={(e) => onChange(parameter.name, e.target.value)}
                aria-describedby={describedBy}
              >
                <option value="">—</option>
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : parameter.type === 'node-id' ? (
              <EntityIdInput
                id={id}
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(next) => onChange(parameter.name, next)}
              />
            ) : (
              <input
                id={id}
                type="text"
                inputMode={
                  parameter.type === 'integer' || parameter.type === 'float' ? 'decimal' : undefined
                }
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => onChange(parameter.name, e.target.value)}
              />
            )}
            {parameter.type === 'node-id' && selectedNodeId ? (
              <button
                type="button"
                className="small"
                onClick={() => onChange(parameter.name, selectedNodeId)}
              >
                Use selected entity
              </button>
            ) : null}
            {parameter.description ? (
              <p className="muted small-text">{parameter.description}</p>
            ) : null}
            {error ? (
              <p id={`${id}-error`} className="error small-text">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
