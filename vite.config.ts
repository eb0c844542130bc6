import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  // Listing these avoids a full-page reload on the first dev visit (STACK-NOTES trap 9).
  optimizeDeps: {
    include: ["i18next", "react-i18next", "suomifi-ui-components", "styled-components"],
  },
  ssr: { noExternal: ["suomifi-ui-components"] },
  build: { target: "es2022" },
});
