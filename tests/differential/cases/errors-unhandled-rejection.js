// diff: stderr=first-line
// An unhandled rejection with no listener ends the process with code 1; 'exit' still runs.
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('never'), 50);
