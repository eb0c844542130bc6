/** The unsubscribe topic of one watch's e-mails (RFC 8058 one-click unsubscribe stops just this watch). */
export function watchTopic(watchId: string): string {
  return `watch.${watchId}`;
}

/** The unsubscribe topic of the weekly digest. */
export const digestTopic = "watches.digest";
