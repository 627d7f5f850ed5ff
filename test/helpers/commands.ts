// Browser-side test commands that work in Chromium, Firefox and WebKit alike; see
// `test/servers/engine-commands.mjs` for how each engine is driven. Where an engine's driver
// cannot do something at all (WebKit's WebDriver cannot emulate media features), the helper
// says so and the test skips that one check by name, so a report never shows a pass for
// something that was not tried.
import { executeServerCommand } from '@web/test-runner-commands';

/** The engine a test runs in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

let engineName: Promise<Engine> | undefined;

/** The engine running this test file. */
export function engine(): Promise<Engine> {
  engineName ??= executeServerCommand<Engine, undefined>('mv-engine');
  return engineName;
}

/** One keyboard command: type a text, or press, hold down or let go of one key (`Tab`, `Space`, `ArrowDown`, `Shift`…). */
export type SendKeysPayload = { type: string } | { press: string } | { down: string } | { up: string };

/** Types or presses keys in every engine, each key down and up before the next. */
export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  await executeServerCommand('mv-send-keys', payload);
}

/** Sizes the page's viewport, in CSS pixels, in every engine. */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('mv-set-viewport', viewport);
}

/** What {@link emulateMedia} can set. */
export interface MediaFeatures {
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  media?: 'screen' | 'print';
}

/** Emulates media features; resolves to false where the engine's driver cannot. */
export async function emulateMedia(features: MediaFeatures): Promise<boolean> {
  return (await executeServerCommand<boolean, MediaFeatures>('mv-emulate-media', features)) === true;
}

/**
 * Emulates media features, or skips the running test where the engine cannot, so the report
 * lists it as skipped in that engine rather than passed. Call it with the test's `this`.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, features: MediaFeatures): Promise<void> {
  if (!(await emulateMedia(features))) test.skip();
}

/** A node of the browser's accessibility tree. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean | 'mixed';
  children?: AxNode[];
}

/** The browser's own accessibility tree, or `null` where the engine's driver cannot give it. */
export async function a11ySnapshot(options: { selector?: string } = {}): Promise<AxNode | null> {
  const answer = await executeServerCommand<{ snapshot: AxNode | null }, { selector?: string }>('mv-a11y-snapshot', options);
  return answer?.snapshot ?? null;
}
