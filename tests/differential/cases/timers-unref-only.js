// An unref'd timer alone does not keep the process alive: the callback never runs.
'use strict';
const t = setTimeout(() => console.log('never printed'), 50);
t.unref();
const i = setInterval(() => console.log('never printed either'), 10);
i.unref();
process.on('exit', (code) => console.log(`exit ${code}`));
console.log('main done');
