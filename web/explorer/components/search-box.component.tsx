import { useEffect, useState } from 'react';
import { searchEntities } from '../api/explorer-api';
import type { SearchHit } from '../api/explorer-types';
import { usePickerKeys } from './use-picker-keys';

/** Finds organisations and projects by any name, acronym or code (`search`), as you type. */
export function SearchBox({ onPick }: { onPick(hit: SearchHit): void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setHits([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      searchEntities(trimmed).then(
        (found) => {
          if (current) setHits(found);
        },
        () => {
          if (current) setHits([]);
        },
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setOpen(false);
    setText('');
  };
  const listShown = open && hits.length > 0;
  const keys = usePickerKeys(hits, listShown, pick, () => setOpen(false));
  const optionId = (index: number) => `search-hit-${index}`;

  return (
    <div className="search" role="search">
      <input
        type="search"
        name="search"
        aria-label="Search organisations and projects"
        placeholder="Search organisations and projects"
        value={text}
        role="combobox"
        aria-expanded={listShown}
        aria-controls="search-hits"
        aria-autocomplete="list"
        aria-activedescendant={listShown && keys.active >= 0 ? optionId(keys.active) : undefined}
        onKeyDown={keys.onKeyDown}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
        }}
      />
      {listShown && (
        <ul className="search-hits" id="search-hits" role="listbox">
          {hits.map((hit, index) => (
            <li
              key={`${hit.type}-${hit.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === keys.active}
            >
              <button type="button" tabIndex={-1} onClick={() => pick(hit)}>
                <span>{hit.name}</span>
                <span className="muted">{hit.type === 'PROJECT' ? 'project' : 'organisation'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
