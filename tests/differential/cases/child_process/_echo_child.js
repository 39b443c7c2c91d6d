// Helper child for child_process cases (run with process.execPath): reads all of stdin, then
// reports it upper-cased with its argv and env, writes to stderr, and exits with the code
// given as argv[2].
'use strict';
const fs = require('fs');
const text = fs.readFileSync(0, 'utf8');
process.stdout.write(`child got ${JSON.stringify(text.toUpperCase())}\n`);
process.stdout.write(`argv ${JSON.stringify(process.argv.slice(2))}\n`);
process.stdout.write(`env ${process.env.WEFT_CP_CHILD}\n`);
process.stderr.write('child stderr line\n');
process.exitCode = Number(process.argv[2] || 0);
