// Part of the fi catalogue (fi.ts puts the parts together): one-to-one meetings of market dialogue.
export const fiMeetings = {
  meetings: {},
};
