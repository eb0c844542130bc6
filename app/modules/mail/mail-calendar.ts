/** A calendar invitation carried by an e-mail: its file name and the iCalendar text (RFC 5545). */
export type MailCalendar = { filename: string; content: string };
