import type { Response } from 'express';

/**
 * Sends an export as a file download. Exports reflect the graph at the time
 * of the request, so they are revalidated rather than cached.
 */
export function sendDownload(
  response: Response,
  body: string,
  contentType: string,
  fileName: string,
): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.send(body);
}
