// Readable modes: a 'data' listener starts flowing on the next tick ('resume'),
// pause() switches to paused mode, a 'readable' listener takes precedence over
// 'data', and isPaused()/readableFlowing report each state.
'use strict';
const { equal, mustCall } = require('../common.js');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
equal('fresh flowing is null', r.readableFlowing, null);
equal('fresh not paused', r.isPaused(), false);
r.on('data', () => {});
equal('data listener sets flowing', r.readableFlowing, true);
r.pause();
equal('pause sets flowing false', r.readableFlowing, false);
equal('isPaused after pause', r.isPaused(), true);
r.resume();
equal('resume sets flowing true', r.readableFlowing, true);
r.on('resume', mustCall('resume emitted once', () => {}));

const p = new Readable({ read() {} });
const seen = [];
p.on('readable', () => {
  let chunk;
  while ((chunk = p.read()) !== null) seen.push(chunk.toString());
});
p.on('data', (d) => seen.push(`data:${d}`));
equal('readable listener keeps flowing false', p.readableFlowing, false);
p.push('a');
p.push('b');
p.push(null);
p.on('end', mustCall('end after readable reads', () => {
  equal('read() returns each buffered chunk, data emitted for each', seen,
    ['data:a', 'a', 'data:b', 'b']);
}));
