import { expect, waitUntil } from '@open-wc/testing';
import { serializeAssessment } from '../../../src/assessment/serialize-assessment.js';
import { scoreAssessment } from '../../../src/scoring/score.js';
import { smallAssessment, smallFramework } from '../../fixtures/small-framework.js';
import { accessibleDescription, deepText, getByRole } from '../../helpers/accessible.js';
import {
  actionsOf,
  alertText,
  choose,
  clearAddress,
  current,
  hostile,
  mount,
  openAddress,
  press,
  settled,
  statusText,
} from './helpers.js';

let tokens = 0;
/** A receiver on the test server for this test alone, and how to ask it what it got. */
function receiver(action: string) {
  tokens += 1;
  const token = `ui-${Date.now()}-${tokens}`;
  return {
    url: `/__test__/submit/${token}/${action}`,
    token,
    count: async () => ((await (await fetch(`/__test__/submit/${token}/count`)).json()) as { count: number }).count,
    last: async () => (await (await fetch(`/__test__/submit/${token}/last`)).json()) as { contentType: string; body: string },
  };
}

async function waitForLink(element: HTMLElement): Promise<string> {
  await waitUntil(() => actionsOf(element as never).shadowRoot!.querySelector('.share input, [role=alert]'), 'a link or an alert', {
    timeout: 5000,
  });
  await settled(element as never);
  return getByRole<HTMLInputElement>(element, 'textbox', 'Lenke til vurderingen').value;
}

