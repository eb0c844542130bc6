// Part of the fi catalogue (fi.ts puts the parts together): market dialogue on a plan.
export const fiDialogue = {
  dialogue: {},
};
