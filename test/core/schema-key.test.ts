import { expect } from '@open-wc/testing';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { parseFramework } from '../../src/framework/parse-framework.js';

describe('documents that name their JSON Schema', () => {
  it('accepts a $schema key without a warning', async () => {
    const withSchema = { $schema: './framework.schema.json', ...structuredClone(defaultFramework) };
    const { framework, problems } = parseFramework(withSchema);
    expect(problems).to.deep.equal([]);
    expect(framework).to.not.equal(undefined);
  });
});
