// Every module's part of a person's data registers itself here (ADR 029): "my data" exports and
// account deletion ask the registry in accounts/personal-data-registry.ts, so accounts imports no module
// above it. Import this file wherever exportMyData or deleteMyAccount runs (the account routes call
// loadPersonalDataParts; tests import it).
// The order is the order of the export's sections.
import "./accounts/personal-data.server.ts";
import "./organisations/personal-data.server.ts";
import "./audit/personal-data.server.ts";
import "./mail/personal-data.server.ts";
import "./companies/personal-data.server.ts";
import "./watches/personal-data.server.ts";
import "./presentations/personal-data.server.ts";
import "./partners/personal-data.server.ts";
import "./interest/personal-data.server.ts";
import "./dialogue/personal-data.server.ts";
import "./plans/personal-data.server.ts";
import "./notices/personal-data.server.ts";

import { registeredPersonalDataModules } from "./accounts/personal-data-registry.ts";

/**
 * Names the registered modules. Route files call it in their loader or action, which keeps this import
 * (and so the registrations) on the server side of the build: a bare side-effect import in a route would
 * be pulled into the browser bundle.
 */
export function loadPersonalDataParts(): string[] {
  return registeredPersonalDataModules();
}
