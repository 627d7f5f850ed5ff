import { expect } from '@open-wc/testing';
import { blankFramework } from '../../src/framework/blank-framework.js';
import {
  addCriterion,
  addDimension,
  getField,
  moveCriterion,
  moveDimension,
  nextLevel,
  removeCriterion,
  removeDimension,
  setDimensionId,
  setField,
  uniqueId,
} from '../../src/framework/edit-framework.js';
import { parsePath, type PathSegment } from '../../src/framework/field-path.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Framework } from '../../src/framework/types.js';
import { childPath } from '../../src/problems/json-path.js';

function threeAxes(): Framework {
  return addDimension(addDimension(addDimension(blankFramework())));
}

describe('field paths', () => {
  it('reads and writes the paths problems use', () => {
    expect(parsePath('dimensions[2].criteria[0].title.nb')).to.deep.equal(['dimensions', 2, 'criteria', 0, 'title', 'nb']);
    expect(parsePath('answers["user-design"].value')).to.deep.equal(['answers', 'user-design', 'value']);
    expect(parsePath('')).to.deep.equal([]);
  });

  it('reads back every path the framework checker writes, segment by segment', () => {
    // The checker builds its problems' paths with childPath; the editor finds the field again with parsePath.
    const written = (segments: PathSegment[]) => segments.reduce<string>((path, segment) => childPath(path, segment), '');
    expect(written(['dimensions', 2, 'title'])).to.equal('dimensions[2].title');
    expect(written(['answers', 'user-design'])).to.equal('answers["user-design"]');
    for (const segments of [
      ['dimensions', 2, 'title'],
      ['answers', 'user-design', 'value'],
      ['goals', 0, 'owner', 'email'],
      ['answers', 'a "quoted" key \\ with a backslash', 'comment'],
      ['dimensions', 10, 'criteria', 0, 'title', 'nn'],
    ] satisfies PathSegment[][]) {
      expect(parsePath(written(segments))).to.deep.equal(segments);
    }
  });
});

describe('edit operations', () => {
  it('adds axes with unique ids, each with one criterion of a unique id', () => {
    const framework = threeAxes();
    expect(framework.dimensions.map((d) => d.id)).to.deep.equal(['omrade-1', 'omrade-2', 'omrade-3']);
    expect(framework.dimensions.map((d) => d.criteria[0]!.id)).to.deep.equal(['kriterium-1', 'kriterium-2', 'kriterium-3']);
    const more = addCriterion(framework, 1);
    expect(more.dimensions[1]!.criteria.map((c) => c.id)).to.deep.equal(['kriterium-2', 'kriterium-4']);
    expect(uniqueId('akse', ['akse-1', 'akse-3'])).to.equal('akse-2');
  });

  it('never changes its input and shares what did not change', () => {
    const before = threeAxes();
    const snapshot = JSON.stringify(before);
    const after = setField(before, 'dimensions[1].title.nn', 'Brukarmedverknad');
    expect(JSON.stringify(before)).to.equal(snapshot);
    expect(getField(after, 'dimensions[1].title.nn')).to.equal('Brukarmedverknad');
    expect(after.dimensions[0]).to.equal(before.dimensions[0]);
    expect(after.dimensions[1]).to.not.equal(before.dimensions[1]);
  });

  it('removes a field set to undefined and creates missing objects on the way', () => {
    const withContact = setField(threeAxes(), 'dimensions[0].contact.name', 'Kari');
    expect(withContact.dimensions[0]!.contact).to.deep.equal({ name: 'Kari' });
    const without = setField(withContact, 'dimensions[0].contact', undefined);
    expect('contact' in without.dimensions[0]!).to.equal(false);
  });

  it('moves and removes axes and criteria, ignoring moves past the ends', () => {
    let framework = threeAxes();
    framework = moveDimension(framework, 0, 2);
    expect(framework.dimensions.map((d) => d.id)).to.deep.equal(['omrade-2', 'omrade-3', 'omrade-1']);
    expect(moveDimension(framework, 0, -1)).to.equal(framework);
    framework = removeDimension(framework, 1);
    expect(framework.dimensions.map((d) => d.id)).to.deep.equal(['omrade-2', 'omrade-1']);
    framework = addCriterion(framework, 0);
    // kriterium-3 left with its axis, so its id is free again.
    framework = moveCriterion(framework, 0, 1, 0);
    expect(framework.dimensions[0]!.criteria.map((c) => c.id)).to.deep.equal(['kriterium-3', 'kriterium-2']);
    framework = removeCriterion(framework, 0, 0);
    expect(framework.dimensions[0]!.criteria.map((c) => c.id)).to.deep.equal(['kriterium-2']);
  });

  it('renames guidance references along with an axis id', () => {
    let framework = threeAxes();
    framework = { ...framework, guidance: [{ when: { dimension: 'omrade-2', below: 50 }, text: 'Ta kontakt' }] };
    framework = setDimensionId(framework, 1, 'medvirkning');
    expect(framework.guidance![0]!.when.dimension).to.equal('medvirkning');
  });

  it('proposes the next scale level above the highest', () => {
    expect(nextLevel([{ value: 0, label: 'a' }, { value: 3, label: 'b' }]).value).to.equal(4);
    expect(nextLevel([]).value).to.equal(0);
  });

  it('builds a valid framework from blank by edits alone', () => {
    let framework = threeAxes();
    framework = setField(framework, 'id', 'testkommune');
    framework = setField(framework, 'title', { nb: 'Test', nn: 'Test', en: 'Test' });
    framework.dimensions.forEach((_dimension, d) => {
      framework = setField(framework, `dimensions[${d}].title`, { nb: `Område ${d}`, nn: `Område ${d}`, en: `Area ${d}` });
      framework = setField(framework, `dimensions[${d}].criteria[0].title`, { nb: 'K', nn: 'K', en: 'C' });
    });
    const result = parseFramework(framework);
    expect(result.problems).to.deep.equal([]);
    expect(result.framework?.dimensions).to.have.length(3);
  });
});
