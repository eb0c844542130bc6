// Part of the sv catalogue (sv.ts puts the parts together): market dialogue on a plan.
export const svDialogue = {
  dialogue: {},
};
