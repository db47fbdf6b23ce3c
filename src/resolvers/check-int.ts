import { badUserInput } from '../errors.js';

/** An integer argument within bounds, or a BAD_USER_INPUT error that states the bounds and the value. */
export function checkInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`"${name}" must be an integer from ${min} to ${max}, but got: ${value}`, {
      argument: name,
    });
  }
  return value;
}
