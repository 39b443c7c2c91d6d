// node:timers/promises aborts (Node 26): an AbortSignal rejects a pending setTimeout /
// setImmediate with AbortError (code ABORT_ERR, cause = reason) and clears the timer (the
// process does not wait for it); setInterval's loop ends with that rejection; a resolved timer
// removes its abort listener.
'use strict';
const { check, equal, mustCall } = require('../common.js');
const tp = require('node:timers/promises');
const { getEventListeners } = require('node:events');

async function main() {
  const ac = new AbortController();
  const started = Date.now();
  const p = tp.setTimeout(60000, 'v', { signal: ac.signal });
  setTimeout(() => ac.abort('stop'), 5);
  await p.then(() => check('setTimeout aborted', false), (err) => {
    equal('setTimeout abort error', [err.name, err.code, err.cause], ['AbortError', 'ABORT_ERR', 'stop']);
  });
  check('did not wait for the timer', Date.now() - started < 30000);

  const ac2 = new AbortController();
  const p2 = tp.setImmediate('v', { signal: ac2.signal });
  ac2.abort();
  await p2.then(() => check('setImmediate aborted', false), (err) => equal('setImmediate abort', err.cause.name, 'AbortError'));

  const ac3 = new AbortController();
  let ticks = 0;
  try {
    for await (const v of tp.setInterval(2, 'tick', { signal: ac3.signal })) {
      equal(`interval value ${ticks}`, v, 'tick');
      if (++ticks === 3) ac3.abort('done');
    }
    check('interval aborted', false);
  } catch (err) {
    equal('interval abort', [err.code, err.cause, ticks], ['ABORT_ERR', 'done', 3]);
  }

  const ac4 = new AbortController();
  equal('resolved value', await tp.setTimeout(1, 'ok', { signal: ac4.signal }), 'ok');
  equal('listener removed', getEventListeners(ac4.signal, 'abort').length, 0);
}
main().then(mustCall('main completes'));
