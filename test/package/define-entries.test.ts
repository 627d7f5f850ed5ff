import { expect, waitUntil } from '@open-wc/testing';

/**
 * Each per-element entry point (`merverdi/define/<element>`, the `define` module in the
 * element's folder) registers its element and only the elements it renders, so an app that
 * shows a radar does not load the framework editor. Each entry is loaded in a frame of its
 * own, whose custom element registry starts empty.
 */

const ALL_TAGS = [
  'mv-assessment',
  'mv-assessment-actions',
  'mv-compare',
  'mv-decision-record',
  'mv-framework-editor',
  'mv-procurement-guide',
  'mv-radar',
  'mv-reply-letter',
  'mv-workspace',
] as const;

/** The entry's module, the element it is for, and every tag it registers. */
const ENTRIES: { module: string; element: string; registers: string[] }[] = [
  { module: '/components/radar/define.ts', element: 'mv-radar', registers: ['mv-radar'] },
  {
    module: '/components/assessment-actions/define.ts',
    element: 'mv-assessment-actions',
    registers: ['mv-assessment-actions', 'mv-radar'],
  },
  {
    module: '/components/assessment/define.ts',
    element: 'mv-assessment',
    registers: ['mv-assessment', 'mv-assessment-actions', 'mv-radar'],
  },
  { module: '/components/compare/define.ts', element: 'mv-compare', registers: ['mv-compare', 'mv-radar'] },
  {
    module: '/components/framework-editor/define.ts',
    element: 'mv-framework-editor',
    // The editor previews the assessment a framework makes.
    registers: ['mv-assessment', 'mv-assessment-actions', 'mv-framework-editor', 'mv-radar'],
  },
  {
    module: '/components/workspace/define.ts',
    element: 'mv-workspace',
    registers: ['mv-assessment', 'mv-assessment-actions', 'mv-compare', 'mv-radar', 'mv-workspace'],
  },
  { module: '/components/procurement-guide/define.ts', element: 'mv-procurement-guide', registers: ['mv-procurement-guide'] },
  // The official's parts; `<mv-assessment>` imports them itself once official mode is used.
  { module: '/components/case/define.ts', element: 'mv-decision-record', registers: ['mv-decision-record', 'mv-reply-letter'] },
  { module: '/components/define.ts', element: 'mv-workspace', registers: [...ALL_TAGS] },
];

/** Loads one module in a fresh frame; resolves with the tags its registry then holds. */
async function tagsRegisteredBy(module: string, element: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.title = `Loads ${module}`;
  frame.srcdoc = `<!doctype html><html lang="nb"><head><script type="module" src="${module}"></script></head><body></body></html>`;
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentWindow?.customElements.get(element) !== undefined, `${module} registers ${element}`, {
      timeout: 15_000,
    });
    // Registrations made by the module's imports all happen before its own body runs.
    const registry = (frame.contentWindow as Window).customElements;
    return ALL_TAGS.filter((tag) => registry.get(tag) !== undefined);
  } finally {
    frame.remove();
  }
}

describe('per-element entry points', () => {
  for (const { module, element, registers } of ENTRIES) {
    it(`${module} registers ${registers.join(', ')} and nothing else`, async () => {
      expect(await tagsRegisteredBy(module, element)).to.deep.equal([...registers].sort());
    });
  }

  it('leaves the page’s own registry alone', () => {
    for (const tag of ALL_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });
});
