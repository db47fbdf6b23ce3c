import type { Page } from 'playwright-core';

/**
 * The read-only views the web pages publish on `window` for browser tests,
 * declared here by shape (the pages' own types live with the web code, and
 * the tests compile without DOM types).
 */

/** `window.__playground`: GraphiQL's response editor. */
export interface PlaygroundHook {
  responseText(): string;
}

/** What Sigma shows for an edge after the explorer's reducers. */
export interface EdgeDisplay {
  color: string;
  hidden: boolean;
}

/** `window.__explorer`: the drawn network and the selection. */
export interface ExplorerHook {
  order: number;
  size: number;
  layoutDone: boolean;
  selection: { kind: string; id?: string; fromId?: string; toId?: string };
  sigma: { getEdgeDisplayData(key: string): EdgeDisplay | undefined } | null;
  nodeViewportPosition(id: string): { x: number; y: number } | null;
}

/** The page's global object with the test views. */
export interface HookedGlobal {
  __playground?: PlaygroundHook;
  __explorer?: ExplorerHook;
}

/** The text of the playground's response editor. */
export function playgroundResponse(page: Page): Promise<string> {
  return page.evaluate(
    () => (globalThis as unknown as HookedGlobal).__playground?.responseText() ?? '',
  );
}

/** Waits until the explorer has drawn a network and its layout has finished. */
export async function waitForExplorerLayout(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as HookedGlobal).__explorer?.layoutDone === true,
    null,
    { timeout },
  );
}

/** The explorer's state: graph order and size, selection. */
export async function explorerState(
  page: Page,
): Promise<Pick<ExplorerHook, 'order' | 'size' | 'selection'>> {
  return page.evaluate(() => {
    const hook = (globalThis as unknown as HookedGlobal).__explorer;
    if (!hook) throw new Error('the explorer published no test view');
    return { order: hook.order, size: hook.size, selection: hook.selection };
  });
}

/** Sigma's colour for an edge after the explorer's reducers. */
export function edgeColour(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (edge) =>
      (globalThis as unknown as HookedGlobal).__explorer?.sigma?.getEdgeDisplayData(edge)?.color ??
      null,
    key,
  );
}

/**
 * Clicks an organisation where Sigma draws it, with a real mouse click on
 * the canvas (Shift held for a second selection).
 */
export async function clickOrganisation(page: Page, id: string, shift = false): Promise<void> {
  const position = await page.evaluate(
    (node) =>
      (globalThis as unknown as HookedGlobal).__explorer?.nodeViewportPosition(node) ?? null,
    id,
  );
  const box = await page.locator('.network-canvas').boundingBox();
  if (!position || !box) throw new Error(`organisation ${id} is not drawn`);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(box.x + position.x, box.y + position.y);
  if (shift) await page.keyboard.up('Shift');
}

/**
 * Non-transparent pixels on each of Sigma's drawing layers (WebGL for nodes
 * and edges, 2D for labels), read right after a synchronous redraw. In-page
 * code as text: the tests compile without DOM types.
 */
export async function paintedPixels(page: Page): Promise<Record<string, number>> {
  return (await page.evaluate(`(() => {
    const sigma = window.__explorer && window.__explorer.sigma;
    if (!sigma) return {};
    sigma.refresh();
    const counts = {};
    for (const [layer, canvas] of Object.entries(sigma.getCanvases())) {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      context.drawImage(canvas, 0, 0);
      const { data } = context.getImageData(0, 0, copy.width, copy.height);
      let painted = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index] > 0) painted += 1;
      counts[layer] = painted;
    }
    return counts;
  })()`)) as Record<string, number>;
}
