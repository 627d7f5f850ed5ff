import { render, type CSSResult, type TemplateResult } from 'lit';
import type { Lang } from '../../src/text/lang.js';

/** What a document printed on its own holds. */
export interface PrintDocumentInput {
  /** The document's title: what a PDF printer offers as the file name. */
  title: string;
  lang: Lang;
  /** The content, rendered by Lit as it would be in the element (text never becomes markup). */
  content: TemplateResult;
  /** Styles for the printed document, applied as constructed style sheets (no inline `<style>`, so a strict CSP allows them). */
  styles: readonly CSSResult[];
}

/** The frame's class, so an element can find the document it printed last. */
export const PRINT_FRAME_CLASS = 'print-frame';

/**
 * Prints a document of its own, without the host page around it: the content is rendered
 * into a hidden, empty frame in `root` and that frame is printed. The frame stays (out of
 * sight and out of the tab order) until the next print from the same root replaces it, so
 * that what was printed can be read back. Returns the frame, or `undefined` where no frame
 * document could be made, for the caller to fall back to printing the page.
 */
export function printDocument(root: ShadowRoot | HTMLElement, input: PrintDocumentInput): HTMLIFrameElement | undefined {
  root.querySelector(`iframe.${PRINT_FRAME_CLASS}`)?.remove();
  const frame = document.createElement('iframe');
  frame.className = PRINT_FRAME_CLASS;
  frame.title = input.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Out of sight, but laid out: some engines do not print a frame that is `display: none`.
  Object.assign(frame.style, {
    position: 'fixed',
    insetInlineEnd: '0',
    insetBlockEnd: '0',
    inlineSize: '0',
    blockSize: '0',
    border: '0',
  });
  root.append(frame);
  const view = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!view || !doc) {
    frame.remove();
    return undefined;
  }
  doc.documentElement.lang = input.lang;
  doc.title = input.title;
  try {
    const sheets = input.styles.map((style) => {
      // A sheet must be made by the document that adopts it.
      const sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      return sheet;
    });
    doc.adoptedStyleSheets = sheets;
  } catch {
    // Without constructed style sheets the document prints unstyled, but complete.
  }
  render(input.content, doc.body);
  view.focus();
  view.print();
  return frame;
}
