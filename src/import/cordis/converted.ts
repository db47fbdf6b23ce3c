/** A CSV value converted to what the dataset needs, or why it could not be. */
export type Converted<T> = { ok: true; value: T } | { ok: false; message: string };

/** A successful conversion. */
export function converted<T>(value: T): Converted<T> {
  return { ok: true, value };
}

/** A failed conversion, with a message that names the offending value. */
export function rejected<T>(message: string): Converted<T> {
  return { ok: false, message };
}
