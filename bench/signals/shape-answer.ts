import os from 'node:os';
import { oursRequest, type Shape } from '../shapes/shape.js';

/** The shape's answer (its `data`) from the service at `url`, refused when it carries errors. */
export async function answerOf(url: string, shape: Shape): Promise<unknown> {
  const request = oursRequest(shape);
  const response = await fetch(`${url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) {
    throw new Error(`${shape.name}: ${response.status} ${text.slice(0, 300)}`);
  }
  return (JSON.parse(text) as { data: unknown }).data;
}

/** The machine's load averages (1, 5, 15 minutes), recorded beside each run. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
