// The public surface of the watches module (safe for browser code): other modules, routes and the server import
// from here only (ADR 030).

export { watchEvents } from "./events.ts";
export { notificationsPerPage, watchFormInput, watchPickers, watchSchema } from "./schemas.ts";
export { digestTopic } from "./watch-topic.ts";
