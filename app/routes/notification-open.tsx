import { redirect } from "react-router";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { openNotification } from "../modules/watches/index.server.ts";
import type { Route } from "./+types/notification-open";

/** Opening a notification marks it read and goes to its plan. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const planId = await orRespond(() =>
    openNotification(context.services.database.db, viewer, {
      notificationId: params.id,
      requestId: context.requestId,
    }),
  );
  throw redirect(`/${params.lang}/plans/${planId}`);
}
