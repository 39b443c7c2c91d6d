// timer.refresh() restarts the countdown from now and returns the timer itself: the 50 ms
// timer refreshed at ~30 ms is due at ~80 ms, after the 60 ms timer.
'use strict';
const a = setTimeout(() => console.log('a (50 ms, refreshed at ~30 ms)'), 50);
setTimeout(() => {
  const r = a.refresh();
  console.log('refreshed, returns timer:', r === a, 'hasRef:', a.hasRef());
}, 30);
setTimeout(() => console.log('b (60 ms)'), 60);
const u = setTimeout(() => console.log('u'), 10);
u.unref();
console.log('unref returns timer:', u.unref() === u, 'hasRef:', u.hasRef());
u.ref();
console.log('ref returns timer:', u.ref() === u, 'hasRef:', u.hasRef());
