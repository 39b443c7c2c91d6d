// koa 2.16.4 (http-errors, statuses, cookies, accepts, content-type; koa 3 needs the WHATWG
// ReadableStream and Response globals, which weft lacks): the async middleware cascade (code
// after `await next()` runs in reverse order), ctx.body as JSON, text and Buffer, ctx.status/ctx.set/ctx.type, ctx.throw
// with an expose-able HttpError, an error middleware, the app 'error' event for errors it
// does not expose, the default 404, the request body read from ctx.req, and an
// AsyncLocalStorage context around each request (koa's own `asyncLocalStorage` option and
// app.currentContext). The server listens on an ephemeral port and is hit with http.request
// from the same process, then closed.
'use strict';

const http = require('node:http');
const { equal, requireFixture, series, mustFinish } = require('../../packages/common.js');

const Koa = requireFixture('koa');
const done = mustFinish('koa');
const app = new Koa({ asyncLocalStorage: true });
const trace = [];
const appErrors = [];
app.on('error', (err, ctx) => appErrors.push([err.message, ctx && ctx.path]));

app.use(async (ctx, next) => {
  trace.push(`1> ${ctx.method} ${ctx.path}`);
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal', status: ctx.status };
    if (!err.expose) ctx.app.emit('error', err, ctx);
  }
  ctx.set('X-Trace', 'outer');
  trace.push(`1< ${ctx.status}`);
});
app.use(async (ctx, next) => {
  trace.push('2>');
  const start = ctx.path;
  await next();
  trace.push(`2< same ctx after await: ${app.currentContext === ctx && ctx.path === start}`);
});
app.use(async (ctx) => {
  const [, first, second] = ctx.path.split('/');
  if (first === 'json') {
    ctx.body = { query: ctx.query, who: second || null };
  } else if (first === 'text') {
    ctx.type = 'text/plain';
    ctx.body = 'hello koa';
  } else if (first === 'buffer') {
    ctx.body = Buffer.from('bytes');
  } else if (first === 'echo' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    ctx.status = 201;
    ctx.body = { got: body, sameContext: app.currentContext === ctx, type: ctx.is('application/json') };
  } else if (first === 'forbidden') {
    ctx.throw(403, 'no entry');
  } else if (first === 'crash') {
    await null;
    throw new Error('internal detail');
  }
});

let port;
function request(method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json' };
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => resolve({
        status: res.statusCode,
        type: res.headers['content-type'],
        length: res.headers['content-length'],
        trace: res.headers['x-trace'],
        body: /json/.test(res.headers['content-type'] || '') ? JSON.parse(data) : data,
      }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const server = app.listen(0, '127.0.0.1');
const listening = new Promise((resolve) => server.on('listening', resolve));

series([
  ['listen', () => listening.then(() => {
    port = server.address().port;
    equal('app.listen returns a listening http.Server', [server instanceof http.Server, typeof port], [true, 'number']);
  })],
  ['json', () => request('GET', '/json/ann?x=1&y=2&y=3').then((res) => {
    equal('ctx.body object -> JSON', res, { status: 200, type: 'application/json; charset=utf-8', length: '45', trace: 'outer', body: { query: { x: '1', y: ['2', '3'] }, who: 'ann' } });
    equal('the cascade runs down then back up', trace.splice(0), ['1> GET /json/ann', '2>', '2< same ctx after await: true', '1< 200']);
  })],
  ['text and buffer', async () => {
    const text = await request('GET', '/text');
    const buffer = await request('GET', '/buffer');
    equal('text body', [text.status, text.type, text.body, text.length], [200, 'text/plain; charset=utf-8', 'hello koa', '9']);
    equal('Buffer body', [buffer.status, buffer.type, buffer.body, buffer.length], [200, 'application/octet-stream', 'bytes', '5']);
  }],
  ['POST body and context', () => Promise.all([
    request('POST', '/echo', JSON.stringify({ n: 1 })),
    request('POST', '/echo', JSON.stringify({ n: 2 })),
  ]).then((all) => {
    equal('each request keeps its context across awaits and timers', all.map((r) => [r.status, r.body]), [
      [201, { got: { n: 1 }, sameContext: true, type: 'application/json' }],
      [201, { got: { n: 2 }, sameContext: true, type: 'application/json' }],
    ]);
  })],
  ['ctx.throw', () => request('GET', '/forbidden').then((res) => {
    equal('an exposed HttpError', [res.status, res.body], [403, { error: 'no entry', status: 403 }]);
  })],
  ['crash', () => request('GET', '/crash').then((res) => {
    equal('an internal error is hidden from the client', [res.status, res.body], [500, { error: 'internal', status: 500 }]);
    equal('and reported through the app \'error\' event', appErrors, [['internal detail', '/crash']]);
  })],
  ['404', () => request('GET', '/missing').then((res) => {
    equal('no body set: 404 Not Found', [res.status, res.type, res.body, res.trace], [404, 'text/plain; charset=utf-8', 'Not Found', 'outer']);
  })],
  ['close', () => new Promise((resolve) => server.close(resolve)).then(() => {
    equal('app.currentContext outside a request', app.currentContext, undefined);
  })],
]).then(done);
