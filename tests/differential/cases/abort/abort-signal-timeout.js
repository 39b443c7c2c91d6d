// AbortSignal.timeout(ms) (Node 26): one Timeout resource per call (hook trace), unref'd so it
// does not keep the process alive, aborting with a DOMException TimeoutError ("The operation was
// aborted due to timeout", code 23) and a trusted 'abort' event; an AbortSignal.any over it
// follows it; a signal whose timer outlives the process never fires.
'use strict';
const { createHook } = require('async_hooks');
const fs = require('fs');
const write = (line) => fs.writeSync(1, `${line}\n`);

const hook = createHook({
  init(id, type, trigger) { if (type === 'Timeout') write(`init ${type} id=${id} trigger=${trigger}`); },
}).enable();
const t = AbortSignal.timeout(20);
const any = AbortSignal.any([t]);
AbortSignal.timeout(100000).addEventListener('abort', () => write('never fires'));
hook.disable();
write(`created aborted=${t.aborted}`);
t.addEventListener('abort', (e) => {
  const r = t.reason;
  write(`abort event trusted=${e.isTrusted} ${r.name} ${r.code} ${r.message} ${r instanceof DOMException}`);
});
any.onabort = () => write(`any aborted reason-same=${any.reason === t.reason}`);
// Keeps the process alive long enough for the 20 ms timer.
setTimeout(() => write(`done aborted=${t.aborted}`), 60);
