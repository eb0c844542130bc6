// Part of the en catalogue (en.ts puts the parts together): market dialogue on a plan.
export const enDialogue = {
  dialogue: {},
};
