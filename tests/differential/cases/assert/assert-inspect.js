// util.inspect of an AssertionError: long string actual/expected values shortened (ten lines,
// 512 characters) by its custom inspect, the other properties listed after the message.
const assert = require('assert');
const util = require('util');
try { assert.strictEqual('a'.repeat(600) + 'END', 'b'); } catch (e) {
  const s = util.inspect(e).split('\n').filter((l) => !l.includes('    at '));
  console.log(s.slice(-8).join('\n'));
}
try { assert.strictEqual(Array.from({ length: 15 }, (_, i) => 'line' + i).join('\n'), 'x'); } catch (e) {
  const s = util.inspect(e).split('\n').filter((l) => !l.includes('    at '));
  console.log(s.join('\n'));
}
