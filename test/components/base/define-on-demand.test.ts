import { aTimeout, expect } from '@open-wc/testing';
import { defineOnDemand } from '../../../components/base/define-on-demand.js';

/**
 * Puts markup on the page by hand: plain elements have no update cycle to wait for, and
 * `fixture()` would wait for an animation frame, which a page running behind another test
 * file's page does not get.
 */
function place(...elements: Element[]): HTMLElement {
  const host = document.createElement('div');
  host.append(...elements);
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** A loader that records each call, so a test can see what was loaded and when. */
function recordingLoader(calls: string[], tag: string) {
  return () => {
    calls.push(tag);
    return Promise.resolve();
  };
}

describe('defineOnDemand', () => {
  it('loads an element at once when the page already has it', async () => {
    place(document.createElement('mv-test-present'));
    const calls: string[] = [];
    const stop = defineOnDemand({ 'mv-test-present': recordingLoader(calls, 'mv-test-present') });
    expect(calls).to.deep.equal(['mv-test-present']);
    stop();
  });

  it('loads an element when it is added later, and only once', async () => {
    const calls: string[] = [];
    const stop = defineOnDemand({
      'mv-test-later': recordingLoader(calls, 'mv-test-later'),
      'mv-test-never': recordingLoader(calls, 'mv-test-never'),
    });
    expect(calls).to.deep.equal([]);
    const host = place();
    host.append(document.createElement('mv-test-later'));
    await aTimeout(0);
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement('mv-test-later'));
    host.append(wrapper);
    await aTimeout(0);
    expect(calls).to.deep.equal(['mv-test-later']);
    stop();
  });

  it('keeps a failed download from throwing into the page', async () => {
    place(document.createElement('mv-test-broken'));
    let rejected = false;
    const stop = defineOnDemand({
      'mv-test-broken': () => {
        rejected = true;
        return Promise.reject(new Error('chunk missing'));
      },
    });
    await aTimeout(0);
    expect(rejected).to.equal(true);
    stop();
  });
});
