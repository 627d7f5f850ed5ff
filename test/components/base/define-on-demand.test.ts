import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { defineOnDemand } from '../../../components/base/define-on-demand.js';

/** A loader that records each call, so a test can see what was loaded and when. */
function recordingLoader(calls: string[], tag: string) {
  return () => {
    calls.push(tag);
    return Promise.resolve();
  };
}

describe('defineOnDemand', () => {
  it('loads an element at once when the page already has it', async () => {
    await fixture(html`<div><mv-test-present></mv-test-present></div>`);
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
    const host = await fixture(html`<section></section>`);
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
    await fixture(html`<mv-test-broken></mv-test-broken>`);
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
