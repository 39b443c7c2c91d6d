// semver 7.8.6 (pure JS, no runtime dependencies beyond the language): valid/clean/coerce,
// comparisons, satisfies with includePrerelease, ranges (min/max satisfying, validRange), inc,
// major/minor/patch/prerelease/diff, sort, the SemVer and Range classes, the TypeError for an
// invalid version, and parsing process.versions.node.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('semver');
const r = {};

const semver = requireFixture('semver');
r['valid/clean'] = [semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '), semver.valid(semver.coerce('v2'))];
r['compare'] = [semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.compare('1.0.0', '1.0.0'), semver.rcompare('1.0.0', '2.0.0'), semver.eq('1.0.0', 'v1.0.0')];
r['satisfies'] = [semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.satisfies('3.0.0', '^2.1.0'), semver.satisfies('1.0.0-beta.2', '>=1.0.0-beta <1.0.0', { includePrerelease: true })];
r['ranges'] = [semver.minVersion('>=1.0.0').version, semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2.0'), semver.minSatisfying(['1.2.3', '1.2.4'], '^1.2.0'), semver.validRange('~1.2'), semver.validRange('nope')];
r['inc'] = [semver.inc('1.2.3', 'major'), semver.inc('1.2.3', 'minor'), semver.inc('1.2.3', 'patch'), semver.inc('1.2.3', 'prerelease', 'beta'), semver.inc('1.2.3-beta.0', 'prerelease'), semver.inc('1.2.3', 'premajor', 'rc')];
r['parts'] = [semver.major('4.5.6'), semver.minor('4.5.6'), semver.patch('4.5.6'), semver.prerelease('1.2.3-alpha.1'), semver.diff('1.2.3', '1.3.0'), semver.diff('1.2.3', '2.0.0-pre')];
r['sort'] = semver.sort(['2.0.0', '1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9']);
const v = new semver.SemVer('1.2.3-rc.4+build.5');
r['SemVer'] = [v.major, v.minor, v.patch, v.prerelease, v.build, v.version, v.toString(), String(v.compare('1.2.3'))];
const range = new semver.Range('>=1.2.0 <2.0.0 || 3.x');
r['Range'] = [range.range, range.set.length, range.test('1.5.0'), range.test('2.5.0'), range.test('3.1.0'), semver.intersects('^1.0.0', '^1.5.0'), semver.outside('3.0.0', '^1.0.0', '>')];
let err;
try { new semver.SemVer('not.a.version'); } catch (e) { err = [e.name, e.message, e instanceof TypeError]; }
r['invalid'] = err;
r['process.versions.node'] = [semver.valid(process.versions.node) !== null, semver.gte(process.versions.node, '22.0.0')];

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "valid/clean": [
    "1.2.3",
    null,
    "1.2.3",
    "2.0.0"
  ],
  "compare": [
    false,
    true,
    0,
    1,
    true
  ],
  "satisfies": [
    true,
    false,
    true
  ],
  "ranges": [
    "1.0.0",
    "1.2.4",
    "1.2.3",
    ">=1.2.0 <1.3.0-0",
    null
  ],
  "inc": [
    "2.0.0",
    "1.3.0",
    "1.2.4",
    "1.2.4-beta.0",
    "1.2.3-beta.1",
    "2.0.0-rc.0"
  ],
  "parts": [
    4,
    5,
    6,
    [
      "alpha",
      1
    ],
    "minor",
    "premajor"
  ],
  "sort": [
    "0.9.9",
    "1.2.0-rc.1",
    "1.2.0",
    "1.10.0",
    "2.0.0"
  ],
  "SemVer": [
    1,
    2,
    3,
    [
      "rc",
      4
    ],
    [
      "build",
      "5"
    ],
    "1.2.3-rc.4",
    "1.2.3-rc.4",
    "-1"
  ],
  "Range": [
    ">=1.2.0 <2.0.0||>=3.0.0 <4.0.0-0",
    2,
    true,
    false,
    true,
    true,
    true
  ],
  "invalid": [
    "TypeError",
    "Invalid Version: not.a.version",
    true
  ],
  "process.versions.node": [
    true,
    true
  ]
};

equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
done();
