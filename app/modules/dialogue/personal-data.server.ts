import { eq } from "drizzle-orm";
import { registerPersonalData } from "../accounts/index.server.ts";
import { eraseMeetingsDataOf, meetingsDataOfPerson } from "./meetings-personal-data.server.ts";
import { dialogueStep } from "./tables.ts";

// The dialogue module's part of a person's data (ADR 029): each dialogue feature gives its own share
// (meetings-personal-data.server.ts, …). The level-playing-field record keeps its steps, without who took them.

registerPersonalData({
  module: "dialogue",
  exportFor: async (tx, subject) => ({ ...(await meetingsDataOfPerson(tx, subject.userId)) }),
  eraseFor: async (tx, subject) => {
    await eraseMeetingsDataOf(tx, subject.userId);
    await tx.update(dialogueStep).set({ actorId: null }).where(eq(dialogueStep.actorId, subject.userId));
  },
});
