// npm runs on the machine's Node 20; the project pins Node 24 as the `node` dev dependency. If its
// install script did not run, npm scripts silently fall back to Node 20 (STACK-NOTES trap 4).
export function assertNode24(): void {
  const major = Number(process.versions.node.split(".")[0]);
  if (major !== 24) {
    console.error(
      `Hankintasilta needs Node.js 24 but runs on ${process.versions.node}: run \`npm install\` (it installs Node 24 as the \`node\` dev dependency) and start through npm scripts.`,
    );
    process.exit(1);
  }
}
