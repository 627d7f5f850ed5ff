// The end-to-end harness: a static server for the built pages, Chromium, axe and
// shadow-DOM-aware questions about the page.
export { defaultMounts, mimeTypes, startStaticServer } from './server.mjs';
export { chromiumFlags, chromiumPath, launchBrowser, openPage } from './browser.mjs';
export { describeViolations, runAxe, wcagTags } from './axe.mjs';
export { clippedElements, coveredControls, effectiveLang, focusReport, overflowingElements, targetSizes } from './shadow.mjs';
export {
  answerWithKeyboard,
  chooseFilesWithSpace,
  compareExamples,
  demoExamples,
  demoPages,
  eventually,
  exampleFiles,
  importExamples,
  liveRegionText,
  openDemo,
  recordEvents,
  tabTo,
  useDemo,
} from './demo.mjs';
