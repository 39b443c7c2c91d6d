// node:diagnostics_channel channels (Node 26): channel(name) returns the same object for a
// name (strings and symbols; other names throw), the Channel <-> ActiveChannel prototype switch
// on the first subscriber / last unsubscribe (util.inspect shows it), hasSubscribers (module
// and channel), publish(message) calls subscribers with (message, name) in order, a subscriber
// added or removed during a publish does not affect it, unsubscribe returns whether it removed
// something, a throwing subscriber is reported as an uncaught exception on the next tick while
// the others still run; module shape.
'use strict';
const dc = require('diagnostics_channel');
const util = require('util');
const show = (err) => `${err.name} ${err.code} ${err.message}`;

console.log(Object.keys(dc));
const c = dc.channel('x');
console.log(util.inspect(c), c instanceof dc.Channel, dc.channel('x') === c, c.name);
console.log(dc.hasSubscribers('x'), c.hasSubscribers, dc.hasSubscribers('never-made'), c.unsubscribe(() => {}));
c.publish('nobody listens');
function sub(message, name) { console.log('sub', message, name); }
dc.subscribe('x', sub);
console.log(util.inspect(c), c instanceof dc.Channel, c.hasSubscribers, dc.hasSubscribers('x'));
c.subscribe((message) => console.log('second', message));
c.publish({ a: 1 });
console.log(dc.unsubscribe('x', sub), dc.unsubscribe('x', sub), c.hasSubscribers);
const last = c._subscribers[0];
console.log(c.unsubscribe(last), util.inspect(c), c instanceof dc.Channel);

const s = Symbol('sym');
const cs = dc.channel(s);
cs.subscribe((m, n) => console.log('symbol channel', m, String(n)));
cs.publish(1);
console.log(dc.channel(s) === cs, dc.hasSubscribers(s));

// Subscribers changed during a publish.
const m = dc.channel('mutating');
function late() { console.log('late (next publish only)'); }
function removed() { console.log('removed still runs this time'); }
m.subscribe(function first() { console.log('first'); m.subscribe(late); m.unsubscribe(removed); });
m.subscribe(removed);
m.publish('one');
m.publish('two');

for (const fn of [
  () => dc.channel(1),
  () => dc.channel({}),
  () => dc.subscribe('x', 1),
  () => c.subscribe('f'),
  () => dc.unsubscribe(2, () => {}),
]) {
  try { fn(); console.log('no throw'); } catch (err) { console.log(show(err)); }
}

process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
dc.subscribe('thrower', () => { throw new Error('subscriber threw'); });
dc.subscribe('thrower', () => console.log('next subscriber runs'));
dc.channel('thrower').publish('m');
console.log('publish returned');
process.nextTick(() => console.log('tick queued after publish'));
