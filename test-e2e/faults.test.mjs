// Faults that must not cost a user their work, in a real browser with real reloads and a
// real network: a reload in the middle of typing, a framework file that fails in every way
// and then recovers, and a submission while offline.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openPage } from './harness/index.mjs';
import { useStrictPages } from './harness/strict-page.mjs';

const frameworkFile = join(import.meta.dirname, '..', 'test', 'fixtures', 'assessment', 'small-framework.json');
const DRAFT_KEY = 'merverdi:draft:liten-testramme:official';

/** How `/framework-src` answers next. */
const behaviours = {
  ok: async (response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(await readFile(frameworkFile));
  },
  serverError: (response) => {
    response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end('internal error');
  },
  notFound: (response) => {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  },
  // A CMS that answers a missing file with its own HTML page, and status 200.
  html: (response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>Side ikke funnet</title><script>window.__pwned = 1</script><p>Fant ikke siden.</p>');
  },
  slow: async (response) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await behaviours.ok(response);
  },
};

describe('faults that lose nothing', () => {
  /** @type {keyof typeof behaviours} */
  let framework = 'ok';
  /** @type {string[]} */
  const received = [];

  const suite = useStrictPages({
    routes: {
      '/framework-src': (request, response) => behaviours[framework](response),
      '/submit': (request, response, body) => {
        received.push(body);
        response.writeHead(201, { 'Content-Type': 'application/json' });
        response.end('{"id":"S-1"}');
      },
    },
  });

  it('keeps a justification typed and a link pasted just before a reload, without either field losing focus', async () => {
    framework = 'ok';
    const { context, page, pageErrors } = await openPage(suite.browser);
    try {
      await page.goto(suite.server.url('/official.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('group').first().getByRole('radio').nth(2).check();
      const justification = widget.getByRole('textbox', { name: 'Begrunnelse' }).first();
      await justification.click();
      const text = 'Tiltaket er beskrevet i søknaden, side 4, med en plan for oppfølging';
      await page.keyboard.type(text);
      // The field still has focus: no blur, no change event.
      assert.equal(await justification.evaluate((field) => field.matches(':focus')), true);
      // A link pasted into the evidence field, also without leaving it.
      const evidence = widget.getByRole('textbox', { name: 'Lenke til dokumentasjon' }).first();
      await evidence.focus();
      await page.keyboard.insertText('https://kommune.example/soknad.pdf');
      await page.reload();
      await widget.getByRole('textbox', { name: 'Begrunnelse' }).first().waitFor();
      assert.equal(await widget.getByRole('textbox', { name: 'Lenke til dokumentasjon' }).first().inputValue(), 'https://kommune.example/soknad.pdf');
      assert.equal(await widget.getByRole('textbox', { name: 'Begrunnelse' }).first().inputValue(), text);
      assert.equal(await widget.getByRole('group').first().getByRole('radio').nth(2).isChecked(), true);
      await widget.getByText(/^Vi hentet fram utkastet ditt fra /).waitFor();
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('says what went wrong with the framework file each time, offers a retry, and brings the draft back', async () => {
    framework = 'ok';
    const { context, page } = await openPage(suite.browser);
    try {
      await page.goto(suite.server.url('/official.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('group').first().getByRole('radio').nth(3).check();
      await widget.getByRole('textbox', { name: 'Begrunnelse' }).first().fill('Skrevet før feilen');
      const draft = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
      assert.ok(draft, 'the draft is saved');

      const alert = widget.getByRole('alert');
      const retry = widget.getByRole('button', { name: 'Prøv igjen' });
      for (const [kind, shown] of [
        ['serverError', /Serveren svarte med en feil \(500\)/],
        ['notFound', /Fant ikke skjemaet .* \(feil 404\)/],
        ['html', /er ikke gyldig JSON/],
      ]) {
        framework = kind;
        if (kind === 'serverError') await page.reload();
        else await retry.click();
        await alert.filter({ hasText: shown }).waitFor();
        assert.equal(await widget.getByRole('radio').count(), 0, `${kind}: never half a form`);
        assert.equal(await page.evaluate(() => window.__pwned), undefined, 'the HTML answer is never run');
        assert.equal(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY), draft, `${kind}: the draft is untouched`);
      }

      // The server recovers, slowly: a loading note meanwhile, then the form with the draft.
      framework = 'slow';
      await retry.click();
      await widget.getByRole('status').filter({ hasText: 'Laster vurderingsskjemaet' }).waitFor();
      await widget.getByRole('textbox', { name: 'Begrunnelse' }).first().waitFor({ timeout: 10_000 });
      assert.equal(await widget.getByRole('textbox', { name: 'Begrunnelse' }).first().inputValue(), 'Skrevet før feilen');
      assert.equal(await widget.getByRole('group').first().getByRole('radio').nth(3).isChecked(), true);
    } finally {
      await context.close();
    }
  });

  it('in two real tabs on one draft, asks before either tab overwrites the other', async () => {
    const { context, page: first } = await openPage(suite.browser);
    try {
      await first.goto(suite.server.url('/strict.html'));
      const second = await context.newPage();
      await second.goto(suite.server.url('/strict.html'));
      const one = first.locator('mv-assessment');
      const two = second.locator('mv-assessment');
      await two.getByRole('radio').first().waitFor();
      await one.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Skrevet i første fane');
      // The second tab hears of the first tab's newer draft and asks; until the user chooses,
      // its own changes stay on screen and overwrite nothing.
      const conflict = (widget) => widget.getByRole('alert').filter({ hasText: 'endret i en annen fane' });
      await conflict(two).waitFor();
      await two.getByRole('group').first().getByRole('radio').nth(4).check();
      const stored = () => first.evaluate(() => JSON.parse(localStorage.getItem('merverdi:draft:liten-testramme:self')));
      assert.equal((await stored()).offer.title, 'Skrevet i første fane');
      assert.deepEqual((await stored()).answers, {});
      // Keeping the second tab's version saves it; now the first tab is asked in turn.
      await two.getByRole('button', { name: 'Behold denne versjonen' }).click();
      assert.deepEqual((await stored()).answers, { 'goals-named': { value: 4 } });
      await conflict(one).waitFor();
      assert.equal(await one.getByRole('textbox', { name: 'Navn på tilbudet' }).inputValue(), 'Skrevet i første fane');
      await one.getByRole('button', { name: 'Hent versjonen fra den andre fanen' }).click();
      assert.equal(await one.getByRole('group').first().getByRole('radio').nth(4).isChecked(), true);
    } finally {
      await context.close();
    }
  });

  it('keeps the assessment when submitting offline, says so, and sends it once on retry', async () => {
    const { context, page } = await openPage(suite.browser);
    try {
      await page.goto(suite.server.url('/submit.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('group').first().getByRole('radio').nth(1).check();
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Sendt fra toget');
      const before = received.length;

      await context.setOffline(true);
      await widget.getByRole('button', { name: 'Send inn' }).click();
      await widget.getByRole('alert').filter({ hasText: 'Vurderingen ble ikke sendt inn.' }).waitFor();
      assert.equal(received.length, before, 'nothing arrived');
      // The work is still on screen and in the draft.
      assert.equal(await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).inputValue(), 'Sendt fra toget');
      const draft = JSON.parse(await page.evaluate(() => localStorage.getItem('merverdi:draft:liten-testramme:self')));
      assert.equal(draft.offer.title, 'Sendt fra toget');

      await context.setOffline(false);
      await widget.getByRole('button', { name: 'Prøv igjen' }).click();
      await widget.getByText(/Vurderingen er sendt inn/).waitFor();
      assert.equal(received.length, before + 1, 'sent exactly once');
      assert.equal(JSON.parse(received.at(-1)).offer.title, 'Sendt fra toget');
    } finally {
      await context.close();
    }
  });

  it('says so when the CSV, import or share code cannot be fetched offline, and keeps the answers', async () => {
    const { context, page } = await openPage(suite.browser);
    try {
      await page.goto(suite.server.url('/submit.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Uten nett');
      // The actions bar itself arrives once the page is idle after load; what this test takes
      // offline is the code each of its buttons loads on first use.
      await widget.getByRole('button', { name: 'Last ned CSV' }).waitFor();

      await context.setOffline(true);
      for (const name of ['Last ned CSV', 'Del lenke']) {
        await widget.getByRole('button', { name }).click();
        await widget.getByRole('alert').filter({ hasText: 'Denne funksjonen kunne ikke lastes' }).waitFor();
      }
      assert.equal(await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).inputValue(), 'Uten nett');

      // Back online, the same button works: the failed fetch is not remembered.
      await context.setOffline(false);
      await widget.getByRole('button', { name: 'Del lenke' }).click();
      await widget.getByRole('textbox', { name: /lenke/i }).first().waitFor();
    } finally {
      await context.close();
    }
  });
});
