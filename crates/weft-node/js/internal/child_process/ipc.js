// The IPC channel between a parent and a forked child (Node's setupChannel in
// lib/internal/child_process.js with the 'json' serialization of
// lib/internal/child_process/serialization.js): newline-delimited JSON over a Pipe handle;
// `send()` writes through a WriteWrap, each received message is emitted as 'message' (or
// 'internalMessage' for NODE_* commands) on its own tick, messages arriving before any
// 'message' listener wait for one, the end of the pipe disconnects, and `channel` (a Control)
// refs the handle while writes are in flight or listeners need it. Passing handles and the
// 'advanced' serialization are not supported.
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { WriteWrap, Pipe, PipeConstants } = require('internal/stream_handles');
const { errnoException } = require('internal/child_process/util');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');

function nop() {}

class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  // Counted refs (listeners, writes in flight) stop mattering once the user chose explicitly.
  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

// `onClose` runs when the pipe ends (the parent counts it towards 'close').
function setupChannel(target, channel, serializationMode, onClose) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  target._handleQueue = null;
  target._pendingMessage = null;

  const decoder = new StringDecoder('utf8');
  let jsonBuffer = '';
  channel.buffering = false;
  channel.pendingHandle = null;
  channel.onread = function(nread, arrayBuffer) {
    if (nread > 0 && arrayBuffer) {
      const text = decoder.write(Buffer.from(arrayBuffer, 0, nread));
      const lines = text.split('\n');
      lines[0] = jsonBuffer + lines[0];
      jsonBuffer = lines.pop();
      channel.buffering = jsonBuffer.length !== 0;
      for (const line of lines) {
        const message = JSON.parse(line);
        handleMessage(message, isInternal(message));
      }
      return;
    }
    if (nread === 0) return;
    channel.buffering = false;
    target.disconnect();
    channel.onread = nop;
    channel.close();
    target.channel = null;
    if (typeof onClose === 'function') onClose();
  };

  target.on('newListener', function() {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) target.emit(...messages[i]);
      target.channel[kPendingMessages] = [];
    });
  });

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    const req = new WriteWrap();
    const err = channel.writeUtf8String(req, `${JSON.stringify(message)}\n`);
    if (err === 0) {
      if (req.async) {
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else if (!options.swallowErrors) {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
    }
    // Ask senders to slow down when two reads' worth is queued.
    return channel.writeQueueSize < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function() {
    this.channel = null;
    this[kChannelHandle] = null;
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function emit(event, message, handle) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message, handle);
      return;
    }
    target.channel[kPendingMessages].push([event, message, handle]);
  }

  function handleMessage(message, internal) {
    if (!target.channel) return;
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message, undefined);
  }

  channel.readStart();
  return control;
}

// The child side (Node's _forkChild): adopt the inherited fd as the channel; unref'd, so only
// 'message'/'disconnect' listeners keep the child alive.
function forkChild(fd, serializationMode) {
  const p = new Pipe(PipeConstants.IPC);
  p.open(fd);
  p.unref();
  const control = setupChannel(process, p, serializationMode);
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

// Called once at startup (Node's setupChildProcessIpcChannel in pre_execution): a process
// forked with an IPC channel finds its fd in NODE_CHANNEL_FD.
function setupChildProcessIpcChannel() {
  if (process.env.NODE_CHANNEL_FD) {
    const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
    const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete process.env.NODE_CHANNEL_FD;
    delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
    if (fd >= 0) forkChild(fd, mode);
  }
}

module.exports = { setupChannel, forkChild, setupChildProcessIpcChannel, kChannelHandle, Control };
