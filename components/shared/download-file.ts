/** How long an object URL lives: some browsers start the download only after the click returns. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers text as a file download: a Blob, an object URL and a temporary link with
 * `download`, clicked in the element's own shadow root so the host page's DOM is not touched.
 * The URL is revoked a minute later, long after the browser has started the download.
 */
export function downloadFile(root: ShadowRoot | HTMLElement, fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
