import { expect } from '@open-wc/testing';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { withAnswer } from '../../src/assessment/update.js';
import { receiptId, submitAssessment } from '../../src/transfer/submit.js';
import { smallFramework } from '../fixtures/small-framework.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const assessment = withAnswer(smallFramework, createAssessment(smallFramework, { now }), 'goals-named', { value: 2 }, now);

let tokens = 0;
/** A receiver address on the test server, unique to this test. */
function receiver(action: string): { url: string; token: string } {
  tokens += 1;
  const token = `core-${Date.now()}-${tokens}`;
  return { url: new URL(`/__test__/submit/${token}/${action}`, location.href).href, token };
}

async function received(token: string): Promise<{ count: number; last: { contentType: string; body: string } | null }> {
  const count = await (await fetch(`/__test__/submit/${token}/count`)).json();
  const last = await (await fetch(`/__test__/submit/${token}/last`)).json();
  return { count: count.count, last };
}

describe('submitAssessment (real HTTP on 127.0.0.1)', () => {
  it('POSTs the assessment JSON and returns a receipt with the receiver id', async () => {
    const { url, token } = receiver('ok');
    const result = await submitAssessment(url, assessment, { now: () => now });
    expect(result).to.deep.equal({ ok: true, receipt: { status: 201, receivedAt: now.toISOString(), id: `MV-${token}-1` } });
    const { count, last } = await received(token);
    expect(count).to.equal(1);
    expect(last?.contentType).to.equal('application/json');
    expect(JSON.parse(last!.body).answers).to.deep.equal({ 'goals-named': { value: 2 } });
  });

  it('sends basis, reasons, evidence lists and the decision in the payload', async () => {
    const { url, token } = receiver('ok');
    let full = withAnswer(smallFramework, assessment, 'part-design', { notApplicable: true, reason: 'Ingen brukere ennå.' }, now);
    full = withAnswer(smallFramework, full, 'feas-owner', {
      value: 3,
      comment: 'Styret eier tilbudet.',
      evidence: ['https://example.org/vedtekter.pdf', 'https://example.org/styre'],
    }, now);
    full = { ...full, mode: 'official', decision: { conclusion: 'follow-up', decidedAt: '2026-03-02' } };
    const result = await submitAssessment(url, full, { now: () => now });
    expect(result.ok).to.equal(true);
    const body = JSON.parse((await received(token)).last!.body);
    expect(body.scores.basis).to.deep.equal({ overall: (0.25 + 0 + 1) / 3, dimensions: { goals: 0.25, participation: 0, feasibility: 1 } });
    expect(body.answers['part-design']).to.deep.equal({ notApplicable: true, reason: 'Ingen brukere ennå.' });
    expect(body.answers['feas-owner'].evidence).to.deep.equal(['https://example.org/vedtekter.pdf', 'https://example.org/styre']);
    expect(body.decision).to.deep.equal({ conclusion: 'follow-up', decidedAt: '2026-03-02' });
  });

  it('classifies 4xx and 5xx', async () => {
    const bad = await submitAssessment(receiver('bad').url, assessment);
    expect(bad.ok).to.equal(false);
    if (!bad.ok) {
      expect(bad.failure.kind).to.equal('client-error');
      expect(bad.failure.status).to.equal(400);
      expect(bad.failure.message.nb).to.contain('HTTP 400');
    }
    const fail = await submitAssessment(receiver('fail').url, assessment);
    if (fail.ok) throw new Error('expected a failure');
    expect(fail.failure.kind).to.equal('server-error');
    expect(fail.failure.message.nn).to.contain('HTTP 500');
  });

  it('times out a receiver that does not answer in time', async () => {
    const { url } = receiver('slow');
    const result = await submitAssessment(`${url}?ms=3000`, assessment, { timeoutMs: 300 });
    if (result.ok) throw new Error('expected a failure');
    expect(result.failure.kind).to.equal('timeout');
  });

  it('reports a closed port as a network failure', async () => {
    // Port 9 (discard) is closed on the test machine; nothing listens there.
    const result = await submitAssessment('http://127.0.0.1:9/mottak', assessment, { timeoutMs: 5000 });
    if (result.ok) throw new Error('expected a failure');
    expect(result.failure.kind).to.equal('network');
    expect(result.failure.message.en).to.contain('Could not reach');
  });

  it('refuses an address that is not http(s) without sending anything', async () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', '/relative']) {
      const result = await submitAssessment(url, assessment);
      if (result.ok) throw new Error('expected a failure');
      expect(result.failure.kind, url).to.equal('bad-url');
    }
  });

  it('reads a receipt id from id or receipt, as plain text, shortened', () => {
    expect(receiptId('{"id":"2026/42"}')).to.equal('2026/42');
    expect(receiptId('{"receipt":12}')).to.equal('12');
    expect(receiptId('{"id":{"x":1}}')).to.equal(undefined);
    expect(receiptId('ikke json')).to.equal(undefined);
    expect(receiptId(JSON.stringify({ id: 'x'.repeat(500) }))?.length).to.equal(201);
  });
});
