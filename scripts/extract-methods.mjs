// Builds core/methods/methods.generated.json from the `@method` doc comments of the models, so
// Help → Methods and the brief show exactly what the code's comments say. `npm run methods`
// rewrites the file; a unit test fails when it is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text of a doc comment, without the leading " * ". */
function commentText(block) {
  return block
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

function parseMethod(text, file) {
  const lines = text.split('\n');
  const header = /^@method\s+([a-z0-9-]+)\s+(.+)$/.exec(lines[0] ?? '');
  if (!header) return null;
  const method = {
    id: header[1],
    title: header[2].trim(),
    file,
    paragraphs: [],
    equations: [],
    assumptions: [],
    validity: [],
    references: [],
  };
  const body = lines.slice(1).join('\n');
  const parts = body.split(/(\$\$[\s\S]*?\$\$)/);
  let prose = '';
  for (const part of parts) {
    if (part.startsWith('$$')) {
      method.equations.push(part.slice(2, -2).trim());
      prose += `\n{{equation ${method.equations.length - 1}}}\n`;
    } else prose += part;
  }
  for (const paragraph of prose.split(/\n\s*\n/)) {
    const tags = [...paragraph.matchAll(/^@(assumes|valid|ref)\s+(.+)$/gm)];
    for (const [, tag, value] of tags) {
      if (tag === 'assumes') method.assumptions.push(value.trim());
      if (tag === 'valid') method.validity.push(value.trim());
      if (tag === 'ref') method.references.push(...value.split(/[\s,]+/).filter(Boolean));
    }
    const textOnly = paragraph
      .replace(/^@(assumes|valid|ref)\s+.+$/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
    for (const piece of textOnly.split(/(\{\{equation \d+\}\})/)) {
      const trimmed = piece.trim();
      if (trimmed) method.paragraphs.push(trimmed);
    }
  }
  return method;
}

export function extractMethods() {
  const methods = [];
  for (const path of sourceFiles(join(root, 'core')).sort()) {
    const text = readFileSync(path, 'utf8');
    for (const [block] of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      if (!block.includes('@method')) continue;
      const method = parseMethod(commentText(block), relative(root, path));
      if (method) methods.push(method);
    }
  }
  methods.sort((a, b) => a.id.localeCompare(b.id));
  return methods;
}

export const METHODS_FILE = join(root, 'core', 'methods', 'methods.generated.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(METHODS_FILE, `${JSON.stringify(extractMethods(), null, 2)}\n`);
  console.log(`wrote ${relative(root, METHODS_FILE)}`);
}
