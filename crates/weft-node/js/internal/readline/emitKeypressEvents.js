// readline.emitKeypressEvents(stream) (after Node's
// lib/internal/readline/emitKeypressEvents.js and the key decoder of
// lib/internal/readline/utils.js): once someone listens for 'keypress', the
// stream's data is decoded as UTF-8 and every key is emitted as
// 'keypress'(char, { sequence, name, ctrl, meta, shift[, code] }). Escape
// sequences (arrows, function keys, xterm/rxvt/putty/Cygwin variants, with
// modifiers) are decoded incrementally across chunks; a lone trailing ESC
// becomes an 'escape' key after escapeCodeTimeout (500 ms).
'use strict';

const { CSI } = require('internal/readline/utils');

const kEscape = CSI.kEscape;
const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');
const ESCAPE_CODE_TIMEOUT = 500;

// Escape-sequence codes (after ESC) -> [key name, forced flag].
const kCodeNames = {
  __proto__: null,
  '[P': ['f1'], '[Q': ['f2'], '[R': ['f3'], '[S': ['f4'],
  'OP': ['f1'], 'OQ': ['f2'], 'OR': ['f3'], 'OS': ['f4'],
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  '[200~': ['paste-start'], '[201~': ['paste-end'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'], '[20~': ['f9'],
  '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'], '[E': ['clear'],
  '[F': ['end'], '[H': ['home'],
  'OA': ['up'], 'OB': ['down'], 'OC': ['right'], 'OD': ['left'], 'OE': ['clear'],
  'OF': ['end'], 'OH': ['home'],
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'],
  '[5~': ['pageup'], '[6~': ['pagedown'],
  '[[5~': ['pageup'], '[[6~': ['pagedown'],
  '[7~': ['home'], '[8~': ['end'],
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
  '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
  'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'],
  '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
};

// Single control/special characters -> key name (meta when ESC-prefixed).
const kCharNames = {
  __proto__: null,
  '\r': 'return', '\n': 'enter', '\t': 'tab', '\b': 'backspace', '\x7f': 'backspace',
  [kEscape]: 'escape', ' ': 'space',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// 1 or 2: how many UTF-16 units the code point at `i` takes.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// Consumes one character per next(ch) and emits a keypress per complete key.
function* decodeKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O [modifier] letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ [ '[' ] [digits] [; digit] final
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let m;
        if ((m = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd)) !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      const named = kCodeNames[code];
      if (named === undefined) {
        key.name = 'undefined';
      } else {
        key.name = named[0];
        if (named[1] !== undefined) key[named[1]] = true;
      }
    } else if (kCharNames[ch] !== undefined) {
      key.name = kCharNames[ch];
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl+letter.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // A single unnamed character such as '.'.
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

function startDecoder(stream) {
  stream[ESCAPE_DECODER] = decodeKeys(stream);
  stream[ESCAPE_DECODER].next();
}

function emitKeypressEvents(stream, iface = { __proto__: null }) {
  if (stream[KEYPRESS_DECODER]) return;
  const { StringDecoder } = require('string_decoder');
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  startDecoder(stream);

  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const escapeCodeTimeout = iface.escapeCodeTimeout !== undefined ?
    iface.escapeCodeTimeout : ESCAPE_CODE_TIMEOUT;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) {
        clearTimeout(timeoutId);
        iface.isCompletionEnabled = false;
        let length = 0;
        for (const character of string) {
          length += character.length;
          if (length === string.length) iface.isCompletionEnabled = true;
          try {
            stream[ESCAPE_DECODER].next(character);
            // A trailing ESC may be the Escape key itself: decide after a pause.
            if (length === string.length && character === kEscape) {
              timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
            }
          } catch (err) {
            // A throwing 'keypress' listener: restart the decoder, rethrow.
            startDecoder(stream);
            throw err;
          }
        }
      }
    } else {
      // Nobody listens any more: stop decoding until someone does.
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
}

module.exports = emitKeypressEvents;
