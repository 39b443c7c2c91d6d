// The symbols under which resources keep their ids (Node's async_id_symbol and
// trigger_async_id_symbol from internalBinding('symbols')); not reachable from user code.
'use strict';

module.exports = {
  async_id_symbol: Symbol('async_id_symbol'),
  trigger_async_id_symbol: Symbol('trigger_async_id_symbol'),
  owner_symbol: Symbol('owner_symbol'),
};
