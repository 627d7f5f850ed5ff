/**
 * Copies text with the asynchronous clipboard API. Returns false where that is missing or
 * refused (no permission, an insecure page, an unfocused window), so the caller can fall
 * back to selecting the text for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
