import { demoPassword } from "../modules/demo/demo-data.ts";

/** Logs in through the real log-in form and returns the Cookie header for the session. */
export async function logInAs(baseUrl: string, email: string, password = demoPassword): Promise<string> {
  const response = await fetch(`${baseUrl}/fi/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ intent: "password", email, password }),
  });
  if (response.status !== 302) throw new Error(`log-in as ${email} answered ${response.status}`);
  return cookieFrom(response);
}

/** The name=value pairs of a response's Set-Cookie headers, as a Cookie header. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Posts a form the way a browser without JavaScript does. */
export function postForm(baseUrl: string, path: string, fields: Record<string, string>, cookie?: string) {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: baseUrl,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
  });
}

/** Posts a multipart form (file uploads) the way a browser without JavaScript does. */
export function postMultipart(baseUrl: string, path: string, form: FormData, cookie?: string) {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl, ...(cookie ? { Cookie: cookie } : {}) },
    body: form,
  });
}
