// Part of the en catalogue (en.ts puts the parts together): one-to-one meetings of market dialogue.
export const enMeetings = {
  meetings: {},
};
