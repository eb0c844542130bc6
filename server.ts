// The process entry point: `npm start` (built pages) and `npm run dev` (Vite) both run this file.
import "./server/main.ts";
