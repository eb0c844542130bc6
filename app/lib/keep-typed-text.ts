// What a person types into a text area before the page's JavaScript has taken over is kept. React
// hydrates a <textarea> by setting its value back to the text the server rendered (its default), so on a
// slow connection an edit made in the first seconds was silently lost — and on the buyer's question
// page that meant a company's original wording, not the buyer's neutral one, was published. Inputs keep
// their typed value on hydration; text areas do not. Browser-only; nothing happens during server render.

const typed = new Map<HTMLTextAreaElement, string>();
let isWatching = false;

function remember(area: HTMLTextAreaElement) {
  if (area.value !== area.defaultValue) typed.set(area, area.value);
  else typed.delete(area);
}

function onInput(event: Event) {
  if (event.target instanceof HTMLTextAreaElement) remember(event.target);
}

/**
 * Called just before hydration: notes every text area whose value differs from what the server sent,
 * and keeps noting edits made while hydration runs.
 */
export function captureTypedText(root: Document = document): void {
  for (const area of root.querySelectorAll("textarea")) remember(area);
  root.addEventListener("input", onInput, true);
  isWatching = true;
}

/** Called once hydration has committed (a layout effect at the root): puts the typed text back. */
export function restoreTypedText(root: Document = document): void {
  if (!isWatching) return;
  root.removeEventListener("input", onInput, true);
  isWatching = false;
  for (const [area, value] of typed) if (area.isConnected && area.value !== value) area.value = value;
  typed.clear();
}
