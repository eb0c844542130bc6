// Every module's part of a person's data registers itself here (ADR 029): "my data" exports and
// account deletion ask the registry in accounts/personal-data-registry.ts, so accounts imports no module
// above it. Import this file wherever exportMyData or deleteMyAccount runs (the account routes, tests).
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
import "./plans/personal-data.server.ts";
