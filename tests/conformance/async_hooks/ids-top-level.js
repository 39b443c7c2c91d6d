// Top level runs as (executionAsyncId 1, triggerAsyncId 0), with or without hooks, and
// executionAsyncResource() is one shared object.
'use strict';
const { check, equal } = require('../common.js');
const ah = require('node:async_hooks');

equal('top-level executionAsyncId is 1', ah.executionAsyncId(), 1);
equal('top-level triggerAsyncId is 0', ah.triggerAsyncId(), 0);
const r = ah.executionAsyncResource();
check('top-level resource is an object', typeof r === 'object' && r !== null);
check('top-level resource is the same object twice', ah.executionAsyncResource() === r);
ah.createHook({ init() {} }).enable();
equal('ids unchanged by enabling a hook', [ah.executionAsyncId(), ah.triggerAsyncId()], [1, 0]);
