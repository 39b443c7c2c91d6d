// readline.emitKeypressEvents(stream) (a reduced form of Node's
// lib/internal/readline/emitKeypressEvents.js): makes the stream emit
// 'keypress' (char, key) for what it reads. Only single characters, Enter,
// Tab, Backspace, Escape and Ctrl+letter are named; escape sequences (arrows,
// function keys) are not decoded.
'use strict';

const KEYPRESS_DECODER = Symbol('keypress-decoder');

function keyFor(ch) {
  const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9]$/.test(ch)) {
    key.name = 'number';
  } else if (/^[a-z]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  const { StringDecoder } = require('string_decoder');
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      for (const ch of string) {
        const key = keyFor(ch);
        stream.emit('keypress', key.name === undefined || key.name.length === 1 ||
          key.name === 'space' || key.name === 'number' ? ch : undefined, key);
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
  void iface;
}

module.exports = emitKeypressEvents;
