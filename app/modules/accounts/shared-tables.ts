// The accounts tables other modules may join on, read only (ADR 030). This file imports nothing but tables,
// so it can be loaded before anything else in an import cycle; writes go through accounts's commands.

export { accountsUser } from "./tables.ts";
