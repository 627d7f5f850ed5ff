import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { MvRadar } from '../../../components/radar/mv-radar.js';
import { resolveColorScheme } from '../../../components/base/color-scheme.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { emulateMedia, emulateMediaOrSkip } from '../../helpers/commands.js';

/** The palette's text colours, as computed styles give them. */
const DARK_TEXT = 'rgb(232, 237, 243)';
const LIGHT_TEXT = 'rgb(30, 43, 60)';
/** The palette's background colours. */
const DARK_BACKGROUND = '#14191f';

const mounted: Element[] = [];

/**
 * Puts an assessment inside `container` (built by hand: `fixture()` would wrap it in a plain
 * element and wait for a frame), then appends the container to the page.
 */
async function assessmentIn(container: HTMLElement, parent: Node = document.body): Promise<MvAssessment> {
  const element = document.createElement('mv-assessment');
  element.storage = 'none';
  element.framework = smallFramework;
  container.append(element);
  parent.appendChild(container);
  mounted.push(container);
  await element.updateComplete;
  return element;
}

function schemed(value: string): HTMLDivElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('data-color-scheme', value);
  return wrapper;
}

function textColor(element: Element): string {
  return getComputedStyle(element).color;
}

/** The radar the assessment draws, once it is in the shadow tree. */
async function radarOf(element: MvAssessment): Promise<MvRadar> {
  await waitUntil(() => element.shadowRoot!.querySelector('mv-radar'), 'the assessment draws its radar');
  const radar = element.shadowRoot!.querySelector('mv-radar')!;
  await radar.updateComplete;
  return radar;
}

describe('colour scheme: Designsystemet\'s data-color-scheme in every engine', () => {
  afterEach(async () => {
    for (const element of mounted.splice(0)) element.remove();
    document.documentElement.removeAttribute('data-color-scheme');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('turns the widget and the parts inside it dark under a dark ancestor, and passes axe there', async () => {
    const element = await assessmentIn(schemed('dark'));
    expect(textColor(element)).to.equal(DARK_TEXT);
    expect(element.getAttribute('data-mv-color-scheme')).to.equal('dark');
    // The radar inside the assessment's shadow tree follows the same page attribute.
    const radar = await radarOf(element);
    expect(textColor(radar)).to.equal(DARK_TEXT);
    expect(getComputedStyle(radar).getPropertyValue('--_mv-bg').trim()).to.contain(DARK_BACKGROUND);
    await expect(element).to.be.accessible();
  });

  it('follows a page that switches between light and dark while the widget is open', async () => {
    const wrapper = schemed('light');
    const element = await assessmentIn(wrapper);
    expect(textColor(element)).to.equal(LIGHT_TEXT);
    wrapper.setAttribute('data-color-scheme', 'dark');
    await waitUntil(() => textColor(element) === DARK_TEXT, 'dark after the switch');
    document.documentElement.setAttribute('data-color-scheme', 'dark');
    wrapper.setAttribute('data-color-scheme', 'light');
    // The nearest ancestor decides: the wrapper's light wins over the root's dark.
    await waitUntil(() => textColor(element) === LIGHT_TEXT, 'light again: the nearest ancestor decides');
    wrapper.removeAttribute('data-color-scheme');
    await waitUntil(() => textColor(element) === DARK_TEXT, 'dark from the page root once the wrapper says nothing');
  });

  it('finds the scheme on an ancestor across a shadow root, as in a page\'s own component', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    mounted.push(host);
    const element = await assessmentIn(schemed('dark'), shadow);
    await waitUntil(() => textColor(element) === DARK_TEXT, 'dark inside the page component');
    expect(resolveColorScheme(element)).to.equal('dark');
  });

  it('lets data-color-scheme="light" on the element itself keep it light on a dark page', async () => {
    const wrapper = schemed('dark');
    const element = document.createElement('mv-assessment');
    element.setAttribute('data-color-scheme', 'light');
    element.storage = 'none';
    element.framework = smallFramework;
    wrapper.append(element);
    document.body.append(wrapper);
    mounted.push(wrapper);
    await element.updateComplete;
    expect(textColor(element)).to.equal(LIGHT_TEXT);
  });

  it('follows the system\'s dark preference where the page says auto or nothing, and a page\'s light wins over it', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const element = await assessmentIn(schemed('auto'));
    await waitUntil(() => textColor(element) === DARK_TEXT, 'dark from the system preference');
    const forced = await assessmentIn(schemed('light'));
    expect(textColor(forced)).to.equal(LIGHT_TEXT);
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => textColor(element) === LIGHT_TEXT, 'light again when the system changes');
  });
});
