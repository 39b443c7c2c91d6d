// uuid 11.1.0 (CommonJS build; uses crypto.randomFillSync/randomUUID/createHash): v4 format,
// uniqueness, validate/version, v4 from given random bytes and into a buffer, deterministic
// v5/v3 (SHA-1/MD5 of namespace + name), v1/v6/v7 with fixed inputs, parse/stringify, NIL/MAX
// and the errors for invalid input.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('uuid');
const r = {};

const uuid = requireFixture('uuid');
const v4s = Array.from({ length: 50 }, () => uuid.v4());
r['v4 format'] = v4s.every((s) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(s));
r['v4 unique'] = new Set(v4s).size;
r['v4 validate/version'] = [uuid.validate(v4s[0]), uuid.version(v4s[0])];
r['v4 from random bytes'] = uuid.v4({ random: Uint8Array.from({ length: 16 }, (_, i) => i * 16 + 1) });
const buf = new Uint8Array(20);
r['v4 into buffer'] = [uuid.v4(undefined, buf, 2) === buf, buf[0], buf[8] & 0xf0, (buf[2 + 6] & 0xf0) >> 4, (buf[2 + 8] & 0xc0) >> 6];
r['v5'] = [uuid.v5('hello.example.com', uuid.v5.DNS), uuid.v5('https://www.example.com/', uuid.v5.URL), uuid.v5('weft', '1b671a64-40d5-491e-99b0-da01ff1f3341')];
r['v3'] = [uuid.v3('hello.example.com', uuid.v3.DNS), uuid.v3('weft', uuid.v3.URL)];
r['v1/v6/v7 fixed'] = [
  uuid.v1({ msecs: 1700000000000, nsecs: 5, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) }),
  uuid.v6({ msecs: 1700000000000, nsecs: 5, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) }),
  uuid.v7({ msecs: 1700000000000, seq: 0, random: new Uint8Array(16).fill(7) }),
];
r['v7 format'] = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid.v7());
r['parse/stringify'] = [Array.from(uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')), uuid.stringify(uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8'))];
r['validate'] = [uuid.validate('not-a-uuid'), uuid.validate(uuid.NIL), uuid.validate(uuid.MAX), uuid.NIL, uuid.MAX, uuid.version('6ba7b810-9dad-11d1-80b4-00c04fd430c8')];
const errors = [];
for (const bad of [() => uuid.parse('nope'), () => uuid.version('nope'), () => uuid.v4({ random: new Uint8Array(4) })]) {
  try { bad(); errors.push('no error'); } catch (e) { errors.push(`${e.name}: ${e.message}`); }
}
r['errors'] = errors;

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "v4 format": true,
  "v4 unique": 50,
  "v4 validate/version": [
    true,
    4
  ],
  "v4 from random bytes": "01112131-4151-4171-8191-a1b1c1d1e1f1",
  "v4 into buffer": [
    true,
    0,
    64,
    4,
    2
  ],
  "v5": [
    "fdda765f-fc57-5604-a269-52a7df8164ec",
    "3d3ed9d2-aa3d-5fa6-90e8-ed662e90f559",
    "2f137cea-b0fd-5ca9-b448-dd5c35343ff7"
  ],
  "v3": [
    "9125a8dc-52ee-365b-a5aa-81b0b3681cf6",
    "db0904f0-024e-3544-aeb2-ec101fb48421"
  ],
  "v1/v6/v7 fixed": [
    "04afc005-833b-11ee-9234-010203040506",
    "1ee833b0-4afc-6005-9234-010203040506",
    "018bcfe5-6800-7000-8000-030707070707"
  ],
  "v7 format": true,
  "parse/stringify": [
    [
      107,
      167,
      184,
      16,
      157,
      173,
      17,
      209,
      128,
      180,
      0,
      192,
      79,
      212,
      48,
      200
    ],
    "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
  ],
  "validate": [
    false,
    true,
    true,
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    1
  ],
  "errors": [
    "TypeError: Invalid UUID",
    "TypeError: Invalid UUID",
    "Error: Random bytes length must be >= 16"
  ]
};

equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
done();
