// 'unhandledRejection' listeners receive the reason and the promise; handled rejections later
// are not reported.
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason.message, p instanceof Promise));
Promise.reject(new Error('r1'));
const p = Promise.reject(new Error('r2'));
p.catch(() => console.log('caught r2'));
