// The public surface of the dialogue module for server code: other modules, routes and the server
// import from here only (ADR 030).

export { canManageDialogue, canTakePartInDialogue } from "./policy.ts";
export { type DialogueStepInput, recordDialogueStep } from "./record-step.server.ts";
