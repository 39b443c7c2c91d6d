// An interval keeps one async id across runs: one init, N before/after pairs, one destroy
// after clearInterval.
'use strict';
const { equal, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace({ types: ['Timeout'] });
const seen = [];
const iv = setInterval(() => {
  seen.push(ah.executionAsyncId());
  if (seen.length === 3) clearInterval(iv);
}, 2);
process.on('exit', () => {
  equal('callback ids all equal the interval id', seen, [+iv, +iv, +iv]);
  equal('events', t.forId(+iv).map((e) => e.event),
    ['init', 'before', 'after', 'before', 'after', 'before', 'after', 'destroy']);
});
