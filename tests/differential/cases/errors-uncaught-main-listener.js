// An exception thrown by the main script, handled by an 'uncaughtException' listener: the
// process goes on; the monitor runs first; exit code stays 0.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('handled', e.message, origin));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('timer still runs'), 5);
throw new Error('from main');
