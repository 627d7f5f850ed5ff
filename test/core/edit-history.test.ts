import { expect } from '@open-wc/testing';
import { canRedo, canUndo, COALESCE_MS, record, redo, startHistory, undo } from '../../src/history/edit-history.js';

describe('edit history', () => {
  it('undoes and redoes states in order', () => {
    let history = startHistory('a');
    expect(canUndo(history)).to.equal(false);
    history = record(history, 'b', { now: 0 });
    history = record(history, 'c', { now: 5000 });
    history = undo(history);
    expect(history.present).to.equal('b');
    expect(canRedo(history)).to.equal(true);
    history = undo(history);
    expect(history.present).to.equal('a');
    expect(undo(history)).to.equal(history);
    history = redo(redo(history));
    expect(history.present).to.equal('c');
    expect(redo(history)).to.equal(history);
  });

  it('forgets the undone states after a fresh edit', () => {
    let history = record(startHistory(1), 2, { now: 0 });
    history = record(undo(history), 3, { now: 10 });
    expect(canRedo(history)).to.equal(false);
    expect(undo(history).present).to.equal(1);
  });

  it('merges quick edits of one field into one step, but not edits of another field', () => {
    let history = startHistory('');
    history = record(history, 'K', { coalesceKey: 'title.nb', now: 0 });
    history = record(history, 'Ko', { coalesceKey: 'title.nb', now: 200 });
    history = record(history, 'Kom', { coalesceKey: 'title.nb', now: 400 });
    expect(history.past).to.deep.equal(['']);
    history = record(history, 'Kom!', { coalesceKey: 'title.nn', now: 500 });
    expect(history.past).to.deep.equal(['', 'Kom']);
    history = record(history, 'Kom!!', { coalesceKey: 'title.nn', now: 500 + COALESCE_MS });
    expect(history.past).to.deep.equal(['', 'Kom', 'Kom!']);
    expect(undo(history).present).to.equal('Kom!');
  });

  it('ignores a "change" to the same state', () => {
    const history = startHistory({ a: 1 });
    expect(record(history, history.present)).to.equal(history);
  });
});
