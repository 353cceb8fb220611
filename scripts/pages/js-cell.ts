// A cell of the page's JavaScript, as a fenced block: jsCell("const a = 1;") → "\n```js\nconst a = 1;\n```\n".
// A cell only calls the typed modules of docs/components, or declares what other cells use.
export const jsCell = (code: string) => `\n\`\`\`js\n${code}\n\`\`\`\n`;
