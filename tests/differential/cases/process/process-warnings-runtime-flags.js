// process.noDeprecation set at run time silences DeprecationWarnings; process.throwDeprecation
// set at run time makes them throw (from a tick).
'use strict';
process.on('warning', (w) => console.log('listener', w.name, w.message));
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning');
process.noDeprecation = false;
process.emitWarning('shown', 'DeprecationWarning', 'DEP0002');
process.throwDeprecation = true;
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.message));
process.emitWarning('thrown', 'DeprecationWarning');
