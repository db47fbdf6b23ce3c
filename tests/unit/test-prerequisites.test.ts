import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../helpers/chromium-browser.js';

describe('the prerequisites npm test checks before anything runs', () => {
  it('names a missing Chromium and the one-line fix', () => {
    const message = chromiumMissing('/nonexistent/chromium-for-this-test');
    expect(message).toContain('/nonexistent/chromium-for-this-test');
    expect(message).toContain('sudo apt-get install -y chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message?.split('\n')).toHaveLength(1);
  });

  it('says nothing when the browser is there', () => {
    // Any existing executable stands in for the browser: only its presence is checked here.
    expect(chromiumMissing(process.execPath)).toBeUndefined();
  });
});
