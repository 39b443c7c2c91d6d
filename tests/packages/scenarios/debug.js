// debug 4.4.3 (uses tty.isatty, util.formatWithOptions/inspect, process.stderr.write and the
// DEBUG* environment variables): namespaces enabled by DEBUG with wildcards and exclusions,
// the %o/%O/%j/%d/%s/%% formatters and a custom one, extend(), enabled/enable()/disable(), a
// custom log function, humanize; the output format on stderr without colors (DEBUG_COLORS=0,
// with and without DEBUG_HIDE_DATE) and with colors (DEBUG_COLORS=1: ANSI colors picked from
// the namespace hash and the +Nms suffix). The logging runs in a child process (this file with
// the argument `child`); the parent compares its stdout and stderr with Node 26's.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

if (process.argv[2] === 'child') {
  const debug = requireFixture('debug');
  const app = debug('app:main');
  const db = debug('app:db');
  const secret = debug('app:secret');
  const other = debug('other');
  app('starting %s on port %d', 'server', 8080);
  db('query %o', { sql: 'SELECT 1', params: [1, 'two'] });
  db('full %O', { nested: { deep: { deeper: { deepest: 1 } } } });
  app('json %j and percent %% and extra', { a: 1 }, 'tail', 42);
  secret('never shown');
  other('never shown either');
  const sub = app.extend('sub');
  sub('extended namespace %s', sub.namespace);
  console.log(JSON.stringify([app.enabled, db.enabled, secret.enabled, other.enabled, sub.enabled, debug.enabled('app:x'), debug.enabled('other')]));
  const custom = debug('app:custom');
  custom.log = (...args) => console.log('custom log:', ...args);
  custom('to stdout %d', 1);
  debug.formatters.h = (v) => v.toString('hex');
  app('hex %h', Buffer.from('hi'));
  const ns = debug.disable();
  console.log(JSON.stringify(ns), app.enabled);
  app('disabled');
  debug.enable('other,app:db');
  console.log(app.enabled, db.enabled, other.enabled);
  other('now enabled');
  console.log(JSON.stringify([debug.humanize(1500), debug.humanize(60000), typeof debug.coerce, debug.names.map(String), debug.skips.map(String)]));
  return;
}

const done = mustFinish('debug');
const { spawnSync } = require('node:child_process');

function run(env) {
  const result = spawnSync(process.execPath, [__filename, 'child'], {
    encoding: 'utf8',
    env: { ...process.env, DEBUG: undefined, DEBUG_COLORS: undefined, DEBUG_HIDE_DATE: undefined, ...env },
  });
  return {
    status: result.status,
    // The date (DEBUG_HIDE_DATE unset) and the time since the previous message vary.
    stderr: result.stderr.replace(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /gm, '<date> ').replace(/\+\d+ms/g, '+Nms').split('\n'),
    stdout: result.stdout.split('\n'),
  };
}

// Expected: what Node 26.10.0 prints.
equal("no colors, no date", run({"DEBUG":"app:*,-app:secret","DEBUG_COLORS":"0","DEBUG_HIDE_DATE":"1"}), {
  "status": 0,
  "stdout": [
    "[true,true,false,false,true,true,false]",
    "custom log: app:custom to stdout %d 1",
    "\"app:*,-app:secret\" false",
    "false true true",
    "[\"2s\",\"1m\",\"function\",[\"other\",\"app:db\"],[]]",
    ""
  ],
  "stderr": [
    "app:main starting server on port 8080",
    "app:db query { sql: 'SELECT 1', params: [ 1, 'two' ] }",
    "app:db full { nested: { deep: { deeper: [Object] } } }",
    "app:main json {\"a\":1} and percent % and extra tail 42",
    "app:main:sub extended namespace app:main:sub",
    "app:main hex 6869",
    "other now enabled",
    ""
  ]
});
equal("no colors, with the date", run({"DEBUG":"app:main","DEBUG_COLORS":"0"}), {
  "status": 0,
  "stdout": [
    "[true,false,false,false,false,false,false]",
    "\"app:main\" false",
    "false true true",
    "[\"2s\",\"1m\",\"function\",[\"other\",\"app:db\"],[]]",
    ""
  ],
  "stderr": [
    "<date> app:main starting server on port 8080",
    "<date> app:main json {\"a\":1} and percent % and extra tail 42",
    "<date> app:main hex 6869",
    "<date> other now enabled",
    ""
  ]
});
equal("colors", run({"DEBUG":"app:*,-app:secret","DEBUG_COLORS":"1"}), {
  "status": 0,
  "stdout": [
    "[true,true,false,false,true,true,false]",
    "custom log:   \u001b[36;1mapp:custom \u001b[0mto stdout %d 1 \u001b[36m+0ms\u001b[0m",
    "\"app:*,-app:secret\" false",
    "false true true",
    "[\"2s\",\"1m\",\"function\",[\"other\",\"app:db\"],[]]",
    ""
  ],
  "stderr": [
    "  \u001b[33;1mapp:main \u001b[0mstarting server on port 8080 \u001b[33m+Nms\u001b[0m",
    "  \u001b[34;1mapp:db \u001b[0mquery { sql: \u001b[32m'SELECT 1'\u001b[39m, params: [ \u001b[33m1\u001b[39m, \u001b[32m'two'\u001b[39m ] } \u001b[34m+Nms\u001b[0m",
    "  \u001b[34;1mapp:db \u001b[0mfull { nested: { deep: { deeper: \u001b[36m[Object]\u001b[39m } } } \u001b[34m+Nms\u001b[0m",
    "  \u001b[33;1mapp:main \u001b[0mjson {\"a\":1} and percent % and extra tail \u001b[33m42\u001b[39m \u001b[33m+Nms\u001b[0m",
    "  \u001b[33;1mapp:main:sub \u001b[0mextended namespace app:main:sub \u001b[33m+Nms\u001b[0m",
    "  \u001b[33;1mapp:main \u001b[0mhex 6869 \u001b[33m+Nms\u001b[0m",
    "  \u001b[36;1mother \u001b[0mnow enabled \u001b[36m+Nms\u001b[0m",
    ""
  ]
});
done();
