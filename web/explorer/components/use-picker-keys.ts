import { useEffect, useState, type KeyboardEvent } from 'react';

/**
 * Keyboard use of a picker (a text box with a list of suggestions under it):
 * ArrowDown and ArrowUp move through the suggestions (wrapping), Enter picks
 * the highlighted one (the first when none is), Escape closes the list. The
 * highlight starts over when the suggestions change. Enter on an open list
 * never reaches a form around it.
 */
export function usePickerKeys<T>(
  items: readonly T[],
  open: boolean,
  onPick: (item: T) => void,
  onClose: () => void,
): { active: number; onKeyDown(event: KeyboardEvent<HTMLInputElement>): void } {
  const [active, setActive] = useState(-1);
  useEffect(() => setActive(-1), [items]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open || items.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0 ? items.length - 1 : (current + step + items.length) % items.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[active >= 0 ? active : 0];
      if (item !== undefined) onPick(item);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return { active, onKeyDown };
}
