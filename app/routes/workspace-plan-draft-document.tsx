import { redirect } from "react-router";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  attachDraftDocument,
  getDraftForBuyer,
  removeDraftDocument,
} from "../modules/dialogue/index.server.ts";
import { maxAttachmentBytes } from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan-draft-document";

// The upload and removal of a draft's PDF: a route of its own so that only this form may post a large
// body (server/http/create-app.ts). It answers by going back to the draft's page with the outcome.

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["document", "remove-document"]) };

const draftPage = (params: Route.LoaderArgs["params"], query: string) =>
  `/${params.lang}/workspace/plans/${params.id}/drafts/${params.draftId}${query ? `?${query}` : ""}#draft-document`;

/** Opened as a page (or sent here by the body limit for a file far too large): back to the draft. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  await orRespond(() => getDraftForBuyer(context.services.database.db, viewer, params.draftId));
  const tooLarge = new URL(request.url).searchParams.get("error") === "tooLarge";
  throw redirect(draftPage(params, tooLarge ? "documentError=tooLarge" : ""));
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const services = context.services;
  // Refused before the body is read: nobody uploads to a draft they may not change.
  const found = await orRespond(() => getDraftForBuyer(services.database.db, viewer, params.draftId));
  if (found.draft.planId !== params.id) throw redirect(draftPage(params, ""));
  let form: FormData;
  try {
    form = await readFormData(request);
  } catch {
    throw redirect(draftPage(params, "documentError=unreadable"));
  }
  const intent = readIntent(form, handle.intents).name;
  const common = { services, viewer, draftId: params.draftId, requestId: context.requestId };
  if (intent === "remove-document") {
    const result = await orRespond(() => removeDraftDocument(common));
    throw redirect(draftPage(params, result.ok ? "done=documentRemoved" : "documentError=wrongState"));
  }
  const upload = form.get("file");
  if (upload instanceof File && upload.size > maxAttachmentBytes)
    throw redirect(draftPage(params, "documentError=tooLarge"));
  const file =
    upload instanceof File && upload.size > 0
      ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
      : null;
  const result = await orRespond(() => attachDraftDocument({ ...common, file }));
  if (result.ok) throw redirect(draftPage(params, "done=documentAttached"));
  // The error is a catalogue key; only its last part travels in the address.
  const key = (result.errors.file ?? result.errors.form ?? "drafts.errors.wrongState").split(".").at(-1);
  throw redirect(draftPage(params, `documentError=${key}`));
}
