/**
 * Copies `text` to the clipboard; false when the browser refuses (no permission, not a secure
 * context), so the screen can say so and leave the text selectable instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
