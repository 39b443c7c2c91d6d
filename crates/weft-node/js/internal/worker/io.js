// MessagePort, MessageChannel and receiveMessageOnPort (Node's lib/internal/worker/io.js over
// internalBinding('messaging')). A port is a NodeEventTarget: `on('message', v)` listeners get
// the value, `addEventListener('message', e)` ones a MessageEvent. Adding the first 'message'
// listener (or setting onmessage) starts the port and refs it; removing the last unrefs it.
// Messages queue natively per port (so receiveMessageOnPort works synchronously) and are
// delivered in the poll phase, each inside the port's MESSAGEPORT async resource.
'use strict';

const {
  codes: { ERR_CONSTRUCT_CALL_INVALID, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, kNewListener, kRemoveListener, kCreateEvent,
} = require('internal/event_target');
const {
  serialize, deserialize, dataCloneError, untransferable,
} = require('internal/worker/serialize');
const { inspect } = require('internal/util/inspect');

const binding = internalBinding('worker');

const kToken = Symbol('kToken');
const kId = Symbol('kPortId');
const kAsyncId = Symbol('kAsyncId');
const kState = Symbol('kState');

class MessageEvent extends Event {
  constructor(type, options = {}) {
    super(type, options);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = options ?? {};
    this.data = data;
    this.origin = origin;
    this.lastEventId = lastEventId;
    this.source = source;
    this.ports = ports;
  }
}

class MessagePort extends NodeEventTarget {
  constructor(token, id, isParentPort = false) {
    if (token !== kToken) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    this[kId] = id;
    // started: delivering; refed: keeps the loop alive; closed: close() ran or peer closed;
    // detached: moved to another thread.
    this[kState] = { started: false, refed: false, closed: false, detached: false };
    this[kAsyncId] = binding.attach(id, this, isParentPort);
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) {
      // Node's native check: a plain TypeError with the code.
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const st = this[kState];
    const { data, ports } = encodeMessage(value, transferList, this);
    if (st.closed || st.detached) return;
    binding.post(this[kId], data, ports);
  }

  start() {
    const st = this[kState];
    if (st.closed || st.detached || st.started) return;
    st.started = true;
    binding.start(this[kId]);
  }

  close() {
    const st = this[kState];
    if (st.closed || st.detached) return;
    binding.close(this[kId]);
  }

  ref() {
    const st = this[kState];
    if (st.closed || st.detached) return;
    st.refed = true;
    binding.setRef(this[kId], true);
  }

  unref() {
    const st = this[kState];
    if (st.closed || st.detached) return;
    st.refed = false;
    binding.setRef(this[kId], false);
  }

  hasRef() {
    return this[kState].refed;
  }

  [kCreateEvent](data, type) {
    if (type !== 'message' && type !== 'messageerror') return super[kCreateEvent](data, type);
    return new MessageEvent(type, { data });
  }

  [kNewListener](size, type, listener, once, capture, passive) {
    super[kNewListener](size, type, listener, once, capture, passive);
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) this.unref();
  }

  // One waiting message, in this port's async context (called from native code).
  _onwake() {
    const msg = binding.receive(this[kId]);
    if (msg === undefined) return;
    const ports = msg[1].map((id) => new MessagePort(kToken, id));
    let value;
    try {
      value = deserialize(msg[0], ports);
    } catch (err) {
      this.emit('messageerror', err);
      return;
    }
    this.emit('message', value);
  }

  // The port or its peer was closed.
  _onclose() {
    const st = this[kState];
    if (st.detached) return;
    st.closed = true;
    st.refed = false;
    binding.detach(this[kId], this[kAsyncId], true);
    this.emit('close');
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return 'MessagePort';
    const st = this[kState];
    return `MessagePort [EventTarget] ${inspect({ active: !st.closed && !st.detached, refed: st.refed }, options)}`;
  }
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// onmessage = fn starts the port like a listener (it goes through addEventListener).

function createPort(id, isParentPort = false) {
  return new MessagePort(kToken, id, isParentPort);
}

function isPort(v) {
  return v instanceof MessagePort;
}

// Serialises `value` with its transfer list: ports in it move to the receiver, ArrayBuffers in it
// are detached here after copying.
function encodeMessage(value, transferList, source) {
  let list = transferList;
  if (list !== undefined && list !== null && !Array.isArray(list)) {
    if (typeof list !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('transferList', ['Array', 'Object'], list);
    }
    list = list.transfer;
  }
  const ports = [];
  const buffers = [];
  if (Array.isArray(list)) {
    for (const item of list) {
      if (untransferable.has(item)) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
      if (isPort(item)) {
        if (item === source) throw dataCloneError('Transfer list contains source port');
        ports.push(item);
      } else if (item instanceof ArrayBuffer) {
        buffers.push(item);
      }
    }
  }
  const transfer = {
    isPort: (v) => isPort(v) && ports.includes(v),
    isAnyPort: isPort,
    portIndex: (v) => ports.indexOf(v),
  };
  const data = serialize(value, transfer);
  const ids = [];
  for (const p of ports) {
    const st = p[kState];
    st.detached = true;
    st.refed = false;
    binding.detach(p[kId], p[kAsyncId], false);
    ids.push(p[kId]);
  }
  for (const b of buffers) {
    if (typeof b.transfer === 'function' && !b.detached) b.transfer();
  }
  return { data, ports: ids };
}

class MessageChannel {
  constructor() {
    const [a, b] = binding.channel();
    this.port1 = createPort(a);
    this.port2 = createPort(b);
  }
}

function receiveMessageOnPort(port) {
  if (!isPort(port)) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  const msg = binding.receive(port[kId]);
  if (msg === undefined) return undefined;
  const ports = msg[1].map((id) => createPort(id));
  return { message: deserialize(msg[0], ports) };
}

// BroadcastChannel (Node's lib/internal/worker/io.js): an EventTarget whose messages go to
// every other channel of the same name in any thread of the process (not to itself). Each one
// owns a native port in its name's group; it keeps the loop alive until close() or unref().
const kBcPort = Symbol('kBcPort');
const kBcId = Symbol('kBcId');
const kBcName = Symbol('kBcName');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kBcName] = `${name}`;
    const id = binding.bcJoin(this[kBcName]);
    this[kBcId] = id;
    const port = createPort(id);
    this[kBcPort] = port;
    port.on('message', (data) => {
      this.dispatchEvent(new MessageEvent('message', { data }));
    });
    port.on('messageerror', (data) => {
      this.dispatchEvent(new MessageEvent('messageerror', { data }));
    });
  }

  get name() {
    if (this?.[kBcName] === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kBcName];
  }

  close() {
    if (this?.[kBcName] === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    const port = this[kBcPort];
    if (port === undefined) return;
    this[kBcPort] = undefined;
    binding.bcLeave(this[kBcId]);
    port.close();
  }

  postMessage(message) {
    if (this?.[kBcName] === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kBcPort] === undefined) {
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    binding.bcPost(this[kBcId], serialize(message));
  }

  ref() {
    this[kBcPort]?.ref();
    return this;
  }

  unref() {
    this[kBcPort]?.unref();
    return this;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    return `BroadcastChannel ${inspect({ name: this[kBcName], active: this[kBcPort] !== undefined }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  BroadcastChannel,
  MessagePort,
  MessageChannel,
  MessageEvent,
  receiveMessageOnPort,
  createPort,
  encodeMessage,
  kState,
  kAsyncId,
  kId,
};
