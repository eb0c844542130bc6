// The public surface of the demo module for server code: other modules, routes and the server import
// from here only (ADR 030).

export { seedDemoData } from "./seed-demo-data.server.ts";
