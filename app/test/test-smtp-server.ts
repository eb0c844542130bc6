import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every accepted message, parsed, in arrival order. */
  received: ParsedMail[];
  /** Every delivery attempt, accepted or refused. */
  attempts: number;
  /** Deliveries the `hold` policy keeps waiting for an answer. */
  held: ParsedMail[];
  /** Answers every held delivery with a temporary failure (451) and stops holding new ones. */
  releaseHeld(): void;
  close(): Promise<void>;
};

/** Whether to answer a delivery with a temporary failure; `attempt` counts deliveries of this Message-ID. */
export type RefusePolicy = (mail: ParsedMail, attempt: number) => boolean;

/** Whether to leave a delivery unanswered (a server that hangs mid-transaction); `accepted` so far. */
export type HoldPolicy = (mail: ParsedMail, accepted: number) => boolean;

/**
 * A real SMTP server in the test process (no TLS, no authentication). Deliveries the `refuse` policy
 * picks get a temporary failure (451), as a busy or grey-listing server gives; those the `hold` policy
 * picks get no answer until `releaseHeld()`.
 */
export async function startTestSmtpServer({
  refuse,
  hold,
  port = 0,
}: {
  refuse?: RefusePolicy;
  hold?: HoldPolicy;
  /** A fixed port, e.g. to start the server again where a stopped one was; 0 picks a free one. */
  port?: number;
} = {}): Promise<TestSmtpServer> {
  const attemptsByMessage = new Map<string, number>();
  const temporaryFailure = () => Object.assign(new Error("Try again later"), { responseCode: 451 });
  let holding = true;
  const waiting: (() => void)[] = [];
  const state: TestSmtpServer = {
    url: "",
    received: [],
    attempts: 0,
    held: [],
    releaseHeld: () => {
      holding = false;
      for (const answer of waiting.splice(0)) answer();
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      state.attempts += 1;
      simpleParser(stream).then(
        (mail) => {
          const key = mail.messageId ?? "";
          const attempt = (attemptsByMessage.get(key) ?? 0) + 1;
          attemptsByMessage.set(key, attempt);
          if (refuse?.(mail, attempt)) {
            callback(temporaryFailure());
            return;
          }
          if (holding && hold?.(mail, state.received.length)) {
            state.held.push(mail);
            waiting.push(() => callback(temporaryFailure()));
            return;
          }
          state.received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on("error", () => {
    // A client that hangs up mid-session; the test sees the effect through `received`.
  });
  await new Promise<void>((ready) => server.listen(port, "127.0.0.1", () => ready()));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}
