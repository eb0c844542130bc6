// The public surface of the dialogue module (safe for browser code): other modules, routes and the
// server import from here only (ADR 030).

export {
  type DialogueAudience,
  type DialogueStepKind,
  dialogueAudiences,
  dialogueStepKinds,
} from "./steps.ts";
