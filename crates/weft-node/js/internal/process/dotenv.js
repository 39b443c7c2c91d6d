// The .env format of process.loadEnvFile() (Node's src/node_dotenv.cc rules): KEY=value lines,
// optional `export `, `#` comments, values in '...', "..." or `...` quotes (may span lines;
// "\n" in double quotes becomes a newline), unquoted values end at `#` and are trimmed; an
// unterminated quote keeps the raw text.
'use strict';

function parseEnv(content) {
  const text = String(content).replace(/\r\n?/g, '\n');
  const out = { __proto__: null };
  let i = 0;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = text.length;
    let line = text.slice(i, nl).trim();
    i = nl + 1;
    if (line === '' || line[0] === '#') continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    if (key === '') continue;
    let rest = line.slice(eq + 1).trim();
    let value;
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = rest.indexOf(quote, 1);
      if (close !== -1) {
        value = rest.slice(1, close);
      } else {
        // The closing quote may be on a later line.
        const later = text.indexOf(quote, i);
        if (later === -1) {
          value = rest;
        } else {
          value = `${rest.slice(1)}\n${text.slice(i, later)}`;
          let end = text.indexOf('\n', later);
          if (end === -1) end = text.length;
          i = end + 1;
        }
      }
      if (quote === '"' && value !== rest) value = value.replace(/\\n/g, '\n');
    } else {
      const hash = rest.indexOf('#');
      if (hash !== -1) rest = rest.slice(0, hash);
      value = rest.trim();
    }
    out[key] = value;
  }
  return out;
}

module.exports = { parseEnv };
