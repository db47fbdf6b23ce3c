import { useEffect, useState, type FormEvent } from 'react';
import { fetchProjectChoices } from '../api/explorer-api';
import type { Choice, FilterChoices } from '../api/explorer-types';
import { EMPTY_FILTER, type NetworkFilter } from '../network-filter';
import { usePickerKeys } from './use-picker-keys';

interface Props {
  choices: FilterChoices | null;
  applied: NetworkFilter;
  /** Names of the projects in the applied filter. */
  projectLabels: ReadonlyMap<string, string>;
  onApply(filter: NetworkFilter, projectLabels: Map<string, string>): void;
}

function selectedValues(select: HTMLSelectElement): string[] {
  return [...select.selectedOptions].map((option) => option.value);
}

function integerOrNull(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
}

function MultiSelect(props: {
  name: string;
  label: string;
  options: Choice[] | undefined;
  value: string[];
  onChange(values: string[]): void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        multiple
        name={props.name}
        size={Math.min(6, Math.max(3, props.options?.length ?? 3))}
        value={props.value}
        onChange={(event) => props.onChange(selectedValues(event.currentTarget))}
      >
        {(props.options ?? []).map((option) => (
          <option key={option.id} value={option.id}>
            {props.name === 'countryCodes' ? `${option.label} (${option.id})` : option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Projects picked by name: type, pick from the `projects` list field, remove with ×. */
function ProjectPicker(props: {
  value: string[];
  labels: Map<string, string>;
  onChange(ids: string[], labels: Map<string, string>): void;
}) {
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<Choice[]>([]);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      fetchProjectChoices(trimmed).then(
        (choices) => {
          if (current) setSuggestions(choices);
        },
        () => {
          if (current) setSuggestions([]);
        },
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const add = (choice: Choice) => {
    const labels = new Map(props.labels).set(choice.id, choice.label);
    props.onChange([...new Set([...props.value, choice.id])], labels);
    setText('');
    setSuggestions([]);
  };
  const keys = usePickerKeys(suggestions, suggestions.length > 0, add, () => setSuggestions([]));
  const optionId = (index: number) => `project-suggestion-${index}`;

  return (
    <div className="field">
      <span>Projects</span>
      <ul className="chips">
        {props.value.map((id) => (
          <li key={id}>
            {props.labels.get(id) ?? id}
            <button
              type="button"
              aria-label={`Remove ${props.labels.get(id) ?? id}`}
              onClick={() =>
                props.onChange(
                  props.value.filter((other) => other !== id),
                  props.labels,
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="search"
        name="projectSearch"
        placeholder="Add a project by name or code"
        aria-label="Add a project by name or code"
        value={text}
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls="project-suggestions"
        aria-autocomplete="list"
        aria-activedescendant={
          suggestions.length > 0 && keys.active >= 0 ? optionId(keys.active) : undefined
        }
        onKeyDown={keys.onKeyDown}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      {suggestions.length > 0 && (
        <ul className="suggestions" id="project-suggestions" role="listbox">
          {suggestions.map((choice, index) => (
            <li
              key={choice.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === keys.active}
            >
              <button type="button" tabIndex={-1} onClick={() => add(choice)}>
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The network's filters (projects, countries, funding sources, policy areas,
 * period, lightest tie shown), edited as a draft and applied together.
 */
export function FilterPanel({ choices, applied, projectLabels, onApply }: Props) {
  const [draft, setDraft] = useState(applied);
  const [labels, setLabels] = useState(() => new Map(projectLabels));
  useEffect(() => setDraft(applied), [applied]);
  useEffect(() => setLabels(new Map(projectLabels)), [projectLabels]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft, labels);
  };

  return (
    <form className="filters" onSubmit={submit} aria-label="Network filters">
      <h2>Filters</h2>
      <ProjectPicker
        value={draft.projectIds}
        labels={labels}
        onChange={(projectIds, nextLabels) => {
          setDraft({ ...draft, projectIds });
          setLabels(nextLabels);
        }}
      />
      <MultiSelect
        name="countryCodes"
        label="Countries"
        options={choices?.countries}
        value={draft.countryCodes}
        onChange={(countryCodes) => setDraft({ ...draft, countryCodes })}
      />
      <MultiSelect
        name="fundingSourceIds"
        label="Funding sources"
        options={choices?.fundingSources}
        value={draft.fundingSourceIds}
        onChange={(fundingSourceIds) => setDraft({ ...draft, fundingSourceIds })}
      />
      <MultiSelect
        name="policyAreaIds"
        label="Policy areas"
        options={choices?.policyAreas}
        value={draft.policyAreaIds}
        onChange={(policyAreaIds) => setDraft({ ...draft, policyAreaIds })}
      />
      <div className="field period">
        <span>Active between</span>
        <input
          type="number"
          name="activeFrom"
          placeholder="from"
          value={draft.activeFrom ?? ''}
          onChange={(event) =>
            setDraft({ ...draft, activeFrom: integerOrNull(event.currentTarget.value) })
          }
        />
        <input
          type="number"
          name="activeTo"
          placeholder="to"
          value={draft.activeTo ?? ''}
          onChange={(event) =>
            setDraft({ ...draft, activeTo: integerOrNull(event.currentTarget.value) })
          }
        />
      </div>
      <label className="field">
        <span>At least this many shared projects per tie</span>
        <input
          type="number"
          name="minWeight"
          min={1}
          placeholder="1"
          value={draft.minWeight ?? ''}
          onChange={(event) =>
            setDraft({ ...draft, minWeight: integerOrNull(event.currentTarget.value) })
          }
        />
      </label>
      <div className="actions">
        <button type="submit">Apply</button>
        <button type="button" onClick={() => onApply(EMPTY_FILTER, new Map())}>
          Reset
        </button>
      </div>
    </form>
  );
}
