// Plans tables other modules still read directly, being replaced by plans' own queries (ADR 030);
// this list may only shrink.

export {
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "./tables.ts";
