/** A moment as the viewer reads it, to the minute: "4 Dec 2026, 14:05" (in their locale and zone). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
