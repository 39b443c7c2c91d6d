// The Interface's own properties and defaults (history accessors, tabSize,
// escapeCodeTimeout, crlfDelay, terminal with a null output), the paused and
// closed flags, and option validation errors (completer, historySize, tabSize).
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough() });
console.log(Object.keys(rl));
console.log(rl.history, rl.historySize, rl.historyIndex, rl.isCompletionEnabled, rl.tabSize, rl.escapeCodeTimeout, rl.line, rl.cursor, rl.columns, rl.terminal, rl.paused);
rl.close();
console.log(rl.paused, rl.closed);
const rl2 = readline.createInterface(new PassThrough(), null, undefined, false);
console.log(rl2.terminal, rl2.output);
rl2.close();
try { readline.createInterface({ input: new PassThrough(), completer: 5 }); } catch (e) { console.log(e.code, e.message); }
try { readline.createInterface({ input: new PassThrough(), historySize: -1 }); } catch (e) { console.log(e.code, e.message); }
try { readline.createInterface({ input: new PassThrough(), tabSize: 0 }); } catch (e) { console.log(e.code, e.message); }
