// express 5.3.0 (router 2, body-parser 2, depd, http-errors, send/finalhandler, qs): an app
// with app-level and router-level middleware, route parameters (with app.param), query
// parsing, express.json() bodies (and its 400 error for bad JSON), res.json/res.status/
// res.set/res.send/res.redirect, an async handler whose rejection reaches the error handler,
// a custom error handler, the 404 of the final handler, and an AsyncLocalStorage request
// context set by a middleware and read after awaits and timers. The server listens on an
// ephemeral port and is hit with http.request from the same process, then closed.
'use strict';

const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');
const { equal, requireFixture, series, mustFinish } = require('../../packages/common.js');

const express = requireFixture('express');
const done = mustFinish('express');
const als = new AsyncLocalStorage();
const log = [];

const app = express();
app.set('etag', false);
app.use((req, res, next) => {
  als.run({ id: req.get('x-request-id') || 'none' }, () => {
    res.set('X-Request-Id', als.getStore().id);
    next();
  });
});
app.use((req, res, next) => {
  log.push(`${req.method} ${req.path}`);
  next();
});
app.use(express.json());

const users = express.Router();
users.param('id', (req, res, next, id) => {
  req.userId = Number(id);
  next();
});
users.get('/', (req, res) => {
  res.json({ query: req.query, ctx: als.getStore().id });
});
users.get('/:id', (req, res) => {
  res.json({ id: req.userId, params: req.params, ctx: als.getStore().id });
});
users.post('/', (req, res) => {
  res.status(201).set('Location', '/users/9').json({ created: req.body, type: req.get('content-type') });
});
app.use('/users', users);

app.get('/async', async (req, res) => {
  const before = als.getStore().id;
  await new Promise((resolve) => setTimeout(resolve, 5));
  await null;
  const afterTimer = als.getStore().id;
  const fromImmediate = await new Promise((resolve) => setImmediate(() => resolve(als.getStore().id)));
  res.send(`ctx ${before} ${afterTimer} ${fromImmediate}`);
});
app.get('/fail', async () => {
  await null;
  const err = new Error('handler failed');
  err.status = 418;
  throw err;
});
app.get('/redirect', (req, res) => res.redirect(302, '/users/1'));
app.get('/text', (req, res) => res.type('text').send('plain text'));
app.use((err, req, res, next) => {
  if (err.type === 'entity.parse.failed') {
    res.status(err.status).json({ parseError: err.message.split('\n')[0].slice(0, 40), status: err.status, ctx: als.getStore().id });
    return;
  }
  res.status(err.status || 500).json({ error: err.message, ctx: als.getStore() && als.getStore().id });
});

let port;
function request(method, path, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => {
        const h = res.headers;
        resolve({
          status: res.statusCode,
          type: h['content-type'],
          length: h['content-length'],
          requestId: h['x-request-id'],
          location: h.location,
          poweredBy: h['x-powered-by'],
          body: /json/.test(h['content-type'] || '') ? JSON.parse(data) : data,
        });
      });
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
    equal('app.listen returns an http.Server listening on an ephemeral port', [server instanceof http.Server, typeof port], [true, 'number']);
  })],
  ['GET with query', () => request('GET', '/users?sort=desc&tags[]=a&tags[]=b&n=1', { headers: { 'X-Request-Id': 'q1' } }).then((res) => {
    equal('query string parsed (extended qs is off in express 5: simple parser)', res, {
      status: 200, type: 'application/json; charset=utf-8', length: '63', requestId: 'q1', location: undefined, poweredBy: 'Express',
      body: { query: { sort: 'desc', 'tags[]': ['a', 'b'], n: '1' }, ctx: 'q1' },
    });
  })],
  ['GET with a param', () => request('GET', '/users/42', { headers: { 'X-Request-Id': 'p1' } }).then((res) => {
    equal('route parameter and router.param', res.body, { id: 42, params: { id: '42' }, ctx: 'p1' });
  })],
  ['POST JSON', () => request('POST', '/users', { body: JSON.stringify({ name: 'ann', tags: ['x'] }), headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'j1' } }).then((res) => {
    equal('express.json() body, res.status(201), Location', [res.status, res.location, res.body], [201, '/users/9', { created: { name: 'ann', tags: ['x'] }, type: 'application/json' }]);
  })],
  ['POST bad JSON', () => request('POST', '/users', { body: '{"name": ', headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'b1' } }).then((res) => {
    equal('a JSON parse error reaches the error handler as a 400', [res.status, res.body.status, res.body.ctx, typeof res.body.parseError], [400, 400, 'b1', 'string']);
  })],
  ['async handler and AsyncLocalStorage', () => Promise.all([
    request('GET', '/async', { headers: { 'X-Request-Id': 'a1' } }),
    request('GET', '/async', { headers: { 'X-Request-Id': 'a2' } }),
  ]).then((all) => {
    equal('each request keeps its own context across await, setTimeout and setImmediate', all.map((r) => [r.status, r.type, r.body]), [
      [200, 'text/html; charset=utf-8', 'ctx a1 a1 a1'],
      [200, 'text/html; charset=utf-8', 'ctx a2 a2 a2'],
    ]);
  })],
  ['rejected async handler', () => request('GET', '/fail', { headers: { 'X-Request-Id': 'f1' } }).then((res) => {
    equal('a rejection goes to the error handler (status from err.status)', [res.status, res.body], [418, { error: 'handler failed', ctx: 'f1' }]);
  })],
  ['redirect and text', async () => {
    const redirect = await request('GET', '/redirect');
    const text = await request('GET', '/text');
    equal('res.redirect', [redirect.status, redirect.location], [302, '/users/1']);
    equal('res.type + res.send', [text.status, text.type, text.body, text.length], [200, 'text/plain; charset=utf-8', 'plain text', '10']);
  }],
  ['404', () => request('GET', '/nope').then((res) => {
    equal('the final handler answers 404 with an HTML page', [res.status, res.type, /Cannot GET \/nope/.test(res.body), res.requestId], [404, 'text/html; charset=utf-8', true, 'none']);
  })],
  ['log and close', () => new Promise((resolve) => server.close(resolve)).then(() => {
    equal('middleware saw every request in order', log.slice(0, 6), ['GET /users', 'GET /users/42', 'POST /users', 'POST /users', 'GET /async', 'GET /async']);
    equal('all requests logged', log.slice(6), ['GET /fail', 'GET /redirect', 'GET /text', 'GET /nope']);
  })],
]).then(done);
