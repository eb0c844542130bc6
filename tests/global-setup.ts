import { execFileSync } from "node:child_process";

/** System tests run the built server, as `npm start` does: build once before them. */
export default function setup() {
  if (process.env.SKIP_BUILD === "1") return;
  execFileSync("npx", ["react-router", "build"], { stdio: ["ignore", "ignore", "inherit"] });
}