describe('mv-assessment: share links', () => {
  afterEach(() => {
    clearAddress();
    delete window.__pwned;
    localStorage.clear();
  });

  it('writes a link that never leaves the browser, shows it read-only with a copy button', async () => {
    const element = await mount();
    await choose(element, 'Nevner et mål', 'Påstått');
    await press(element, 'Del lenke');
    const link = await waitForLink(element);
    expect(link.startsWith(`${location.origin}${location.pathname}`)).to.equal(true);
    expect(link).to.match(/#mv=[A-Za-z0-9_-]+$/);
    const input = getByRole<HTMLInputElement>(element, 'textbox', 'Lenke til vurderingen');
    expect(input.readOnly).to.equal(true);
    expect(statusText(element)).to.contain('sendes ikke til noen server');
    expect(getByRole(element, 'button', 'Kopier lenken')).to.be.instanceOf(HTMLElement);
    await expect(element).to.be.accessible();
  });

  it('says beside "Del lenke" that the link carries the contact details', async () => {
    const element = await mount();
    const button = getByRole<HTMLButtonElement>(element, 'button', 'Del lenke');
    expect(accessibleDescription(button)).to.contain('også kontaktopplysningene om tilbudet');
  });

  it('hands the link to the device\'s share sheet where there is one', async () => {
    // Headless Chromium has no share sheet; this page gets one that records what it is given,
    // as a phone's would receive it.
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        shared.push(data);
      },
    });
    try {
      const element = await mount();
      const title = getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet');
      title.value = 'Lunsjtreff';
      title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await choose(element, 'Nevner et mål', 'Påstått');
      await press(element, 'Del lenke');
      await waitUntil(() => statusText(element) !== '', 'nothing was said', { timeout: 5000 });
      expect(statusText(element)).to.equal('Lenken er delt.');
      expect(shared).to.have.length(1);
      expect(shared[0]!.title).to.equal('Lunsjtreff');
      expect(shared[0]!.url).to.match(/#mv=[A-Za-z0-9_-]+$/);
      // No field to copy from: the share sheet took the link.
      expect(actionsOf(element).shadowRoot!.querySelector('.share input')).to.equal(null);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('link → open gives the same assessment, labelled as shared, kept as a draft on request', async () => {
    const sender = await mount({ mode: 'official' });
    await choose(sender, 'Nevner et mål', 'Dokumentert effekt');
    await choose(sender, 'Med i leveransen', 'Ikke relevant');
    const sent = current(sender);
    await press(sender, 'Del lenke');
    const link = await waitForLink(sender);

    openAddress(link);
    const receiver = await mount({ mode: 'official', storageKey: 'transfer-test:shared' });
    await waitUntil(() => deepText(actionsOf(receiver)).includes('Delt vurdering'), 'the shared assessment is shown');
    await settled(receiver);
    expect(getByRole(receiver, 'heading', 'Delt vurdering')).to.be.instanceOf(HTMLElement);
    await expect(receiver).to.be.accessible();
    // Nothing is taken over, or saved, before the user says so.
    expect(current(receiver).answers).to.deep.equal({});
    expect(localStorage.getItem('transfer-test:shared')).to.equal(null);

    await press(receiver, 'Behold som utkast');
    expect(current(receiver).answers).to.deep.equal(sent.answers);
    expect(current(receiver).scores).to.deep.equal(sent.scores);
    expect(statusText(receiver)).to.contain('er nå ditt utkast');
    expect(JSON.parse(localStorage.getItem('transfer-test:shared') ?? '{}').answers).to.deep.equal(sent.answers);
    expect(() => getByRole(receiver, 'heading', 'Delt vurdering')).to.throw();
  });

  it('never overwrites an existing draft without asking', async () => {
    const key = 'transfer-test:draft';
    localStorage.setItem(key, serializeAssessment(smallAssessment({ 'feas-owner': { value: 1 } })));
    const shared = smallAssessment({ 'goals-named': { value: 4 } });
    const sender = await mount();
    sender.assessment = shared;
    await settled(sender);
    await press(sender, 'Del lenke');
    openAddress(await waitForLink(sender));

    const element = await mount({ storageKey: key });
    await waitUntil(() => deepText(actionsOf(element)).includes('Delt vurdering'), 'the shared assessment is shown');
    expect(current(element).answers).to.deep.equal({ 'feas-owner': { value: 1 } });
    await press(element, 'Behold som utkast');
    expect(deepText(actionsOf(element))).to.contain('Vil du erstatte den med «den delte vurderingen»?');
    await press(element, 'Nei, behold min');
    expect(JSON.parse(localStorage.getItem(key) ?? '{}').answers).to.deep.equal({ 'feas-owner': { value: 1 } });
    expect(current(element).answers).to.deep.equal({ 'feas-owner': { value: 1 } });
  });

  it('says so, in an alert, when a link is damaged', async () => {
    openAddress(`${location.href.split('#')[0]}#mv=ikke-gyldig-data!!`);
    const element = await mount();
    await waitUntil(() => alertText(element) !== '', 'an alert');
    expect(alertText(element)).to.contain('Den delte vurderingen kunne ikke åpnes');
    expect(alertText(element)).to.contain('skadet eller ufullstendig');
    await expect(element).to.be.accessible();
  });

  it('shows hostile text from a link literally and runs nothing', async () => {
    const sender = await mount();
    sender.assessment = smallAssessment({ 'goals-named': { value: 2, comment: hostile } }, { offer: { title: hostile } });
    await settled(sender);
    await press(sender, 'Del lenke');
    openAddress(await waitForLink(sender));
    const element = await mount();
    await waitUntil(() => deepText(actionsOf(element)).includes('Delt vurdering'), 'the shared assessment is shown');
    expect(deepText(actionsOf(element))).to.contain(`Tilbud: ${hostile}`);
    await press(element, 'Behold som utkast');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Kept as the draft, the title is the offer field's value, as typed: not markup.
    expect(getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet').value).to.equal(hostile);
    expect(window.__pwned).to.equal(undefined);
    expect(actionsOf(element).shadowRoot!.querySelectorAll('img[src="x"], script')).to.have.length(0);
    expect(element.shadowRoot!.querySelectorAll('img[src="x"], script')).to.have.length(0);
  });

  it('says when the assessment is too long for a link and offers the file', async () => {
    const element = await mount();
    let seed = 11;
    const noise = () =>
      Array.from({ length: 3500 }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return String.fromCharCode(97 + (seed % 26));
      }).join('');
    element.assessment = smallAssessment({
      'goals-named': { value: 1, comment: noise() },
      'goals-lasting': { value: 1, comment: noise() },
      'part-design': { value: 1, comment: noise() },
      'part-delivery': { value: 1, comment: noise() },
    });
    await settled(element);
    await press(element, 'Del lenke');
    await waitUntil(() => alertText(element) !== '', 'an alert');
    expect(alertText(element)).to.contain('for stor for en lenke');
    expect(getByRole(element, 'button', 'Last ned filen i stedet')).to.be.instanceOf(HTMLElement);
    await expect(element).to.be.accessible();
  });
});

describe('mv-assessment: submit (real HTTP on 127.0.0.1)', () => {
  it('fires mv-submit, POSTs the JSON and shows the receipt in a status', async () => {
    const server = receiver('ok');
    const element = await mount({ submitUrl: server.url });
    await choose(element, 'Nevner et mål', 'Påstått');
    const heard: CustomEvent[] = [];
    element.addEventListener('mv-submit', (event) => heard.push(event));
    await press(element, 'Send inn');
    await waitUntil(() => statusText(element).includes('Kvitteringsnummer'), 'a receipt');
    expect(heard).to.have.length(1);
    expect(heard[0]!.cancelable).to.equal(true);
    expect(heard[0]!.detail.assessment.answers).to.deep.equal({ 'goals-named': { value: 1 } });
    expect(statusText(element)).to.contain('Vurderingen er sendt inn');
    expect(statusText(element)).to.contain(`Kvitteringsnummer: MV-${server.token}-1`);
    expect(await server.count()).to.equal(1);
    const last = await server.last();
    expect(last.contentType).to.equal('application/json');
    expect(JSON.parse(last.body).answers).to.deep.equal({ 'goals-named': { value: 1 } });
    // What the score rests on travels with it.
    expect(JSON.parse(last.body).scores.basis).to.deep.equal(
      scoreAssessment(smallFramework, { answers: { 'goals-named': { value: 1 } } }).basis,
    );
    await expect(element).to.be.accessible();
  });

  it('sends nothing when a listener cancels mv-submit', async () => {
    const server = receiver('ok');
    const element = await mount({ submitUrl: server.url });
    element.addEventListener('mv-submit', (event) => event.preventDefault());
    await press(element, 'Send inn');
    expect(statusText(element)).to.contain('stoppet av siden');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await server.count()).to.equal(0);
  });

  it('keeps everything after a 400 or a 500, says what happened, and retries', async () => {
    for (const [action, words] of [
      ['bad', 'avviste innsendingen (HTTP 400)'],
      ['fail', 'feil hos mottakeren (HTTP 500)'],
    ] as const) {
      const server = receiver(action);
      const element = await mount({ submitUrl: server.url });
      await choose(element, 'Varig effekt', 'Påstått');
      await press(element, 'Send inn');
      await waitUntil(() => alertText(element) !== '', 'an alert');
      expect(alertText(element)).to.contain('Vurderingen ble ikke sendt inn');
      expect(alertText(element)).to.contain(words);
      expect(current(element).answers).to.deep.equal({ 'goals-lasting': { value: 1 } });
      await expect(element).to.be.accessible();
      await press(element, 'Prøv igjen');
      await waitUntil(async () => (await server.count()) === 2, 'the retry arrives');
    }
  });

  it('times out a receiver that does not answer', async () => {
    const server = receiver('slow');
    const element = await mount({ submitUrl: `${server.url}?ms=4000` });
    actionsOf(element).submitTimeoutMs = 300;
    await press(element, 'Send inn');
    await waitUntil(() => alertText(element) !== '', 'an alert', { timeout: 3000 });
    expect(alertText(element)).to.contain('svarte ikke innen');
  });

  it('reports an unreachable receiver (a closed port) as offline, with a retry', async () => {
    const element = await mount({ submitUrl: 'http://127.0.0.1:9/mottak', lang: 'nn' });
    await press(element, 'Send inn');
    await waitUntil(() => alertText(element) !== '', 'an alert', { timeout: 10_000 });
    expect(alertText(element)).to.contain('Fekk ikkje kontakt med mottakaren');
    expect(getByRole(element, 'button', 'Prøv igjen')).to.be.instanceOf(HTMLElement);
  });

  it('shows a hostile receipt as plain text', async () => {
    const server = receiver('receipt');
    const element = await mount({ submitUrl: `${server.url}?text=${encodeURIComponent(hostile)}`, lang: 'en' });
    await press(element, 'Submit');
    await waitUntil(() => statusText(element).includes('Receipt number'), 'a receipt');
    expect(statusText(element)).to.contain(`Receipt number: ${hostile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);
  });
});
