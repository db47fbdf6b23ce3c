import { useEffect, useState } from 'react';

/** What a loader produced for a key: still loading, its value, or its error message. */
export type Loaded<T> =
  { status: 'loading' } | { status: 'done'; value: T } | { status: 'failed'; message: string };

/**
 * Runs `load(key)` whenever the key changes and returns its state; an answer
 * for an older key is dropped, so a quick change of selection never shows
 * stale data.
 */
export function useLoaded<T>(key: string, load: (key: string) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({
    key,
    loaded: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    setState({ key, loaded: { status: 'loading' } });
    load(key).then(
      (value) => {
        if (current) setState({ key, loaded: { status: 'done', value } });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (current) setState({ key, loaded: { status: 'failed', message } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, load]);
  return state.key === key ? state.loaded : { status: 'loading' };
}
