// Part of the sv catalogue (sv.ts puts the parts together): one-to-one meetings of market dialogue.
export const svMeetings = {
  meetings: {},
};
