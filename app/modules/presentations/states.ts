/**
 * The states a buyer gives a presentation it received. The usual way is new → reviewed → linked (to one
 * of the buyer's own plans) → archived, but any state can be set again: it is the buyer's own sorting.
 */
export const recipientStates = ["new", "reviewed", "linked", "archived"] as const;
export type RecipientState = (typeof recipientStates)[number];

export function isRecipientState(value: unknown): value is RecipientState {
  return typeof value === "string" && (recipientStates as readonly string[]).includes(value);
}

/** Who wrote a message in a recipient's thread. */
export type MessageSide = "buyer" | "company";
